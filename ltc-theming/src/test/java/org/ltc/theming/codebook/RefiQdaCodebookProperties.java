package org.ltc.theming.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ltc.model.knowledge.ThemeCategory;

/** Any codebook whose codes are grouped by category survives export to REFI-QDA and import unchanged. */
class RefiQdaCodebookProperties {
    @Property(tries = 100)
    void exportThenImportGivesTheSameCodebook(@ForAll("codebooks") Codebook book) {
        assertEquals(book, RefiQdaCodebook.read(RefiQdaCodebook.write(book), "p.qdc"));
    }

    @Provide
    Arbitrary<Codebook> codebooks() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars("éñ'&<>\"").ofMinLength(1)
                .ofMaxLength(10).filter(s -> !s.isBlank());
        Arbitrary<String> phrase = word.list().ofMinSize(2).ofMaxSize(3).map(w -> String.join(" ", w));
        Arbitrary<ThemeCategory> category = Arbitraries.of(ThemeCategory.DEFAULTS);
        Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(40)
                .withCharRange(' ', '~').withChars("éß\n").map(String::strip).filter(s -> !s.isBlank())
                .filter(s -> s.lines().noneMatch(l -> l.strip().startsWith("ltc-")))
                .map(s -> s.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b)
                        .orElse("x"));
        Arbitrary<Code> code = Combinators.combine(category, word.list().ofMinSize(1).ofMaxSize(4).uniqueElements(),
                phrase.list().ofMaxSize(2).uniqueElements(), text.injectNull(0.5), text.map(s -> s.replace('\n', ' ')))
                .as((c, t, p, d, label) -> new Code("x", label, c, t, p, d));
        return Combinators.combine(code.list().ofMinSize(0).ofMaxSize(6), text.injectNull(0.3))
                .as((codes, source) -> {
                    List<Code> sorted = new ArrayList<>(codes);
                    sorted.sort(Comparator.comparing(Code::category));
                    List<Code> withIds = new ArrayList<>();
                    for (int i = 0; i < sorted.size(); i++) {
                        Code c = sorted.get(i);
                        withIds.add(new Code("code-" + i, c.label(), c.category(), c.terms(), c.phrases(),
                                c.description()));
                    }
                    return new Codebook("book-1", "A title", source, withIds);
                });
    }
}
