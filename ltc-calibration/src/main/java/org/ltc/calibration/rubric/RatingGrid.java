package org.ltc.calibration.rubric;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ltc.calibration.CalibrationInputs;
import org.ltc.model.InvalidInputException;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.StageFramework;

/**
 * The rating grid of the Community Readiness Model's scoring protocol (Plested, Edwards &amp; Jumper-Thurman,
 * "Community Readiness: A Handbook for Successful Change", Tri-Ethnic Center, 2006): the ratings grouped by unit
 * (interview) and dimension, units and raters in id order. A cell's protocol score is the rating by rater
 * {@value RubricCalibrator#CONSENSUS_RATER} when there is one (the handbook's agreed score), else the mean of its
 * raters' scores; ratings without an interview id form one unit. Named raters get indexes in id order, then each
 * anonymous rating is a rater of its own, so the {@link RaterBootstrap} can draw raters across cells.
 *
 * <p>Immutable after {@link #of}; thread-safe to read.
 *
 * @param units      the units in id order, each with its cells in dimension order
 * @param raterCount how many raters (named and anonymous) there are
 */
record RatingGrid(List<Unit> units, int raterCount) {
    private static final String NO_INTERVIEW = "";

    RatingGrid {
        units = List.copyOf(units);
    }

    static RatingGrid of(StageFramework fw, List<IndicatorRating> ratings) {
        // Named raters in id order, then each anonymous rating as a rater of its own.
        Map<String, Integer> raterIds = new TreeMap<>();
        for (IndicatorRating r : ratings) {
            if (r.raterId() != null && !RubricCalibrator.CONSENSUS_RATER.equals(r.raterId())) {
                raterIds.put(r.raterId(), 0);
            }
        }
        int next = 0;
        for (Map.Entry<String, Integer> e : raterIds.entrySet()) {
            e.setValue(next++);
        }
        for (int i = 0; i < ratings.size(); i++) {
            if (ratings.get(i).raterId() == null) {
                raterIds.put("\u0000anonymous-" + i, next++);
            }
        }
        Map<String, Map<Integer, List<Integer>>> byUnit = new TreeMap<>();
        for (int i = 0; i < ratings.size(); i++) {
            IndicatorRating r = ratings.get(i);
            int d = fw.dimensions().indexOf(fw.dimension(r.dimensionId()).orElseThrow());
            String unit = r.interviewId() == null ? NO_INTERVIEW : r.interviewId();
            byUnit.computeIfAbsent(unit, k -> new TreeMap<>()).computeIfAbsent(d, k -> new ArrayList<>()).add(i);
        }
        List<Unit> units = new ArrayList<>();
        byUnit.forEach((unit, cells) -> {
            List<Cell> list = new ArrayList<>();
            cells.forEach((d, indexes) -> list.add(cell(unit, d, indexes, ratings, raterIds)));
            units.add(new Unit(unit, list));
        });
        return new RatingGrid(units, next);
    }

    private static Cell cell(String unit, int d, List<Integer> indexes, List<IndicatorRating> ratings,
                             Map<String, Integer> raterIds) {
        Double consensus = null;
        Map<String, Integer> named = new TreeMap<>();
        List<Integer> anonymous = new ArrayList<>();
        Set<String> evidence = new LinkedHashSet<>();
        for (int i : indexes) {
            IndicatorRating r = ratings.get(i);
            evidence.addAll(r.evidence());
            if (RubricCalibrator.CONSENSUS_RATER.equals(r.raterId())) {
                if (consensus != null) {
                    throw new InvalidInputException(null, "/ratings/" + i, "raterId", r.raterId(),
                            "is a second consensus score for dimension " + r.dimensionId()
                                    + (unit.isEmpty() ? "" : " of interview " + unit));
                }
                consensus = r.score();
            } else if (r.raterId() == null) {
                anonymous.add(i);
            } else if (named.putIfAbsent(r.raterId(), i) != null) {
                throw new InvalidInputException(null, "/ratings/" + i, "raterId", r.raterId(),
                        "scored dimension " + r.dimensionId() + (unit.isEmpty() ? "" : " of interview " + unit)
                                + " twice (first at /ratings/" + named.get(r.raterId()) + ")");
            }
        }
        List<Integer> order = new ArrayList<>(named.values());
        order.addAll(anonymous);
        double[] scores = new double[order.size()];
        int[] raterIndex = new int[order.size()];
        List<String> raters = new ArrayList<>();
        for (int j = 0; j < order.size(); j++) {
            IndicatorRating r = ratings.get(order.get(j));
            scores[j] = r.score();
            raterIndex[j] = raterIds.get(r.raterId() != null ? r.raterId() : "\u0000anonymous-" + order.get(j));
            raters.add(r.raterId());
        }
        return new Cell(unit, d, scores, raterIndex, raters, consensus, List.copyOf(indexes), List.copyOf(evidence));
    }

