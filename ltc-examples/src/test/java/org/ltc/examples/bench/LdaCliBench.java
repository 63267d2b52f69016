package org.ltc.examples.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ltc.theming.topic.Npmi;
import org.ltc.theming.topic.SyntheticLdaCorpus;

/**
 * The corpus and the scoring for {@code ltc-examples/bench/lda-cli.sh}, which times the whole {@code ltc theme
 * --themer lda} command against MALLET's command-line import and 100-iteration training (each a fresh JVM, as a
 * user runs them).
 *
 * <ul>
 *   <li>{@code generate K DIR}: the same generated corpus as {@link LdaVsMallet} (the first 100,000 of 101,000
 *       documents of 50 tokens, V = 20,000, {@code α_gen = 5/K}, {@code β_gen = 0.01}, seed 1; {@code -Dlda.docs=N}
 *       for fewer) written as
 *       {@code DIR/corpus-K.csv} (columns {@code id,text}) and {@code DIR/mallet-K.txt} (MALLET's
 *       {@code import-file} format: name, label, text). Word w is written as five consonants without s, l or y
 *       (e.g. {@code zbbbc}), so that neither tool's tokeniser, stop words or stemmer changes it.</li>
 *   <li>{@code score K ltc|mallet FILE}: NPMI of the top 10 words ({@link Npmi#mean}, over the training
 *       documents) and true topics recovered (a learned topic sharing at least 8 of a true topic's 10 most
 *       probable words) of topics read from {@code ltc theme --format terms} output (one line per theme) or
 *       MALLET's {@code --output-topic-keys} file. Prints {@code topics npmi recovered}.</li>
 * </ul>
 */
public final class LdaCliBench {
    /** Training documents; {@code -Dlda.docs=N} for a quick check of the script on a busy machine. */
    static final int DOCS = Integer.getInteger("lda.docs", 100_000);
    static final int VOCAB = 20_000;
    private static final String LETTERS = "bcdfghjkmnpqrtvwxz";

    private LdaCliBench() {
    }

    public static void main(String[] args) throws IOException {
        int k = Integer.parseInt(args[1]);
        SyntheticLdaCorpus all = SyntheticLdaCorpus.generate(DOCS + 1_000, 50, VOCAB, k, 5.0 / k, 0.01, 1);
        int[][] docs = Arrays.copyOf(all.docs(), DOCS);
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[2]), k, docs);
            case "score" -> score(all, docs, args[2], Path.of(args[3]));
            default -> throw new IllegalArgumentException("generate DIR K | score K ltc|mallet FILE");
        }
    }

    static String word(int w) {
        char[] c = new char[5];
        c[0] = 'z';
        int x = w;
        for (int i = 4; i > 0; i--) {
            c[i] = LETTERS.charAt(x % LETTERS.length());
            x /= LETTERS.length();
        }
        return new String(c);
    }

    private static void generate(Path dir, int k, int[][] docs) throws IOException {
        Files.createDirectories(dir);
        try (Writer csv = Files.newBufferedWriter(dir.resolve("corpus-" + k + ".csv"), StandardCharsets.UTF_8);
             Writer mallet = Files.newBufferedWriter(dir.resolve("mallet-" + k + ".txt"), StandardCharsets.UTF_8)) {
            csv.write("id,text\n");
            StringBuilder text = new StringBuilder();
            for (int d = 0; d < docs.length; d++) {
                text.setLength(0);
                for (int w : docs[d]) {
                    text.append(text.length() > 0 ? " " : "").append(word(w));
                }
                csv.write("d" + d + "," + text + "\n");
                mallet.write("d" + d + "\tX\t" + text + "\n");
            }
        }
    }

    private static void score(SyntheticLdaCorpus truth, int[][] docs, String tool, Path file) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        for (int w = 0; w < VOCAB; w++) {
            ids.put(word(w), w);
        }
        List<int[]> topics = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.strip().split("\t");
            if (line.isBlank() || ("mallet".equals(tool) && fields.length < 3)) {
                continue;
            }
            String words = "mallet".equals(tool) ? fields[2] : line;
            // A term that is no generated word (a phrase, if any were found) counts as a miss.
            topics.add(Arrays.stream(words.strip().split("\\s+")).limit(10)
                    .mapToInt(t -> ids.getOrDefault(t, -1)).filter(w -> w >= 0).toArray());
        }
        int[][] top = topics.toArray(int[][]::new);
        System.out.printf(Locale.ROOT, "%d %.4f %d%n", top.length, Npmi.mean(top, docs), truth.recovered(top, 8));
    }
}
