package org.ltc.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Runs every {@code ```sh} block of the project README, in order, in one temporary folder laid out like the
 * project root (its files and the {@code ../shared} beside it linked in), each block in its own
 * {@code bash -euo pipefail}, and fails naming the block's line when a command fails. Blocks fenced
 * {@code ```sh long} (builds, benchmarks, the schema regeneration and the 2,000-community study, minutes each; the
 * README lists them) are the only ones skipped. {@code ltc} in a block is
 * {@code java -jar ltc-examples/target/ltc.jar}, as the README says. A failsafe test: it runs in
 * {@code mvn verify} after {@code package} has made {@code ltc.jar}.
 */
@DisabledOnOs(OS.WINDOWS)
class ReadmeShellBlocksIT {
    /** The fence info that marks a block the test does not run. */
    static final String LONG = "long";
    private static final long BLOCK_TIMEOUT_SECONDS = 600;

    /** One shell block: the README line its fence opens on, and its text. */
    record Block(int line, String info, String text) {
        boolean runs() {
            return !List.of(info.split("\\s+")).contains(LONG);
        }
    }

    static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isRegularFile(here.resolve("README.md")) && Files.isDirectory(here.resolve("ltc-examples"))
                ? here : here.getParent();
    }

    /** The README's shell blocks, in order. */
    static List<Block> blocks(String readme) {
        List<Block> out = new ArrayList<>();
        String[] lines = readme.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("```sh")) {
                int start = i + 1;
                StringBuilder text = new StringBuilder();
                int j = start;
                for (; j < lines.length && !lines[j].startsWith("```"); j++) {
                    text.append(lines[j]).append('\n');
                }
                if (j == lines.length) {
                    fail("README.md line " + start + ": a ```sh block is never closed");
                }
                out.add(new Block(start, l.substring(5).strip(), text.toString()));
                i = j;
            }
        }
        return out;
    }

    @Test
    void theParserFindsBlocksAndTheirMarks() {
        List<Block> b = blocks("text\n```sh\nltc demo\n```\n```sh long\nmvn verify\n```\n```json\n{}\n```\n");
        assertEquals(2, b.size());
        assertEquals(2, b.get(0).line());
        assertTrue(b.get(0).runs());
        assertEquals("ltc demo\n", b.get(0).text());
        assertFalse(b.get(1).runs());
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeShellBlockRuns() throws IOException {
        Path root = projectRoot();
        Path jar = root.resolve("ltc-examples/target/ltc.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: this test runs after package");
        List<Block> all = blocks(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8));
        assertTrue(all.stream().filter(Block::runs).count() >= 10, "the README should hold runnable blocks");
        Path base = Files.createTempDirectory("ltc-readme-");
        Path work = Files.createDirectory(base.resolve("project"));
        // The project's files are linked in, read-only in spirit: blocks write only what they make themselves.
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : entries.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                Files.createSymbolicLink(work.resolve(p.getFileName().toString()), p);
            }
        }
        Path shared = root.resolveSibling("shared");
        if (Files.isDirectory(shared)) {
            Files.createSymbolicLink(base.resolve("shared"), shared.toRealPath());
        }
        return all.stream().filter(Block::runs).map(b -> DynamicTest.dynamicTest("README.md line " + b.line(),
                () -> run(b, work, jar)));
    }

    private static void run(Block b, Path work, Path jar) throws Exception {
        Path script = work.resolveSibling("block-" + b.line() + ".sh");
        Files.writeString(script, "set -euo pipefail\n"
                + "ltc() { java -jar \"$LTC_JAR\" \"$@\"; }\n"
                + b.text());
        Path log = work.resolveSibling("block-" + b.line() + ".log");
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("LTC_JAR", jar.toString());
        Process p = pb.start();
        if (!p.waitFor(BLOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("README.md line " + b.line() + ": the block ran over " + BLOCK_TIMEOUT_SECONDS + " s; fence it "
                    + "```sh " + LONG + " if it is a benchmark\n" + tail(log));
        }
        if (p.exitValue() != 0) {
            fail("README.md line " + b.line() + ": the block failed with exit " + p.exitValue() + "\n" + b.text()
                    + "--- output (last lines):\n" + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
