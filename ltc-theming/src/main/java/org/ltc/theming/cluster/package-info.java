/**
 * Clustering themers: {@link org.ltc.theming.cluster.SphericalKMeansThemer} (id {@code kmeans}), spherical
 * k-means++ over note vectors with k given or chosen automatically, a consensus over restarts, and themes
 * labelled by class-based TF-IDF terms; its options are {@link org.ltc.theming.cluster.KMeansOptions}.
 *
 * <p>Public API. Themers and options are immutable and thread-safe; a themer serves many requests at once.
 */
package org.ltc.theming.cluster;
