package org.ltc.calibration.agreement;

import java.util.ArrayList;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * Ratings of units by raters: one row per unit, one column per rater, {@link Double#NaN} where a rater did
 * not rate a unit. Immutable: the constructor and {@link #value(int, int)} copy nothing out.
 */
public final class RatingTable {
    private final List<String> raters;
    private final List<String> units;
    private final double[][] values;

    /**
     * @param raters the raters' names, one per column
     * @param units  the units' names, one per row (or {@code null} to number them from 1)
     * @param values rows of ratings, {@code NaN} for missing; copied
     */
    public RatingTable(List<String> raters, List<String> units, double[][] values) {
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
        }
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
        return new RatingTable(names, units, v);
    }
}