    List<String> allEvidence() {
        Set<String> ids = new LinkedHashSet<>();
        for (Unit u : units) {
            for (Cell c : u.cells) {
                ids.addAll(c.unit.isEmpty() ? c.evidence() : List.of(c.unit));
            }
        }
        return List.copyOf(ids);
    }

    List<String> evidence(int d) {
        Set<String> ids = new LinkedHashSet<>();
        for (Unit u : units) {
            for (Cell c : u.cells) {
                if (c.dim == d) {
                    ids.addAll(c.evidence());
                }
            }
        }
        return ids.stream().collect(Collectors.toUnmodifiableList());
    }

    /** Per dimension, the mean of its cells' protocol scores (NaN for a dimension nobody rated). */
    double[] dimensionScores(int dims) {
        double[] sum = new double[dims];
        int[] count = new int[dims];
        sumPoints(sum, count);
        double[] mean = new double[dims];
        for (int d = 0; d < dims; d++) {
            mean[d] = count[d] == 0 ? Double.NaN : sum[d] / count[d];
        }
        return mean;
    }

    /** The protocol's overall score with one weight per dimension (see {@link #overall(double[], int[], double[])}). */
    double overall(double[] weights) {
        double[] sum = new double[weights.length];
        int[] count = new int[weights.length];
        sumPoints(sum, count);
        return overall(sum, count, weights);
    }

    private void sumPoints(double[] sum, int[] count) {
        for (Unit u : units) {
            for (Cell c : u.cells) {
                sum[c.dim] += c.point;
                count[c.dim]++;
            }
        }
    }

    /** Weighted mean of the dimension means, over the dimensions with data; NaN when no weight is left. */
    static double overall(double[] sum, int[] count, double[] weights) {
        double num = 0;
        double den = 0;
        for (int d = 0; d < sum.length; d++) {
            if (count[d] > 0 && weights[d] > 0) {
                num += weights[d] * sum[d] / count[d];
                den += weights[d];
            }
        }
        return den > 0 ? num / den : Double.NaN;
    }

    /** One interview's (or the no-interview unit's) score on one dimension. */
    static final class Cell {
        final String unit;
        final int dim;
        final double[] scores;
        final int[] raterIndex;
        final List<String> raters;
        final boolean hasConsensus;
        final double point;
        final double raterMean;
        final List<Integer> indexes;
        final List<String> ratingEvidence;

        Cell(String unit, int dim, double[] scores, int[] raterIndex, List<String> raters, Double consensus,
             List<Integer> indexes, List<String> ratingEvidence) {
            this.unit = unit;
            this.dim = dim;
            this.scores = scores;
            this.raterIndex = raterIndex;
            this.raters = raters;
            this.hasConsensus = consensus != null;
            double mean = 0;
            for (double s : scores) {
                mean += s;
            }
            this.raterMean = scores.length == 0 ? Double.NaN : mean / scores.length;
            this.point = consensus != null ? consensus : raterMean;
            this.indexes = indexes;
            this.ratingEvidence = ratingEvidence;
        }

        double spread() {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double s : scores) {
                min = Math.min(min, s);
                max = Math.max(max, s);
            }
            return scores.length < 2 ? 0 : max - min;
        }

        List<String> evidence() {
            Set<String> ids = new LinkedHashSet<>();
            if (!unit.isEmpty()) {
                ids.add(unit);
            } else {
                indexes.forEach(i -> ids.add(CalibrationInputs.ratingRef(i)));
            }
            ids.addAll(ratingEvidence);
            return List.copyOf(ids);
        }
    }

    record Unit(String id, List<Cell> cells) {
    }
}
