/**
 * Theme-quality metrics: agreement with gold labels (NMI, AMI, ARI, V-measure; {@link
 * org.ltc.theming.eval.ClusteringMetrics}), label-free quality (NPMI coherence, topic diversity;
 * {@link org.ltc.theming.eval.TopicMetrics}), stability across seeds, and
 * {@link org.ltc.theming.eval.ThemingEvaluator}, which themes labelled texts with any themer and reports
 * them all.
 *
 * <p>Public API. Stateless static functions and immutable results, safe from any thread.
 */
package org.ltc.theming.eval;
