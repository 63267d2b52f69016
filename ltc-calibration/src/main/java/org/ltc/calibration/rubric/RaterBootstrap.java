package org.ltc.calibration.rubric;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.rubric.RatingGrid.Cell;
import org.ltc.calibration.rubric.RatingGrid.Unit;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageRule;

/**
 * The rubric's uncertainty: a bootstrap (Efron and Tibshirani, <i>An Introduction to the Bootstrap</i>, Chapman
 * &amp; Hall 1993) over interviews and raters as crossed factors, each resampled with replacement independently,
 * as in the "pigeonhole" bootstrap for crossed designs (Owen, "The pigeonhole bootstrap", Annals of Applied
 * Statistics 1(2), 2007). A resample draws the interviews, and draws the raters once for all cells, so a rater
 * who scores high everywhere stays high everywhere. Each cell's value is its protocol score shifted by how far
 * the drawn raters' (multiplicity-weighted) mean moved from all its raters' mean, so resamples are centred on the
 * protocol's scores; a cell none of whose raters was drawn keeps its score. {@link #smoothAndAnchor} then mixes
 * the shares with the uniform distribution and keeps the protocol's stage the most likely one.
 *
 * <p>Stateless and thread-safe; a run draws only from a {@link SplittableRandom} seeded with the input's seed.
 */
final class RaterBootstrap {
    private RaterBootstrap() {
    }

    /**
     * The share of {@code resamples} (at least 1) resamples of the grid that land in each stage; a resample whose
     * overall score is undefined counts for the protocol's stage {@code pointStage} (1-based).
     */
    static double[] shares(RatingGrid grid, double[] weights, StageRule rule, StageFramework fw, int pointStage,
                           int resamples, CalibrationInput input) {
        int stages = fw.stages().size();
        double[] p = new double[stages];
        double[] dimSum = new double[weights.length];
        int[] dimCount = new int[weights.length];
        SplittableRandom random = new SplittableRandom(input.seed());
        int[] counts = new int[stages];
        int n = grid.units().size();
        int raters = grid.raterCount();
        int[] drawn = new int[raters];
        for (int b = 0; b < resamples; b++) {
            if (b % 256 == 0) {
                input.cancellation().check("rubric bootstrap");
                input.progress().progress("bootstrap", b, resamples);
            }
            Arrays.fill(dimSum, 0);
            Arrays.fill(dimCount, 0);
            // Raters are drawn once per resample, so a rater who is always high stays high in every cell.
            Arrays.fill(drawn, 0);
            for (int j = 0; j < raters; j++) {
                drawn[random.nextInt(raters)]++;
            }
            for (int k = 0; k < n; k++) {
                Unit u = grid.units().get(random.nextInt(n));
                for (Cell c : u.cells()) {
                    double v = c.point;
                    if (c.scores.length >= 2) {
                        double s = 0;
                        int m = 0;
                        for (int j = 0; j < c.scores.length; j++) {
                            s += drawn[c.raterIndex[j]] * c.scores[j];
                            m += drawn[c.raterIndex[j]];
                        }
                        if (m > 0) {
                            v += s / m - c.raterMean;
                        }
                    }
                    dimSum[c.dim] += v;
                    dimCount[c.dim]++;
                }
            }
            double score = RatingGrid.overall(dimSum, dimCount, weights);
            counts[(Double.isNaN(score) ? pointStage : rule.stageNumber(score, fw.scale(), stages)) - 1]++;
        }
        input.progress().progress("bootstrap", resamples, resamples);
        for (int s = 0; s < stages; s++) {
            p[s] = counts[s] / (double) resamples;
        }
        return p;
    }

    /**
     * Mixes {@code p} with the uniform distribution, then moves the least mass onto {@code anchor} that
     * makes it the (strict) most probable stage.
     */
    static void smoothAndAnchor(double[] p, int anchor, double smoothing) {
        int k = p.length;
        for (int s = 0; s < k; s++) {
            p[s] = (1 - smoothing) * p[s] + smoothing / k;
        }
        double max = 0;
        for (int s = 0; s < k; s++) {
            if (s != anchor) {
                max = Math.max(max, p[s]);
            }
        }
        if (p[anchor] <= max) {
            double gap = max - p[anchor] + 1e-9;
            double lambda = gap / (1 + gap);
            for (int s = 0; s < k; s++) {
                p[s] = (1 - lambda) * p[s] + (s == anchor ? lambda : 0);
            }
        }
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        for (int s = 0; s < k; s++) {
            p[s] /= sum;
        }
    }
}
