package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ltc.examples.cli.Cli.Run;
import org.ltc.examples.report.HtmlReport;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.privacy.PlantedData;
import org.ltc.model.privacy.RedactionKind;
import org.ltc.model.privacy.RedactionOptions;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.report.CommunityReport;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.knowledge.PublicKnowledgeBuilder;
import org.ltc.theming.knowledge.PublicKnowledgeOptions;

/**
 * Issue 17's leak property: notes with personal data planted in every field a person can read (the text, the
 * conversation's title, the segment values, the participant ids) leave nothing of it in any output file or on
 * stdout/stderr, on the command-line path (import, theme, report, run with its review.csv and share-back.md,
 * check --share-back) and on the library path a host takes (the
 * demo's: redact, theme, public knowledge, HTML).
 */
class PrivacyLeakProperties {
    private static final String[] WORDS = {"buses", "library", "park", "hours", "sidewalks", "trees", "please",
        "more", "open", "later", "safer", "streets", "teens", "room", "quiet", "study", "books", "garden"};
    private static final List<String> IDS = List.of("270-555-0142", "dana_whitfield", "maria.lopez", "078-05-1120",
            "tom-okafor");

    /** A planted town: the items it planted, and its notes as CSV rows. */
    private record Town(List<PlantedData.Item> planted, String csv, ConversationSet set) {
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static PlantedData.Item any(Random r) {
        RedactionKind[] kinds = RedactionKind.values();
        return PlantedData.item(kinds[r.nextInt(kinds.length)], r);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static Town town(long seed, int people) {
        Random r = new Random(seed);
        List<PlantedData.Item> planted = new ArrayList<>();
        StringBuilder csv = new StringBuilder("id,conversation,participant,neighbourhood,text\n");
        List<Note> notes = new ArrayList<>();
        List<Participant> participants = new ArrayList<>();
        List<Conversation> conversations = new ArrayList<>();
        PlantedData.Item title = any(r);
        planted.add(title);
        conversations.add(new Conversation("c0", title.text(), null, null, ConversationFormat.OTHER, null, null, 0,
                null, null));
        for (int p = 0; p < people; p++) {
            String pid = p < IDS.size() && r.nextBoolean() ? IDS.get(p) : "p" + p;
            if (!pid.startsWith("p")) {
                planted.add(new PlantedData.Item(RedactionKind.NAME, pid));
            }
            PlantedData.Item hood = r.nextInt(3) == 0 ? any(r) : null;
            String hoodText = hood == null ? (p % 2 == 0 ? "East End" : "Riverside") : hood.text();
            if (hood != null) {
                planted.add(hood);
            }
            participants.add(new Participant(pid, Map.of("neighbourhood", hoodText), null, null));
            for (int n = 0; n < 2; n++) {
                PlantedData.Item item = any(r);
                planted.add(item);
                String text = words(r, 3) + " " + item.text() + " " + words(r, 4);
                String id = "n" + p + "-" + n;
                csv.append(id).append(',').append(quote(title.text())).append(',').append(pid).append(',')
                        .append(quote(hoodText)).append(',').append(quote(text)).append('\n');
                notes.add(new Note(id, "c0", null, pid, text, 0, 0, 0, List.of(), null, null, null));
            }
        }
        return new Town(planted, csv.toString(), new ConversationSet("town", null, null, conversations, participants,
                notes, List.of(), null, null));
    }

    /** Patterns that find a planted item in output, in its written form or folded (NFKC, no invisible chars). */
    private static List<Pattern> traces(PlantedData.Item item) {
        List<Pattern> out = new ArrayList<>();
        String secret = PlantedData.secret(item);
        out.add(Pattern.compile(Pattern.quote(secret)));
        String folded = fold(secret);
        out.add(Pattern.compile(Pattern.quote(folded), Pattern.CASE_INSENSITIVE));
        String digits = folded.replaceAll("\\D", "");
        if (digits.length() >= 7) {
            StringBuilder re = new StringBuilder();
            for (char c : digits.toCharArray()) {
                re.append(re.length() == 0 ? "" : "\\D{0,3}").append(c);
            }
            out.add(Pattern.compile("(?<!\\d)" + re + "(?!\\d)"));
        }
        if (item.kind() == RedactionKind.NAME) {
            for (String token : folded.split("[^\\p{L}]+")) {
                if (token.length() >= 3) {
                    out.add(Pattern.compile("(?<!\\p{L})" + Pattern.quote(token) + "(?!\\p{L})",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        }
        return out;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.replaceAll("[\\u200b-\\u200f\\u2060\\ufeff]", ""), Normalizer.Form.NFKC)
                .replace('\u2019', '\'');
    }

    private static void assertNoTrace(List<PlantedData.Item> planted, String output) {
        String folded = fold(output);
        for (PlantedData.Item item : planted) {
            for (Pattern p : traces(item)) {
                assertTrue(!p.matcher(output).find() && !p.matcher(folded).find(),
                        () -> item + " survived as /" + p + "/ in:\n" + excerpt(folded, p));
            }
        }
    }

    private static String excerpt(String s, Pattern p) {
        var m = p.matcher(s);
        if (!m.find()) {
            return "";
        }
        return s.substring(Math.max(0, m.start() - 200), Math.min(s.length(), m.end() + 200));
    }

    private static String everything(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                b.append(Files.readString(p)).append('\n');
            }
        }
        return b.toString();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 10)
    void plantedPersonalDataNeverReachesAnOutputOfTheCommandLine(@ForAll long seed,
                                                                 @ForAll @IntRange(min = 6, max = 14) int people)
            throws IOException {
        Town town = town(seed, people);
        Path dir = Files.createTempDirectory("ltc-leak");
        try {
            Path csv = dir.resolve("in/notes.csv");
            Files.createDirectories(csv.getParent());
            Files.writeString(csv, town.csv());
            Path names = dir.resolve("in/names.txt");
            Files.writeString(names, String.join("\n", PlantedData.NAMES) + "\n");
            Path out = dir.resolve("out");
            Path set = out.resolve("set.json");
            List<Run> runs = new ArrayList<>();
            runs.add(Cli.run("import", "--csv", csv.toString(), "--text-column", "text",
                    "--note-id-column", "id", "--conversation-column", "conversation", "--participant-column",
                    "participant", "--segment-column", "neighbourhood", "--redact-names", names.toString(),
                    "--out", set.toString()));
            runs.add(Cli.run("theme", "--input", set.toString(), "--themer", "codebook", "--out",
                    out.toString()));
            runs.add(Cli.run("theme", "--input", set.toString(), "--themer", "codebook", "--format",
                    "terms"));
            runs.add(Cli.run("report", "--input", out.resolve("report.json").toString(), "--out",
                    out.toString()));
            // The CSV straight into theme, with the names given there (P3).
            runs.add(Cli.run("theme", "--csv", csv.toString(), "--text-column", "text",
                    "--note-id-column", "id", "--conversation-column", "conversation", "--participant-column",
                    "participant", "--segment-column", "neighbourhood", "--redact-names", names.toString(),
                    "--themer", "codebook", "--out", dir.resolve("direct").toString()));
            // The whole practice in one command: every document, index.html, share-back.md and review.csv.
            Path capacities = Path.of(PrivacyLeakProperties.class.getResource(
                    "/org/ltc/examples/sample/capacities.csv").getPath());
            runs.add(Cli.run("run", "--csv", csv.toString(), "--text-column", "text",
                    "--note-id-column", "id", "--conversation-column", "conversation", "--participant-column",
                    "participant", "--segment-column", "neighbourhood", "--redact-names", names.toString(),
                    "--themer", "codebook", "--capacities", capacities.toString(), "--out",
                    dir.resolve("run").toString()));
            // And the plan checked on its own, writing its share-back summary.
            Files.createDirectories(dir.resolve("checked"));
            runs.add(Cli.run("check", dir.resolve("run/action-plan.json").toString(), "--knowledge",
                    dir.resolve("run/public-knowledge.json").toString(), "--share-back",
                    dir.resolve("checked/share-back.md").toString()));
            StringBuilder all = new StringBuilder(everything(out)).append(everything(dir.resolve("direct")))
                    .append(everything(dir.resolve("run"))).append(everything(dir.resolve("checked")));
            for (Run r : runs) {
                assertTrue(r.code() == 0 || r.code() == 3, r.err()); // 3: ltc check found concerns in the plan
                all.append(r.out()).append(r.err());
            }
            assertNoTrace(town.planted(), all.toString());
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 10)
    void plantedPersonalDataNeverReachesAnOutputOfTheLibraryPipeline(@ForAll long seed,
                                                                    @ForAll @IntRange(min = 6, max = 14) int people) {
        Town town = town(seed, people);
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        // As the demo does it: redact once, then theme, build public knowledge, write the report.
        ConversationSet set = Redactor.create(RedactionOptions.builder().names(PlantedData.NAMES).build())
                .redact(town.set()).value();
        ThemeSet themes = Themers.discover(getClass().getClassLoader()).get("codebook")
                .theme(new ThemingRequest(set, Map.of(), 1, 1, null, null, null, clock));
        PublicKnowledge pk = new PublicKnowledgeBuilder(PublicKnowledgeOptions.builder().clock(clock).build())
                .build(themes, set);
        CommunityReport report = new CommunityReport("Town", pk, null, null, null, 5, List.of());
        LtcJson json = LtcJson.defaults();
        String all = json.write(set) + json.write(themes) + json.write(pk) + json.write(report)
                + new HtmlReport().render(report);
        assertNoTrace(town.planted(), all);
        assertTrue(all.toLowerCase(Locale.ROOT).contains("[redacted]") || all.contains("["), "redaction tokens show");
    }
}
