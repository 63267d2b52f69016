/**
 * Clustering themers: {@link org.ltc.theming.cluster.SphericalKMeansThemer} (id {@code kmeans}), spherical
 * k-means++ over note vectors with k given or chosen automatically, a consensus over restarts, and themes
 * labelled by class-based TF-IDF terms; its options are {@link org.ltc.theming.cluster.KMeansOptions}; and
 * {@link org.ltc.theming.cluster.SemanticThemer} (id {@code semantic}), themes by meaning in two levels.
 *
 * <p>The themers share package-private pieces, each citing the paper it implements: {@code ConsensusClustering}
 * (restarts and their co-association consensus), {@code KSelection} (k by the mean silhouette),
 * {@code ClassTfIdf} (key terms), {@code Agglomeration} (the nearest-neighbour chain for Ward's and average
 * linkage) and {@code WardTree} (the cut of its merges); like every built-in themer they present a cluster as a
 * theme with {@link org.ltc.theming.text.ThemeAssembler}.
 *
 * <p>Public API. Themers and options are immutable and thread-safe; a themer serves many requests at once.
 */
package org.ltc.theming.cluster;
