package org.ltc.model.plugin;

import java.util.List;

/**
 * One option as {@code --help} and the README list it.
 *
 * @param key          the full property key, e.g. {@code ltc.theming.kmeans.k}
 * @param type         the kind of value: {@code whole number}, {@code number}, {@code true/false}, {@code text},
 *                     the choices of an enum, or a codec's name
 * @param defaultValue the default as property text ({@code ""} when there is none)
 * @param bounds       the allowed values in words, e.g. {@code 1..1000} or {@code [0, 1)} ({@code ""} if any)
 * @param text         what the option does
 * @param aliases      older full keys still accepted (deprecated)
 * @param min          the lower bound, or {@code null} when there is none
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          the upper bound, or {@code null} when there is none
 * @param maxInclusive whether {@code max} itself is allowed
 * @param choices      the allowed texts of a choice (an enum), else empty
 */
public record OptionInfo(String key, String type, String defaultValue, String bounds, String text,
                         List<String> aliases, Double min, boolean minInclusive, Double max, boolean maxInclusive,
                         List<String> choices) {
    public OptionInfo {
        aliases = List.copyOf(aliases);
        choices = List.copyOf(choices);
    }
}
