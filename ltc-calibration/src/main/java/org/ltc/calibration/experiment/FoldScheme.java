package org.ltc.calibration.experiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.ltc.model.InvalidOptionsException;

/**
 * How cases are split for cross-validation.
 *
 * @param kind    {@code stratified} (stratified k-fold), {@code repeated} (stratified k-fold, repeated with
 *                fresh shuffles) or {@code group} (leave-one-group-out)
 * @param k       folds per repetition (ignored for {@code group}); default 10
 * @param repeats repetitions (1 unless {@code repeated}); default 1, or 10 for {@code repeated}
 */
public record FoldScheme(String kind, int k, int repeats) {
    public FoldScheme {
        kind = kind == null ? "stratified" : kind.toLowerCase(Locale.ROOT);
        switch (kind) {
            case "stratified", "repeated", "group" -> {
            }
            default -> throw new InvalidOptionsException("folds.kind", kind, "must be stratified, repeated or group");
        }
        if (kind.equals("group")) {
            k = 0;
            repeats = 1;
        } else if (k < 2) {
            throw new InvalidOptionsException("folds.k", k, "must be 2 or more");
        }
        if (repeats < 1) {
            throw new InvalidOptionsException("folds.repeats", repeats, "must be 1 or more");
        }
        if (kind.equals("stratified") && repeats != 1) {
            throw new InvalidOptionsException("folds.repeats", repeats, "must be 1 for stratified; use kind repeated");
        }
    }

    @JsonCreator
    static FoldScheme json(@JsonProperty("kind") String kind, @JsonProperty("k") Integer k,
                           @JsonProperty("repeats") Integer repeats) {
        String kd = kind == null ? "stratified" : kind.toLowerCase(Locale.ROOT);
        return new FoldScheme(kd, k == null ? 10 : k, repeats == null ? (kd.equals("repeated") ? 10 : 1) : repeats);
    }

    public static FoldScheme stratified(int k) {
        return new FoldScheme("stratified", k, 1);
    }

    public static FoldScheme repeated(int k, int repeats) {
        return new FoldScheme("repeated", k, repeats);
    }

    public static FoldScheme leaveOneGroupOut() {
        return new FoldScheme("group", 0, 1);
    }
}
