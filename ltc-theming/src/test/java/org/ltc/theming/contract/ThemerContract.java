package org.ltc.theming.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ltc.model.CancelledException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.theming.Themer;
import org.ltc.theming.ThemingRequest;

/**
 * The contract every {@link Themer} must keep, as a JUnit 5 test to extend. A plug-in author adds the
 * {@code ltc-theming} test jar ({@code <type>test-jar</type><scope>test</scope>}) and writes:
 *
 * <pre>{@code
 * class MyThemerContractTest implements ThemerContract {
 *     public Themer themer() { return new MyThemer(); }
 * }
 * }</pre>
 *
 * <p>It checks: a well-formed id and version; the same request and seed give JSON-identical results, on 1
 * and on 2 threads, and from two threads at once on one instance; every piece of evidence names a note of the
 * input; no note is lost (each is in a theme or reported unassigned, never both); provenance names the
 * algorithm, its version, the seed, the time of the injected clock and a SHA-256 of the input that changes
 * with the input; cancellation (before the run and during it) ends the run with {@link CancelledException};
 * progress is reported sensibly (a non-blank phase, {@code 0 <= done <= total}, and within one phase and
 * total, done never goes back on one thread); an unknown option is an {@link InvalidOptionsException}; an input with no
 * notes gives no themes; the result survives a JSON round trip.
 *
 * <p>Override {@link #input()} to theme other notes and {@link #options()} to pass options (e.g. a {@code k}
 * that fits the input).
 */
public interface ThemerContract {
    /** The time every contract request records, so results compare byte for byte. */
    Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    long SEED = 42L;

    /** The themer under test, configured as a user would get it. */
    Themer themer();

    /** The notes to theme; the default is {@link ContractFixtures#town()}. */
    default ConversationSet input() {
        return ContractFixtures.town();
    }

    /** Option properties every request carries; none by default. */
    default Map<String, String> options() {
        return Map.of();
    }

    /** Whether the themer is one of the SDK's own (those may use the reserved {@code ltc-} id prefix). */
    default boolean sdkBuiltIn() {
        return false;
    }

