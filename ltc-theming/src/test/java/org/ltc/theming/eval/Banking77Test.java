package org.ltc.theming.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ltc.theming.cluster.SphericalKMeansThemer;

/** The quality bar for {@code kmeans} on the real Banking77 test set (3,080 queries, 77 intents). */
class Banking77Test {
    private static final List<String> TEXTS = new ArrayList<>();
    private static final List<String> LABELS = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        Path file = sharedData().resolve("banking77/test.csv");
        assumeTrue(Files.exists(file), "shared data not present: " + file);
        List<List<String>> rows = csv(Files.readString(file, StandardCharsets.UTF_8));
        for (List<String> row : rows.subList(1, rows.size())) {
            TEXTS.add(row.get(0));
            LABELS.add(row.get(1));
        }
    }

    @Test
    void givenK77BeatsTheBar() {
        assertEquals(3080, TEXTS.size());
        EvaluationResult r = ThemingEvaluator.evaluate(new SphericalKMeansThemer(), TEXTS, LABELS,
                Map.of("ltc.theming.kmeans.k", "77"), List.of(1L), 2, null, null);
        assertEquals(77, r.classes());
        assertTrue(r.nmi() >= 0.66, "NMI " + r.nmi());
        assertTrue(r.ari() >= 0.30, "ARI " + r.ari());
        assertEquals(77, r.themes(), 1e-9);
    }

    @Test
    void automaticKBeatsTheBar() {
        EvaluationResult r = ThemingEvaluator.evaluate(new SphericalKMeansThemer(), TEXTS, LABELS, Map.of(),
                List.of(1L), 2, null, null);
        assertTrue(r.nmi() >= 0.60, "NMI " + r.nmi());
        assertTrue(r.themes() >= 20 && r.themes() <= 150, "themes " + r.themes());
    }

    /** The folder {@code shared/data}, found by walking up from the working directory. */
    static Path sharedData() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return Path.of("../../shared/data");
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
