package org.ltc.examples.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.ltc.model.InvalidInputException;
import org.ltc.model.LtcException;

/**
 * Writes a set of files into a folder so that a reader sees the old set or the new set, never a mix: the files are
 * written into a new folder beside the target, then the folders are swapped by renames. When the target holds files
 * of its own (not ones a run writes), they are kept and each file is moved in by an atomic rename instead; a
 * failure before the moves leaves the target untouched either way.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** Puts {@code files} (name to UTF-8 text) into {@code dir}, replacing those names there. */
    public static void replace(Path dir, Map<String, String> files) {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new InvalidInputException(dir.toString(), null, null, null, "cannot be an output folder");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InvalidInputException(dir.toString(), null, null, null, "is a file, not a folder");
        }
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = uniqueSibling(target, "writing");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(staging.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            if (!Files.exists(target)) {
                move(staging, target);
                staging = null;
                return;
            }
            if (onlyOurs(target, files)) {
                Path old = uniqueName(target, "old");
                move(target, old);
                try {
                    move(staging, target);
                    staging = null;
                } catch (IOException e) {
                    move(old, target);
                    throw e;
                }
                deleteTree(old);
                return;
            }
            for (String name : files.keySet()) {
                move(staging.resolve(name), target.resolve(name));
            }
        } catch (IOException e) {
            throw new LtcException("could not write " + dir + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                try {
                    deleteTree(staging);
                } catch (IOException ignored) {
                    // The staging folder is hidden and named as such; the run's own error says what went wrong.
                }
            }
        }
    }

    private static boolean onlyOurs(Path target, Map<String, String> files) throws IOException {
        try (Stream<Path> s = Files.list(target)) {
            List<Path> entries = s.toList();
            return entries.stream().allMatch(p -> Files.isRegularFile(p) && files.containsKey(p.getFileName().toString()));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A new folder beside {@code target}, created with the file system's usual permissions. */
    private static Path uniqueSibling(Path target, String what) throws IOException {
        while (true) {
            Path p = uniqueName(target, what);
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    private static Path uniqueName(Path target, String what) {
        return target.resolveSibling("." + target.getFileName() + "." + what + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
