package org.ltc.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvReader;
import org.ltc.model.io.CsvRow;

/**
 * Writes a CSV of realistic generated notes for the whole-pipeline scale run ({@code bench/scale.sh}): each note
 * joins one to three clauses cut from real statements (the Bowling Green Polis comments and the Banking77 test
 * queries in {@code ../shared/data}, read at run time and never copied into the repository), so the vocabulary,
 * sentence lengths and word frequencies are those of real residents' text while a million notes are all
 * different. Each note has a participant (about ten notes each) and one of 200 conversations. Seeded, so every
 * run writes the same bytes.
 *
 * <p>Usage: {@code ScaleNotes DATA_DIR OUT.csv NOTES [SEED]}.
 */
public final class ScaleNotes {
    static final String HEADER = "id,conversation,participant,text";

    private ScaleNotes() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: ScaleNotes DATA_DIR OUT.csv NOTES [SEED]");
        }
        Path data = Path.of(args[0]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1L;
        write(clauses(data), Path.of(args[1]), Integer.parseInt(args[2]), seed);
    }

    /** The clauses of every real statement: cut at commas, semicolons, full stops and question marks. */
    static List<String> clauses(Path data) {
        List<String> out = new ArrayList<>();
        read(data.resolve("polis-bowling-green/comments.csv"), "comment-body", out);
        read(data.resolve("banking77/test.csv"), "text", out);
        return out;
    }

    private static void read(Path file, String column, List<String> out) {
        try (CsvReader csv = CsvReader.open(file, CsvFormat.defaults())) {
            int c = csv.requireColumn(column, "text column");
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                for (String part : row.text(c).split("[,;.?!]+")) {
                    String s = part.strip().replaceAll("\\s+", " ");
                    if (s.split(" ").length >= 3) {
                        out.add(s);
                    }
                }
            }
        }
    }

    static void write(List<String> clauses, Path file, int notes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (int i = 0; i < notes; i++) {
                sb.setLength(0);
                int parts = 1 + random.nextInt(3);
                for (int p = 0; p < parts; p++) {
                    String clause = clauses.get(random.nextInt(clauses.size()));
                    sb.append(p == 0 ? "" : p == parts - 1 ? " and " : ", ")
                            .append(p == 0 ? clause : Character.toLowerCase(clause.charAt(0)) + clause.substring(1));
                }
                sb.append('.');
                String text = sb.toString().replace("\"", "\"\"");
                w.append('n').append(Integer.toString(i)).append(",c").append(Integer.toString(i % 200))
                        .append(",p").append(Integer.toString(random.nextInt(Math.max(1, notes / 10))))
                        .append(",\"").append(text).append("\"\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
