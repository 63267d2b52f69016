package org.ltc.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Argument checks for record constructors. Each failure is an {@link InvalidInputException} that
 * names the field and the rejected value. Public so plug-in authors can validate their own records
 * the same way.
 */
public final class Checks {
    /** The identifier rule as a pattern; {@link #isId(String)} implements it without a matcher. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,127}");

    private Checks() {
    }

    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw InvalidInputException.field(field, null, "is required");
        }
        return value;
    }

    public static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.field(field, value, "must not be blank");
        }
        return value;
    }

    /** A blank optional text becomes {@code null}, so JSON never carries empty strings for "unknown". */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * Identifiers: 1 to 128 characters of letters, digits and {@code . _ : -}, starting with a letter or
     * digit, so they are safe in file names, URLs and JSON pointers.
     */
    public static String id(String field, String value) {
        notNull(field, value);
        if (!isId(value)) {
            throw InvalidInputException.field(field, value,
                    "must be 1-128 letters, digits or . _ : - starting with a letter or digit");
        }
        return value;
    }

    /**
     * Whether a text is a valid identifier (see {@link #id(String, String)}). A hand-written scan, not the
     * regular expression: it runs for every id of every imported row, and the matcher allocated per call
     * was the import's largest allocation.
     */
    public static boolean isId(String value) {
        int n = value == null ? 0 : value.length();
        if (n < 1 || n > 128) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alnum && (i == 0 || c != '.' && c != '_' && c != ':' && c != '-')) {
                return false;
            }
        }
        return true;
    }

    public static String optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw InvalidInputException.field(field, value, "must be zero or more");
        }
        return value;
    }

    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw InvalidInputException.field(field, value, "must be zero or more");
        }
        return value;
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw InvalidInputException.field(field, value, "must be a finite number");
        }
        return value;
    }

    public static double inRange(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw InvalidInputException.field(field, value, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw InvalidInputException.field(field, value, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** An immutable copy; {@code null} becomes the empty list; null elements are rejected by index. */
    public static <T> List<T> list(String field, Collection<? extends T> values) {
        if (values == null) {
            return List.of();
        }
        int i = 0;
        for (T v : values) {
            if (v == null) {
                throw InvalidInputException.field(field + "[" + i + "]", null, "must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }

    /** An immutable list of non-blank strings. */
    public static List<String> strings(String field, Collection<String> values) {
        List<String> copy = list(field, values);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).isBlank()) {
                throw InvalidInputException.field(field + "[" + i + "]", copy.get(i), "must not be blank");
            }
        }
        return copy;
    }

    /**
     * An immutable, key-sorted copy; {@code null} becomes the empty map. Sorted so that JSON output
     * and hashes do not depend on insertion order.
     */
    public static <V> SortedMap<String, V> sortedMap(String field, Map<String, ? extends V> values) {
        TreeMap<String, V> copy = new TreeMap<>();
        if (values != null) {
            for (Map.Entry<String, ? extends V> e : values.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank()) {
                    throw InvalidInputException.field(field, e.getKey(), "keys must not be blank");
                }
                if (e.getValue() == null) {
                    throw InvalidInputException.field(field + "." + e.getKey(), null, "must not be null");
                }
                copy.put(e.getKey(), e.getValue());
            }
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Rejects a list whose elements repeat an id, naming the id and both positions. */
    public static <T> void uniqueIds(String field, List<T> values, java.util.function.Function<T, String> id) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Integer before = seen.putIfAbsent(id.apply(values.get(i)), i);
            if (before != null) {
                throw InvalidInputException.field(field + "[" + i + "].id", id.apply(values.get(i)),
                        "repeats the id of " + field + "[" + before + "]");
            }
        }
    }
}
