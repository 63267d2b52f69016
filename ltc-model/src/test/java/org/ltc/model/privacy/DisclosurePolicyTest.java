package org.ltc.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidOptionsException;

class DisclosurePolicyTest {
    @Test
    void segmentsSmallerThanFiveAreSuppressedByDefault() {
        DisclosurePolicy p = DisclosurePolicy.defaults();
        assertEquals(5, p.minParticipants());
        for (int n = 1; n <= 4; n++) {
            assertTrue(p.suppress(n), "n=" + n);
        }
        assertFalse(p.suppress(5));
        assertFalse(p.suppress(0), "an empty segment discloses nobody");
        assertEquals(OptionalInt.empty(), p.count(3));
        assertEquals(OptionalInt.of(7), p.count(7));
        assertEquals(Optional.empty(), p.guard(4, 0.75));
        assertEquals(Optional.of(0.75), p.guard(9, 0.75));
        assertEquals("fewer than 5", p.countLabel(2));
        assertEquals("12", p.countLabel(12));
        assertTrue(p.label(2, "60%").startsWith("suppressed"));
        assertEquals(Set.of("East End", "Downtown"), p.visible(Map.of("East End", 5, "Downtown", 40, "Hill", 2)));
    }

    @Test
    void offShowsEverythingAndBadValuesAreRejected() {
        assertFalse(DisclosurePolicy.off().suppress(1));
        assertThrows(InvalidOptionsException.class, () -> DisclosurePolicy.of(0));
        assertThrows(InvalidOptionsException.class, () -> DisclosurePolicy.defaults().suppress(-1));
        assertEquals(DisclosurePolicy.of(10), DisclosurePolicy.fromProperties(DisclosurePolicy.of(10).toProperties()));
        assertEquals(DisclosurePolicy.defaults(), DisclosurePolicy.fromProperties(Map.of()));
        assertThrows(InvalidOptionsException.class,
                () -> DisclosurePolicy.fromProperties(Map.of(DisclosurePolicy.PROPERTY, "few")));
    }
}
