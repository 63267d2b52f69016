package org.ltc.model.privacy;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ltc.model.InvalidOptionsException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.ltc.model.plugin.Option;
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
 * <p>Limits: the policy judges one figure at a time. Figures that can be subtracted from each other (a total
 * and all but one of its parts) can still reveal a small segment; builders should suppress a complementary
 * figure too, or show only rounded totals.
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

    /** The keys of {@code segmentSizes} whose figures may be shown. */
    public Set<String> visible(Map<String, Integer> segmentSizes) {
        return segmentSizes.entrySet().stream().filter(e -> mayShow(e.getValue())).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
