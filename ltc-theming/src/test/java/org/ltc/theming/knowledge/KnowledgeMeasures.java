package org.ltc.theming.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;

/**
 * The measures of issue 14 as assertions, shared by the tests on real conversations here and in the examples'
 * end-to-end tests (this module's test jar): what a librarian would publish must hold them on any conversation.
 */
public final class KnowledgeMeasures {
    private KnowledgeMeasures() {
    }

    /**
     * The measure, computed from the raw votes: every themed statement on which two opinion groups (each
     * with at least 5 voters on it) have Laplace-smoothed agree rates 0.3 or more apart is listed as dividing under
     * its theme; listed groups have at least 5 voters and members; common ground is agreed by every group.
     */
    public static void assertEveryDividingStatementListed(ConversationSet set, PublicKnowledge pk) {
        Map<String, String> groupOf = new HashMap<>();
        set.participants().forEach(p -> {
            if (p.opinionGroup() != null) {
                groupOf.put(p.id(), p.opinionGroup());
            }
        });
        Map<String, Map<String, int[]>> byNote = new HashMap<>();
        for (org.ltc.model.conversation.Vote v : set.votes()) {
            String g = groupOf.get(v.participantId());
            if (g != null) {
                int[] t = byNote.computeIfAbsent(v.noteId(), x -> new HashMap<>()).computeIfAbsent(g, x -> new int[2]);
                t[1]++;
                if (v.value() == org.ltc.model.conversation.VoteValue.AGREE) {
                    t[0]++;
                }
            }
        }
        int dividingStatements = 0;
        double gapSum = 0;
        int voted = 0;
        for (Theme t : pk.themes()) {
            Set<String> listed = t.dividing().stream().map(d -> d.noteId()).collect(Collectors.toSet());
            for (var ref : t.evidence()) {
                double lo = 1;
                double hi = 0;
                int judged = 0;
                for (int[] c : byNote.getOrDefault(ref.noteId(), Map.of()).values()) {
                    if (c[1] >= 5) {
                        double r = (c[0] + 1.0) / (c[1] + 2.0);
                        lo = Math.min(lo, r);
                        hi = Math.max(hi, r);
                        judged++;
                    }
                }
                if (judged >= 2) {
                    gapSum += hi - lo;
                    voted++;
                    if (hi - lo >= 0.3) {
                        dividingStatements++;
                        assertTrue(listed.contains(ref.noteId()), ref.noteId() + " divides the groups by " + (hi - lo)
                                + " but is not listed under " + t.label());
                    }
                }
            }
        }
        assertTrue(dividingStatements > 0, "Bowling Green's groups divide on some statements");
        assertTrue(gapSum / voted > 0.1, "mean per-statement gap " + gapSum / voted);
        for (Theme t : pk.themes()) {
            t.dividing().forEach(d -> d.groups().forEach(g -> assertTrue(g.voters() >= 5 && g.members() >= 5, g.toString())));
            t.commonGround().forEach(d -> d.groups().forEach(g -> assertTrue(g.agreeRate() >= 0.6, g.toString())));
        }
    }

