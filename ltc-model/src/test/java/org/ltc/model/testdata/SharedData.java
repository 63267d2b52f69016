package org.ltc.model.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one way tests find the real data sets in {@code shared/data} (the {@code ../shared} folder beside the
 * project): by walking up from the working directory (a module folder under Maven). When a set is missing, a
 * test is skipped with the reason on a developer's machine, and fails under {@code CI=true} (or
 * {@code -Dltc.sharedData.required=true}), so a build server without the data never passes by skipping.
 * Tests that use it carry {@link RealData}.
 */
public final class SharedData {
    private SharedData() {
    }

    /** Whether a missing data set fails the test instead of skipping it. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("ltc.sharedData.required");
    }

    /** The folder {@code shared/data}, when found above the working directory. */
    public static Optional<Path> root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The folder {@code shared/data/NAME}; skips (or, under CI, fails) the calling test when it is missing. */
    public static Path dir(String name) {
        Path found = root().map(r -> r.resolve(name)).filter(Files::isDirectory).orElse(null);
        if (found == null) {
            missing("shared/data/" + name);
        }
        return found;
    }

    /** The file {@code shared/data/RELATIVE}; skips (or, under CI, fails) the calling test when it is missing. */
    public static Path file(String relative) {
        Path found = root().map(r -> r.resolve(relative)).filter(Files::isRegularFile).orElse(null);
        if (found == null) {
            missing("shared/data/" + relative);
        }
        return found;
    }

    private static void missing(String what) {
        String message = what + " not found above " + Path.of("").toAbsolutePath()
                + " (put the shared folder beside the project)";
        if (required()) {
            Assertions.fail(message + "; CI=true requires the real data, so this test fails instead of skipping");
        }
        Assumptions.abort(message);
    }
}
