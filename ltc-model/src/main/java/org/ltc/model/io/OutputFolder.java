package org.ltc.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ltc.model.InvalidInputException;
import org.ltc.model.LtcException;

/**
 * A run's output files, written together or not at all: an output-folder transaction.
 *
 * <p>Every file is first written into a private staging folder inside the target folder (so on the same
 * file system), and {@link #commit()} then moves each one into place with an atomic rename. Until the commit
 * the target folder is untouched: a failure, an exception or Ctrl-C while the run computes or writes leaves
 * the previous outputs as they were, never a mix of new and old. {@link #close()} without a commit removes the
 * staging folder. A file replaced during the commit is kept (as a hard link, where the file system has them)
 * until every move succeeded, so a move that fails half-way puts the earlier files back.
 *
 * <p>The only window left is the commit's renames themselves (microseconds): a process killed exactly then
 * can leave some files new and some old. Staging folders of killed runs
 * ({@code .ltc-staging.PID-RANDOM.tmp}) and the temporary files of killed single-file writes
 * ({@code .NAME.PID-RANDOM.tmp}, see {@link TextFiles#writeAtomically}) are removed by the next transaction on
 * the same folder once their process is gone.
 *
 * <pre>{@code
 * try (OutputFolder folder = OutputFolder.open(out)) {
 *     folder.writeString("theme-set.json", json.write(themes));
 *     folder.writeString("report.json", json.write(report));
 *     List<Path> written = folder.commit();
 * }
 * }</pre>
 *
 * <p>Each target file must be absent or a regular file; the folder must be absent or a folder (a symbolic
 * link to a folder is followed). Anything else (a FIFO, a device, a symbolic link where a file goes) is an
 * {@link InvalidInputException}, as in {@link TextFiles#checkOutputFile(Path)}.
 *
 * <p>Not thread-safe: one transaction belongs to one thread.
 */
public final class OutputFolder implements AutoCloseable {
    private static final String STAGING_PREFIX = ".ltc-staging.";
    private static final Pattern STAGING = Pattern.compile("\\.ltc-staging\\.(\\d+)-[0-9a-z]+\\.tmp");

    private final Path dir;
    private final Path staging;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private boolean done;

    private OutputFolder(Path dir, Path staging) {
        this.dir = dir;
        this.staging = staging;
    }

    /**
     * Starts a transaction on {@code dir}, creating the folder when missing and removing staging folders that
     * killed runs left in it.
     *
     * @throws InvalidInputException when {@code dir} is empty or names something that is not a folder
     * @throws LtcException          when the folder cannot be created
     */
    public static OutputFolder open(Path dir) {
        checkFolder(dir);
        try {
            Files.createDirectories(dir);
            removeStaleStaging(dir);
            TextFiles.removeStaleTemporaries(dir, null);
            Path staging = dir.resolve(STAGING_PREFIX + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            Files.createDirectory(staging);
            return new OutputFolder(dir, staging);
        } catch (IOException e) {
            throw new LtcException("could not write to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that {@code dir} may hold outputs: absent, or a folder (or a link to one).
     *
     * @throws InvalidInputException naming the path and what it is
     */
    public static Path checkFolder(Path dir) {
        if (dir == null || dir.toString().isEmpty()) {
            throw new InvalidInputException("\"\"", null, null, null,
                    "is not a folder name: an empty path names no folder to write to");
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
            throw new InvalidInputException(dir.toString(), null, null, null, Files.isRegularFile(dir)
                    ? "is a file: name a folder to write to"
                    : Files.isSymbolicLink(dir) ? "is a symbolic link that does not lead to a folder"
                    : "is a FIFO, socket or device, not a folder: refusing to write to it");
        }
        return dir;
    }

    /** The target folder. */
    public Path dir() {
        return dir;
    }

    /**
     * Where to write file {@code name} before the commit (in the staging folder), for writers that want a
     * path; the file is moved to {@code dir/name} by {@link #commit()}.
     *
     * @param name a plain file name, without a folder
     */
    public Path stage(String name) {
        requireOpen();
        if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".")
                || name.equals("..") || name.startsWith(STAGING_PREFIX)) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        TextFiles.checkOutputFile(dir.resolve(name));
        TextFiles.removeStaleTemporaries(dir, name);
        Path p = staging.resolve(name);
        staged.put(name, p);
        return p;
    }

    /** Stages {@code name} with UTF-8 text. */
    public Path writeString(String name, String text) {
        Path p = stage(name);
        try {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LtcException("could not write " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
        return dir.resolve(name);
    }

    /** Stages {@code name}, written to a stream by {@code writer} (for outputs too large to build as a string). */
    public Path write(String name, StreamWriter writer) {
        Path p = stage(name);
        try (OutputStream out = Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writer.writeTo(out);
        } catch (IOException | UncheckedIOException e) {
            throw new LtcException("could not write " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
        return dir.resolve(name);
    }

    /** Writes one output file to a stream. */
    @FunctionalInterface
    public interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Moves every staged file into the target folder, in the order they were staged, and ends the transaction.
     *
     * @return the files written, in the target folder
     * @throws InvalidInputException when a target became something other than a regular file meanwhile
     * @throws LtcException          when a move fails (the files moved before it are put back)
     */
    public List<Path> commit() {
        requireOpen();
        for (String name : staged.keySet()) {
            TextFiles.checkOutputFile(dir.resolve(name));
        }
        Path previous = staging.resolve(".previous");
        List<String> moved = new ArrayList<>();
        Map<String, Path> kept = new LinkedHashMap<>();
        try {
            Files.createDirectory(previous);
            for (String name : staged.keySet()) {
                Path target = dir.resolve(name);
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.createLink(previous.resolve(name), target);
                        kept.put(name, previous.resolve(name));
                    } catch (IOException | UnsupportedOperationException e) {
                        // No hard links here: the commit still runs, only without putting files back on failure.
                    }
                }
            }
            for (Map.Entry<String, Path> e : staged.entrySet()) {
                Files.move(e.getValue(), dir.resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                moved.add(e.getKey());
            }
        } catch (IOException e) {
            rollBack(moved, kept);
            throw new LtcException("could not write " + dir + ": " + e.getMessage()
                    + (moved.isEmpty() ? "" : "; the files already moved were put back"), e);
        } finally {
            done = true;
            deleteTree(staging);
        }
        return staged.keySet().stream().map(dir::resolve).toList();
    }

    /** Ends the transaction; without a {@link #commit()}, nothing is written and the staging folder is removed. */
    @Override
    public void close() {
        if (!done) {
            done = true;
            deleteTree(staging);
        }
    }

    private void rollBack(List<String> moved, Map<String, Path> kept) {
        for (String name : moved) {
            try {
                Path old = kept.get(name);
                if (old != null) {
                    Files.move(old, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(dir.resolve(name));
                }
            } catch (IOException e) {
                // Best effort: the error thrown by commit says what failed.
            }
        }
    }

    private void requireOpen() {
        if (done) {
            throw new IllegalStateException("this output transaction on " + dir + " has ended");
        }
    }

    /** Removes staging folders in {@code dir} whose process is no longer alive. */
    private static void removeStaleStaging(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, STAGING_PREFIX + "*.tmp")) {
            for (Path p : entries) {
                Matcher m = STAGING.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && TextFiles.isStale(p, m.group(1))) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: it must not stop the run.
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort; a leftover staging folder is removed by the next run.
        }
    }
}
