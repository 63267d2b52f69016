package org.ltc.theming.eval;

import java.util.List;
import org.ltc.model.Checks;

/**
 * What {@link ThemingEvaluator} measured: metrics averaged over the seeds, and each seed's run.
 *
 * @param themer       the themer's id
 * @param documents    how many texts were themed
 * @param classes      how many distinct gold labels they carry
 * @param nmi          normalised mutual information (arithmetic-mean normalisation), mean over seeds
 * @param ami          adjusted mutual information (arithmetic), mean over seeds
 * @param ari          adjusted Rand index, mean over seeds
 * @param vMeasure     V-measure, mean over seeds
 * @param homogeneity  homogeneity, mean over seeds
 * @param completeness completeness, mean over seeds
 * @param themes       how many themes were found, mean over seeds
 * @param unassigned   the share of texts left unassigned, mean over seeds
 * @param coherence    NPMI coherence of the themes' top 10 key terms, mean over seeds
 * @param diversity    topic diversity of the themes' top 10 key terms, mean over seeds
 * @param stability    mean pairwise ARI between the seeds' runs, or {@code null} with one seed
 * @param seconds      wall-clock seconds per run, mean over seeds
 * @param runs         each seed's figures
 */
public record EvaluationResult(String themer, int documents, int classes, double nmi, double ami, double ari,
                               double vMeasure, double homogeneity, double completeness, double themes,
                               double unassigned, double coherence, double diversity, Double stability,
                               double seconds, List<Run> runs) {
    public EvaluationResult {
        Checks.notBlank("themer", themer);
        runs = Checks.list("runs", runs);
    }

    /**
     * One seed's run. Unassigned texts count as one extra cluster in the label metrics.
     *
     * @param seed       the seed
     * @param nmi        NMI (arithmetic)
     * @param ami        AMI (arithmetic)
     * @param ari        ARI
     * @param vMeasure   V-measure
     * @param themes     how many themes
     * @param unassigned share of texts unassigned
     * @param seconds    wall-clock seconds of theming
     */
    public record Run(long seed, double nmi, double ami, double ari, double vMeasure, int themes, double unassigned,
                      double seconds) {
    }
}
