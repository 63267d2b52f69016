package org.ltc.model.privacy;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ltc.model.InvalidOptionsException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.Options;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;

/**
 * Small-cell suppression: no figure is shown about a segment (a neighbourhood, an age band, an opinion group)
 * in which fewer than {@code minParticipants} people took part, because with few people a count, a share or
 * a quote can point to one person. This is the threshold rule statistical agencies apply to published tables
 * (a minimum cell size, often 5 or 10); it is on by default with k = 5.
 *
 * <p>A segment with no participants is not suppressed: saying that nobody from a place took part discloses
 * nobody, and that gap is itself public knowledge.
 *
 * <p>One figure at a time is not enough: figures that can be subtracted from each other (a total and all but
 * one of its parts) reveal the part left out. {@link #hidden(Map, int, Set)} therefore applies the secondary
 * (complementary) suppression of statistical disclosure control: after the small cells are hidden (primary
 * suppression), more cells are hidden, smallest first, until what the total leaves unexplained is either nothing
 * or at least k people (Hundepool et al., <i>Statistical Disclosure Control</i>, Wiley 2012, ch. 4 "Magnitude
 * tabular data" and 5 "Frequency tables": complementary suppression; the same rule as the US Census Bureau's
 * and Eurostat's table protection).
 *
 * <p>Same option as a property: {@code ltc.privacy.minParticipants}. Immutable and thread-safe.
 *
 * @param minParticipants the smallest segment (k) a figure may describe; 1 turns suppression off
 */
@OptionsNamespace(value = "ltc.privacy", closed = false)
public record DisclosurePolicy(
        @Option("The smallest segment (k) a figure may describe; 1 turns suppression off.") @Min(1) @Max(1_000_000)
        int minParticipants) {
    /** The default k. */
    public static final int DEFAULT_MIN_PARTICIPANTS = 5;
    /** The property that sets k. */
    public static final String PROPERTY = "ltc.privacy.minParticipants";

    public DisclosurePolicy {
        OptionsBinder.check(DisclosurePolicy.class, minParticipants);
    }

    /** k = 5. */
    public static DisclosurePolicy defaults() {
        return new DisclosurePolicy(DEFAULT_MIN_PARTICIPANTS);
    }

    public static DisclosurePolicy of(int minParticipants) {
        return new DisclosurePolicy(minParticipants);
    }

    /** Every figure shown (k = 1): only for data that is already public. */
    public static DisclosurePolicy off() {
        return new DisclosurePolicy(1);
    }

    /** The policy from {@code ltc.privacy.minParticipants}, or the default when the property is absent. */
    public static DisclosurePolicy bind(Map<String, String> properties) {
        // ltc.privacy is shared with the redaction options: a key neither knows (a misspelling such as
        // minParticipnats) is an error naming the known keys.
        Options.under(RedactionOptions.PREFIX, properties, RedactionOptions.knownKeys());
        return OptionsBinder.bind(defaults(), properties);
    }

    /** Same as {@link #bind(Map)} (the name before 0.2). */
    public static DisclosurePolicy fromProperties(Map<String, String> properties) {
        return bind(properties);
    }

    public Map<String, String> toProperties() {
        return OptionsBinder.toProperties(this);
    }

    /**
     * Whether a figure about a segment of {@code segmentSize} participants must be hidden: true when
     * {@code 0 < segmentSize < k}.
     */
    public boolean suppress(int segmentSize) {
        if (segmentSize < 0) {
            throw new InvalidOptionsException("segmentSize", segmentSize, "must be zero or more");
        }
        return segmentSize > 0 && segmentSize < minParticipants;
    }

    /** The opposite of {@link #suppress(int)}. */
    public boolean mayShow(int segmentSize) {
        return !suppress(segmentSize);
    }

    /** The figure when it may be shown, else empty. */
    public <T> Optional<T> guard(int segmentSize, T figure) {
        return suppress(segmentSize) ? Optional.empty() : Optional.ofNullable(figure);
    }

    /** A count about the segment itself (its size), or empty when suppressed. */
    public OptionalInt count(int segmentSize) {
        return suppress(segmentSize) ? OptionalInt.empty() : OptionalInt.of(segmentSize);
    }

    /** The text to print for a segment's size: the number, or "fewer than k" when suppressed. */
    public String countLabel(int segmentSize) {
        return suppress(segmentSize) ? "fewer than " + minParticipants : String.valueOf(segmentSize);
    }

    /** The text to print for another figure about a segment (a share, a score): the figure, or a notice. */
    public String label(int segmentSize, String figure) {
        return suppress(segmentSize) ? "suppressed (fewer than " + minParticipants + " participants)" : figure;
    }

    /**
     * The cells of one line of a table that must not be shown. A line is the counts of one breakdown of
     * {@code total} people (participants per neighbourhood; a theme's participants per age band), where some
     * people may be in no cell. Hidden are: every cell of {@code 0 < n < k} and every cell in {@code alsoHidden}
     * (primary suppression); then, while what the shown cells leave of the total ({@code total - sum(shown)})
     * is more than 0 and less than k, the smallest shown cell (ties: the first key), so no difference of shown
     * figures reveals a group of fewer than k people (secondary, or complementary, suppression). Deterministic.
     *
     * @param cells      the count of each cell, by key
     * @param total      the total shown beside the line (at least the sum of the cells)
     * @param alsoHidden cells hidden for another reason (their own line hides them), may be empty
     * @return the keys to hide, sorted
     */
    public Set<String> hidden(Map<String, Integer> cells, int total, Set<String> alsoHidden) {
        java.util.TreeSet<String> hide = new java.util.TreeSet<>();
        long shownSum = 0;
        for (Map.Entry<String, Integer> e : cells.entrySet()) {
            if (suppress(e.getValue()) || alsoHidden.contains(e.getKey())) {
                hide.add(e.getKey());
            } else {
                shownSum += e.getValue();
            }
        }
        while (total - shownSum > 0 && total - shownSum < minParticipants) {
            String smallest = null;
            for (Map.Entry<String, Integer> e : cells.entrySet()) {
                if (!hide.contains(e.getKey()) && e.getValue() > 0 && (smallest == null
                        || e.getValue() < cells.get(smallest))) {
                    smallest = e.getKey();
                }
            }
            if (smallest == null) {
                break; // every cell hidden; the total alone describes everyone
            }
            hide.add(smallest);
            shownSum -= cells.get(smallest);
        }
        return java.util.Collections.unmodifiableSet(hide);
    }

    /** The keys of {@code segmentSizes} whose figures may be shown. */
    public Set<String> visible(Map<String, Integer> segmentSizes) {
        return segmentSizes.entrySet().stream().filter(e -> mayShow(e.getValue())).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
