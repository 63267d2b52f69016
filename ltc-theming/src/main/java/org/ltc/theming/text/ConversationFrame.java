package org.ltc.theming.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;

/**
 * What a conversation itself puts into its notes, taken out before notes are compared by meaning: the name of
 * the place it is about ("Bowling Green needs …", "In 2050 BG will …") and, where asked, the opening a note asks
 * with ("We need more …").
 *
 * <p>Why: a sentence-embedding model places two notes by everything they say, so notes that share a frame sit
 * close together whatever they ask for, and clustering then forms a theme of the frame ("Bowling Green needs an
 * ice rink", "Bowling Green needs a fairness ordinance" and "Bowling Green needs better internet" in one theme).
 * In a conversation about a place, the place's name says nothing about the topic; a leading run of function words
 * and request verbs says how a note asks, not what it asks for (though in a set of labelled questions, "how do I"
 * against "why was I" is the meaning, so callers choose). The text shown to people never changes: only the text
 * handed to the embedding model does.
 *
 * <p>The place is found from what frames the whole conversation (the community's name and region, the guide's
 * title, a lone question or conversation title — {@link #subjectTexts}) and kept only where the notes themselves
 * treat it as a proper name: a word of those texts counts when residents write it capitalised in at least
 * {@value #PROPER_SHARE} of its uses away from a sentence's start. So "Improving Bowling Green / Warren County"
 * yields "Bowling Green" and "Warren County" (and their initials "BG", "WC" when written in capitals) but not
 * "improving"; a conversation titled "Parks and recreation" yields nothing, and its notes keep the words that
 * make their topics.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConversationFrame {
    /** The share of a word's uses (away from a sentence's start) written capitalised for it to be a name. */
    static final double PROPER_SHARE = 0.6;

    /** Words that open a request or an opinion and carry no topic, beside each language's stop words. */
    private static final Set<String> FRAME_WORDS = Set.of(
            // English
            "need", "needs", "needed", "want", "wants", "wanted", "like", "love", "wish", "hope", "think", "feel",
            "believe", "please", "more", "better", "less", "fewer", "really", "also", "just", "make", "makes",
            "get", "see", "let", "lets", "would", "could", "should", "must", "might", "can", "will", "shall",
            "ought", "something", "anything", "everything", "lot", "lots", "much", "many", "every", "everyone",
            "someone", "people", "way", "ways", "year", "years", "future", "today", "now", "continue", "keep",
            "start", "stop", "allow", "improve", "increase", "provide", "offer", "add", "bring", "create", "build",
            "develop", "have", "has", "had", "done", "do", "does", "be", "being", "been", "become",
            // Spanish
            "necesita", "necesitan", "necesitamos", "necesito", "queremos", "quiero", "quisiera", "debe", "deben",
            "debería", "deberían", "deberia", "deberian", "más", "mas", "mejor", "mejores", "favor", "hay", "haber",
            "tener", "tenemos", "poder", "podemos", "puede", "pueden", "ojalá", "creo", "pienso", "gustaría");

    /** A word: letters and digits, with an inner apostrophe ("library's", "O'Neil"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private final List<Pattern> places;
    private final List<String> placeNames;

    /** {@code names}: each place name, with whether it matches in any case (a whole name) or only as written. */
    private ConversationFrame(Map<String, Boolean> names) {
        List<String> sorted = new ArrayList<>(names.keySet());
        // longest first, so "Bowling Green" is taken before "Green"
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.placeNames = List.copyOf(sorted);
        List<Pattern> p = new ArrayList<>();
        for (String name : sorted) {
            String body = Pattern.quote(name).replace(" ", "\\E\\s+\\Q");
            // a name may be followed by a possessive
            p.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?:['’]s)?(?![\\p{L}\\p{N}])",
                    names.get(name) ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
        }
        this.places = List.copyOf(p);
    }

    /** No place names: only the leading frame is taken out. */
    public static ConversationFrame none() {
        return new ConversationFrame(Map.of());
    }

    /** The frame of {@code set}, with place names found from its subject texts and the given notes. */
    public static ConversationFrame of(ConversationSet set, List<Note> notes) {
        List<String> texts = new ArrayList<>(notes.size());
        notes.forEach(n -> texts.add(n.text()));
        return of(subjectTexts(set), texts);
    }

    /** The frame for notes {@code texts} of a conversation whose subject is said by {@code subjects}. */
    public static ConversationFrame of(List<String> subjects, List<String> texts) {
        Map<String, int[]> usage = capitalisation(texts);
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (String subject : subjects) {
            if (subject == null) {
                continue;
            }
            // runs of consecutive words the notes write as a name, within one stretch of the subject text
            for (String stretch : subject.split("[/,;:()\\-–—|]+|\\s(?:and|y|&)\\s")) {
                List<String> run = new ArrayList<>();
                Matcher m = WORD.matcher(stretch);
                while (m.find()) {
                    String w = m.group();
                    if (proper(w, usage)) {
                        run.add(w);
                    } else {
                        addRun(run, names);
                        run = new ArrayList<>();
                    }
                }
                addRun(run, names);
            }
        }
        return new ConversationFrame(names);
    }

    /**
     * What frames the whole conversation: the community's name and region, the guide's title, and a question or a
     * conversation title when it is the only one (a Polis prompt and topic). With several, each is about a part.
     */
    public static List<String> subjectTexts(ConversationSet set) {
        List<String> texts = new ArrayList<>();
        if (set.community() != null) {
            texts.add(set.community().name());
            if (set.community().region() != null) {
                texts.add(set.community().region());
            }
        }
        if (set.guide() != null) {
            texts.add(set.guide().title());
            if (set.guide().questions().size() == 1) {
                texts.add(set.guide().questions().get(0).text());
            }
        }
        if (set.conversations().size() == 1 && set.conversations().get(0).title() != null) {
            texts.add(set.conversations().get(0).title());
        }
        return texts;
    }

    /** The place names found, longest first (for provenance and tests). */
    public List<String> placeNames() {
        return placeNames;
    }

    /**
     * {@code text} without the place's names (and their possessive), spaces closed up; the text as written when
     * nothing would be left.
     */
    public String withoutPlace(String text) {
        String s = text;
        for (Pattern p : places) {
            s = p.matcher(s).replaceAll(" ");
        }
        s = s.replaceAll("\\s{2,}", " ").strip();
        return s.isEmpty() ? text : s;
    }

    /**
     * {@code text} without the place's names and without its leading run of function words and request verbs
     * ("Bowling Green needs more", "We would like"): what a note asks for. When nothing would be left, the text
     * without place names.
     */
    public String withoutPlaceOrOpening(String text) {
        String s = withoutPlace(text);
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (!frameWord(w)) {
                return s.substring(m.start()).strip();
            }
        }
        return s;
    }

    private static boolean frameWord(String lower) {
        return FRAME_WORDS.contains(lower) || TextAnalyzer.stopWord(lower) || lower.chars().allMatch(Character::isDigit);
    }

    private static void addRun(List<String> run, Map<String, Boolean> names) {
        if (run.isEmpty()) {
            return;
        }
        // the whole name in any case ("bowling green" is still the place)
        names.put(String.join(" ", run), true);
        if (run.size() >= 2) {
            // its initials and each of its words alone only as written, capitalised ("BG"; "Warren" but not "green")
            StringBuilder initials = new StringBuilder();
            run.forEach(w -> initials.appendCodePoint(Character.toUpperCase(w.codePointAt(0))));
            names.putIfAbsent(initials.toString(), false);
            run.forEach(w -> names.putIfAbsent(capitalised(w), false));
        }
    }

    private static String capitalised(String w) {
        return w.substring(0, Character.charCount(w.codePointAt(0))).toUpperCase(Locale.ROOT)
                + w.substring(Character.charCount(w.codePointAt(0)));
    }

    /** Whether the notes write {@code word} as a name: capitalised in most uses away from a sentence's start. */
    private static boolean proper(String word, Map<String, int[]> usage) {
        if (TextAnalyzer.stopWord(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int[] u = usage.get(word.toLowerCase(Locale.ROOT));
        return u != null && u[1] >= 2 && u[0] >= PROPER_SHARE * u[1];
    }

    /** For each lower-cased word: {capitalised uses, all uses}, counting only words not opening a sentence. */
    private static Map<String, int[]> capitalisation(List<String> texts) {
        Map<String, int[]> usage = new HashMap<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            int last = 0;
            boolean first = true;
            while (m.find()) {
                String between = text.substring(last, m.start());
                boolean opens = first || between.matches("(?s).*[.!?\\n].*");
                first = false;
                last = m.end();
                if (opens) {
                    continue;
                }
                String w = m.group();
                int[] u = usage.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
                u[1]++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    u[0]++;
                }
            }
        }
        return usage;
    }
}
