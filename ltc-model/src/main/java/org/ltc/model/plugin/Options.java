package org.ltc.model.plugin;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;

/**
 * Helpers for reading options from namespaced string properties ({@code ltc.theming.kmeans.k=12}), the
 * form the command-line tool and hosts use. Every failure names the property and the value.
 */
public final class Options {
    private Options() {
    }

    /** The properties under {@code prefix} (which ends with a dot), rejecting keys not in {@code known}. */
    public static Map<String, String> under(String prefix, Map<String, String> properties, Set<String> known) {
        Map<String, String> mine = new TreeMap<>();
        properties.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                String name = k.substring(prefix.length());
                if (!known.contains(name)) {
                    throw new InvalidOptionsException(k, v, "is not an option; known: "
                            + known.stream().sorted().map(n -> prefix + n).toList());
                }
                mine.put(name, v);
            }
        });
        return mine;
    }

    public static int intValue(String property, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v < min || v > max) {
                throw new InvalidOptionsException(property, value, "must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidOptionsException(property, value, "must be a whole number");
        }
    }

    public static long longValue(String property, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidOptionsException(property, value, "must be a whole number");
        }
    }

    public static double doubleValue(String property, String value, double min, double max) {
        try {
            double v = Double.parseDouble(value.trim());
            if (!(v >= min && v <= max)) {
                throw new InvalidOptionsException(property, value, "must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidOptionsException(property, value, "must be a number");
        }
    }

    public static boolean booleanValue(String property, String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new InvalidOptionsException(property, value, "must be true or false");
        };
    }
}
