package org.ltc.calibration.agreement;

import java.util.ArrayList;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * Ratings of units by raters: one row per unit, one column per rater, {@link Double#NaN} where a rater did
 * not rate a unit. Immutable: the constructor and {@link #value(int, int)} copy nothing out.
 *
 * <p>Ratings are numbers, or category labels ({@link #ofLabels}): then each value is the index of its label
 * in {@link #categories()}, and {@link #isOrdered()} says whether that order was declared (so ordinal
 * statistics may use it) or is only alphabetical (nominal statistics only).
 */
public final class RatingTable {
    private final List<String> raters;
    private final List<String> units;
    private final double[][] values;
    private final List<String> categories;
    private final boolean ordered;

    /**
     * @param raters the raters' names, one per column
     * @param units  the units' names, one per row (or {@code null} to number them from 1)
     * @param values rows of ratings, {@code NaN} for missing; copied
     */
    public RatingTable(List<String> raters, List<String> units, double[][] values) {
        this(raters, units, values, List.of(), true);
    }

    private RatingTable(List<String> raters, List<String> units, double[][] values, List<String> categories,
                        boolean ordered) {
        this.categories = Checks.strings("categories", categories);
        this.ordered = ordered;
        this.raters = Checks.strings("raters", raters);
        Checks.notNull("values", values);
        if (units == null) {
            List<String> numbered = new ArrayList<>();
            for (int i = 1; i <= values.length; i++) {
                numbered.add(String.valueOf(i));
            }
            units = numbered;
        }
        this.units = Checks.strings("units", units);
        if (this.units.size() != values.length) {
            throw InvalidInputException.field("units", this.units.size(), "must name each of the " + values.length + " rows");
        }
        this.values = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].length != this.raters.size()) {
                throw InvalidInputException.field("values[" + i + "]", values[i] == null ? null : values[i].length,
                        "must hold one value per rater (" + this.raters.size() + ")");
            }
            for (int j = 0; j < values[i].length; j++) {
                if (Double.isInfinite(values[i][j])) {
                    throw InvalidInputException.field("values[" + i + "][" + j + "]", values[i][j], "must be finite or missing (NaN)");
                }
            }
            this.values[i] = values[i].clone();
            for (double v : this.values[i]) {
                if (!this.categories.isEmpty() && !Double.isNaN(v)
                        && (v != Math.rint(v) || v < 0 || v >= this.categories.size())) {
                    throw InvalidInputException.field("values[" + i + "]", v, "must be a category index 0.."
                            + (this.categories.size() - 1) + " or missing (NaN)");
                }
            }
        }
    }

    /**
     * Ratings given as category labels, {@code null} (or blank) where a rater did not rate a unit.
     *
     * @param raters the raters' names, one per column
     * @param units  the units' names, one per row (or {@code null} to number them from 1)
     * @param labels rows of labels, one per rater
     * @param order  the categories from lowest to highest, when they are ordered (every label must be one of
     *               them); empty when they are not: the categories are then the labels used, in alphabetical
     *               order, and only nominal statistics apply
     */
    public static RatingTable ofLabels(List<String> raters, List<String> units, List<List<String>> labels,
                                       List<String> order) {
        Checks.notNull("labels", labels);
        List<String> categories;
        if (order != null && !order.isEmpty()) {
            categories = Checks.strings("order", order);
            if (new java.util.HashSet<>(categories).size() != categories.size()) {
                throw InvalidInputException.field("order", String.join(",", categories), "names a category twice");
            }
        } else {
            java.util.TreeSet<String> used = new java.util.TreeSet<>();
            for (List<String> row : labels) {
                for (String l : row) {
                    if (l != null && !l.isBlank()) {
                        used.add(l.strip());
                    }
                }
            }
            categories = List.copyOf(used);
        }
        java.util.Map<String, Integer> code = new java.util.HashMap<>();
        for (int c = 0; c < categories.size(); c++) {
            code.put(categories.get(c), c);
        }
        double[][] values = new double[labels.size()][];
        for (int i = 0; i < values.length; i++) {
            List<String> row = labels.get(i);
            values[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                String l = row.get(j);
                if (l == null || l.isBlank()) {
                    values[i][j] = Double.NaN;
                    continue;
                }
                Integer c = code.get(l.strip());
                if (c == null) {
                    throw InvalidInputException.field("labels[" + i + "][" + j + "]", l,
                            "is not one of the declared categories " + categories);
                }
                values[i][j] = c;
            }
        }
        return new RatingTable(raters, units, values, categories, order != null && !order.isEmpty());
    }

    /** The category labels, value {@code i} standing for label {@code i}; empty when ratings are numbers. */
    public List<String> categories() {
        return categories;
    }

    /** Whether ratings are category labels rather than numbers. */
    public boolean isCategorical() {
        return !categories.isEmpty();
    }

    /** Whether the values have a meaningful order: numbers do, labels only when their order was declared. */
    public boolean isOrdered() {
        return ordered;
    }

    /** The rating of unit {@code unit} by rater {@code rater} as text: its label, or the number. */
    public String label(int unit, int rater) {
        double v = values[unit][rater];
        if (Double.isNaN(v)) {
            return null;
        }
        if (isCategorical()) {
            return categories.get((int) v);
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A table with raters named r1..rK and units numbered from 1. */
    public static RatingTable of(double[][] values) {
        int k = values.length == 0 ? 0 : values[0].length;
        List<String> raters = new ArrayList<>();
        for (int j = 1; j <= k; j++) {
            raters.add("r" + j);
        }
        return new RatingTable(raters, null, values);
    }

    public List<String> raters() {
        return raters;
    }

    public List<String> units() {
        return units;
    }

    public int unitCount() {
        return values.length;
    }

    public int raterCount() {
        return raters.size();
    }

    /** The rating of unit {@code unit} by rater {@code rater}, {@code NaN} when missing. */
    public double value(int unit, int rater) {
        return values[unit][rater];
    }

    public boolean isMissing(int unit, int rater) {
        return Double.isNaN(values[unit][rater]);
    }

    /** The table with units as rows and these raters only (by column index). */
    public RatingTable columns(int... raterIndexes) {
        double[][] v = new double[values.length][raterIndexes.length];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < raterIndexes.length; c++) {
            names.add(raters.get(raterIndexes[c]));
            for (int i = 0; i < values.length; i++) {
                v[i][c] = values[i][raterIndexes[c]];
            }
        }
        return new RatingTable(names, units, v, categories, ordered);
    }
}
