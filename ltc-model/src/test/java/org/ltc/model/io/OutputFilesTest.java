package org.ltc.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.InvalidInputException;

/** {@link OutputFolder}, {@link TextFiles} and {@link InputFiles}: outputs whole or not at all, inputs checked. */
class OutputFilesTest {
    private static Path fifo(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available here");
        return p;
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitMovesEveryFileInAndLeavesNoStagingFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("a.json"), "old a");
        try (OutputFolder f = OutputFolder.open(out)) {
            f.writeString("a.json", "new a");
            f.write("b.csv", s -> s.write("new b".getBytes()));
            assertEquals("old a", Files.readString(out.resolve("a.json")), "nothing moves before the commit");
            assertEquals(List.of(out.resolve("a.json"), out.resolve("b.csv")), f.commit());
        }
        assertEquals("new a", Files.readString(out.resolve("a.json")));
        assertEquals("new b", Files.readString(out.resolve("b.csv")));
        assertEquals(List.of("a.json", "b.csv"), names(out));
    }

    @Test
    void withoutCommitNothingIsWritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        try (OutputFolder f = OutputFolder.open(out)) {
            f.writeString("a.json", "new");
        }
        assertEquals(List.of(), names(out));
    }

    @Test
    void aTargetThatBecameAFolderBeforeTheCommitStopsItBeforeAnyMove(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a.json"), "old a");
        OutputFolder f = OutputFolder.open(out);
        f.writeString("a.json", "new a");
        f.writeString("b.json", "new b");
        Files.createDirectories(out.resolve("b.json"));
        assertThrows(InvalidInputException.class, f::commit);
        f.close();
        assertEquals("old a", Files.readString(out.resolve("a.json")));
        assertEquals(List.of("a.json", "b.json"), names(out));
    }

    @Test
    void refusesFifoSymlinkAndFileAsFolder(@TempDir Path dir) throws Exception {
        Path fifo = fifo(dir, "x.json");
        assertThrows(InvalidInputException.class, () -> TextFiles.writeAtomically(fifo, "{}"));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
        Path target = Files.writeString(dir.resolve("t.txt"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);
        assertThrows(InvalidInputException.class, () -> TextFiles.writeAtomically(link, "{}"));
        assertEquals("keep", Files.readString(target));
        assertThrows(InvalidInputException.class, () -> OutputFolder.open(target));
        assertThrows(InvalidInputException.class, () -> OutputFolder.open(fifo));
        assertThrows(InvalidInputException.class, () -> OutputFolder.open(Path.of("")));
        try (OutputFolder f = OutputFolder.open(dir)) {
            assertThrows(InvalidInputException.class, () -> f.writeString("link.json", "{}"));
            assertThrows(IllegalArgumentException.class, () -> f.writeString("../escape.json", "{}"));
        }
    }

    @Test
    void inputFilesRefusesFifoFolderMissingAndTooLargeWithoutBlocking(@TempDir Path dir) throws Exception {
        Path fifo = fifo(dir, "in.csv");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InputFiles.open(fifo));
        assertTrue(e.getMessage().contains("FIFO"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> InputFiles.readString(dir));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> InputFiles.readString(dir.resolve("missing.txt")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(100));
        e = assertThrows(InvalidInputException.class, () -> InputFiles.readString(big, 99));
        assertTrue(e.getMessage().contains("99 bytes"), e.getMessage());
        assertEquals("x".repeat(100), InputFiles.readString(big, 100));
        try (InputStream in = InputFiles.open(big, 100)) {
            assertEquals(100, in.readAllBytes().length);
        }
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xff, 'b'});
        e = assertThrows(InvalidInputException.class, () -> InputFiles.readString(bad));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
