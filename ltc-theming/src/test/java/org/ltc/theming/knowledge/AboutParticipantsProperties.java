package org.ltc.theming.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The first-letter check before the pattern never changes the answer: {@link Categories#aboutParticipants} says
 * what the pattern alone says (the reference below) for every statement.
 */
class AboutParticipantsProperties {
    /** The pattern itself, so a new alternative that the first-character shortcut would miss fails here. */
    private static final Pattern ABOUT_ME = Categories.ABOUT_ME;

    @Property(tries = 1000)
    void sameAnswerAsThePatternAlone(@ForAll("statements") String text) {
        boolean expected = ABOUT_ME.matcher(text.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
        assertEquals(expected, Categories.aboutParticipants(text), text);
    }

    @Provide
    Arbitrary<String> statements() {
        Arbitrary<String> start = Arbitraries.of("I am", "i'm", "I\u2019m", "We are", "we're", "WE HAVE lived",
                "I have", "We live", "I grew up", "This survey", "THE questions", "The platform", "they are",
                "Its", "Weather", "Tim", "\u0130 am", "\u0130 have lived", " \t I live", "  We moved", "1 am",
                "", " ", "\u00a0I am", "Twelve", "I", "we", "the", "this");
        Arbitrary<String> rest = Arbitraries.of(" a student", " 20 years", " here", " in my street", " lived here",
                " survey is long", " born here", " retired", "", " parents", "n't sure", " more parks");
        return Arbitraries.oneOf(net.jqwik.api.Combinators.combine(start, rest).as(String::concat),
                Arbitraries.strings().all().ofMaxLength(20));
    }
}
