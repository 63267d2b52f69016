package org.ltc.model.io;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real data sets in {@code shared/data}, beside the project root, by walking up from the working
 * directory (a module folder under Maven). Tests that need a set are skipped, with the reason, when it is
 * not there.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The folder {@code shared/data/NAME}; aborts the calling test when it cannot be found. */
    public static Path dir(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Assumptions.abort("shared/data/" + name + " not found above " + Path.of("").toAbsolutePath());
        throw new IllegalStateException("unreachable");
    }
}
