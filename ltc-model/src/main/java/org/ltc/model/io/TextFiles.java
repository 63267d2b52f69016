package org.ltc.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.ltc.model.LtcException;

/** Writing the files the SDK produces (JSON documents, reports, codebooks). */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * Writes UTF-8 text through a temporary file in the same folder and an atomic move, so a failed or
     * interrupted write never leaves a half-written file where a reader expects a whole one. Creates the
     * folder when missing.
     *
     * @throws LtcException naming the file when it cannot be written
     */
    public static void writeAtomically(Path file, String text) {
        writeAtomically(file, out -> {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * Streams {@code writer}'s bytes to a file atomically: into a temporary file beside it, then moved over it,
     * so a failed write leaves no half-written file behind.
     */
    public static void writeAtomically(Path file, java.util.function.Consumer<java.io.OutputStream> writer) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: its owner-only permissions would carry over to the file a host shares.
            Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36)
                    + ".tmp");
            try {
                try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                    writer.accept(out);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new LtcException("could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
