package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.examples.cli.Cli.Run;
import org.ltc.model.io.LtcJson;
import org.ltc.theming.contract.ContractFixtures;

/**
 * Issue 17's output-integrity, crash and parsing defects, each test named after its defect and run end to end
 * through {@code LtcCommand.run}: outputs never half-written or written over something that is not a file,
 * every named file read through one checked reader, one-line errors.
 */
class IntegrityCommandTest {
    /** A hang guard for reads of a FIFO (the defect is a read that never returns), not a speed measure. */
    private static final Duration HANG = Duration.ofSeconds(60);

    private static Run run(String... args) {
        return Cli.run(args);
    }

    private static Path notesCsv(Path dir) throws Exception {
        Path csv = dir.resolve("notes.csv");
        Files.writeString(csv, "participant,text\np1,We need more evening hours at the library\n"
                + "p2,The park needs lights after dark\np3,More buses to downtown please\n");
        return csv;
    }

    private static Path town(Path dir) {
        Path file = dir.resolve("town.json");
        LtcJson.defaults().write(ContractFixtures.town(), file);
        return file;
    }

    private static Path fifo(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available here");
        return p;
    }

    /** A process id that is certainly not running any more. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private static void assertOneLineError(Run r, int code, String... contains) {
        assertEquals(code, r.code(), r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n\tat ") || err.contains("Exception in thread"), err);
        for (String s : contains) {
            assertTrue(err.contains(s), "stderr should say " + s + ": " + err);
        }
    }

    // ------------------------------------------------------------------ D1: --out never replaces a non-file

    @Test
    void d1_outRefusesFifo(@TempDir Path dir) throws Exception {
        Path fifo = fifo(dir, "out.json");
        Run r = run("import", "--csv", notesCsv(dir).toString(), "--text-column", "text", "--out", fifo.toString());
        assertOneLineError(r, 2, fifo.toString(), "FIFO");
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is still a FIFO");
    }

    @Test
    void d1_outRefusesDevice(@TempDir Path dir) throws Exception {
        // A device node of our own (root only), so the test never touches /dev.
        Path dev = dir.resolve("null");
        Process mk = new ProcessBuilder("mknod", dev.toString(), "c", "1", "3").redirectErrorStream(true).start();
        assumeTrue(mk.waitFor() == 0, "mknod needs root");
        Run r = run("import", "--csv", notesCsv(dir).toString(), "--text-column", "text", "--out", dev.toString());
        assertOneLineError(r, 2, "device");
        assertFalse(Files.isRegularFile(dev), "the device node is still a device");
    }

    @Test
    void d1_outRefusesSymlink(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("precious.txt");
        Files.writeString(target, "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), target);
        Run r = run("import", "--csv", notesCsv(dir).toString(), "--text-column", "text", "--out", link.toString());
        assertOneLineError(r, 2, "symbolic link");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep me", Files.readString(target));
    }

    @Test
    void d1_outFolderThatIsAFileRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out");
        Files.writeString(file, "keep me");
        Run r = run("theme", "--input", town(dir).toString(), "--themer", "codebook", "--out", file.toString());
        assertOneLineError(r, 2, file.toString());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void smaller_outEmptyIsExit2(@TempDir Path dir) throws Exception {
        Run r = run("import", "--csv", notesCsv(dir).toString(), "--text-column", "text", "--out", "");
        assertOneLineError(r, 2, "--out");
        Run s = run("schema", "--out", "");
        assertOneLineError(s, 2, "--out");
    }

    // ------------------------------------------------------------------ D2: outputs together or not at all

    @Test
    void d2_themeWritesAllThreeDocumentsOrNone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("report.json")); // the third document cannot be written
        Files.writeString(out.resolve("theme-set.json"), "old");
        Run r = run("theme", "--input", town(dir).toString(), "--themer", "codebook", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("old", Files.readString(out.resolve("theme-set.json")), "no new file beside an old one");
        assertFalse(Files.exists(out.resolve("public-knowledge.json")));
        assertNoTemporaries(out);
    }

    @Test
    void d2_simulateWritesAllFilesOrNone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sim");
        Files.createDirectories(out.resolve("framework.json"));
        Files.writeString(out.resolve("cases.csv"), "old");
        Run r = run("simulate", "--communities", "50", "--bayes", "0", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("old", Files.readString(out.resolve("cases.csv")));
        assertFalse(Files.exists(out.resolve("notes.csv")));
        assertNoTemporaries(out);
    }

    @Test
    void d2_experimentWritesBothResultsOrNone(@TempDir Path dir) throws Exception {
        Path sim = dir.resolve("sim");
        assertEquals(0, run("simulate", "--communities", "60", "--bayes", "0", "--out", sim.toString()).code());
        Path out = dir.resolve("results");
        Files.createDirectories(out.resolve("results.csv"));
        Files.writeString(out.resolve("results.json"), "old");
        Run r = run("experiment", "--cases", sim.resolve("cases.csv").toString(), "--folds", "3", "--bootstrap", "0",
                "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("old", Files.readString(out.resolve("results.json")));
        assertNoTemporaries(out);
    }

    @Test
    void d2_schemaWritesAllSchemasOrNone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("schemas");
        Files.createDirectories(out.resolve("theme-set.schema.json"));
        Run r = run("schema", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("theme-set.schema.json")), files.toList(), "no schema written");
        }
    }

    private static void assertNoTemporaries(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            List<Path> tmp = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertTrue(tmp.isEmpty(), "temporaries left: " + tmp);
        }
    }

    // ------------------------------------------------------------------ D3: atomic writes, stale temporaries cleaned

    @Test
    void d3_simulateReplacesItsFilesWholeAndCleansStaleTemporaries(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sim");
        Files.createDirectories(out);
        long dead = deadPid();
        Path staleFile = Files.writeString(out.resolve(".cases.csv." + dead + "-abc.tmp"), "x".repeat(1000));
        Path staleFolder = Files.createDirectories(out.resolve(".ltc-staging." + dead + "-abc.tmp"));
        Files.writeString(staleFolder.resolve("cases.csv"), "half");
        Path legacy = Files.writeString(out.resolve(".framework.json.kq3x9.tmp"), "{");
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Path someoneElses = Files.writeString(out.resolve(".notes.csv." + ProcessHandle.current().pid() + "-z.tmp"), "");
        Run r = run("simulate", "--communities", "50", "--bayes", "0", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(staleFile, LinkOption.NOFOLLOW_LINKS), "a dead run's temporary file is removed");
        assertFalse(Files.exists(staleFolder), "a dead run's staging folder is removed");
        assertFalse(Files.exists(legacy), "an old temporary without a process id is removed after an hour");
        assertTrue(Files.exists(someoneElses), "a live process's temporary file is left alone");
        assertTrue(Files.readString(out.resolve("cases.csv")).startsWith("id,region,stage"));
    }

    @Test
    void d3_importCleansStaleTemporaryOfItsOutput(@TempDir Path dir) throws Exception {
        Path stale = Files.writeString(dir.resolve(".set.json." + deadPid() + "-q1.tmp"), "x".repeat(4096));
        Run r = run("import", "--csv", notesCsv(dir).toString(), "--text-column", "text", "--out",
                dir.resolve("set.json").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(stale));
    }

    // ------------------------------------------------------------------ C1: one checked reader for every file argument

    private static void assertRefusedFast(Path bad, String... args) {
        Run r = assertTimeoutPreemptively(HANG, () -> run(args));
        assertOneLineError(r, 2, bad.toString());
    }

    @Test
    void c1_calibrateInputFifoRefused(@TempDir Path dir) throws Exception {
        Path f = fifo(dir, "in.json");
        assertRefusedFast(f, "calibrate", "--input", f.toString());
    }

    @Test
    void c1_calibrateRatingsFolderAndFifoRefused(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ratings.csv"));
        assertRefusedFast(folder, "calibrate", "--ratings", folder.toString());
        Path f = fifo(dir, "r.csv");
        assertRefusedFast(f, "calibrate", "--ratings", f.toString());
    }

    @Test
    void c1_calibrateContentFifoRefused(@TempDir Path dir) throws Exception {
        Path f = fifo(dir, "content.json");
        assertRefusedFast(f, "calibrate", "--input", town(dir).toString(), "--content", f.toString());
    }

    @Test
    void c1_calibrateLexiconFifoRefused(@TempDir Path dir) throws Exception {
        Path f = fifo(dir, "lexicon.json");
        assertRefusedFast(f, "calibrate", "--input", town(dir).toString(), "--calibrator", "signals",
                "--option", "ltc.calibration.signals.lexicon=" + f);
    }

    @Test
    void c1_calibrateLogisticModelFifoRefused(@TempDir Path dir) throws Exception {
        Path f = fifo(dir, "model.json");
        assertRefusedFast(f, "calibrate", "--input", town(dir).toString(), "--calibrator", "logistic",
                "--option", "ltc.calibration.logistic.modelFile=" + f);
    }

    @Test
    void c1_evaluateInputFifoRefused(@TempDir Path dir) throws Exception {
        Path f = fifo(dir, "labelled.csv");
        assertRefusedFast(f, "evaluate", "--input", f.toString(), "--text-column", "text", "--label-column", "label");
    }

    @Test
    void c1_redactNamesFifoRefused(@TempDir Path dir) throws Exception {
        Path f = fifo(dir, "names.txt");
        assertRefusedFast(f, "import", "--csv", notesCsv(dir).toString(), "--text-column", "text",
                "--redact-names", f.toString(), "--out", dir.resolve("o.json").toString());
    }

    @Test
    void c1_codebookFileFifoRefused(@TempDir Path dir) throws Exception {
        Path f = fifo(dir, "codes.qdc");
        assertRefusedFast(f, "theme", "--input", town(dir).toString(), "--themer", "codebook",
                "--set", "ltc.theming.codebook.file=" + f);
    }

    @Test
    void c1_experimentCasesFolderRefused(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cases.csv"));
        assertRefusedFast(folder, "experiment", "--cases", folder.toString());
    }

    // ------------------------------------------------------------------ C2: bounded counts, one line when memory runs out

    @Test
    void c2_simulateCountsAreBounded() {
        for (String[] args : List.of(new String[] {"--communities", "2147483647"}, new String[] {"--raters", "100000"},
                new String[] {"--notes", "1000000"}, new String[] {"--bayes", "2000000000"},
                new String[] {"--bayes", "-1"})) {
            List<String> all = new ArrayList<>(List.of("simulate", "--out", "never-written"));
            all.addAll(List.of(args));
            Run r = run(all.toArray(String[]::new));
            assertOneLineError(r, 2, args[0]);
        }
        assertFalse(Files.exists(Path.of("never-written")));
    }

    @Test
    void c2_outOfMemoryIsOneLineNamingXmx(@TempDir Path dir) throws Exception {
        // A child JVM with a small heap: a run too large for it must end with one line, not a stack trace.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx24m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LtcCommand.class.getName(), "simulate", "--communities",
                "1000000", "--bayes", "0", "--out", dir.resolve("sim").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), err);
        assertTrue(err.contains("-Xmx") && err.contains("memory"), err);
        assertEquals(1, err.strip().lines().count(), err);
    }

    // ------------------------------------------------------------------ C3: ICC never NaN with exit 0

    @Test
    void c3_iccUndefinedIsAClearError(@TempDir Path dir) throws Exception {
        Path ratings = dir.resolve("ratings.csv");
        Files.writeString(ratings, "unit,r1,r2\na,3,3\nb,3,3\nc,3,3\n");
        Run r = run("agreement", "--input", ratings.toString(), "--metric", "icc");
        assertOneLineError(r, 2, "undefined");
        assertFalse(r.out().contains("NaN"), r.out());
        Run json = run("agreement", "--input", ratings.toString(), "--metric", "icc", "--json");
        assertEquals(2, json.code());
        assertFalse(json.out().contains("NaN"), json.out());
    }

    @Test
    void c3_iccOnHugeValuesIsNotNaN(@TempDir Path dir) throws Exception {
        Path ratings = dir.resolve("ratings.csv");
        Files.writeString(ratings, "unit,r1,r2\na,1e300,-1e300\nb,1e300,1e300\nc,-1e300,1e300\n");
        Run r = run("agreement", "--input", ratings.toString(), "--metric", "icc");
        assertFalse(r.code() == 0 && r.out().contains("NaN"), r.out());
        if (r.code() != 0) {
            assertOneLineError(r, 2, ratings.toString());
        }
    }

    // ------------------------------------------------------------------ D8: a non-finite feature cell is an error

    @Test
    void d8_nanCellNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Path cases = dir.resolve("cases.csv");
        StringBuilder csv = new StringBuilder("stage,trust,turnout\n");
        for (int i = 0; i < 30; i++) {
            csv.append(1 + i % 3).append(',').append(i % 7).append(',').append(i == 11 ? "NaN" : String.valueOf(i % 5))
                    .append('\n');
        }
        Files.writeString(cases, csv);
        Run r = run("experiment", "--cases", cases.toString(), "--folds", "3", "--bootstrap", "0");
        assertOneLineError(r, 2, "line 13", "turnout", "NaN");
        Files.writeString(cases, csv.toString().replace("NaN", "1e400"));
        Run big = run("experiment", "--cases", cases.toString(), "--folds", "3", "--bootstrap", "0");
        assertOneLineError(big, 2, "line 13", "turnout", "1e400");
    }

    // ------------------------------------------------------------------ I6: a spec's paths stay in its folder

    @Test
    void i6_specCasesOutsideItsFolderRefusedWithoutEchoingTheFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.csv");
        Files.writeString(secret, "TOP-SECRET-LINE,with,values\n");
        Path specDir = Files.createDirectories(dir.resolve("study"));
        for (String cases : List.of("../secret.csv", secret.toString())) {
            Path spec = specDir.resolve("spec.json");
            Files.writeString(spec, "{\"name\":\"s\",\"cases\":" + LtcJson.defaults().mapper().writeValueAsString(cases)
                    + ",\"stageColumn\":\"stage\",\"calibrators\":[{\"calibrator\":\"logistic\"}],"
                    + "\"folds\":{\"kind\":\"stratified\",\"k\":3},\"seed\":1}");
            Run r = run("experiment", "--spec", spec.toString());
            assertOneLineError(r, 2, "spec");
            assertFalse(r.err().contains("TOP-SECRET") || r.out().contains("TOP-SECRET"), r.err());
        }
    }

    @Test
    void i6_errorsNeverEchoAnotherFilesContent(@TempDir Path dir) throws Exception {
        // A framework file that is not a framework: the error names it but does not quote its first line.
        Path sim = dir.resolve("sim");
        assertEquals(0, run("simulate", "--communities", "40", "--bayes", "0", "--out", sim.toString()).code());
        Path notFramework = dir.resolve("passwd");
        Files.writeString(notFramework, "SECRETROOT:x:0:0:root:/root:/bin/bash\n");
        Run r = run("experiment", "--cases", sim.resolve("cases.csv").toString(), "--calibrator", "rubric",
                "--framework", notFramework.toString(), "--folds", "3", "--bootstrap", "0");
        assertEquals(2, r.code(), r.err());
        assertFalse(r.err().contains("SECRETROOT"), r.err());
    }

    // ------------------------------------------------------------------ D7: Polis group ids and unknown comments

    private static Path polis(Path dir, String group, String voteColumns, String votes) throws Exception {
        Path p = Files.createDirectories(dir.resolve("polis"));
        Files.writeString(p.resolve("comments.csv"), "timestamp,datetime,comment-id,author-id,agrees,disagrees,"
                + "moderated,comment-body\n1,x,0,1,1,0,1,More evening hours please\n2,x,1,2,1,0,1,Lights in the park\n");
        Files.writeString(p.resolve("participants-votes.csv"), "participant,group-id,n-comments,n-votes,n-agree,"
                + "n-disagree," + voteColumns + "\n1," + group + ",1,2,2,0," + votes + "\n2,0,1,2,1,0," + votes + "\n");
        return p;
    }

    @Test
    void d7_polisGroupIdMustBeAWholeNumber(@TempDir Path dir) throws Exception {
        for (String group : List.of("abc", "1.5")) {
            Path p = polis(dir, group, "0,1", "1,-1");
            Run r = run("import", "--polis", p.toString(), "--out", dir.resolve("o.json").toString());
            assertOneLineError(r, 2, "group-id", group);
        }
    }

    @Test
    void d7_polisVotesForUnknownCommentAreAnError(@TempDir Path dir) throws Exception {
        Path p = polis(dir, "0", "0,1,7", "1,-1,1");
        Run r = run("import", "--polis", p.toString(), "--out", dir.resolve("o.json").toString());
        assertOneLineError(r, 2, "7", "comment");
        Run lenient = run("import", "--polis", p.toString(), "--lenient", "--out", dir.resolve("o.json").toString());
        assertEquals(0, lenient.code(), lenient.err());
        assertTrue(lenient.err().contains("7") && lenient.err().contains("unknown comment"), lenient.err());
    }

    // ------------------------------------------------------------------ the smaller ones

    @Test
    void smaller_nulByteInNoteRejected(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("nul.csv");
        Files.writeString(csv, "participant,text\np1,Evening\u0000 hours please\np2,Lights in the park\n");
        Run r = run("import", "--csv", csv.toString(), "--text-column", "text", "--out", dir.resolve("o.json").toString());
        assertOneLineError(r, 2, "NUL"); // the CSV reader refuses it first, as UTF-16 without a byte-order mark
    }

    @Test
    void smaller_headerOnlyCsvIsNoNotes(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("empty.csv");
        Files.writeString(csv, "participant,text\n");
        Run r = run("import", "--csv", csv.toString(), "--text-column", "text", "--out", dir.resolve("o.json").toString());
        assertOneLineError(r, 2, "no notes");
        assertFalse(Files.exists(dir.resolve("o.json")));
    }

    @Test
    void smaller_duplicateHeaderNamesAreAnError(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("dup.csv");
        Files.writeString(csv, "participant,text,text\np1,first,second\n");
        Run r = run("import", "--csv", csv.toString(), "--text-column", "text", "--out", dir.resolve("o.json").toString());
        assertOneLineError(r, 2, "line 1", "text");
    }

    @Test
    void smaller_outOfRangeCountIsReportedAsSuch(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("count.csv");
        Files.writeString(csv, "participant,text,agrees\np1,More evening hours,2147483648\n");
        Run r = run("import", "--csv", csv.toString(), "--text-column", "text", "--agrees-column", "agrees",
                "--out", dir.resolve("o.json").toString());
        assertOneLineError(r, 2, "agrees", "2147483647");
        assertFalse(r.err().contains("whole number"), "it is a whole number, only too large: " + r.err());
    }

    @Test
    void smaller_provenanceHashesAreTheSameForIdenticalRunsWithCreatedAt(@TempDir Path dir) throws Exception {
        Path csv = notesCsv(dir);
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path o = dir.resolve("set" + i + ".json");
            Run r = run("import", "--csv", csv.toString(), "--text-column", "text", "--participant-column",
                    "participant", "--created-at", "2026-01-01T00:00:00Z", "--out", o.toString());
            assertEquals(0, r.code(), r.err());
            sets.add(Files.readString(o));
            Thread.sleep(5);
        }
        assertEquals(sets.get(0), sets.get(1), "identical runs with --created-at write identical files");
        List<String> themes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve("t" + i);
            Run r = run("theme", "--input", dir.resolve("set0.json").toString(), "--themer", "codebook",
                    "--created-at", "2026-01-01T00:00:00Z", "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            themes.add(Files.readString(out.resolve("theme-set.json")) + Files.readString(out.resolve("report.json")));
            Thread.sleep(5);
        }
        assertEquals(themes.get(0), themes.get(1));
    }
}
