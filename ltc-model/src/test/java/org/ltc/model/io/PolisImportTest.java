package org.ltc.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.conversation.Vote;
import org.ltc.model.conversation.VoteValue;
import org.ltc.model.testdata.RealData;
import org.ltc.model.testdata.SharedData;

@RealData
class PolisImportTest {
    private static ImportResult bowlingGreen;

    @BeforeAll
    static void importRealExport() {
        bowlingGreen = PolisImport.importDirectory(SharedData.dir("polis-bowling-green"));
    }

    @Test
    void everyStatementParticipantAndVoteOfBowlingGreenIsImported() {
        ConversationSet set = bowlingGreen.conversationSet();
        assertEquals(896, set.notes().size());
        assertEquals(2031, set.participants().size());
        assertEquals(225_524, set.votes().size());
        assertTrue(bowlingGreen.report().clean());
        assertEquals(896 + 2031, bowlingGreen.report().rowsRead());
        assertEquals("polis-9wtchdmmun", set.id());
        assertEquals(ConversationFormat.POLIS, set.conversations().get(0).format());
        assertEquals("Improving Bowling Green / Warren County", set.conversations().get(0).title());
    }

    @Test
    void rejectedStatementsAreKeptAndMarked() {
        Map<Moderation, Long> byModeration = bowlingGreen.conversationSet().notes().stream()
                .collect(Collectors.groupingBy(Note::moderation, Collectors.counting()));
        assertEquals(289L, byModeration.get(Moderation.REJECTED));
        assertEquals(607L, byModeration.get(Moderation.ACCEPTED));
        Note skating = note("c892");
        assertEquals("Skating rink on Gordon ave.", skating.text());
        assertEquals(Moderation.REJECTED, skating.moderation());
        assertEquals("p1751", skating.participantId());
    }

    @Test
    void statementsCarryTheirAuthorCountsTimeAndPrompt() {
        Note n = note("c895");
        assertEquals("p1756", n.participantId());
        assertEquals(48, n.agrees());
        assertEquals(8, n.disagrees());
        assertEquals(Instant.ofEpochMilli(1518501496471L), n.createdAt());
        assertEquals(PolisImport.PROMPT_QUESTION_ID, n.questionId());
        assertTrue(n.text().startsWith("Smallhouse Rd (at Campbell Ln)"));
        assertTrue(bowlingGreen.conversationSet().guide().questions().get(0).text()
                .startsWith("What do you believe should change in Bowling Green"));
    }

    @Test
    void votesAndOpinionGroupsAreAttachedToParticipants() {
        ConversationSet set = bowlingGreen.conversationSet();
        Participant p0 = set.participants().stream().filter(p -> p.id().equals("p0")).findFirst().orElseThrow();
        assertEquals("0", p0.opinionGroup());
        assertEquals(Map.of("polis-group", "0"), p0.segments());
        List<Vote> p0votes = set.votes().stream().filter(v -> v.participantId().equals("p0")).toList();
        assertEquals(610, p0votes.size()); // n-votes of participant 0
        assertEquals(new Vote("p0", "c0", VoteValue.DISAGREE), p0votes.get(0));
        assertEquals(new Vote("p0", "c2", VoteValue.AGREE), p0votes.get(2));
        Map<String, Long> groups = set.participants().stream().filter(p -> p.opinionGroup() != null)
                .collect(Collectors.groupingBy(Participant::opinionGroup, Collectors.counting()));
        assertEquals(Map.of("0", 753L, "1", 828L), groups);
        Map<VoteValue, Long> values = set.votes().stream()
                .collect(Collectors.groupingBy(Vote::value, Collectors.counting()));
        assertEquals(Map.of(VoteValue.AGREE, 109_752L, VoteValue.DISAGREE, 38_647L, VoteValue.PASS, 77_125L), values);
        Set<String> rejectedIds = set.notes().stream().filter(n -> n.moderation() == Moderation.REJECTED)
                .map(Note::id).collect(Collectors.toSet());
        assertTrue(set.votes().stream().anyMatch(v -> rejectedIds.contains(v.noteId())),
                "votes on rejected statements are kept with them");
    }

    @Test
    void theLicenceAndAttributionTravelWithTheData() {
        ConversationSet set = bowlingGreen.conversationSet();
        assertTrue(set.guide().source().contains("CC BY 4.0"), set.guide().source());
        assertTrue(set.guide().source().contains("Computational Democracy Project"), set.guide().source());
        assertEquals("CC BY 4.0", set.provenance().options().get("ltc.import.polis.licence"));
        assertEquals(PolisImport.ALGORITHM_ID, set.provenance().algorithmId());
        assertEquals(64, set.provenance().inputSha256().length());
    }

