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
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: its owner-only permissions would carry over to the file a host shares.
            Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36)
                    + ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new LtcException("could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
