package org.ltc.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.ltc.model.LtcException;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.CsvImportOptions;
import org.ltc.model.io.CsvNoteImport;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.io.ImportResult;
import org.ltc.model.io.LtcJson;

/**
 * The bundled sample: Millbrook, a fictional river town (see {@code sample/README.md} beside the files). Its
 * conversations and guide are a {@code conversation-set} document without notes; the notes are a CSV file, as
 * a library's note-takers would type them up; the library's capacities are a {@code library-capacities}
 * document.
 */
public final class MillbrookSample {
    private static final String ROOT = "/org/ltc/examples/sample/";
    static final String CONVERSATIONS = "millbrook-conversations.json";
    static final String NOTES = "millbrook-notes.csv";
    static final String CAPACITIES = "millbrook-capacities.json";

    private MillbrookSample() {
    }

    /** How the sample's notes CSV maps onto the model: the same mapping a host would give {@code ltc import}. */
    public static CsvImportOptions notesMapping() {
        return CsvImportOptions.builder()
                .textColumn("text")
                .noteIdColumn("note_id")
                .conversationColumn("conversation")
                .questionColumn("question")
                .participantColumn("participant")
                .segmentColumns(List.of("neighbourhood", "age_band"))
                .languageColumn("language")
                .agreesColumn("agrees")
                .emphasisColumn("emphasis")
                .build();
    }

    /** The conversations with their notes (not yet redacted: the sample plants personal data on purpose). */
    public static ConversationSet conversations(Clock clock) {
        LtcJson json = LtcJson.defaults();
        ConversationSet frame;
        try (InputStream in = open(CONVERSATIONS)) {
            frame = (ConversationSet) json.read(in, CONVERSATIONS, DocumentKind.CONVERSATION_SET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportResult imported;
        try (InputStream in = open(NOTES)) {
            imported = CsvNoteImport.of(notesMapping()).withClock(clock).importFrom(in, NOTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConversationSet notes = imported.conversationSet();
        // The frame holds what the CSV cannot: the community, the guide and how each conversation was held.
        return new ConversationSet(frame.id(), frame.community(), frame.guide(), frame.conversations(),
                notes.participants(), notes.notes(), notes.votes(), null, notes.provenance());
    }

    /** The library's capacities and its team's public-capital ratings. */
    public static LibraryCapacities capacities() {
        try (InputStream in = open(CAPACITIES)) {
            return (LibraryCapacities) LtcJson.defaults().read(in, CAPACITIES, DocumentKind.LIBRARY_CAPACITIES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = MillbrookSample.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new LtcException("the bundled sample is missing " + ROOT + name);
        }
        return in;
    }
}
