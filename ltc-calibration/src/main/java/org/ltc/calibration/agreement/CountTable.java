package org.ltc.calibration.agreement;

import java.util.ArrayList;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * How many raters put each unit in each category: one row per unit, one column per category (the input of
 * Fleiss' kappa). Immutable.
 */
public final class CountTable {
    private final List<String> categories;
    private final int[][] counts;

    /**
     * @param categories the categories' names, one per column
     * @param counts     rows of non-negative counts; copied
     */
    public CountTable(List<String> categories, int[][] counts) {
        this.categories = Checks.strings("categories", categories);
        Checks.notNull("counts", counts);
        this.counts = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == null || counts[i].length != this.categories.size()) {
                throw InvalidInputException.field("counts[" + i + "]", counts[i] == null ? null : counts[i].length,
                        "must hold one count per category (" + this.categories.size() + ")");
            }
            for (int j = 0; j < counts[i].length; j++) {
                Checks.nonNegative("counts[" + i + "][" + j + "]", counts[i][j]);
            }
            this.counts[i] = counts[i].clone();
        }
    }

    /**
     * How many raters put each unit in each category, from ratings in one column per rater (missing ratings
     * not counted): the categories are the table's labels, or the distinct numbers rated, in order.
     */
    public static CountTable fromRatings(RatingTable ratings) {
        java.util.TreeSet<Double> used = new java.util.TreeSet<>();
        for (int u = 0; u < ratings.unitCount(); u++) {
            for (int r = 0; r < ratings.raterCount(); r++) {
                if (!ratings.isMissing(u, r)) {
                    used.add(ratings.value(u, r));
                }
            }
        }
        List<Double> values = new ArrayList<>(ratings.isCategorical() ? List.of() : used);
        List<String> names = new ArrayList<>();
        if (ratings.isCategorical()) {
            names.addAll(ratings.categories());
        } else {
            for (int c = 0; c < values.size(); c++) {
                double v = values.get(c);
                names.add(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
            }
        }
        int[][] counts = new int[ratings.unitCount()][names.size()];
        for (int u = 0; u < ratings.unitCount(); u++) {
            for (int r = 0; r < ratings.raterCount(); r++) {
                if (!ratings.isMissing(u, r)) {
                    double v = ratings.value(u, r);
                    counts[u][ratings.isCategorical() ? (int) v : values.indexOf(v)]++;
                }
            }
        }
        return new CountTable(names, counts);
    }

    /** A table with categories named 1..K. */
    public static CountTable of(int[][] counts) {
        int k = counts.length == 0 ? 0 : counts[0].length;
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= k; j++) {
            names.add(String.valueOf(j));
        }
        return new CountTable(names, counts);
    }

    public List<String> categories() {
        return categories;
    }

    public int unitCount() {
        return counts.length;
    }

    public int count(int unit, int category) {
        return counts[unit][category];
    }

    /** How many raters rated the unit. */
    public int raters(int unit) {
        int s = 0;
        for (int c : counts[unit]) {
            s += c;
        }
        return s;
    }
}