    /** No count of people under 5 in a document's JSON (0 stands for "not shown"). */
    public static void assertNoFigureUnderFive(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\"(participants|wrote|agreed|voted|members|voters|writers|authors)\"\\s*:\\s*(\\d+)").matcher(json);
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            assertFalse(n > 0 && n < 5, m.group() + " is a figure about fewer than 5 people");
        }
    }

    /** The story's parts name distinct themes, and "we want" never names a theme the opinion groups divide on. */
    public static void assertStoryTellsEachThemeOnceAndNeverWantsADivision(PublicKnowledge pk) {
        var story = pk.story();
        assertNotNull(story);
        List<String> parts = java.util.stream.Stream.of(story.aspiration(), story.challenge(), story.need())
                .filter(x -> x != null).toList();
        assertEquals(parts.size(), new java.util.HashSet<>(parts).size(), story.text());
        if (story.aspiration() != null) {
            Theme wanted = pk.themes().stream().filter(t -> t.label().equalsIgnoreCase(story.aspiration()))
                    .findFirst().orElseThrow(() -> new AssertionError("no theme named " + story.aspiration()));
            assertFalse(wanted.divides(), "\"we want\" a theme the groups divide on: " + story.text());
        }
        for (Theme t : pk.themes()) {
            if (t.divides() && parts.stream().anyMatch(p -> p.equalsIgnoreCase(t.label()))) {
                assertTrue(story.text().contains("Opinion groups divide"), "the division is said: " + story.text());
            }
        }
    }

    /**
     * Every theme's name is at most 8 words, holds under 80% of the words of every statement, is unique (case
     * aside), and a sub-theme's name is neither its parent's nor holds every word of it.
     */
    public static void assertNamesNameTopics(List<Theme> themes, List<Note> notes) {
        Set<String> seen = new HashSet<>();
        Map<String, Theme> byId = new HashMap<>();
        themes.forEach(t -> byId.put(t.id(), t));
        for (Theme t : themes) {
            assertTrue(t.label().split(" ").length <= 8, t.label());
            assertTrue(seen.add(t.label().toLowerCase(Locale.ROOT)), "two themes named " + t.label());
            Set<String> name = words(t.label());
            for (Note n : notes) {
                Set<String> words = words(n.text());
                long held = words.stream().filter(name::contains).count();
                assertTrue(words.isEmpty() || held < 0.8 * words.size(), "theme " + t.id() + " is named \""
                        + t.label() + "\", " + held + " of the " + words.size() + " words of " + n.id() + ": " + n.text());
            }
            Theme parent = t.parent() == null ? null : byId.get(t.parent());
            if (parent != null) {
                Set<String> parentWords = words(parent.label());
                parentWords.remove("and");
                assertFalse(words(t.label()).containsAll(parentWords),
                        "sub-theme \"" + t.label() + "\" restates its parent \"" + parent.label() + "\"");
            }
        }
    }

    /**
     * Names a reader can tell apart and read: no two siblings (top-level themes, or sub-themes of one parent) name
     * the same facet (the last word of each part between "and" and commas, plural folded, abbreviations of street
     * names as their word); no top-level theme with sub-themes is named plainly ("Other comments": its sub-themes
     * share nothing, so it is no theme); no facet ends in a word shaped like an adjective ("racial ethnic") unless a
     * note uses that word as a noun, after an article.
     */
    public static void assertNamesReadAsDistinctNounPhrases(List<Theme> themes, List<Note> notes) {
        org.ltc.theming.label.KeyPhraseLabeller labeller = new org.ltc.theming.label.KeyPhraseLabeller();
        Map<String, Map<String, String>> headsBySiblings = new HashMap<>();
        StringBuilder all = new StringBuilder(" ");
        notes.forEach(n -> all.append(String.join(" ", n.text().toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+"))).append(" | "));
        for (Theme t : themes) {
            boolean parent = themes.stream().anyMatch(c -> t.id().equals(c.parent()));
            assertFalse(parent && t.parent() == null && labeller.plain(t.label()),
                    t.id() + " has sub-themes but is named plainly: " + t.label());
            if (labeller.plain(t.label())) {
                continue;
            }
            Map<String, String> heads = headsBySiblings.computeIfAbsent(String.valueOf(t.parent()), p -> new HashMap<>());
            for (String facet : t.label().toLowerCase(Locale.ROOT).split(",| and ")) {
                String[] w = facet.strip().split("[^\\p{L}\\p{N}]+");
                String last = w[w.length - 1];
                if (last.matches(".{2,}(al|ic|ive|ous|ful|less|able|ible|ish)")) {
                    assertTrue(all.indexOf(" the " + last + " ") >= 0 || all.indexOf(" a " + last + " ") >= 0
                            || all.indexOf(" an " + last + " ") >= 0, t.id() + " \"" + t.label()
                            + "\" ends a facet in '" + last + "', which no note uses as a noun");
                }
                String head = Map.of("rd", "road", "st", "street", "ave", "avenue", "dr", "drive", "blvd", "boulevard",
                        "hwy", "highway", "ln", "lane").getOrDefault(last, last);
                head = head.length() > 3 && head.endsWith("s") && !head.endsWith("ss")
                        ? head.substring(0, head.length() - 1) : head;
                String other = heads.put(head, t.label());
                assertTrue(other == null || other.equals(t.label()), "siblings \"" + other + "\" and \"" + t.label()
                        + "\" both name '" + head + "'");
            }
        }
    }

    /** No figure about 1 to 4 people in a page a person reads ("3 people", "wrote: 2", "1 person"). */
    public static void assertNoFigureUnderFiveInText(String html) {
        // a tag ends a figure: a tile's number and the next tile's label ("1 | people took part") are not one phrase
        String text = html.replaceAll("<[^>]+>", " | ").replaceAll("&nbsp;|\\s+", " ");
        Matcher m = Pattern.compile("(?<![\\d.,:/-])([1-4]) (people|person|participants?|voters?|writers?|residents?)\\b"
                + "|(wrote|agreed with|voted on|agreed|voted)\\W{0,3}([1-4])(?![\\d.,%])").matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 60);
            throw new AssertionError("a figure about fewer than 5 people: \"" + m.group() + "\" in \""
                    + text.substring(from, Math.min(text.length(), m.end() + 30)) + "\"");
        }
    }

    /** The distinct lower-case words of a text. */
    public static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
