package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.report.CommunityReport;
import org.ltc.theming.contract.ContractFixtures;
import tools.jackson.databind.JsonNode;
import org.ltc.model.testdata.RealData;
import org.ltc.examples.cli.Cli.Run;

/** {@code ltc theme} end to end, through {@code LtcCommand.run}. */
class ThemeCommandTest {

    private static Path town(Path dir) {
        Path file = dir.resolve("town.json");
        LtcJson.defaults().write(ContractFixtures.town(), file);
        return file;
    }

    @Test
    void themesWritesThreeDocumentsThatReportRenders(@TempDir Path dir) {
        Path out = dir.resolve("out");
        Run r = Cli.run("theme", "--input", town(dir).toString(), "--themer", "codebook", "--out", out.toString(),
                "--set", "ltc.privacy.minParticipants=2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Themed 48 notes with codebook (seed 1):"), r.out());
        assertTrue(r.out().contains("CONCERNS"), r.out());
        assertTrue(r.out().contains("Draft story: When people described the community they want, "), r.out());
        LtcJson json = LtcJson.defaults();
        ThemeSet ts = json.read(out.resolve("theme-set.json"), ThemeSet.class);
        PublicKnowledge pk = json.read(out.resolve("public-knowledge.json"), PublicKnowledge.class);
        CommunityReport report = json.read(out.resolve("report.json"), CommunityReport.class);
        assertEquals(ts.themes().size(), pk.themes().size());
        assertEquals(pk, report.knowledge());
        assertEquals(2, report.disclosureThreshold());
        Run html = Cli.run("report", "--input", out.resolve("report.json").toString(), "--out", dir.resolve("html").toString());
        assertEquals(0, html.code(), html.err());
        assertTrue(Files.exists(dir.resolve("html/index.html")));
    }

    @Test
    void phaseTimesAppearInJsonAndProvenanceButNotInTheDigest(@TempDir Path dir) {
        Path out = dir.resolve("out");
        Run r = Cli.run("theme", "--input", town(dir).toString(), "--themer", "kmeans", "--json", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode printed = LtcJson.defaults().mapper().readTree(r.out());
        List<String> phases = new java.util.ArrayList<>();
        printed.get("phaseMillis").propertyNames().forEach(phases::add);
        // every phase of the run, in the order run; each a whole number of milliseconds
        assertEquals(List.of("read", "redact", "analyse", "cluster", "label", "digest", "publicKnowledge", "write"),
                phases, printed.toString());
        printed.get("phaseMillis").forEach(ms -> assertTrue(ms.isIntegralNumber() && ms.asLong() >= 0, ms.toString()));
        ThemeSet ts = LtcJson.defaults().read(out.resolve("theme-set.json"), ThemeSet.class);
        // the written theme set records every phase before its own writing
        assertEquals(phases.subList(0, phases.size() - 1), List.copyOf(ts.provenance().phaseMillis().keySet()));
        // a measurement, not part of the result: the digest of the theme set ignores it
        assertEquals(org.ltc.model.provenance.Provenance.digest(ts), org.ltc.model.provenance.Provenance.digest(
                ts.withProvenance(ts.provenance().withPhaseMillis(java.util.Map.of("read", 123_456L)))));
        // a run pinned with --created-at stays byte for byte reproducible: no times in what it writes
        Path pinned = dir.resolve("pinned");
        Run p = Cli.run("theme", "--input", town(dir).toString(), "--themer", "kmeans", "--created-at",
                "2026-01-01T00:00:00Z", "--json", "--out", pinned.toString());
        assertEquals(0, p.code(), p.err());
        assertTrue(LtcJson.defaults().read(pinned.resolve("theme-set.json"), ThemeSet.class).provenance()
                .phaseMillis().isEmpty());
        assertTrue(LtcJson.defaults().mapper().readTree(p.out()).has("phaseMillis"), p.out());
    }

    /** The shared data folder (skips, or under {@code CI=true} fails, when it is missing). */
    static Path sharedData() {
        return org.ltc.model.testdata.SharedData.dir("polis-bowling-green").getParent();
    }

    @Test
    @RealData
    void bowlingGreenFromPolisToAnHtmlReport(@TempDir Path dir) {
        Path out = dir.resolve("bg");
        Run r = Cli.run("theme", "--polis", sharedData().resolve("polis-bowling-green").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        // rejected statements are set aside and counted apart, never themed
        assertTrue(r.out().matches("(?s)Themed \\d+ accepted statements; \\d+ rejected statements set aside "
                + "with semantic \\(seed 1\\): \\d+ top-level themes \\(\\d+ finest\\).*"), r.out());
        assertTrue(r.out().contains("sub-themes: "), r.out());
        PublicKnowledge pk = LtcJson.defaults().read(out.resolve("public-knowledge.json"), PublicKnowledge.class);
        assertTrue(pk.themes().stream().anyMatch(t -> !t.groupVotes().isEmpty() && !t.quotes().isEmpty()));
        CommunityReport report = LtcJson.defaults().read(out.resolve("report.json"), CommunityReport.class);
        assertTrue(report.attributions().stream().anyMatch(a -> a.contains("Computational Democracy")),
                report.attributions().toString());
        Run html = Cli.run("report", "--input", out.resolve("report.json").toString(), "--out", dir.resolve("html").toString());
        assertEquals(0, html.code(), html.err());
        assertTrue(Files.exists(dir.resolve("html/index.html")));
    }

    @Test
    void aMissingEmbeddingModelFileIsBadInputNamingIt(@TempDir Path dir) {
        Run r = Cli.run("theme", "--input", town(dir).toString(), "--embedding-model", dir.resolve("absent.onnx").toString(),
                "--tokenizer", dir.resolve("tokenizer.json").toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("absent.onnx"), r.err());
    }

    @Test
    void aCsvOfNotesIsImportedRedactedAndThemed(@TempDir Path dir) throws Exception {
        Path csv = Path.of("src/main/resources/org/ltc/examples/sample/millbrook-notes.csv");
        Run r = Cli.run("theme", "--csv", csv.toString(), "--text-column", "text", "--note-id-column", "note_id",
                "--participant-column", "participant", "--conversation-column", "conversation",
                "--segment-column", "neighbourhood", "--language-column", "language", "--agrees-column", "agrees",
                "--themer", "codebook", "--json", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode n = LtcJson.defaults().mapper().readTree(r.out());
        assertEquals(197, n.get("notes").asInt());
        assertTrue(n.get("unassigned").asInt() < 197 / 2, r.out());
        String written = Files.readString(dir.resolve("theme-set.json")) + Files.readString(dir.resolve("report.json"));
        ConversationSetCheck.assertNoPlantedPersonalData(written);
    }

    /** The sample plants an e-mail address and a phone number; neither may reach a written document. */
    static final class ConversationSetCheck {
        static void assertNoPlantedPersonalData(String text) {
            assertFalse(text.matches("(?s).*[\\w.]+@[\\w.]+\\.[a-z]{2,}.*"), "an e-mail address was written");
            assertFalse(text.matches("(?s).*\\b\\d{3}-\\d{4}\\b.*"), "a phone number was written");
        }
    }

    @Test
    void termsPrintsOneLineOfTermsPerTheme(@TempDir Path dir) {
        Run r = Cli.run("theme", "--input", town(dir).toString(), "--themer", "codebook", "--format", "terms");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        ThemeSet ts = new org.ltc.theming.codebook.CodebookThemer().theme(
                org.ltc.theming.ThemingRequest.of(ContractFixtures.town(), 1));
        assertEquals(ts.themes().size(), lines.size(), r.out());
        for (String line : lines) {
            assertFalse(line.isBlank());
            assertFalse(line.contains("  "), "single spaces: " + line);
        }
        assertTrue(lines.contains("public_transit bus buses") || lines.stream().anyMatch(l -> l.contains("public_transit")),
                r.out());
    }

    @Test
    void jsonPrintsOneObjectAndTheSameSeedGivesTheSameFiles(@TempDir Path dir) throws Exception {
        Path in = town(dir);
        Run a = Cli.run("theme", "--input", in.toString(), "--themer", "codebook", "--json", "--out",
                dir.resolve("a").toString(), "--threads", "1");
        Run b = Cli.run("theme", "--input", in.toString(), "--themer", "codebook", "--json", "--out",
                dir.resolve("b").toString(), "--threads", "2");
        assertEquals(0, a.code(), a.err());
        JsonNode n = LtcJson.defaults().mapper().readTree(a.out());
        assertEquals("codebook", n.get("themer").asString());
        assertEquals(48, n.get("notes").asInt());
        assertTrue(n.get("themes").size() > 0);
        assertEquals(1, a.out().strip().lines().count(), "one JSON object on one line");
        // when and how long (createdAt, phaseMillis) are the only differences between two runs of one seed
        String when = "\"createdAt\" : \"[^\"]+\"|,\\s*\"phaseMillis\" : \\{[^}]*\\}";
        assertTrue(Files.readString(dir.resolve("a/theme-set.json")).contains("\"phaseMillis\""));
        assertEquals(Files.readString(dir.resolve("a/theme-set.json")).replaceAll(when, ""),
                Files.readString(dir.resolve("b/theme-set.json")).replaceAll(when, ""));
    }

    @Test
    void badUsageExitsTwoWithOneLine(@TempDir Path dir) {
        Path in = town(dir);
        Run unknown = Cli.run("theme", "--input", in.toString(), "--themer", "no-such-themer");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no-such-themer"), unknown.err());
        Run badK = Cli.run("theme", "--input", in.toString(), "--themer", "codebook", "--k", "5");
        assertEquals(2, badK.code());
        assertTrue(badK.err().contains("ltc.theming.codebook.k"), badK.err());
        Run badFormat = Cli.run("theme", "--input", in.toString(), "--format", "xml");
        assertEquals(2, badFormat.code());
        Run missing = Cli.run("theme", "--input", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.json"), missing.err());
    }

    @Test
    void theProgressBarFillsUp() {
        assertEquals(String.format("%-32s [##########..........]  50%%", "notes"), ProgressBar.line("notes", 5, 10));
        assertTrue(ProgressBar.line("notes", 7, -1).endsWith(" 7"));
    }
}
