package org.ltc.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.provenance.RedactionSummary;
import org.ltc.model.testdata.BowlingGreen;
import org.ltc.model.testdata.RealData;

/**
 * The redactor on the 896 real Bowling Green statements (Polis, 2018, CC BY 4.0): 74 of them hold digits
 * (years, budgets, percentages, lane counts), and none is changed; personal data planted in every statement is
 * all removed and counted; many threads sharing one redactor give the same result as one.
 */
@RealData
class RedactorRealDataTest {
    private static ConversationSet bg;
    private static final Redactor REDACTOR = Redactor.create(RedactionOptions.builder()
            .names(List.of("Dana Whitfield", "Tom")).build());

    @BeforeAll
    static void read() {
        bg = BowlingGreen.read(BowlingGreen.requireFolder());
    }

    @Test
    void realStatementsAreNotOverRedacted() {
        long withDigits = bg.notes().stream().filter(n -> n.text().chars().anyMatch(Character::isDigit)).count();
        assertEquals(74, withDigits);
        Redacted<ConversationSet> r = Redactor.defaults().redact(bg);
        assertEquals(RedactionSummary.none(), r.summary());
        assertEquals(bg.notes(), r.value().notes());
    }

    @Test
    void personalDataPlantedInEveryRealStatementIsRemoved() {
        List<Note> planted = new ArrayList<>();
        for (Note n : bg.notes()) {
            planted.add(n.withText(n.text() + " Tom says write to dana.whitfield@example.org or call (270) 555-0134,"
                    + " or visit 214 Elm Street. " + n.text()));
        }
        Redacted<ConversationSet> r = REDACTOR.redact(bg.withNotes(planted, null));
        int n = bg.notes().size();
        assertEquals(new RedactionSummary(Map.of("email", n, "phone", n, "address", n, "name", n), n), r.summary());
        for (Note note : r.value().notes()) {
            for (String secret : List.of("dana.whitfield", "555-0134", "214 Elm", "Tom ")) {
                assertFalse(note.text().contains(secret), note.text());
            }
        }
    }

    @Test
    void oneRedactorSharedByManyThreadsGivesTheSameResult() throws Exception {
        List<String> texts = bg.notes().stream().map(n -> n.text() + " Tom: tom@example.org, +44 20 7946 0958").toList();
        List<String> expected = texts.stream().map(t -> REDACTOR.redact(t).value()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> texts.stream().map(t -> REDACTOR.redact(t).value()).toList()));
            }
            for (Future<List<String>> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