    /** A request for the input with the contract's seed, options and clock, on one thread. */
    default ThemingRequest request(ConversationSet conversations) {
        return new ThemingRequest(conversations, options(), SEED, 1, null, null, null,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String json(ThemeSet set) {
        return LtcJson.defaults().write(set);
    }

    @Test
    default void idAndVersionAreWellFormed() {
        Themer t = themer();
        assertNotNull(t.id(), "id");
        assertTrue(t.id().matches("[a-z][a-z0-9-]{0,63}"), "id must be lower-case letters, digits, hyphens: " + t.id());
        if (!sdkBuiltIn()) {
            assertFalse(t.id().startsWith("ltc-"), "the ltc- prefix is reserved for the SDK: " + t.id());
        }
        assertNotNull(t.version(), "version");
        assertTrue(t.version().matches("\\S+"), "version must be non-blank with no spaces: '" + t.version() + "'");
        assertEquals(t.id(), PluginRegistry.builder(Themer.class).register(t).build().get(t.id()).id(),
                "a registry accepts the themer under its id");
    }

    @Test
    default void sameRequestAndSeedGiveIdenticalJson() {
        ThemingRequest r = request(input());
        assertEquals(json(themer().theme(r)), json(themer().theme(r)));
    }

    @Test
    default void oneAndTwoThreadsGiveIdenticalJson() {
        ThemingRequest r = request(input());
        assertEquals(json(themer().theme(r)), json(themer().theme(r.withThreads(2))));
    }

    @Test
    default void oneInstanceServesTwoThreadsAtOnce() throws Exception {
        Themer t = themer();
        ThemingRequest r = request(input());
        String expected = json(t.theme(r));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> json(t.theme(r))));
            }
            for (Future<String> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void evidenceNamesNotesOfTheInput() {
        ConversationSet in = input();
        Set<String> ids = noteIds(in);
        ThemeSet out = themer().theme(request(in));
        for (Theme theme : out.themes()) {
            for (NoteRef ref : theme.evidence()) {
                assertTrue(ids.contains(ref.noteId()), "theme " + theme.id() + " cites unknown note " + ref.noteId());
            }
        }
        for (String id : out.unassigned()) {
            assertTrue(ids.contains(id), "unassigned lists unknown note " + id);
        }
    }

    @Test
    default void noNoteIsSilentlyLost() {
        ConversationSet in = input();
        ThemeSet out = themer().theme(request(in));
        Set<String> themed = new HashSet<>();
        out.themes().forEach(t -> t.evidence().forEach(r -> themed.add(r.noteId())));
        Set<String> unassigned = new HashSet<>(out.unassigned());
        assertEquals(out.unassigned().size(), unassigned.size(), "unassigned repeats a note");
        for (String id : noteIds(in)) {
            assertTrue(themed.contains(id) || unassigned.contains(id), "note " + id + " is in no theme and not unassigned");
            assertFalse(themed.contains(id) && unassigned.contains(id), "note " + id + " is both themed and unassigned");
        }
    }

    @Test
    default void provenanceNamesAlgorithmSeedInputAndTime() {
        Themer t = themer();
        ConversationSet in = input();
        ThemeSet out = t.theme(request(in));
        assertNotNull(out.provenance(), "provenance");
        assertEquals(t.id(), out.provenance().algorithmId());
        assertEquals(t.version(), out.provenance().algorithmVersion());
        assertEquals(SEED, out.provenance().seed());
        assertTrue(out.provenance().inputSha256().matches("[0-9a-f]{64}"));
        assertEquals(NOW, out.provenance().createdAt(), "the time must come from the request's clock");
        if (out.conversationSetId() != null) {
            assertEquals(in.id(), out.conversationSetId());
        }
        ConversationSet changed = changeOneNote(in);
        assertNotEquals(out.provenance().inputSha256(), t.theme(request(changed)).provenance().inputSha256(),
                "the input hash must change when a note's text changes");
    }

    @Test
    default void cancellationBeforeTheRunIsHonoured() {
        Cancellation.Source cancel = Cancellation.source();
        cancel.cancel();
        assertThrows(CancelledException.class, () -> themer().theme(request(input()).withCancellation(cancel)));
    }

    @Test
    default void cancellationDuringTheRunIsHonoured() {
        Cancellation.Source cancel = Cancellation.source();
        ThemingRequest r = request(input()).withCancellation(cancel)
                .withProgress((phase, done, total) -> cancel.cancel());
        assertThrows(CancelledException.class, () -> themer().theme(r),
                "after reporting progress a themer must still check for cancellation before it returns");
    }

    @Test
    default void progressIsReported() {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> last = Collections.synchronizedMap(new TreeMap<>());
        int[] calls = {0};
        ThemingRequest r = request(input()).withProgress((phase, done, total) -> {
            synchronized (calls) {
                calls[0]++;
            }
            if (phase == null || phase.isBlank()) {
                problems.add("blank phase");
            }
            if (done < 0 || (total >= 0 && done > total) || total < -1) {
                problems.add(phase + ": done " + done + " of " + total);
            }
            // One series is a phase with one total; within it, done never goes back on one thread.
            Long before = last.put(phase + "/" + total, done);
            if (before != null && before > done) {
                problems.add(phase + ": went back from " + before + " to " + done + " of " + total + " on one thread");
            }
        });
        themer().theme(r);
        assertTrue(calls[0] > 0, "no progress was reported");
        assertEquals(List.of(), problems);
    }

    @Test
    default void unknownOptionIsRejected() {
        String key = "ltc.theming." + themer().id() + ".no-such-option";
        Map<String, String> opts = new HashMap<>(options());
        opts.put(key, "1");
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> themer().theme(request(input()).withOptions(opts)));
        assertEquals(key, e.option(), "the exception must name the option");
    }

    @Test
    default void noNotesGiveNoThemes() {
        ConversationSet in = input();
        ConversationSet empty = new ConversationSet(in.id(), in.community(), in.guide(), in.conversations(),
                in.participants(), List.of(), List.of(), null, null);
        ThemeSet out = themer().theme(request(empty));
        assertEquals(List.of(), out.themes(), "themes without notes to back them");
        assertEquals(List.of(), out.unassigned());
        assertNotNull(out.provenance());
    }

    @Test
    default void resultSurvivesAJsonRoundTrip() {
        ThemeSet out = themer().theme(request(input()));
        String text = json(out);
        assertEquals(out, LtcJson.defaults().read(text, ThemeSet.class));
    }

    private static Set<String> noteIds(ConversationSet set) {
        Set<String> ids = new HashSet<>();
        set.notes().forEach(n -> ids.add(n.id()));
        return ids;
    }

    private static ConversationSet changeOneNote(ConversationSet in) {
        List<Note> notes = new ArrayList<>(in.notes());
        if (notes.isEmpty()) {
            return in;
        }
        notes.set(0, notes.get(0).withText(notes.get(0).text() + " (changed)"));
        return in.withNotes(notes, in.redaction());
    }
}
