package org.ltc.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ltc.model.InvalidInputException;
import org.ltc.model.LtcException;

/**
 * Writing the files the SDK produces (JSON documents, reports, codebooks): one file atomically here, several
 * files together with {@link OutputFolder}.
 */
public final class TextFiles {
    /** {@code .NAME.PID-RANDOM.tmp}, or the older {@code .NAME.RANDOM.tmp} written before the process id was kept. */
    private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.(?:(\\d+)-)?[0-9a-z]+\\.tmp");
    /** A temporary file without a process id is someone's only after this long without a change. */
    private static final Duration LEGACY_TEMP_AGE = Duration.ofHours(1);

    private TextFiles() {
    }

    /**
     * Writes UTF-8 text through a temporary file in the same folder and an atomic move, so a failed or
     * interrupted write never leaves a half-written file where a reader expects a whole one. Creates the
     * folder when missing. Temporary files that killed runs left beside {@code file} are removed first.
     *
     * @throws InvalidInputException when {@code file} names something that is not a regular file (a folder,
     *                               a FIFO, a device, a symbolic link): it is never replaced
     * @throws LtcException          naming the file when it cannot be written
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
        checkOutputFile(file);
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            removeStaleTemporaries(dir, file.getFileName().toString());
            // Not Files.createTempFile: its owner-only permissions would carry over to the file a host shares.
            Path tmp = dir.resolve(temporaryName(file.getFileName().toString()));
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

    /**
     * Checks that {@code file} may be written as an output: absent, or a regular file. A folder, a FIFO, a
     * device node or a symbolic link at that path is refused, since writing would replace (or feed) it.
     *
     * @throws InvalidInputException naming the path and what it is
     */
    public static Path checkOutputFile(Path file) {
        if (file == null || file.toString().isEmpty()) {
            throw new InvalidInputException("\"\"", null, null, null,
                    "is not a file name: an empty path names no file to write");
        }
        if (Files.isSymbolicLink(file)) {
            throw new InvalidInputException(file.toString(), null, null, null,
                    "is a symbolic link: refusing to replace it (name the file itself)");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(file.toString(), null, null, null, Files.isDirectory(file)
                    ? "is a folder: name a file to write"
                    : "is a FIFO, socket or device, not a regular file: refusing to write to it");
        }
        return file;
    }

    /** A fresh temporary name beside {@code name}, carrying this process's id so a later run can tell it is stale. */
    static String temporaryName(String name) {
        return "." + name + "." + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
    }

    /**
     * Deletes the temporary files of {@code name} (of any name when {@code null}) in {@code dir} that a killed
     * run left: those whose process is no longer alive, and (for a named file only, so another tool's
     * {@code .x.tmp} is never taken for ours) older ones without a process id that nobody has touched for an hour.
     */
    static void removeStaleTemporaries(Path dir, String name) {
        String glob = name == null ? ".*.tmp" : "." + globEscape(name) + ".*.tmp";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
            for (Path p : entries) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (m.matches() && (name == null ? m.group(2) != null : m.group(1).equals(name))
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && isStale(p, m.group(2))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: a folder we cannot list or a file we cannot delete must not stop the write.
        }
    }

    /** Whether a temporary file or folder written by process {@code pid} (null: unknown) is abandoned. */
    static boolean isStale(Path p, String pid) throws IOException {
        if (pid != null) {
            long id = Long.parseLong(pid);
            return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(h -> !h.isAlive()).orElse(true);
        }
        Instant modified = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
        return modified.isBefore(Instant.now().minus(LEGACY_TEMP_AGE));
    }

    private static String globEscape(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
