package org.ltc.calibration.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;

/**
 * Fold assignments for cross-validation: each method returns, for every case, the index of the fold in
 * which it is held out.
 */
public final class Folds {
    private Folds() {
    }

    /**
     * Stratified k-fold: within each stage the cases are shuffled (Fisher-Yates, with {@code random}) and dealt to
     * folds in turn, continuing across stages, so every fold holds about the same share of each stage and the
     * fold sizes differ by at most one.
     */
    public static int[] stratified(int[] stages, int k, SplittableRandom random) {
        if (k < 2) {
            throw new InvalidOptionsException("folds.k", k, "must be 2 or more");
        }
        if (k > stages.length) {
            throw new InvalidOptionsException("folds.k", k, "must not exceed the number of cases (" + stages.length + ")");
        }
        TreeMap<Integer, List<Integer>> byStage = new TreeMap<>();
        for (int i = 0; i < stages.length; i++) {
            byStage.computeIfAbsent(stages[i], s -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[stages.length];
        int next = 0;
        for (List<Integer> members : byStage.values()) {
            for (int i = members.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer t = members.get(i);
                members.set(i, members.get(j));
                members.set(j, t);
            }
            for (int idx : members) {
                fold[idx] = next % k;
                next++;
            }
        }
        return fold;
    }

    /** Leave-one-group-out: one fold per distinct group, in sorted order of the group names. */
    public static int[] byGroup(List<String> groups) {
        List<String> distinct = groups.stream().distinct().sorted().toList();
        if (distinct.size() < 2) {
            throw new InvalidInputException(null, null, "group", distinct.isEmpty() ? null : distinct.get(0),
                    "leave-one-group-out needs at least two groups");
        }
        int[] fold = new int[groups.size()];
        for (int i = 0; i < fold.length; i++) {
            fold[i] = java.util.Collections.binarySearch(distinct, groups.get(i));
        }
        return fold;
    }

    /** How many folds an assignment has. */
    public static int count(int[] fold) {
        int max = -1;
        for (int f : fold) {
            max = Math.max(max, f);
        }
        return max + 1;
    }

    /** The indexes of the cases in fold {@code f} ({@code inFold}) or in every other fold. */
    public static int[] indexes(int[] fold, int f, boolean inFold) {
        int n = 0;
        for (int x : fold) {
            n += (x == f) == inFold ? 1 : 0;
        }
        int[] out = new int[n];
        int at = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == f) == inFold) {
                out[at++] = i;
            }
        }
        return out;
    }
}
