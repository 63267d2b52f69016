package org.ltc.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a CSV of generated notes like a library's spreadsheet export: id, conversation, participant,
 * neighbourhood, agrees and a sentence of 6 to 25 words, one in ten quoted with a comma inside, one in fifty
 * with an escaped quote. Seeded, so every run reads the same bytes.
 */
public final class CsvBenchData {
    static final String HEADER = "id,conversation,participant,neighbourhood,agrees,text";
    private static final String[] WORDS = ("library park bus safe kids after school downtown jobs housing rent "
            + "neighbours trust council street lights trail river clinic food market teens seniors walk bike "
            + "parking noise trees jobs training internet broadband meeting space church festival music art "
            + "police fire roads sidewalks crossing flood water clean quiet friendly welcome together").split(" ");
    private static final String[] AREAS = {"North Hills", "Riverside", "East End", "Old Town", "Westgate"};

    private CsvBenchData() {
    }

    /** Writes {@code rows} notes to {@code file}, with the given seed. */
    public static void write(Path file, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (int i = 0; i < rows; i++) {
                sb.setLength(0);
                int conversation = i / 1000;
                sb.append('n').append(i).append(",c").append(conversation).append(",c").append(conversation)
                        .append("-p").append(random.nextInt(12)).append(',')
                        .append(AREAS[random.nextInt(AREAS.length)]).append(',').append(random.nextInt(10)).append(',');
                int words = 6 + random.nextInt(20);
                boolean quoted = random.nextInt(10) == 0;
                if (quoted) {
                    sb.append('"');
                }
                for (int k = 0; k < words; k++) {
                    if (k > 0) {
                        sb.append(quoted && k == 3 ? ", " : " ");
                    }
                    sb.append(WORDS[random.nextInt(WORDS.length)]);
                }
                if (quoted && random.nextInt(5) == 0) {
                    sb.append(" \"\"really\"\"");
                }
                if (quoted) {
                    sb.append('"');
                }
                sb.append('\n');
                w.append(sb);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
