package org.ltc.theming.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ThemeLabelsTest {
    @Test
    void aShortCentralNoteIsTheLabelAsAHeading() {
        assertEquals("A downtown we are proud to bring visitors to", ThemeLabels.inResidentsWords(
                List.of("A downtown we are proud to bring visitors to.", "Empty storefronts everywhere."), "x"));
    }

    @Test
    void aLongCentralNoteGivesItsOpeningClause() {
        String label = ThemeLabels.inResidentsWords(List.of(
                "Right now downtown is half empty storefronts and a payday lender, and nobody walks there after six "
                        + "because there is nothing open and the lights are out",
                "Another long note that goes on and on about many things at once without any stop at all really",
                "Third long note that also goes on and on about many different things without stopping at all"),
                "downtown, empty");
        // No clause break in the first ten words: the opening words, cut at a word boundary and marked.
        assertEquals("Right now downtown is half empty storefronts and a payday \u2026", label);
    }

    @Test
    void aRedactionTokenIsNeverTheLabelAndNothingUsableFallsBack() {
        assertEquals("Call me at [phone]", ThemeLabels.inResidentsWords(List.of("[address]", "call me at [phone]"),
                "x"));
        assertEquals("bus, transit", ThemeLabels.inResidentsWords(List.of(" ", "[redacted]"), "bus, transit"));
    }

    @Property
    void aLabelIsAlwaysShortAndNonBlank(@ForAll @StringLength(min = 1, max = 400) String text) {
        String label = ThemeLabels.inResidentsWords(List.of(text), "fallback");
        assertTrue(!label.isBlank(), "non-blank");
        assertTrue(label.length() <= ThemeLabels.MAX_CHARS + 2, label);
    }
}
