package org.ltc.theming.label;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code oneWord} answers as the regular expression split it replaced, on words as {@code bare} leaves them. */
class OneWordProperties {
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static boolean letterOrNumber(int cp) {
        return WORDS.matcher(new String(Character.toChars(cp))).matches() == false;
    }

    @Provide
    Arbitrary<String> words() {
        // letters, digits, marks, punctuation, spaces and characters outside the BMP, mixed
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aZé9٣Ⅻ½-'’ .\u0301\u00a0").ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8));
    }

    @Property(tries = 2000)
    void oneWordIsTheSplitIntoOnePiece(@ForAll("words") String bare) {
        // a bare word starts and ends with a letter or digit
        Assume.that(letterOrNumber(bare.codePointAt(0)) && letterOrNumber(bare.codePointBefore(bare.length())));
        boolean expected = WORDS.split(bare).length == 1;
        if (expected != KeyPhraseLabeller.oneWord(bare)) {
            throw new AssertionError("oneWord(\"" + bare + "\") != " + expected);
        }
    }
}
