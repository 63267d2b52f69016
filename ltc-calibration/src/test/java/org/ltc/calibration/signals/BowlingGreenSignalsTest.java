package org.ltc.calibration.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.CalibrationInputs;
import org.ltc.calibration.contract.CalibrationFixtures;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageProbability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signals calibrator on a real conversation: Bowling Green / Warren County, Kentucky, 2018, on Polis
 * (896 statements with votes; CC BY 4.0, The Computational Democracy Project). Residents answered "what
 * should change" and mostly asked others (the city, the county) to fix things, with frustration about
 * traffic and growth: a community a team would place in the Waiting Place, edging into Impasse.
 */
class BowlingGreenSignalsTest {
    private static final Logger LOG = LoggerFactory.getLogger(BowlingGreenSignalsTest.class);

    /** The folder that holds {@code shared/data}, found by walking up from the module directory. */
    static Path polisFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("shared/data/polis-bowling-green"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "shared/data/polis-bowling-green not found above " + Path.of("").toAbsolutePath());
        return dir.resolve("shared/data/polis-bowling-green");
    }

    /** Reads Polis's comments.csv (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
    static ConversationSet readComments(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        List<String> header = rows.get(0);
        int id = header.indexOf("comment-id");
        int agrees = header.indexOf("agrees");
        int disagrees = header.indexOf("disagrees");
        int moderated = header.indexOf("moderated");
        int body = header.indexOf("comment-body");
        List<Note> notes = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() < header.size() || r.get(body).isBlank()) {
                continue;
            }
            Moderation m = switch (r.get(moderated).trim()) {
                case "1" -> Moderation.ACCEPTED;
                case "-1" -> Moderation.REJECTED;
                default -> Moderation.UNMODERATED;
            };
            notes.add(new Note("c" + r.get(id).trim(), "polis", null, null, r.get(body), Integer.parseInt(r.get(agrees)),
                    Integer.parseInt(r.get(disagrees)), 0, List.of(), m, null, "en"));
        }
        return ConversationSet.of("bowling-green-2018", List.of(Conversation.of("polis", ConversationFormat.POLIS)),
                notes);
    }

    @Test
    void bowlingGreenIsWaitingWithImpasseBehind() throws IOException {
        ConversationSet bg = readComments(polisFolder().resolve("comments.csv"));
        assertEquals(896, bg.notes().size());
        CalibrationInput in = CalibrationInput.of(CalibrationFixtures.harwood(), bg, 2018)
                .withClock(CalibrationFixtures.clock());
        StageAssessment a = new SignalsCalibrator().assess(in);
        StringBuilder sb = new StringBuilder("Bowling Green, signals:");
        for (StageProbability p : a.distribution()) {
            sb.append(String.format(Locale.ROOT, " %s %.2f", p.stageId(), p.probability()));
        }
        for (Reason r : a.reasons()) {
            sb.append("\n  ").append(r.text());
        }
        LOG.info("{}", sb);
        // Kept for the README's figures: target/bowling-green-signals.txt
        Files.writeString(Path.of("target", "bowling-green-signals.txt"), sb + "\n");
        assertEquals("waiting-place", a.mostLikely(), sb.toString());
        assertTrue(a.probability("impasse") > a.probability("catalytic"), sb.toString());
        assertTrue(a.probability("waiting-place") + a.probability("impasse") > 0.7, sb.toString());
        assertTrue(a.probability("sustain-renew") < 0.1, sb.toString());
        Set<String> ids = CalibrationInputs.evidenceIds(in);
        a.reasons().forEach(r -> assertTrue(ids.containsAll(r.evidence())));
        Set<String> rejected = Set.copyOf(bg.notes().stream().filter(n -> n.moderation() == Moderation.REJECTED)
                .map(Note::id).toList());
        a.reasons().forEach(r -> r.evidence().forEach(e -> assertTrue(!rejected.contains(e), e + " was rejected")));
    }
}