    @Test
    void theImportSurvivesAJsonRoundTrip() {
        LtcJson json = LtcJson.defaults();
        ConversationSet set = bowlingGreen.conversationSet();
        assertEquals(set, json.read(json.write(set), ConversationSet.class));
    }

    private static Note note(String id) {
        return bowlingGreen.conversationSet().notes().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow();
    }

    // ------------------------------------------------------------------ damaged exports

    private static Path export(Path dir, String comments, String votes) throws Exception {
        Files.writeString(dir.resolve("comments.csv"), comments);
        Files.writeString(dir.resolve("participants-votes.csv"), votes);
        return dir;
    }

    private static final String COMMENTS = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n";
    private static final String VOTES = "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1\n";

    @Test
    void aDamagedStatementStopsAStrictImportAndIsSkippedWithItsVotesWhenLenient(@TempDir Path dir) throws Exception {
        export(dir, COMMENTS
                        + "1518501496471,x,0,5,1,0,1,Good statement\n"
                        + "1518501496472,x,1,6,1,0,7,Bad moderation value\n",
                VOTES + "5,0,1,2,1,1,1,-1\n6,,1,1,0,1,,1\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PolisImport.importDirectory(dir));
        assertEquals("line 3", e.location());
        assertEquals("moderated", e.field());
        assertTrue(e.source().endsWith("comments.csv"));

        ImportResult r = PolisImport.of(PolisImportOptions.builder().lenient(true).build()).read(dir);
        assertEquals(List.of("c0"), r.conversationSet().notes().stream().map(Note::id).toList());
        assertEquals(List.of(new Vote("p5", "c0", VoteValue.AGREE)), r.conversationSet().votes());
        assertEquals(1, r.report().rowsRejected());
        assertNotNull(r.conversationSet().participants().stream().filter(p -> p.id().equals("p6")).findFirst()
                .orElseThrow());
    }

    @Test
    void aBadVoteCellNamesTheStatementColumn(@TempDir Path dir) throws Exception {
        export(dir, COMMENTS + "1,x,0,5,0,0,0,A\n1,x,1,5,0,0,0,B\n", VOTES + "5,0,1,2,1,1,1,yes\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolisImport.importDirectory(dir));
        assertEquals("1", e.field());
        assertEquals("yes", e.rejectedValue());
        assertTrue(e.getMessage().contains("participants-votes.csv line 2"), e.getMessage());
    }

    @Test
    void aBadByteIsReportedAtItsOwnLineAndALenientImportKeepsTheOtherStatements(@TempDir Path dir) throws Exception {
        // Read by the one CsvReader: the bad byte on line 40 is named there, not where a read buffer began.
        StringBuilder comments = new StringBuilder(COMMENTS);
        for (int i = 0; i < 60; i++) {
            comments.append("1,x,").append(i).append(",5,0,0,0,Statement number ").append(i).append('\n');
        }
        export(dir, comments.toString(), VOTES);
        Path file = dir.resolve("comments.csv");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf("Statement number 38");
        bytes[at] = (byte) 0xE9; // a windows-1252 e-acute, not UTF-8
        Files.write(file, bytes);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolisImport.importDirectory(dir));
        assertEquals("line 40", e.location(), e.getMessage());
        assertTrue(e.getMessage().contains("CSV UTF-8"), e.getMessage());
        ImportResult r = PolisImport.of(PolisImportOptions.builder().lenient(true).build()).read(dir);
        assertEquals(59, r.conversationSet().notes().size());
        assertEquals(1, r.report().rowsRejected());
    }

    @Test
    void aMissingFileOrColumnIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("comments.csv"), COMMENTS);
        assertTrue(assertThrows(InvalidInputException.class, () -> PolisImport.importDirectory(dir))
                .getMessage().contains("participants-votes.csv"));
        export(dir, "comment-id,comment-body\n", VOTES);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolisImport.importDirectory(dir));
        assertEquals("author-id", e.field());
    }

    @Test
    void anAuthorWhoNeverVotedIsStillAParticipant(@TempDir Path dir) throws Exception {
        export(dir, COMMENTS + "1,x,0,9,0,0,0,A\n", VOTES);
        ConversationSet set = PolisImport.importDirectory(dir).conversationSet();
        assertEquals(List.of(Participant.of("p9")), set.participants());
        assertTrue(set.id().startsWith("polis-"), set.id());
    }
}
