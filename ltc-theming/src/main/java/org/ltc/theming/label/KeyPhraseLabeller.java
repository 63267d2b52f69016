package org.ltc.theming.label;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.ConfiguredPlugin;
import org.ltc.theming.LabellingRequest;
import org.ltc.theming.NoteEmbeddings;
import org.ltc.theming.ThemeLabeller;
import org.ltc.theming.codebook.Codebook;
import org.ltc.theming.codebook.CodebookMatcher;
import org.ltc.theming.internal.LongIntMap;
import org.ltc.theming.internal.Parallel;
import org.ltc.theming.text.ConversationFrame;
import org.ltc.theming.text.TextAnalysisOptions;
import org.ltc.theming.text.TextAnalyzer;
import org.ltc.theming.text.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names a theme by what several of its notes say, never by one resident's statement.
 *
 * <ol>
 *   <li>When a codebook code matches more than half of a theme's notes (and at least
 *       {@link KeyPhraseOptions#minNotes()}), the theme takes the code's label.</li>
 *   <li>Otherwise its notes are analysed with the project's Lucene chain ({@link TextAnalyzer}) and every run of
 *       one to three adjacent content words is a candidate phrase. A phrase must appear in at least
 *       {@link KeyPhraseOptions#minNotes()} notes and {@link KeyPhraseOptions#minShare()} of the theme's notes,
 *       so a typo, a shouted word or one resident's wording cannot become a name. Candidates are scored by
 *       class-based TF-IDF, {@code tf(t,c) * log(1 + A / f(t))}, with the theme and its siblings as the classes
 *       (Grootendorst, "BERTopic: Neural topic modeling with a class-based TF-IDF procedure", arXiv:2203.05794,
 *       2022); counts are of notes, not words, so a note that repeats a word counts once. The score is
 *       weighted by the phrase's closeness to the theme's centre (and favours phrases of two or three words, mostly
 *       noun phrases; a lone word must be one the conversation uses as a noun, after a determiner): the mean cosine between the theme's centroid
 *       and the notes holding it, on the host's embeddings when every note has one, else on bags of stems.</li>
 *   <li>The best phrase is extended to a longer one most of its notes share ("transit" to "public transit"), and
 *       a second phrase is added by maximal marginal relevance (Carbonell and Goldstein, "The use of MMR,
 *       diversity-based reranking for reordering documents and producing summaries", SIGIR 1998): relevance
 *       against overlap with the first, in notes and in words, so the name covers a second facet rather than
 *       repeating the first ("Sidewalks and bike lanes").</li>
 *   <li>A name's phrases together hold at least a fifth of the theme's notes: a lead held by fewer is joined by
 *       the theme's other main facets (at most three phrases), and a theme whose notes share nothing gets a plain
 *       name that says so ({@link #PLAIN_NAMES}, "Other comments"), never a word a few of its notes happen to hold.</li>
 *   <li>A theme with sub-themes is named by a phrase at least two of them share, else by the pair of the topics of
 *       its two largest sub-themes when those hold at least half of its notes ("Housing and homeless"). A sub-theme's
 *       classes are its siblings and the rest of its parent, so its name says what sets it apart; it never repeats
 *       its parent's name nor every word of it.</li>
 *   <li>A name that holds 80% or more of the words of any note, or equals a note's opening clause, is passed
 *       over: a name names the topic, it does not quote. Names are unique across the set, levels included.</li>
 *   <li>A name reads as distinct noun phrases: its facets are never one word (an abbreviation counts as its word,
 *       {@link #ABBREVIATIONS}: never "Roads and Rd"); a facet after the first is shared by several notes; a head
 *       shaped like an adjective ({@link #ADJECTIVE_SUFFIX}) stands only when the notes use it as a noun; a word for
 *       people in general never names alone; a lone singular noun written mostly after "the" keeps its article
 *       ("The mill"); and siblings never name the same facet (the later, smaller one takes its next best).</li>
 * </ol>
 *
 * <p>What the whole conversation is about never names a theme alone and is down-weighted in phrases: the community's
 * name and region, the guide's title, the question or conversation title when it is the only one (as a Polis
 * prompt and topic are), the initials of those names ("BG" for Bowling Green) and words for a place in general
 * ("city", "town", "county"). The proper name of another place (capitalised words after a preposition of place,
 * "to Carver City") names a theme only when at least half of its notes hold it. A name ends in a noun: its last
 * word must not be used in the notes more often as a verb or an adjective than as a noun, judged by the words
 * around it across the conversation (Brill 1992's contextual cues; the head of a noun phrase after a determiner
 * counts, "my rent went up"). Words keep the case the notes most often write them in away from a sentence's start
 * ("BGPD"), a proper name of several words as written ("Carver City"); a noun the notes also write in the plural
 * is named in the plural ("Streets"). When two themes would share a name, two phrases are joined; never a number.
 *
 * <p>On a large collection the phrases of the sampled notes are read on the request's threads, note by note and
 * theme by theme, and the class totals of c-TF-IDF are counted only for phrases that reach a theme's minimum support
 * (no other phrase is ever scored): the names are the same on any number of threads.
 *
 * <p>Deterministic (no randomness; ties broken by text). Immutable and thread-safe.
 */
public final class KeyPhraseLabeller extends ConfiguredPlugin<KeyPhraseOptions> implements ThemeLabeller {
    /** The labeller's id. */
    public static final String ID = "key-phrases";
    private static final Logger LOG = LoggerFactory.getLogger(KeyPhraseLabeller.class);
    /**
     * The plain names of themes whose notes share no phrase that could name them, in the order they are given: a
     * reader (and the draft story) can tell such a theme from one named by its topic.
     */
    public static final List<String> PLAIN_NAMES = List.of("Other comments", "Further comments",
            "Remaining comments", "Comments on other topics", "Comments not grouped elsewhere",
            "Miscellaneous comments", "Various other comments", "Assorted comments");
    /** Plain names for the last themes that share nothing, once {@link #PLAIN_NAMES} and every topic are used. */
    private static final List<String> LAST_PLAIN_NAMES = List.of("Other remarks", "Further remarks",
            "Remaining remarks", "Assorted remarks", "Various remarks", "Remarks not grouped elsewhere",
            "Single comments", "Separate comments", "Stray comments", "Lone comments", "Isolated comments",
            "Individual remarks", "Unrelated comments", "Unrelated remarks", "Ungrouped comments", "Ungrouped remarks");
    // compiled once: writtenForms runs over every word of every note of every theme
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PLACE_TOKENS = Pattern.compile("[\\s/]+");
    private static final Pattern CLAUSE = Pattern.compile("[.!?;:,\u2014(]");
    private static final double COVERAGE = 0.8;
    /**
     * The least share of a theme's notes its name's phrases must hold together: a word that a few of many notes
     * happen to share says what those few are about, not the theme.
     */
    private static final double COVER = 0.2;
    /**
     * Opening clauses up to this many words are kept for every note (a name may not be one): the most a name holds,
     * counted by white space. A name of more words as {@link #wordList} splits them ("drop-in") has every note's
     * opening read again.
     */
    private static final int OPENING_WORDS = org.ltc.theming.ThemeLabellers.MAX_WORDS;
    /** The most words in a phrase; at most 3, since {@link NotePhrases} keeps a phrase's length in two bits. */
    private static final int MAX_GRAM = 3;
    /**
     * Words of opinion and emphasis that carry no topic ("I think we really need ..."): a phrase may hold them
     * but not start or end with one, as stop words bound key phrases in RAKE and YAKE.
     */
    private static final Set<String> WEAK = Set.of("actually", "also", "bad", "best", "better", "can", "could",
            "definitely", "do", "done", "etc", "get", "getting", "give", "go", "going", "good", "great", "just",
            "keep", "know", "like", "lot", "lots", "love", "make", "making", "many", "may", "maybe", "much", "must",
            "need", "needs", "needed", "new", "please", "really", "see", "seem", "seems", "so", "sure", "take",
            "terrible", "thing", "things", "think", "thought", "try", "use", "used", "very", "want", "wants", "way",
            "ways", "well", "will", "would", "yes", "no", "one", "everyone", "everything", "someone", "something",
            "anyone", "anything", "every", "put", "let", "say", "said", "feel", "believe", "instead", "able",
            "across", "available", "bring", "complete", "especially", "existing", "given", "help", "maintain",
            "rather", "still", "non", "place", "mucho", "muy", "part", "parts", "kind", "kinds", "sort", "bit",
            "side", "sides", "stuff", "anymore", "anyway", "everybody", "nobody", "somebody", "anybody");

    /** Words that open a noun phrase: a word seen right after one is used as a noun somewhere. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "more", "less", "fewer", "our", "their",
            "your", "my", "this", "these", "those", "some", "any", "no", "el", "la", "los", "las", "un", "una", "más");

    /** Subject pronouns, modals and "to": a word right after one is used as a verb ("we need", "to improve"). */
    private static final Set<String> VERB_BEFORE = Set.of("i", "we", "they", "he", "she", "you", "who", "to", "will",
            "would", "can", "could", "should", "must", "might", "not", "don", "didn", "doesn", "won", "cannot",
            "shouldn", "wouldn", "couldn", "t");
    /** Words that follow a verb but rarely a noun: an object or a particle ("went up", "improve the"). */
    private static final Set<String> VERB_AFTER = Set.of("the", "a", "an", "our", "their", "them", "us", "me", "him",
            "her", "it", "this", "these", "those", "up", "down", "out", "away", "off", "back", "into");
    /** Copulas and degree words: a word right after one is used as an adjective ("is expensive", "too busy"). */
    private static final Set<String> ADJECTIVE_BEFORE = Set.of("is", "are", "was", "were", "be", "been", "being",
            "very", "too", "so", "more", "most", "less", "quite", "really", "feel", "feels", "seems", "become");
    /** Verbs and modals after a word: the word is used as a subject, a noun ("rent is", "parking has"). */
    private static final Set<String> NOUN_AFTER = Set.of("is", "are", "was", "were", "has", "have", "had", "should",
            "will", "would", "can", "could", "must", "needs", "costs");

    /** Prepositions of place: a proper noun after one names a place ("to Carver City", "in BG", "on Mill Road"). */
    private static final Set<String> LOCATIVE = Set.of("in", "to", "from", "at", "near", "around", "across",
            "outside", "inside", "throughout", "into", "on", "en");
    /**
     * Nouns that name a settlement or an area in general: in a conversation about one community they say where,
     * not what, like the community's own name ("the city should ...", "our town"). ("Community" is not among them:
     * it qualifies what it names, "community garden", "community center".)
     */
    private static final Set<String> GENERIC_PLACES = Set.of("city", "cities", "town", "towns", "village", "county",
            "counties", "area", "areas", "region", "place", "places", "ciudad", "pueblo");

    /**
     * Nouns for people in general: alone they name no topic, whatever the conversation ("People and BGPD"), as words
     * for a place in general name none; in a phrase they may ("young people", "homeless residents").
     */
    private static final Set<String> GENERIC_PEOPLE = Set.of("people", "person", "persons", "folks", "folk",
            "residents", "resident", "citizens", "citizen", "individuals", "individual", "humans", "gente", "personas");

    /** Function words that end a noun phrase ("parking for seniors", "rent and wages"). */
    private static final Set<String> FUNCTION = Set.of("and", "or", "but", "of", "in", "on", "at", "for", "to",
            "with", "from", "by", "that", "which", "who", "than", "as", "so", "because", "if", "when", "where",
            "like", "about", "near", "after", "before", "y", "de", "en", "con", "para", "que");

    /**
     * The standard English abbreviations of street names and titles (the USPS street suffixes and the common
     * titles): "Rd" is the word "road", so "Roads and Rd" names one facet twice. Used only to tell whether two
     * facets are the same word, never to rewrite a name.
     */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("rd", "road"),
            Map.entry("st", "street"), Map.entry("ave", "avenue"), Map.entry("av", "avenue"), Map.entry("dr", "drive"),
            Map.entry("blvd", "boulevard"), Map.entry("hwy", "highway"), Map.entry("ln", "lane"),
            Map.entry("pkwy", "parkway"), Map.entry("ct", "court"), Map.entry("cir", "circle"),
            Map.entry("sq", "square"), Map.entry("mt", "mount"), Map.entry("ft", "fort"), Map.entry("jr", "junior"),
            Map.entry("sr", "senior"), Map.entry("dept", "department"), Map.entry("govt", "government"),
            Map.entry("gov", "government"), Map.entry("univ", "university"), Map.entry("assn", "association"));
    /**
     * English adjective suffixes ("racial", "ethnic", "active", "dangerous", "affordable"): a phrase ending in a word
     * with one names a quality, not a thing, unless the conversation uses that word as a noun ("the traffic is",
     * "a festival"). A small suffix heuristic, not a tagger (Quirk et al. 1985, appendix I, the adjective suffixes).
     */
    private static final Pattern ADJECTIVE_SUFFIX = Pattern.compile(".{2,}(al|ic|ive|ous|ful|less|able|ible|ish)");

    private final TextAnalysisOptions text;

    public KeyPhraseLabeller() {
        this(KeyPhraseOptions.defaults());
    }

    public KeyPhraseLabeller(KeyPhraseOptions options) {
        super(ID, options);
        this.text = TextAnalysisOptions.defaults();
    }

    @Override
    public String version() {
        return "2";
    }

    /** A name from {@link #PLAIN_NAMES}, or "Other comments on" a phrase few of the notes share. */
    @Override
    public boolean plain(String name) {
        return PLAIN_NAMES.contains(name) || LAST_PLAIN_NAMES.contains(name) || name.startsWith("Other comments on ")
                || name.equals("Comments not grouped elsewhere");
    }

    @Override
    public List<String> label(LabellingRequest request) {
        KeyPhraseOptions opts = options(request.options());
        LabellingRequest.Codes codes = request.codebook() != null ? request.codebook()
                : opts.codebook() ? new CodebookMatcher(Codebook.defaults()) : null;
        return withWork(request, codes, Work::run);
    }

    /** Runs {@code use} on the state of one labelling call, with its own analyser closed afterwards. */
    private <T> T withWork(LabellingRequest request, LabellingRequest.Codes codes,
                           java.util.function.Function<Work, T> use) {
        Map<String, Note> notes = new HashMap<>();
        request.conversations().notes().forEach(n -> notes.put(n.id(), n));
        try (TextAnalyzer analyzer = new TextAnalyzer(text)) {
            return use.apply(new Work(request, options(request.options()), notes, analyzer, codes));
        }
    }

    /**
     * For tests: how the top-level themes of a request are counted as c-TF-IDF classes.
     *
     * @param sizes   each class's notes (the sample each theme is named from)
     * @param support per class, the notes holding each phrase that naming gathered (held by at least minNotes)
     * @param exact   per class, the notes holding each of its phrases, counted plainly
     * @param totals  the total over every class (the rest included) of each phrase that was totalled
     * @param exactTotals the total over every class of every phrase, counted plainly
     * @param options the options the request binds
     */
    record ClassTotals(List<Integer> sizes, List<Map<String, Integer>> support, List<Map<String, Integer>> exact,
                       Map<String, Integer> totals, Map<String, Integer> exactTotals, KeyPhraseOptions options) {
    }

    /**
     * For tests: one note's phrases as naming reads them, in the order first seen: each as its key, its written
     * form and the hash naming counts it by.
     */
    List<List<String>> phrases(LabellingRequest request, String noteId) {
        return described(withWork(request, null, work -> work.extract(noteId)));
    }

    /**
     * For tests: the phrases of these notes, each as {@link #phrases(LabellingRequest, String)} describes it, then its
     * stems' hashes and, for each of its phrases, whether its key ends a phrase in the note; read {@code together}
     * one after another into one {@link Work.Pack} (started small, so it grows on the way), else each into its own.
     */
    List<List<List<String>>> packed(LabellingRequest request, List<String> noteIds, boolean together) {
        return withWork(request, null, work -> {
            List<NotePhrases> read = new ArrayList<>();
            Work.Pack pack = new Work.Pack(1);
            for (String id : noteIds) {
                if (!together) {
                    pack = new Work.Pack(1);
                }
                work.extract(id, pack);
                if (!together) {
                    read.addAll(List.of(pack.finish()));
                }
            }
            if (together) {
                read.addAll(List.of(pack.finish()));
            }
            List<List<List<String>>> out = new ArrayList<>();
            for (NotePhrases p : read) {
                List<List<String>> note = new ArrayList<>(described(p));
                List<String> stems = new ArrayList<>();
                for (int i = 0; i < p.stemCount(); i++) {
                    stems.add(Long.toString(p.stem(i)));
                }
                note.add(stems);
                List<String> ends = new ArrayList<>();
                for (int g = 0; g < p.size(); g++) {
                    ends.add(Boolean.toString(p.endsWith(p.key(g))));
                }
                note.add(ends);
                out.add(note);
            }
            return out;
        });
    }

    /** A note's phrases, each as its key, its written form and the hash naming counts it by. */
    private static List<List<String>> described(NotePhrases p) {
        List<List<String>> out = new ArrayList<>();
        for (int g = 0; g < p.size(); g++) {
            out.add(List.of(p.key(g), p.surface(g), Long.toString(p.hash(g))));
        }
        return out;
    }

    /** For tests: each note's closeness to the centre of these notes, as naming weighs it (see {@code closeness}). */
    Map<String, Double> closeness(LabellingRequest request, List<String> ids) {
        return withWork(request, null, work -> work.closeness(ids));
    }

    /**
     * For tests: what {@code texts} show of how their words are used (noun and other evidence, written forms, places,
     * proper names), read in {@code parts} runs of texts, each apart, then added in order.
     */
    static List<Object> usage(List<String> texts, int parts) {
        Work.Usage all = new Work.Usage();
        for (int p = 0; p < parts; p++) {
            Work.Usage part = new Work.Usage();
            for (int i = p * texts.size() / parts; i < (p + 1) * texts.size() / parts; i++) {
                part.read(texts.get(i));
            }
            all.add(part);
        }
        return List.of(all.nounEvidence, all.otherEvidence, all.written, all.places, all.properNames);
    }

    /** For tests: the classes the top-level themes of a request are named against, counted both ways. */
    ClassTotals classTotals(LabellingRequest request) {
        return withWork(request, request.codebook(), Work::classTotals);
    }

    /**
     * One note's phrases, each once (first written form kept): runs of adjacent tokens, held as spans over the note's
     * stems ({@code terms}) and words as written ({@code surfaces}), {@code start * 4 + length} each, with a 64-bit
     * hash of each key (its stems joined by spaces, as {@link #gramHash}) for counting. A phrase's key and written
     * form are built only when asked for: most phrases of a large collection are held by one or two notes and never
     * scored, and building a string and a map entry for each was most of the naming phase's cost. Also the hashes
     * of the note's distinct stems ({@code stems}, ascending: each stem's {@link #gramHash}, as a one-word key's),
     * and which of its words end a phrase ({@code ends}: not right before a noun). Two sets of strings per note had
     * cost a fifth of naming, and most of its memory per note.
     *
     * <p>A note's arrays are slices of arrays shared by the notes read together ({@link Pack}): its words are
     * {@code [termFrom, termTo)} of {@code terms}, {@code surfaces} and {@code ends}, its phrases {@code [from, to)} of
     * {@code spans} (whose starts index {@code terms} itself) and {@code hashes}, its stems {@code [stemFrom, stemTo)}
     * of {@code stems}. A large collection's notes are kept for the whole naming phase: as six small arrays each
     * (about 2.8 KB a note on the benchmark corpus), the young collection right after they were read copied them
     * one by one (1.6 s of pause at K = 200, 100,000 notes); as a few large arrays per chunk of notes they are copied
     * as blocks or not at all.
     */
    static final class NotePhrases {
        private final String[] terms;
        private final String[] surfaces;
        private final int[] spans;
        private final long[] hashes;
        private final long[] stems;
        private final boolean[] ends;
        private final int termFrom;
        private final int termTo;
        private final int from;
        private final int to;
        private final int stemFrom;
        private final int stemTo;

        /** A note with arrays of its own (spans start at 0). */
        NotePhrases(String[] terms, String[] surfaces, int[] spans, long[] hashes, long[] stems, boolean[] ends) {
            this(terms, surfaces, spans, hashes, stems, ends, 0, terms.length, 0, spans.length, 0, stems.length);
        }

        NotePhrases(String[] terms, String[] surfaces, int[] spans, long[] hashes, long[] stems, boolean[] ends,
                    int termFrom, int termTo, int from, int to, int stemFrom, int stemTo) {
            this.terms = terms;
            this.surfaces = surfaces;
            this.spans = spans;
            this.hashes = hashes;
            this.stems = stems;
            this.ends = ends;
            this.termFrom = termFrom;
            this.termTo = termTo;
            this.from = from;
            this.to = to;
            this.stemFrom = stemFrom;
            this.stemTo = stemTo;
        }

        int size() {
            return to - from;
        }

        /** The {@code g}th phrase's 64-bit hash (see {@link #gramHash}). */
        long hash(int g) {
            return hashes[from + g];
        }

        /** How many distinct stems the note holds. */
        int stemCount() {
            return stemTo - stemFrom;
        }

        /** The {@code i}th of the note's distinct stems' hashes, ascending. */
        long stem(int i) {
            return stems[stemFrom + i];
        }

        /** Whether the note uses this stem other than right before a noun (at the end of a phrase) somewhere. */
        boolean endsWith(String stem) {
            for (int i = termFrom; i < termTo; i++) {
                if (ends[i] && terms[i].equals(stem)) {
                    return true;
                }
            }
            return false;
        }

        /** The phrase's key: its stems joined by spaces. */
        String key(int g) {
            return join(terms, spans[from + g]);
        }

        /** The phrase's words as written, joined by spaces. */
        String surface(int g) {
            return join(surfaces, spans[from + g]);
        }

        /** Whether the phrase's key is {@code key}, without building it. */
        boolean keyIs(int g, String key) {
            return spells(terms, spans[from + g], key);
        }

        /** Whether the phrase's words as written are {@code surface}, without building them. */
        boolean surfaceIs(int g, String surface) {
            return spells(surfaces, spans[from + g], surface);
        }

        /** Whether the words of a span joined by spaces are {@code s}. */
        private static boolean spells(String[] words, int span, String s) {
            int start = span >>> 2;
            int length = span & 3;
            int at = 0;
            for (int i = start; i < start + length; i++) {
                if (i > start) {
                    if (at >= s.length() || s.charAt(at) != ' ') {
                        return false;
                    }
                    at++;
                }
                String t = words[i];
                if (!s.startsWith(t, at)) {
                    return false;
                }
                at += t.length();
            }
            return at == s.length();
        }

        /** Whether two spans over the same stems have the same key. */
        static boolean sameKey(String[] terms, int a, int b) {
            int length = a & 3;
            if (length != (b & 3)) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (!terms[(a >>> 2) + i].equals(terms[(b >>> 2) + i])) {
                    return false;
                }
            }
            return true;
        }

        private static String join(String[] words, int span) {
            int start = span >>> 2;
            int length = span & 3;
            return length == 1 ? words[start] : String.join(" ", java.util.Arrays.asList(words).subList(start,
                    start + length));
        }
    }

    /**
     * The 64-bit hash of a phrase key a {@link NotePhrases} holds: that of {@link Work#idHash}, with
     * {@link Long#MIN_VALUE} moved by one (the counting map's free-slot marker; a shared hash only over-counts, so
     * this stays exact).
     */
    private static long gramHash(String key) {
        return counted(Work.idHash(key));
    }

    private static long counted(long hash) {
        return hash == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : hash;
    }

    /** FNV-1a's offset basis and prime, for hashes built a character at a time. */
    private static final long FNV_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** The SplitMix64 finaliser, which spreads an FNV-1a hash's bits. */
    private static long mix(long fnv) {
        long h = (fnv ^ (fnv >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** One phrase as a class's notes are gathered: its key, the notes holding it (by index), its written forms. */
    static final class Gathered {
        final String key;
        int[] notes = new int[4];
        int holders;
        final List<String> forms = new ArrayList<>(2);
        int[] formCounts = new int[2];

        Gathered(String key) {
            this.key = key;
        }

        /** Note {@code d} holds the phrase as its {@code g}th, written as it writes it. */
        void add(int d, NotePhrases p, int g) {
            if (holders == notes.length) {
                notes = java.util.Arrays.copyOf(notes, 2 * holders);
            }
            notes[holders++] = d;
            for (int f = 0; f < forms.size(); f++) {
                if (p.surfaceIs(g, forms.get(f))) {
                    formCounts[f]++;
                    return;
                }
            }
            if (forms.size() == formCounts.length) {
                formCounts = java.util.Arrays.copyOf(formCounts, 2 * formCounts.length);
            }
            formCounts[forms.size()] = 1;
            forms.add(p.surface(g));
        }
    }

    /**
     * The phrases at least {@code minNotes} of these notes hold, in the order first seen, each with the notes holding
     * it (by index, ascending) and its written forms. Phrases are first counted by their 64-bit hash, without a map
     * entry each; two keys sharing a hash only raise the count, so none is missed. Those counted often enough are
     * then gathered by hash: a phrase's key and written form are built once, at its first note, and each later
     * note's words are checked against them without building them again (most phrases a large class keeps are seen
     * in many notes). A key whose hash an earlier key has is told apart by key.
     */
    static List<Gathered> gather(List<NotePhrases> read, int minNotes) {
        int occurrences = 0;
        for (NotePhrases p : read) {
            occurrences += p.size();
        }
        LongIntMap counts = new LongIntMap(occurrences);
        for (NotePhrases p : read) {
            for (int g = 0; g < p.size(); g++) {
                counts.add(p.hash(g), 1);
            }
        }
        LongIntMap slot = new LongIntMap(1024);
        Map<String, Integer> sharingHash = new HashMap<>();
        List<Gathered> gathered = new ArrayList<>();
        for (int d = 0; d < read.size(); d++) {
            NotePhrases p = read.get(d);
            for (int g = 0; g < p.size(); g++) {
                long h = p.hash(g);
                if (counts.get(h) < minNotes) {
                    continue;
                }
                int j = slot.get(h) - 1;
                if (j < 0) {
                    j = gathered.size();
                    gathered.add(new Gathered(p.key(g)));
                    slot.add(h, j + 1);
                } else if (!p.keyIs(g, gathered.get(j).key)) {
                    String key = p.key(g);
                    Integer k = sharingHash.get(key);
                    if (k == null) {
                        k = gathered.size();
                        gathered.add(new Gathered(key));
                        sharingHash.put(key, k);
                    }
                    j = k;
                }
                gathered.get(j).add(d, p, g);
            }
        }
        gathered.removeIf(e -> e.holders < minNotes);
        return gathered;
    }

    /**
     * What one class (a theme's sampled notes) holds: the notes holding each phrase that at least
     * {@link KeyPhraseOptions#minNotes()} of them hold (ascending ids), its written forms, each note's closeness to
     * the class's centre, and per codebook code how many notes match it ({@code null} without a codebook).
     */
    private record ClassPhrases(Map<String, List<String>> held, Map<String, Map<String, Integer>> surfaces,
                                Map<String, Double> closeness, int[] codeMatches) {
    }

    /**
     * A note's opening clause (its words; {@code null} past {@link #OPENING_WORDS} words) and, for a short note, its
     * distinct words, else {@code null}.
     */
    private record Opening(String opening, Set<String> shortWords) {
    }

    /** Notes per parallel chunk when reading phrases: fixed, so the work split never depends on the threads. */
    private static final int CHUNK = 256;

    /**
     * Distinct note ids in ascending order, read as a set (what a {@code TreeSet} gives, without a tree node per
     * id): a theme's phrases number in the hundreds of thousands on a large collection.
     */
    private static final class SortedIds extends java.util.AbstractSet<String> {
        private final List<String> ids;

        SortedIds(List<String> ascending) {
            this.ids = ascending;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String id && java.util.Collections.binarySearch(ids, id) >= 0;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Collections.unmodifiableList(ids).iterator();
        }

        @Override
        public int size() {
            return ids.size();
        }
    }

    /** The state of one labelling call. */
    private static final class Work {
        final LabellingRequest request;
        final KeyPhraseOptions opts;
        final Map<String, Note> notes;
        final TextAnalyzer analyzer;
        final LabellingRequest.Codes matcher;
        final int threads;
        /** Per note read so far, its phrases; written only between parallel steps, read by them. */
        final Map<String, NotePhrases> phrases = new HashMap<>();
        /**
         * One copy of each stem and written word the notes kept so far use, with its flags ({@link Word}): the
         * phrases of every note of a theme are kept while it is named, and with two strings per word of their own
         * they outweighed the rest of the naming's memory and made each young collection copy them again. Shared by
         * the threads reading notes.
         */
        final java.util.concurrent.ConcurrentHashMap<String, Word> words =
                new java.util.concurrent.ConcurrentHashMap<>(1 << 12);
        /** Distinct words of short notes (only those a short name could cover 80% of), and opening clauses. */
        final List<Set<String>> shortNotes = new ArrayList<>();
        /** Opening clauses of at most {@link #OPENING_WORDS} words: no name of fewer words can be a longer one. */
        final Set<String> openings = new HashSet<>();
        private Set<String> longOpenings;
        /**
         * How the conversation uses its words, read from a sample of its notes, and the places it names (see
         * {@link Usage}; the conversation's own place names and their initials are added to its places).
         */
        final Usage usage;
        /**
         * Stems of what the whole conversation is about (the community, the guide's title, a lone question or
         * conversation title such as a Polis prompt and topic): they never name a theme alone.
         */
        final Set<String> context = new HashSet<>();
        /** Names taken, lower case: unique across the set, so a sub-theme never shares a top-level theme's name. */
        final Set<String> used = new HashSet<>();
        /**
         * The facet heads of the names given so far to the themes being named together (siblings): two siblings
         * never name the same facet ("Rents and kids", "Mill and kids"); the later one takes its next best facet.
         */
        final Set<String> siblingHeads = new HashSet<>();

        Work(LabellingRequest request, KeyPhraseOptions opts, Map<String, Note> notes, TextAnalyzer analyzer,
             LabellingRequest.Codes matcher) {
            this.request = request;
            this.opts = opts;
            this.notes = notes;
            this.analyzer = analyzer;
            this.matcher = matcher;
            this.threads = request.threads();
            // How the conversation uses its words is read from a sample on a large collection (every note of a
            // conversation of ordinary size); which notes are short and how they open is read from every note,
            // since no name may hold most of any statement's words or its opening clause.
            Set<String> evidence = new HashSet<>(sample(new ArrayList<>(notes.keySet()), 10 * opts.sampleNotes()));
            List<Note> every = request.conversations().notes();
            // every note's opening clause and, for a short note, its words: read in fixed chunks on the request's
            // threads, kept in note order
            int chunk = 4 * CHUNK;
            List<List<Opening>> parts = Parallel.map(Parallel.chunks(every.size(), chunk), threads,
                    Cancellation.never(), "naming themes", c -> {
                        List<Opening> out = new ArrayList<>();
                        for (int d = c * chunk; d < Math.min(every.size(), (c + 1) * chunk); d++) {
                            String text = every.get(d).text();
                            out.add(new Opening(opening(text, OPENING_WORDS),
                                    shortWords(text, (int) Math.ceil(8 / COVERAGE))));
                        }
                        return out;
                    });
            for (List<Opening> part : parts) {
                for (Opening o : part) {
                    if (o.opening() != null) {
                        openings.add(o.opening());
                    }
                    if (o.shortWords() != null) {
                        shortNotes.add(o.shortWords());
                    }
                }
            }
            // how the sampled notes use their words: read in fixed chunks on the request's threads, then summed in
            // chunk order (counts, sets and sorted maps: the same on any number of threads)
            List<String> sampled = new ArrayList<>();
            for (Note n : every) {
                if (evidence.contains(n.id())) {
                    sampled.add(n.text());
                }
            }
            List<Usage> read = Parallel.map(Parallel.chunks(sampled.size(), chunk), threads, Cancellation.never(),
                    "naming themes", c -> {
                        Usage u = new Usage();
                        for (int d = c * chunk; d < Math.min(sampled.size(), (c + 1) * chunk); d++) {
                            u.read(sampled.get(d));
                        }
                        return u;
                    });
            usage = new Usage();
            read.forEach(usage::add);
            contextStems(request.conversations());
        }

        /**
         * What a sample of notes shows of how the conversation uses its words: per word, its noun and other
         * evidence and its written forms; the proper names of places and of several words. Read by one thread;
         * parts read apart are {@link #add}ed together, in any order, to the same result (sums, sets and sorted
         * maps).
         */
        static final class Usage {
            /** Per word: how often the notes use it as a noun (+) against as a verb or an adjective (-). */
            final Map<String, Integer> nounEvidence = new HashMap<>();
            final Map<String, Integer> otherEvidence = new HashMap<>();
            /** Per lower-case word: how often each written form appears away from a sentence's start. */
            final Map<String, Map<String, Integer>> written = new HashMap<>();
            /**
             * Proper names of places, lower case ("carver city", "bg"): a run of capitalised words after a
             * preposition of place in the notes, and the community's, region's and conversations' place names and
             * their initials. A place says where, never what: it never leads a name.
             */
            final Set<String> places = new HashSet<>();
            /** Proper names of several words as the notes write them, by their lower-case form ("carver city"). */
            final Map<String, Map<String, Integer>> properNames = new TreeMap<>();

            /** Reads one note's text. */
            void read(String text) {
                for (String clause : CLAUSE.split(text)) {
                    usage(wordList(clause));
                }
                writtenForms(text);
                places(text, true);
            }

            /** Adds what another part read. */
            void add(Usage other) {
                other.nounEvidence.forEach((k, v) -> nounEvidence.merge(k, v, Integer::sum));
                other.otherEvidence.forEach((k, v) -> otherEvidence.merge(k, v, Integer::sum));
                other.written.forEach((k, forms) -> forms.forEach((form, n) -> written
                        .computeIfAbsent(k, x -> new TreeMap<>()).merge(form, n, Integer::sum)));
                places.addAll(other.places);
                other.properNames.forEach((k, forms) -> forms.forEach((form, n) -> properNames
                        .computeIfAbsent(k, x -> new TreeMap<>()).merge(form, n, Integer::sum)));
            }

            /**
             * Counts, per word, the contexts that show it used as a noun or as a verb or adjective: a determiner
             * before it or a verb after it marks a noun; a subject pronoun, modal or "to" before it, or an object or
             * particle after it, marks a verb; a copula or degree word before it marks an adjective. This is the
             * distributional cue of the contextual rules in Brill's tagger (Brill, "A simple rule-based part of
             * speech tagger", ANLP 1992), used as evidence over the whole conversation rather than to tag one
             * sentence.
             */
            private void usage(List<String> all) {
                for (int i = 0; i < all.size(); i++) {
                    String w = all.get(i);
                    String before = i > 0 ? all.get(i - 1) : null;
                    String after = i + 1 < all.size() ? all.get(i + 1) : null;
                    // after a determiner a word is a noun only where the noun phrase ends with it ("the town", not the
                    // modifier in "a small town"): the clause ends, or a function word or verb follows
                    boolean ends = after == null || FUNCTION.contains(after) || NOUN_AFTER.contains(after);
                    if (before != null && DETERMINERS.contains(before) && ends
                            || after != null && NOUN_AFTER.contains(after)) {
                        nounEvidence.merge(base(w), 1, Integer::sum);
                    }
                    if (before != null && (VERB_BEFORE.contains(before) || ADJECTIVE_BEFORE.contains(before)
                            && !DETERMINERS.contains(before)) || after != null && VERB_AFTER.contains(after)) {
                        otherEvidence.merge(base(w), 1, Integer::sum);
                    }
                    if (DETERMINERS.contains(w)) {
                        String head = head(all, i + 1);
                        if (head != null
                                && (i + 1 >= all.size() || !head.equals(all.get(i + 1)) || !ends(all, i + 2))) {
                            nounEvidence.merge(base(head), 1, Integer::sum);
                        }
                    }
                }
            }

            /** Records each word's written form, except a sentence's first word (capitalised there by rule). */
            private void writtenForms(String text) {
                boolean start = true;
                for (String token : SPACES.split(text)) {
                    String bare = bare(token);
                    if (!bare.isEmpty() && !start && oneWord(bare)) {
                        written.computeIfAbsent(bare.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                                .merge(bare, 1, Integer::sum);
                    }
                    if (!bare.isEmpty()) {
                        char last = token.charAt(token.length() - 1);
                        start = last == '.' || last == '!' || last == '?';
                    }
                }
            }

            /**
             * Records the proper names of places in a text: runs of capitalised words (a sentence's first word only
             * when the run goes on, "Bowling Green needs"), after a preposition of place when
             * {@code afterPreposition}.
             */
            private void places(String text, boolean afterPreposition) {
                for (String clause : CLAUSE.split(text)) {
                    String[] tokens = PLACE_TOKENS.split(clause.strip());
                    String[] bares = new String[tokens.length];
                    for (int i = 0; i < tokens.length; i++) {
                        bares[i] = bare(tokens[i]);
                    }
                    String before = null;
                    for (int i = 0; i < tokens.length; i++) {
                        String bare = bares[i];
                        int j = i;
                        List<String> run = new ArrayList<>();
                        while (j < tokens.length) {
                            String b = bares[j];
                            if (b.isEmpty() || !Character.isUpperCase(b.charAt(0)) || !oneWord(b)) {
                                break;
                            }
                            run.add(b.toLowerCase(Locale.ROOT));
                            j++;
                        }
                        boolean first = i == 0;
                        if (run.size() > 1 && afterPreposition) {
                            StringBuilder as = new StringBuilder();
                            for (int k = i; k < j; k++) {
                                as.append(k > i ? " " : "")
                                        .append(bares[k]);
                            }
                            properNames.computeIfAbsent(String.join(" ", run), x -> new TreeMap<>())
                                    .merge(as.toString(), 1, Integer::sum);
                        }
                        if (!run.isEmpty() && (!first || run.size() > 1) && (!afterPreposition
                                || before != null && LOCATIVE.contains(before))) {
                            // a lone capitalised function word ("The", "A") is no name
                            List<String> kept = run.stream()
                                    .filter(w -> !FUNCTION.contains(w) && !DETERMINERS.contains(w))
                                    .toList();
                            if (!kept.isEmpty()) {
                                places.add(String.join(" ", kept));
                            }
                        }
                        if (j > i) {
                            before = run.get(run.size() - 1);
                            i = j - 1;
                        } else {
                            before = bare.toLowerCase(Locale.ROOT);
                        }
                    }
                }
            }
        }

        /**
         * The head of the noun phrase that starts at {@code from}, after a determiner: the last of at most three
         * words before the phrase ends (a function word, a verb such as "is" or "should", or the clause's end); when
         * it ends at an object or particle ("went up"), the word before that is the verb and the head precedes it
         * ("my rent went up"); {@code null} when no end is seen within three words.
         */
        private static String head(List<String> all, int from) {
            for (int j = from; j <= from + 3 && j <= all.size(); j++) {
                if (j == all.size() || FUNCTION.contains(all.get(j)) || NOUN_AFTER.contains(all.get(j))
                        || DETERMINERS.contains(all.get(j)) && j > from) {
                    return j > from ? all.get(j - 1) : null;
                }
                if (VERB_AFTER.contains(all.get(j)) && j > from + 1) {
                    return all.get(j - 2);
                }
            }
            return null;
        }

        /** Whether a noun phrase ends at {@code j}: the clause ends, or a function word or verb follows. */
        private static boolean ends(List<String> all, int j) {
            return j >= all.size() || FUNCTION.contains(all.get(j)) || NOUN_AFTER.contains(all.get(j));
        }

        /**
         * A token without the punctuation at its ends (letters and numbers kept), by hand: it runs
         * on every word of every note, where a regular expression per word cost more than the rest of the naming.
         */
        private static String bare(String token) {
            int from = 0;
            int to = token.length();
            while (from < to && !letterOrNumber(token.codePointAt(from))) {
                from += Character.charCount(token.codePointAt(from));
            }
            while (to > from && !letterOrNumber(token.codePointBefore(to))) {
                to -= Character.charCount(token.codePointBefore(to));
            }
            return token.substring(from, to);
        }

        /** {@code \p{L}} or {@code \p{N}}, as the patterns of this class read them. */
        private static boolean letterOrNumber(int cp) {
            int type = Character.getType(cp);
            return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        }

        /** Whether a phrase, as written in the notes, is the proper name of a place or a part of one. */
        private boolean place(String surface) {
            String lower = surface.toLowerCase(Locale.ROOT);
            for (String p : usage.places) {
                if ((" " + p + " ").contains(" " + lower + " ")
                        && (surface.equals(cased(surface)) && !cased(surface).equals(lower) || p.equals(lower))) {
                    return true;
                }
            }
            return false;
        }

        private void contextStems(org.ltc.model.conversation.ConversationSet set) {
            // Only what frames the whole conversation is its subject (one definition, shared with what the semantic
            // themer leaves out of the text it compares): a question on what the library could offer, or a
            // conversation held at the library, is about a part; where one was held is not what it was about.
            List<String> texts = ConversationFrame.subjectTexts(set);
            List<String> where = new ArrayList<>(texts);
            set.conversations().forEach(c -> {
                if (c.place() != null) {
                    where.add(c.place());
                }
            });
            for (String t : where) {
                usage.places(t, false);
            }
            // the initials of a place's name stand for it ("BG" for Bowling Green)
            for (String place : new ArrayList<>(usage.places)) {
                String[] w = place.split(" ");
                for (int a = 0; a < w.length; a++) {
                    StringBuilder initials = new StringBuilder();
                    for (int b = a; b < w.length && b < a + 4; b++) {
                        initials.append(w[b].charAt(0));
                        if (b > a) {
                            usage.places.add(initials.toString());
                            texts.add(initials.toString());
                        }
                    }
                }
            }
            texts.addAll(GENERIC_PLACES);
            for (String t : texts) {
                analyzer.tokens(t, null).forEach(tok -> context.add(tok.term()));
            }
        }

        /** Whether every word of a phrase (by stem key) is a word of what the whole conversation is about. */
        private boolean allContext(String key) {
            return context.containsAll(wordsIn(key));
        }

        /** The share of a phrase's words (by stem key) that are not words of the conversation's own subject. */
        private double ownShare(String key) {
            Set<String> w = wordsIn(key);
            return (double) w.stream().filter(x -> !context.contains(x)).count() / w.size();
        }

        /**
         * Whether a phrase ends in a noun: its last word (as written) is never used in the notes only as a verb or
         * an adjective, i.e. shows at least as much noun evidence as other evidence ("rent went" does not).
         */
        private boolean nounFinal(String surface) {
            String[] w = surface.split(" ");
            String last = w[w.length - 1];
            int noun = usage.nounEvidence.getOrDefault(base(last), 0);
            // a word shaped like an adjective ("racial ethnic") heads a name only when the notes use it as a noun
            if (noun == 0 && ADJECTIVE_SUFFIX.matcher(last.toLowerCase(Locale.ROOT)).matches()) {
                return false;
            }
            return noun >= usage.otherEvidence.getOrDefault(base(last), 0);
        }

        /** Whether the notes use a word as a noun at least as often as otherwise, and at least once. */
        private boolean noun(String word) {
            String b = base(word.toLowerCase(Locale.ROOT));
            int n = usage.nounEvidence.getOrDefault(b, 0);
            return n > 0 && n >= usage.otherEvidence.getOrDefault(b, 0);
        }

        private static boolean upper(String w) {
            return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        }

        /** A phrase in the notes' commonest written case per word ("BGPD", "Warren County"), else lower case. */
        private String cased(String phrase) {
            String[] all = phrase.split(" ");
            String lower = " " + phrase.toLowerCase(Locale.ROOT) + " ";
            for (Map.Entry<String, Map<String, Integer>> e : usage.properNames.entrySet()) {
                int at = lower.indexOf(" " + e.getKey() + " ");
                if (at >= 0) {
                    String form = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                            .getKey();
                    String[] f = form.split(" ");
                    int start = lower.substring(0, at + 1).trim().isEmpty() ? 0
                            : lower.substring(1, at + 1).trim().split(" ").length;
                    for (int k = 0; k < f.length && start + k < all.length; k++) {
                        all[start + k] = f[k];
                    }
                }
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < all.length; i++) {
                String w = all[i];
                String form = w;
                // a proper name of several words keeps its case as written ("White Squirrel", "Carver City")
                if (upper(w) && (i > 0 && upper(all[i - 1]) || i + 1 < all.length && upper(all[i + 1]))) {
                    out.append(out.length() > 0 ? " " : "").append(w);
                    continue;
                }
                Map<String, Integer> forms = usage.written.get(w.toLowerCase(Locale.ROOT));
                if (forms != null) {
                    int most = 0;
                    for (Map.Entry<String, Integer> e : forms.entrySet()) {
                        if (e.getValue() > most) {
                            most = e.getValue();
                            form = e.getKey();
                        }
                    }
                    // only acronyms and proper nouns keep their case; a common word's stray capital does not
                    if (form.equals(form.toLowerCase(Locale.ROOT))) {
                        form = w;
                    }
                }
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(form);
            }
            return out.toString();
        }

        List<String> run() {
            List<Theme> themes = request.themes();
            Map<String, String> names = new HashMap<>();
            Map<String, Theme> byId = new HashMap<>();
            themes.forEach(t -> byId.put(t.id(), t));
            // Parents before children: a child's name must differ from its parent's, so the parent names first.
            List<String> pending = new ArrayList<>(themes.stream().map(Theme::id).toList());
            while (!pending.isEmpty()) {
                Map<String, List<Theme>> siblings = new TreeMap<>();
                for (String id : pending) {
                    String parent = request.parents().get(id);
                    if (parent == null || names.containsKey(parent)) {
                        siblings.computeIfAbsent(parent == null ? "" : parent, p -> new ArrayList<>()).add(byId.get(id));
                    }
                }
                if (siblings.isEmpty()) {
                    // a cycle of parents: name the rest as top-level themes
                    pending.forEach(id -> siblings.computeIfAbsent("", p -> new ArrayList<>()).add(byId.get(id)));
                }
                for (Map.Entry<String, List<Theme>> e : siblings.entrySet()) {
                    Theme parent = e.getKey().isEmpty() ? null : byId.get(e.getKey());
                    nameSiblings(e.getValue(), parent, names);
                    e.getValue().forEach(t -> pending.remove(t.id()));
                }
            }
            return themes.stream().map(t -> names.get(t.id())).toList();
        }

        /** Names themes that share a parent (or none), with each other and the rest of the parent as classes. */
        private void nameSiblings(List<Theme> siblings, Theme parent, Map<String, String> names) {
            Siblings read = siblings(siblings, parent);
            List<List<String>> full = read.full();
            List<List<String>> classes = read.classes();
            Classes cl = read.cl();
            String parentName = parent == null ? null : names.get(parent.id());
            // Larger themes choose first, so the widest topic gets the plainest name.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < siblings.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> full.get(a).size() != full.get(b).size()
                    ? Integer.compare(full.get(b).size(), full.get(a).size())
                    : siblings.get(a).id().compareTo(siblings.get(b).id()));
            siblingHeads.clear();
            for (int i : order) {
                // sub-themes are read within the sample of their parent's notes
                Set<String> inSample = new HashSet<>(classes.get(i));
                List<List<String>> children = new ArrayList<>();
                for (List<String> child : children(siblings.get(i))) {
                    children.add(inSample.size() == full.get(i).size() ? child
                            : child.stream().filter(inSample::contains).toList());
                }
                String name = name(siblings.get(i), classes.get(i), cl, parentName, children);
                used.add(name.toLowerCase(Locale.ROOT));
                if (!PLAIN_NAMES.contains(name)) {
                    siblingHeads.addAll(heads(name));
                }
                names.put(siblings.get(i).id(), name);
            }
        }

        /** Reads themes named together: each one's usable notes, the sample it is named from, and their classes. */
        private Siblings siblings(List<Theme> siblings, Theme parent) {
            List<List<String>> full = new ArrayList<>();
            Set<String> inSiblings = new HashSet<>();
            for (Theme t : siblings) {
                full.add(usable(t.evidence().stream().map(NoteRef::noteId).toList()));
                inSiblings.addAll(full.get(full.size() - 1));
            }
            Collection<String> universe = parent == null
                    ? request.conversations().notes().stream().map(Note::id).toList()
                    : parent.evidence().stream().map(NoteRef::noteId).toList();
            // A large theme is named from a sample of its notes, and the notes in none of these themes from a
            // sample too, so naming costs the same for a theme of 2,000 notes as of 200,000.
            List<List<String>> classes = new ArrayList<>();
            List<String> sampled = new ArrayList<>(sample(usable(universe.stream()
                    .filter(id -> !inSiblings.contains(id)).toList()), opts.sampleNotes()));
            for (List<String> c : full) {
                classes.add(sample(c, opts.sampleNotes()));
                sampled.addAll(classes.get(classes.size() - 1));
            }
            return new Siblings(full, classes, classes(classes, sampled));
        }

        /** Themes named together: each one's usable notes, the sample each is named from, and their classes. */
        private record Siblings(List<List<String>> full, List<List<String>> classes, Classes cl) {
        }

        /**
         * For tests: the classes of the top-level themes as naming reads them (see {@link ClassTotals}), with
         * exact counts made the plain way beside them.
         */
        ClassTotals classTotals() {
            List<Theme> top = request.themes().stream().filter(t -> !request.parents().containsKey(t.id())).toList();
            Classes cl = siblings(top, null).cl();
            List<Integer> sizes = new ArrayList<>();
            List<Map<String, Integer>> support = new ArrayList<>();
            List<Map<String, Integer>> exact = new ArrayList<>();
            for (int i = 0; i < cl.lists.size(); i++) {
                sizes.add(cl.lists.get(i).size());
                Map<String, Integer> held = new HashMap<>();
                cl.held.get(i).held().forEach((k, v) -> held.put(k, v.size()));
                support.add(held);
                exact.add(plainCounts(List.of(cl.lists.get(i))));
            }
            Map<String, Integer> totals = new HashMap<>();
            cl.candidates.forEach((k, j) -> totals.put(k, cl.totals[j]));
            return new ClassTotals(sizes, support, exact, totals, plainCounts(cl.all), opts);
        }

        /** How many notes of these lists hold each phrase, counted the plain way: a map entry per phrase. */
        private Map<String, Integer> plainCounts(List<List<String>> lists) {
            Map<String, Integer> out = new HashMap<>();
            for (List<String> ids : lists) {
                for (String id : ids) {
                    NotePhrases p = phrases(id);
                    for (int g = 0; g < p.size(); g++) {
                        out.merge(p.key(g), 1, Integer::sum);
                    }
                }
            }
            return out;
        }

        /**
         * At most {@code max} of these notes: those whose ids hash lowest (a bottom-k sample, Cohen and Kaplan,
         * "Summarizing data using bottom-k sketches", PODC 2007), in their given order. The same notes are drawn on
         * every run and whatever order the ids come in, and a theme's sample is the same however it is reached.
         * Topic representations are taken from a sample of each topic's documents in the same way in BERTopic
         * (Grootendorst 2022, its KeyBERT-inspired representation).
         */
        private static List<String> sample(List<String> ids, int max) {
            if (ids.size() <= max) {
                return ids;
            }
            long[] keys = new long[ids.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = idHash(ids.get(i));
            }
            long[] sorted = keys.clone();
            java.util.Arrays.sort(sorted);
            long threshold = sorted[max - 1];
            // distinct ids hashing alike at the cut are taken by id, so the order they come in never matters
            List<String> ties = new ArrayList<>();
            int below = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] < threshold) {
                    below++;
                } else if (keys[i] == threshold) {
                    ties.add(ids.get(i));
                }
            }
            ties.sort(null);
            Set<String> tiesTaken = new HashSet<>(ties.subList(0, max - below));
            List<String> out = new ArrayList<>(max);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] < threshold || keys[i] == threshold && tiesTaken.contains(ids.get(i))) {
                    out.add(ids.get(i));
                }
            }
            return out;
        }

        /** A 64-bit hash of an id: FNV-1a over its characters, then the SplitMix64 finaliser to spread the bits. */
        static long idHash(String id) {
            return mix(fnv(id));
        }

        /** FNV-1a over a string's characters, before {@link #mix}. */
        static long fnv(String s) {
            long h = FNV_BASIS;
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * FNV_PRIME;
            }
            return h;
        }

        /** The usable notes of each sub-theme of a theme, largest first (empty for a theme without any). */
        private List<List<String>> children(Theme theme) {
            List<List<String>> out = new ArrayList<>();
            for (Theme t : request.themes()) {
                if (theme.id().equals(request.parents().get(t.id()))) {
                    out.add(usable(t.evidence().stream().map(NoteRef::noteId).toList()));
                }
            }
            out.sort((a, b) -> Integer.compare(b.size(), a.size()));
            return out;
        }

        /**
         * The classes of class-based TF-IDF: what each class holds, and the note count over every class (the rest
         * included) of each phrase that reaches some class's minimum support; the mean class size.
         */
        private final class Classes {
            final List<List<String>> lists;
            final List<ClassPhrases> held;
            final List<List<String>> all;
            final Map<String, Integer> candidates;
            final int[] totals;
            final double meanClass;
            /** Totals asked for a phrase no class supports (none in this class's own use), counted once on demand. */
            final Map<String, Integer> more = new HashMap<>();

            Classes(List<List<String>> lists, List<ClassPhrases> held, List<List<String>> all,
                    Map<String, Integer> candidates, int[] totals, double meanClass) {
                this.lists = lists;
                this.held = held;
                this.all = all;
                this.candidates = candidates;
                this.totals = totals;
                this.meanClass = meanClass;
            }

            double meanClass() {
                return meanClass;
            }

            /** What a class holds: one of these classes, or any other list of notes read now. */
            ClassPhrases of(List<String> ids) {
                for (int i = 0; i < lists.size(); i++) {
                    if (lists.get(i) == ids) {
                        return held.get(i);
                    }
                }
                return classPhrases(ids);
            }

            /** How many notes of all the classes hold a phrase, or {@code orElse} when none does. */
            int total(String key, int orElse) {
                Integer j = candidates.get(key);
                if (j != null) {
                    return totals[j];
                }
                int n = more.computeIfAbsent(key, k -> {
                    int count = 0;
                    for (List<String> c : all) {
                        for (String id : c) {
                            NotePhrases p = phrases(id);
                            for (int g = 0; g < p.size(); g++) {
                                if (p.keyIs(g, k)) {
                                    count++;
                                }
                            }
                        }
                    }
                    return count;
                });
                return n == 0 ? orElse : n;
            }
        }

        /** The least number of a class's notes a phrase must be held by to be scored (see {@link #rank}). */
        private int minSupport(int classSize) {
            return Math.max(opts.minNotes(), (int) Math.ceil(opts.minShare() * classSize));
        }

        /**
         * The classes for some themes, with the notes of {@code universe} in none of them as one more class. Each
         * class is read on its own (on the request's threads); a phrase's total over the classes is counted only when
         * some class holds it in at least its minimum support, since only such a phrase is ever scored: the millions
         * of phrases a large collection holds once or twice are never looked up.
         */
        private Classes classes(List<List<String>> classes, Collection<String> universe) {
            Set<String> inClasses = new HashSet<>();
            classes.forEach(inClasses::addAll);
            List<String> rest = usable(universe.stream().filter(id -> !inClasses.contains(id)).toList());
            List<List<String>> all = new ArrayList<>();
            int noteCount = 0;
            for (List<String> c : classes) {
                if (!c.isEmpty()) {
                    all.add(c);
                    noteCount += c.size();
                }
            }
            if (!rest.isEmpty()) {
                all.add(rest);
                noteCount += rest.size();
            }
            List<String> read = new ArrayList<>();
            all.forEach(read::addAll);
            prepare(read);
            List<ClassPhrases> held = Parallel.map(classes.size(), threads, Cancellation.never(), "naming themes",
                    i -> classPhrases(classes.get(i)));
            // Class-based TF-IDF: f(t) counts notes over every class; A is the mean class size.
            Map<String, Integer> candidates = new HashMap<>();
            for (int i = 0; i < classes.size(); i++) {
                int min = minSupport(classes.get(i).size());
                held.get(i).held().forEach((k, v) -> {
                    if (v.size() >= min) {
                        candidates.putIfAbsent(k, candidates.size());
                    }
                });
            }
            // Each note's phrases are looked up by hash (candidate index + 1), and a hit is checked against the
            // candidate's key; two candidates sharing a hash (-1) are told apart by key.
            String[] keys = new String[candidates.size()];
            candidates.forEach((k, j) -> keys[j] = k);
            LongIntMap byHash = new LongIntMap(2 * keys.length + 16);
            for (int j = 0; j < keys.length; j++) {
                long h = gramHash(keys[j]);
                byHash.add(h, byHash.get(h) == 0 ? j + 1 : -1 - byHash.get(h));
            }
            // integer counts per fixed chunk, summed: the same on any number of threads
            List<int[]> parts = Parallel.map(Parallel.chunks(read.size(), 4 * CHUNK), threads, Cancellation.never(),
                    "naming themes", c -> {
                        int[] part = new int[keys.length];
                        for (int d = c * 4 * CHUNK; d < Math.min(read.size(), (c + 1) * 4 * CHUNK); d++) {
                            NotePhrases p = phrases(read.get(d));
                            for (int g = 0; g < p.size(); g++) {
                                int j = byHash.get(p.hash(g));
                                if (j > 0 && p.keyIs(g, keys[j - 1])) {
                                    part[j - 1]++;
                                } else if (j < 0) {
                                    Integer k = candidates.get(p.key(g));
                                    if (k != null) {
                                        part[k]++;
                                    }
                                }
                            }
                        }
                        return part;
                    });
            int[] totals = new int[candidates.size()];
            for (int[] part : parts) {
                for (int j = 0; j < totals.length; j++) {
                    totals[j] += part[j];
                }
            }
            return new Classes(classes, held, all, candidates, totals,
                    all.isEmpty() ? 1 : (double) noteCount / all.size());
        }

        /**
         * What one class holds (see {@link ClassPhrases}): the phrases {@link #gather} finds, with their notes by
         * id. Reads notes already {@link #prepare prepared}; safe on several threads at once.
         */
        private ClassPhrases classPhrases(List<String> ids) {
            // the notes in id order, so each phrase's holders come out as a sorted list
            List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
            List<NotePhrases> read = new ArrayList<>(sorted.size());
            for (String id : sorted) {
                read.add(phrases(id));
            }
            List<Gathered> gathered = gather(read, opts.minNotes());
            Map<String, List<String>> held = new HashMap<>();
            Map<String, Map<String, Integer>> surfaces = new HashMap<>();
            for (Gathered e : gathered) {
                List<String> holders = new ArrayList<>(e.holders);
                for (int i = 0; i < e.holders; i++) {
                    holders.add(sorted.get(e.notes[i]));
                }
                held.put(e.key, holders);
                Map<String, Integer> forms = new HashMap<>(4);
                for (int f = 0; f < e.forms.size(); f++) {
                    forms.put(e.forms.get(f), e.formCounts[f]);
                }
                surfaces.put(e.key, forms);
            }
            int[] codeMatches = null;
            if (matcher != null && !ids.isEmpty()) {
                codeMatches = new int[matcher.labels().size()];
                int most = 0;
                for (int d = 0; d < ids.size(); d++) {
                    // a code names the theme only when more than half of its notes match it (see codeName): once
                    // none can get there with the notes left, the counts cannot change the name and matching stops
                    if (2L * (most + ids.size() - d) <= ids.size()) {
                        break;
                    }
                    Note n = notes.get(ids.get(d));
                    int[] scores = matcher.scores(n.text(), n.language());
                    for (int k = 0; k < scores.length; k++) {
                        if (scores[k] > 0) {
                            most = Math.max(most, ++codeMatches[k]);
                        }
                    }
                }
            }
            return new ClassPhrases(held, surfaces, closeness(ids), codeMatches);
        }

        /** A theme's candidate phrases, most relevant first, with the notes holding each and its written forms. */
        private record Ranking(List<String> ranked, Map<String, Double> relevance, Map<String, Set<String>> holders,
                               Map<String, Map<String, Integer>> surfaces, int minSupport) {
        }

        private String name(Theme theme, List<String> ids, Classes cl, String parentName, List<List<String>> children) {
            String code = codeName(theme, ids, cl.of(ids).codeMatches());
            // When the themer coded with this codebook, the code's label is its theme by construction and only
            // uniqueness applies; otherwise it must, like any name, not hold most of a short statement's words.
            // a code names a facet a sibling already names ("Parks, recreation ..." beside "Arts and parks"): the
            // theme is named by its own phrases instead
            if (code != null && Collections.disjoint(heads(code), siblingHeads)
                    && (request.codebook() != null ? free(code, parentName) : acceptable(code, parentName))) {
                return code;
            }
            Ranking r = rank(theme, ids, cl);
            if (children.size() > 1) {
                // A theme with sub-themes is named by what they share, a phrase several of them hold ...
                List<String> shared = r.ranked().stream().filter(k -> spread(r.holders().get(k), children) >= 2)
                        .toList();
                String name = compose(r, shared, ids, parentName);
                if (name != null) {
                    return name;
                }
                // ... or, when two of them hold most of its notes, by the pair of their own topics
                name = pair(ids, children, parentName);
                if (name != null) {
                    return name;
                }
            }
            String name = compose(r, r.ranked(), ids, parentName);
            if (name == null) {
                name = joined(r, ids, parentName);
            }
            return name != null ? name : fallback(parentName, r);
        }

        /** How many of the sub-themes hold a phrase in at least two notes and a tenth of their notes. */
        private int spread(Set<String> holders, List<List<String>> children) {
            int n = 0;
            for (List<String> child : children) {
                long held = child.stream().filter(holders::contains).count();
                if (held >= Math.max(opts.minNotes(), 0.1 * child.size())) {
                    n++;
                }
            }
            return n;
        }

        /**
         * "A and B" from the leading phrases of a theme's two largest sub-themes, each ranked against the others,
         * when those two hold at least half of the theme's notes; {@code null} otherwise.
         */
        private String pair(List<String> ids, List<List<String>> children, String parentName) {
            if (children.get(0).size() + children.get(1).size() < 0.5 * ids.size()) {
                return null;
            }
            Classes cl = classes(children, ids);
            List<String> leads = new ArrayList<>();
            List<Map<String, Map<String, Integer>>> forms = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                Ranking r = rank(null, children.get(c), cl);
                String lead = null;
                // each child's best topic that no sibling of the parent names yet and the other lead does not repeat
                for (String k : r.ranked()) {
                    if (r.holders().get(k).size() >= COVER * children.get(c).size()) {
                        String extended = extend(k, r.holders(), r.relevance());
                        if (headFree(extended) && (c == 0 || !sameWord(extended, leads.get(0)))) {
                            lead = extended;
                            break;
                        }
                    }
                }
                if (lead == null) {
                    return null;
                }
                leads.add(lead);
                forms.add(r.surfaces());
            }
            if (sameWord(leads.get(0), leads.get(1))) {
                return null;
            }
            String both = surface(leads.get(0), forms.get(0)) + " and " + surface(leads.get(1), forms.get(1));
            String name = capitalise(cased(both));
            return both.split(" ").length <= opts.maxWords() && acceptable(name, parentName) ? name : null;
        }

        /**
         * The name made of the best of these candidates: a lead phrase held by at least {@link #COVER} of the notes,
         * with a second facet when enough notes carry one; a lead held by fewer is joined by further facets (at
         * most three phrases) until together they hold that share, else passed over. {@code null} when none fits.
         */
        private String compose(Ranking r, List<String> candidates, List<String> ids, String parentName) {
            Map<String, Set<String>> holders = r.holders();
            Map<String, Map<String, Integer>> surfaces = r.surfaces();
            double cover = COVER * ids.size();
            for (String first : candidates) {
                String lead = extend(first, holders, r.relevance());
                if (holders.get(first).size() < cover || !placeFits(lead, r, ids)) {
                    continue;
                }
                if (holders.get(lead).size() < cover) {
                    lead = first;
                }
                if (!headFree(lead)) {
                    continue; // a sibling already names this facet: the next best distinct one
                }
                String leadWords = surface(lead, surfaces);
                // a second facet only where enough notes carry it to be more than one resident's aside
                String second = second(List.of(lead), r.ranked(), holders, r.relevance(),
                        Math.max(r.minSupport() + 1, (int) Math.ceil(0.15 * ids.size())));
                if (second != null && placeFits(second, r, ids)) {
                    String both = leadWords + " and " + surface(second, surfaces);
                    String name = capitalise(cased(both));
                    if (both.split(" ").length <= opts.maxWords() && acceptable(name, parentName)) {
                        return name;
                    }
                }
                String name = capitalise(cased(leadWords));
                String definite = definite(cased(leadWords), ids);
                if (definite != null && acceptable(definite, parentName)) {
                    return definite;
                }
                if (leadWords.split(" ").length <= opts.maxWords() && acceptable(name, parentName)) {
                    return name;
                }
            }
            // no phrase alone says what enough of the notes are about: name the theme's main facets together
            for (String first : candidates) {
                if (!placeFits(first, r, ids) || !headFree(first) || holders.get(first).size() < strong(r, ids)) {
                    continue;
                }
                List<String> facets = new ArrayList<>(List.of(first));
                Set<String> union = new HashSet<>(holders.get(first));
                while (union.size() < cover && facets.size() < 3) {
                    // a further facet is shared by several notes; a third is never one resident's aside
                    String next = second(facets, r.ranked(), holders, r.relevance(), strong(r, ids));
                    if (next == null || !placeFits(next, r, ids)) {
                        break;
                    }
                    facets.add(next);
                    union.addAll(holders.get(next));
                }
                if (union.size() >= cover && facets.size() > 1) {
                    StringBuilder words = new StringBuilder();
                    for (int f = 0; f < facets.size(); f++) {
                        words.append(f == 0 ? "" : f == facets.size() - 1 ? " and " : ", ")
                                .append(surface(facets.get(f), surfaces));
                    }
                    String joined = words.toString();
                    String name = capitalise(cased(joined));
                    if (joined.split(" ").length <= opts.maxWords() && acceptable(name, parentName)) {
                        return name;
                    }
                }
            }
            return null;
        }

        /**
         * Whether a phrase may stand in a name: not the proper name of a place, unless at least half of the notes
         * hold it (a theme about people moving to a nearby city); where the conversation happened never names one.
         */
        private boolean placeFits(String key, Ranking r, List<String> ids) {
            return !place(surface(key, r.surfaces())) || r.holders().get(key).size() * 2 >= ids.size();
        }

        /** The candidate phrases of a theme's notes, ranked by relevance (see the class comment). */
        private Ranking rank(Theme theme, List<String> ids, Classes cl) {
            double meanClass = cl.meanClass();
            int minSupport = minSupport(ids.size());
            // the phrases at least minNotes of the notes hold (no other is ever read: scored, extended or named),
            // each phrase's holders a sorted list read as a set without a tree per phrase
            ClassPhrases read = cl.of(ids);
            Map<String, Map<String, Integer>> surfaces = read.surfaces();
            Map<String, Set<String>> holders = new HashMap<>(read.held().size() * 2);
            read.held().forEach((k, v) -> holders.put(k, new SortedIds(v)));
            Map<String, Double> closeness = read.closeness();
            Map<String, Double> relevance = new TreeMap<>();
            double bestCloseness = 1e-9;
            for (Map.Entry<String, Set<String>> e : holders.entrySet()) {
                if (e.getValue().size() >= minSupport) {
                    double c = 0;
                    for (String id : e.getValue()) {
                        c += closeness.getOrDefault(id, 0.0);
                    }
                    bestCloseness = Math.max(bestCloseness, c / e.getValue().size());
                }
            }
            for (Map.Entry<String, Set<String>> e : holders.entrySet()) {
                int df = e.getValue().size();
                // A lone word names a topic only if the conversation uses it as a noun ("the weekend", "more
                // competition"); a verb or a connective ("create", "whether") never follows a determiner.
                if (df < minSupport || (!e.getKey().contains(" ")
                        && surfaces.get(e.getKey()).keySet().stream()
                        .noneMatch(w -> usage.nounEvidence.getOrDefault(base(w), 0) > 0
                                && !GENERIC_PEOPLE.contains(w)))) {
                    continue;
                }
                // what the whole conversation is about names no theme; a name ends in a noun
                if (allContext(e.getKey()) || !nounFinal(surface(e.getKey(), surfaces))) {
                    continue;
                }
                // a lone word the notes use mostly as a modifier ("indoor pools", "indoor tennis") names a quality of
                // their topics, not the topic: the phrases it opens compete instead
                if (!e.getKey().contains(" ")) {
                    long modifierOnly = e.getValue().stream().filter(id -> !phrases(id).endsWith(e.getKey()))
                            .count();
                    if (modifierOnly * 3 > 2L * df) {
                        continue;
                    }
                }
                double tf = (double) df / ids.size();
                double ctfidf = tf * Math.log(1 + meanClass / cl.total(e.getKey(), df));
                double c = 0;
                for (String id : e.getValue()) {
                    c += closeness.getOrDefault(id, 0.0);
                }
                c /= df;
                // Adjacent content words are mostly noun phrases ("fairness ordinance", "cable rates"), which name
                // a topic better than a lone word that may be a verb or an adjective: longer phrases weigh more.
                int words = e.getKey().split(" ").length;
                // a lone word is often a generic one ("town", "people"): phrases of two or three words weigh more
                double phrase = words == 1 ? 0.7 : words == 2 ? 1.6 : 1.8;
                // words of the conversation's own subject are down-weighted in phrases ("Carver city library")
                double own = ownShare(e.getKey());
                relevance.put(e.getKey(), phrase * own * own * ctfidf * (0.5 + 0.5 * c / bestCloseness));
            }
            List<String> ranked = new ArrayList<>(relevance.keySet());
            ranked.sort((a, b) -> {
                int cmp = Double.compare(relevance.get(b), relevance.get(a));
                return cmp != 0 ? cmp : a.compareTo(b);
            });
            if (LOG.isDebugEnabled()) {
                StringBuilder sb = new StringBuilder();
                for (int r = 0; r < ranked.size() && r < 10; r++) {
                    String k = ranked.get(r);
                    sb.append(String.format(Locale.ROOT, " [%s df=%d f=%d rel=%.3f]", k, holders.get(k).size(),
                            cl.total(k, 0), relevance.get(k)));
                }
                LOG.debug("theme {} ({} notes, min {}):{}", theme == null ? "-" : theme.id(), ids.size(), minSupport, sb);
            }
            return new Ranking(ranked, relevance, holders, surfaces, minSupport);
        }

        /**
         * Two shared phrases joined when every better name is taken ("Parking and sidewalks"), together held by at
         * least {@link #COVER} of the notes; {@code null} when no such pair is free.
         */
        private String joined(Ranking r, List<String> ids, String parentName) {
            List<String> ranked = r.ranked();
            for (int a = 0; a < ranked.size() && a < 8; a++) {
                for (int b = a + 1; b < ranked.size() && b < 8; b++) {
                    if (sameWord(ranked.get(a), ranked.get(b)) || !headFree(ranked.get(a))
                            || !headFree(ranked.get(b)) || r.holders().get(ranked.get(a)).size() < strong(r, ids)
                            || r.holders().get(ranked.get(b)).size() < strong(r, ids)) {
                        continue;
                    }
                    Set<String> union = new HashSet<>(r.holders().get(ranked.get(a)));
                    union.addAll(r.holders().get(ranked.get(b)));
                    if (union.size() < COVER * ids.size()) {
                        continue;
                    }
                    String both = surface(ranked.get(a), r.surfaces()) + " and " + surface(ranked.get(b), r.surfaces());
                    String name = capitalise(cased(both));
                    if (both.split(" ").length <= opts.maxWords() && acceptable(name, parentName)) {
                        return name;
                    }
                }
            }
            return null;
        }

        /**
         * The plain name of a theme whose notes share no phrase that could name it: it says so ("Other comments"),
         * rather than naming it by a word a few of its notes happen to hold.
         */
        private String fallback(String parentName, Ranking r) {
            for (String name : PLAIN_NAMES) {
                if (free(name, parentName)) {
                    return name;
                }
            }
            // Many small themes (a fine k-means run) can use up the plain names: then "Other comments on" the
            // theme's most widely shared noun phrase keeps names unique, never a number.
            List<String> topics = new ArrayList<>(r.ranked());
            Set<String> ranked = new HashSet<>(topics);
            List<Map.Entry<String, Integer>> rest = new ArrayList<>();
            // one note's phrase (a typo, an aside) names nothing, even here; the 200 most widely held are plenty
            r.holders().forEach((k, v) -> {
                if (v.size() >= opts.minNotes() && !ranked.contains(k)) {
                    rest.add(Map.entry(k, v.size()));
                }
            });
            rest.sort((a, b) -> a.getValue().intValue() != b.getValue().intValue()
                    ? Integer.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()));
            rest.subList(0, Math.min(200, rest.size())).forEach(e -> topics.add(e.getKey()));
            // first a phrase attested as a noun, then any phrase of the notes that is not the conversation's subject
            for (int pass = 0; pass < 2; pass++) {
                for (String key : topics) {
                    String words = surface(key, r.surfaces());
                    String last = words.substring(words.lastIndexOf(' ') + 1);
                    if (ownShare(key) < 1 || words.split(" ").length + 3 > Math.max(opts.maxWords(), 4)
                            || pass == 0 && (!nounFinal(words)
                            || usage.nounEvidence.getOrDefault(base(last), 0) == 0)) {
                        continue;
                    }
                    String name = "Other comments on " + cased(words);
                    if (acceptable(name, parentName)) {
                        return name;
                    }
                }
            }
            // a theme of one or two notes that share nothing (a fine run's smallest): names stay unique, never a number
            for (String name : LAST_PLAIN_NAMES) {
                if (free(name, parentName)) {
                    return name;
                }
            }
            return "Comments not grouped elsewhere";
        }

        /**
         * "The mill" for a lone singular common noun the theme's notes mostly write after "the": a count noun reads
         * as English in a sentence ("concerned about the mill") only with its article; {@code null} otherwise (a
         * plural, a mass noun written bare, "parking", or a proper name or acronym).
         */
        private String definite(String word, List<String> ids) {
            String w = word.toLowerCase(Locale.ROOT);
            if (word.contains(" ") || !word.equals(w) || !base(w).equals(w) || w.endsWith("s") && !w.endsWith("ss")) {
                return null;
            }
            int uses = 0;
            int afterThe = 0;
            for (String id : ids) {
                List<String> all = wordList(notes.get(id).text());
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).equals(w)) {
                        uses++;
                        if (i > 0 && (all.get(i - 1).equals("the") || i > 1 && all.get(i - 2).equals("the")
                                && !FUNCTION.contains(all.get(i - 1)))) {
                            afterThe++;
                        }
                    }
                }
            }
            return uses >= opts.minNotes() && afterThe * 2 >= uses ? "The " + w : null;
        }

        /** The longest phrase that holds {@code key} and that at least half of its notes share. */
        private String extend(String key, Map<String, Set<String>> holders, Map<String, Double> relevance) {
            String best = key;
            int need = (holders.get(key).size() + 1) / 2;
            for (String other : relevance.keySet()) {
                if (other.length() > best.length() && (" " + other + " ").contains(" " + key + " ")
                        && ownShare(other) >= ownShare(key)
                        && holders.get(other).size() >= need
                        && other.split(" ").length <= Math.min(MAX_GRAM, opts.maxWords())) {
                    if (other.split(" ").length > best.split(" ").length
                            || holders.get(other).size() > holders.get(best).size()) {
                        best = other;
                    }
                }
            }
            return best;
        }

        /**
         * The most relevant phrase that adds a facet: maximal marginal relevance against the phrases chosen so far
         * (overlap in notes with them, no word in common), held by at least half as many notes as the first.
         */
        private String second(List<String> chosen, List<String> ranked, Map<String, Set<String>> holders,
                              Map<String, Double> relevance, int minSupport) {
            String lead = chosen.get(0);
            double top = relevance.get(ranked.get(0));
            Set<String> chosenStems = new HashSet<>();
            Set<String> chosenNotes = new HashSet<>();
            for (String c : chosen) {
                chosenStems.addAll(facetWords(c));
                chosenNotes.addAll(holders.get(c));
            }
            String best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (String key : ranked) {
                if (chosen.contains(key) || relevance.get(key) < 0.5 * top
                        || holders.get(key).size() < minSupport
                        || holders.get(key).size() * 2 < holders.get(lead).size()) {
                    continue;
                }
                // a lone word as a second facet must be carried by a good share of the notes
                if (!key.contains(" ") && holders.get(key).size() < 0.4 * holders.get(lead).size() + minSupport) {
                    continue;
                }
                if (facetWords(key).stream().anyMatch(chosenStems::contains) || !headFree(key)) {
                    continue;
                }
                Set<String> shared = new HashSet<>(holders.get(key));
                shared.retainAll(chosenNotes);
                double overlap = (double) shared.size() / Math.min(holders.get(key).size(), chosenNotes.size());
                double mmr = opts.lambda() * relevance.get(key) / top - (1 - opts.lambda()) * overlap;
                if (mmr > bestScore) {
                    best = key;
                    bestScore = mmr;
                }
            }
            return bestScore > 0 ? best : null;
        }

        /** Whether a name is not yet taken at its level and differs from the parent's. */
        private boolean free(String name, String parentName) {
            if (used.contains(name.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (parentName == null) {
                return true;
            }
            // a sub-theme's name says what sets it apart, so it never restates every word of its parent's
            Set<String> parentWords = words(parentName);
            parentWords.removeAll(FUNCTION);
            return !parentName.equalsIgnoreCase(name) && !words(name).containsAll(parentWords);
        }

        /**
         * Every note's opening clause, read on the first name longer than {@link #OPENING_WORDS} words (naming runs
         * on one thread).
         */
        private Set<String> longOpenings() {
            if (longOpenings == null) {
                longOpenings = new HashSet<>();
                request.conversations().notes().forEach(n -> longOpenings.add(opening(n.text())));
            }
            return longOpenings;
        }

        /** Whether a name is free, and neither holds most of a note's words nor opens one. */
        private boolean acceptable(String name, String parentName) {
            if (!free(name, parentName)) {
                return false;
            }
            Set<String> words = words(name);
            List<String> nameWords = wordList(name);
            String joined = String.join(" ", nameWords);
            if (nameWords.size() <= OPENING_WORDS ? openings.contains(joined) : longOpenings().contains(joined)) {
                return false;
            }
            for (Set<String> note : shortNotes) {
                int held = 0;
                for (String w : note) {
                    if (words.contains(w)) {
                        held++;
                    }
                }
                if (held >= COVERAGE * note.size()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The label of the code most of the notes match, or {@code null}: the code matched by the most notes (ties:
         * the code already naming the theme, then codebook order), when that is more than half of them.
         */
        private String codeName(Theme theme, List<String> ids, int[] matched) {
            if (matcher == null || ids.isEmpty()) {
                return null;
            }
            List<String> codes = matcher.labels();
            int best = -1;
            for (int k = 0; k < codes.size(); k++) {
                if (best < 0 || matched[k] > matched[best]
                        || (matched[k] == matched[best] && codes.get(k).equalsIgnoreCase(theme.label())
                        && !codes.get(best).equalsIgnoreCase(theme.label()))) {
                    best = k;
                }
            }
            String label = codes.get(best).strip();
            if (matched[best] * 2 > ids.size() && matched[best] >= opts.minNotes()
                    && label.split("\\s+").length <= org.ltc.theming.ThemeLabellers.MAX_WORDS) {
                return capitalise(label);
            }
            return null;
        }

        /** Each note's closeness to the theme's centre, a cosine in [-1, 1] (0 for an empty note). */
        private Map<String, Double> closeness(List<String> ids) {
            Map<String, Double> out = new HashMap<>();
            NoteEmbeddings emb = request.embeddings();
            if (emb != null && !ids.isEmpty() && emb.noteIds().containsAll(ids)) {
                double[] centre = new double[emb.dimension()];
                Map<String, double[]> unit = new HashMap<>();
                for (String id : ids) {
                    float[] v = emb.vector(id).orElseThrow();
                    double norm = 0;
                    for (float x : v) {
                        norm += x * x;
                    }
                    norm = Math.sqrt(norm);
                    double[] u = new double[v.length];
                    for (int d = 0; d < v.length; d++) {
                        u[d] = norm == 0 ? 0 : v[d] / norm;
                        centre[d] += u[d];
                    }
                    unit.put(id, u);
                }
                double cn = 0;
                for (double x : centre) {
                    cn += x * x;
                }
                cn = Math.sqrt(cn);
                for (String id : ids) {
                    double dot = 0;
                    double[] u = unit.get(id);
                    for (int d = 0; d < u.length; d++) {
                        dot += u[d] * centre[d];
                    }
                    out.put(id, cn == 0 ? 0 : dot / cn);
                }
                return out;
            }
            // The centre counts, per stem (by its 64-bit hash: two stems of one theme sharing one would be merged, at
            // odds of about one in 10^11 for 10,000 stems), the notes holding it; the sums are of whole numbers, exact
            // in any order.
            LongIntMap centre = new LongIntMap(64 + 8 * ids.size());
            long squares = 0;
            for (String id : ids) {
                NotePhrases p = phrases(id);
                for (int i = 0; i < p.stemCount(); i++) {
                    long s = p.stem(i);
                    int c = centre.get(s);
                    centre.add(s, 1);
                    squares += 2L * c + 1; // (c + 1)^2 - c^2
                }
            }
            double cn = Math.sqrt((double) squares);
            for (String id : ids) {
                NotePhrases p = phrases(id);
                long dot = 0;
                for (int i = 0; i < p.stemCount(); i++) {
                    dot += centre.get(p.stem(i));
                }
                int n = p.stemCount();
                out.put(id, n == 0 || cn == 0 ? 0 : dot / (Math.sqrt(n) * cn));
            }
            return out;
        }

        /** Notes that may name a theme: present in the set and not rejected by a moderator. */
        private List<String> usable(List<String> ids) {
            List<String> out = new ArrayList<>();
            for (String id : new LinkedHashSet<>(ids)) {
                Note n = notes.get(id);
                if (n != null && n.moderation() != Moderation.REJECTED) {
                    out.add(id);
                }
            }
            return out;
        }

        /**
         * Reads the phrases of these notes not read yet, in fixed chunks on the request's threads, and keeps them:
         * each note's are its own, so what is kept is the same on any number of threads.
         */
        private void prepare(Collection<String> ids) {
            List<String> missing = new ArrayList<>();
            for (String id : new LinkedHashSet<>(ids)) {
                if (!phrases.containsKey(id) && notes.containsKey(id)) {
                    missing.add(id);
                }
            }
            List<NotePhrases[]> parts = Parallel.map(Parallel.chunks(missing.size(), CHUNK), threads,
                    Cancellation.never(), "naming themes", c -> {
                        int from = c * CHUNK;
                        Pack pack = reader().pack;
                        pack.clear();
                        for (int d = from; d < Math.min(missing.size(), from + CHUNK); d++) {
                            extract(missing.get(d), pack);
                        }
                        return pack.finish();
                    });
            int d = 0;
            for (NotePhrases[] part : parts) {
                for (NotePhrases p : part) {
                    phrases.put(missing.get(d++), p);
                }
            }
        }

        /** A note's phrases, read before ({@link #prepare}) or now; never written here, so safe on several threads. */
        private NotePhrases phrases(String noteId) {
            NotePhrases p = phrases.get(noteId);
            return p != null ? p : extract(noteId);
        }

        /** This thread's reader (see {@link #readers}). */
        private Reader reader() {
            return readers.computeIfAbsent(Thread.currentThread(), t -> new Reader());
        }

        /** One note's phrases read now, in arrays of its own. */
        NotePhrases extract(String noteId) {
            Pack pack = new Pack(16);
            extract(noteId, pack);
            return pack.finish()[0];
        }

        /**
         * Adds the note's phrases of one to three adjacent content words, by stem key (first written form kept), to
         * the notes {@code pack} holds.
         */
        private void extract(String noteId, Pack pack) {
            Note note = notes.get(noteId);
            Reader reader = reader();
            reader.n = 0;
            analyzer.analyse(note.text(), note.language(), reader);
            int n = reader.n;
            Word[] stemWords = reader.terms;
            Word[] written = reader.written;
            boolean[] joined = reader.joined;
            pack.reserve(n);
            int base = pack.words;
            String[] terms = pack.terms;
            String[] surfaces = pack.surfaces;
            boolean[] ends = pack.ends;
            int[] spans = pack.spans;
            long[] hashes = pack.hashes;
            long[] stems = pack.stems;
            for (int i = 0; i < n; i++) {
                terms[base + i] = stemWords[i].text();
                surfaces[base + i] = written[i].text();
            }
            int first = pack.phrases;
            int count = first;
            // the phrases kept so far, by hash (index + 1; open addressing), so each key is kept once
            int size = Integer.highestOneBit(2 * MAX_GRAM * n + 1) << 1;
            int[] slots = pack.slots(size);
            int mask = size - 1;
            int stemFrom = pack.stemCount;
            for (int i = 0; i < n; i++) {
                stems[stemFrom + i] = stemWords[i].hash();
                // a word right before a noun ("indoor pools") modifies it; before anything else it ends its phrase
                ends[base + i] = i + 1 >= n || !joined[i + 1] || !written[i + 1].noun();
                if (written[i].weak()) {
                    continue; // no phrase starts with a weak word
                }
                // what the phrase's words hold so far, so a phrase is not scanned again for each word it gains; its
                // key's hash is carried along the same way (a first word's, from its kept word)
                boolean letters = false;
                boolean digitOnlyWord = false;
                long fnv = 0;
                int longest = Math.min(MAX_GRAM, n - i);
                for (int len = 1; len <= longest; len++) {
                    int last = i + len - 1;
                    if (len == 1) {
                        fnv = stemWords[i].fnv();
                    } else {
                        if (!joined[last]) {
                            break;
                        }
                        fnv = (fnv ^ ' ') * FNV_PRIME;
                        String term = terms[base + last];
                        for (int c = 0; c < term.length(); c++) {
                            fnv = (fnv ^ term.charAt(c)) * FNV_PRIME;
                        }
                    }
                    Word w = written[last];
                    letters |= w.letter();
                    digitOnlyWord |= w.digits();
                    if (letters && !digitOnlyWord && !w.weak()) {
                        long h = counted(mix(fnv));
                        spans[count] = (base + i) << 2 | len;
                        hashes[count] = h;
                        int at = (int) LongIntMap.hash(h) & mask;
                        boolean seen = false; // a phrase this note already holds
                        for (; slots[at] != 0; at = (at + 1) & mask) {
                            int other = slots[at] - 1;
                            if (hashes[other] == h && NotePhrases.sameKey(terms, spans[other], spans[count])) {
                                seen = true;
                                break;
                            }
                        }
                        if (!seen) {
                            slots[at] = ++count;
                        }
                    }
                }
            }
            // the note's distinct stems, ascending, in place
            java.util.Arrays.sort(stems, stemFrom, stemFrom + n);
            int stemTo = stemFrom;
            for (int i = stemFrom; i < stemFrom + n; i++) {
                if (i == stemFrom || stems[i] != stems[i - 1]) {
                    stems[stemTo++] = stems[i];
                }
            }
            pack.note(base, base + n, first, count, stemFrom, stemTo);
        }

        /**
         * Notes read together (a chunk of {@link #prepare}, or one note) in shared arrays, grown as notes are added and
         * cut to size by {@link #finish} (see {@link NotePhrases}). One thread's: a reader keeps one and reuses it.
         */
        static final class Pack {
            String[] terms;
            String[] surfaces;
            boolean[] ends;
            int words;
            int[] spans;
            long[] hashes;
            int phrases;
            long[] stems;
            int stemCount;
            /** Per note, six bounds: its words, its phrases and its stems, each from and to. */
            int[] bounds = new int[6 * 16];
            int notes;
            private int[] slots = new int[64];

            Pack(int words) {
                terms = new String[words];
                surfaces = new String[words];
                ends = new boolean[words];
                spans = new int[MAX_GRAM * words];
                hashes = new long[MAX_GRAM * words];
                stems = new long[words];
            }

            void clear() {
                words = 0;
                phrases = 0;
                stemCount = 0;
                notes = 0;
            }

            /** Room for a note of {@code n} words. */
            void reserve(int n) {
                if (words + n > terms.length) {
                    int size = Math.max(2 * terms.length, words + n);
                    terms = java.util.Arrays.copyOf(terms, size);
                    surfaces = java.util.Arrays.copyOf(surfaces, size);
                    ends = java.util.Arrays.copyOf(ends, size);
                }
                if (phrases + MAX_GRAM * n > spans.length) {
                    int size = Math.max(2 * spans.length, phrases + MAX_GRAM * n);
                    spans = java.util.Arrays.copyOf(spans, size);
                    hashes = java.util.Arrays.copyOf(hashes, size);
                }
                if (stemCount + n > stems.length) {
                    stems = java.util.Arrays.copyOf(stems, Math.max(2 * stems.length, stemCount + n));
                }
                if (6 * notes + 6 > bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, 2 * bounds.length);
                }
            }

            /** A table whose first {@code size} slots are empty, for one note's phrases. */
            int[] slots(int size) {
                if (slots.length < size) {
                    slots = new int[size];
                } else {
                    java.util.Arrays.fill(slots, 0, size, 0);
                }
                return slots;
            }

            void note(int termFrom, int termTo, int from, int to, int stemFrom, int stemTo) {
                int b = 6 * notes++;
                bounds[b] = termFrom;
                bounds[b + 1] = termTo;
                bounds[b + 2] = from;
                bounds[b + 3] = to;
                bounds[b + 4] = stemFrom;
                bounds[b + 5] = stemTo;
                words = termTo;
                phrases = to;
                stemCount = stemTo;
            }

            /** The notes added since the last {@link #clear}, over arrays cut to size (the pack can be reused). */
            NotePhrases[] finish() {
                String[] t = java.util.Arrays.copyOf(terms, words);
                String[] s = java.util.Arrays.copyOf(surfaces, words);
                boolean[] e = java.util.Arrays.copyOf(ends, words);
                int[] sp = java.util.Arrays.copyOf(spans, phrases);
                long[] h = java.util.Arrays.copyOf(hashes, phrases);
                long[] st = java.util.Arrays.copyOf(stems, stemCount);
                NotePhrases[] out = new NotePhrases[notes];
                for (int d = 0; d < notes; d++) {
                    int b = 6 * d;
                    out[d] = new NotePhrases(t, s, sp, h, st, e, bounds[b], bounds[b + 1], bounds[b + 2],
                            bounds[b + 3], bounds[b + 4], bounds[b + 5]);
                }
                return out;
            }
        }

        /**
         * A word kept once (see {@link #words}), with what {@link #extract} asks of it as a written word: whether it
         * is {@link #weak}, holds a letter, is all digits, and is used as a noun ({@link #noun}, fixed once the
         * conversation's usage is read). Worked out once per distinct word, where they were asked for every word
         * read, and again for each phrase holding it.
         */
        private record Word(String text, long fnv, boolean weak, boolean letter, boolean digits, boolean noun) {
            /** The word as a one-word phrase key: its {@link #gramHash}. */
            long hash() {
                return counted(mix(fnv));
            }
        }

        /**
         * Per thread reading notes: the words it has met by their characters, each with its {@link Word}, so a word
         * read from the analysis chain's buffer costs neither a String nor a look-up by String once seen; and the
         * note being read. Kept with this call's state, not in a thread-local, so none outlives the call on a host's
         * long-lived threads.
         */
        private final java.util.concurrent.ConcurrentHashMap<Thread, Reader> readers =
                new java.util.concurrent.ConcurrentHashMap<>();

        /** One thread's words by their characters, and the words of the note it is reading (see {@link #readers}). */
        private final class Reader implements TextAnalyzer.Sink {
            final org.ltc.theming.internal.Words seen = new org.ltc.theming.internal.Words();
            Word[] byId = new Word[1024];
            /** The notes of the chunk being read (see {@link #prepare}). */
            final Pack pack = new Pack(1024);
            Word[] terms = new Word[64];
            Word[] written = new Word[64];
            boolean[] joined = new boolean[64];
            int n;

            @Override
            public void token(char[] term, int termLength, char[] surface, int surfaceLength, boolean adjacent) {
                if (n == terms.length) {
                    terms = java.util.Arrays.copyOf(terms, 2 * n);
                    written = java.util.Arrays.copyOf(written, 2 * n);
                    joined = java.util.Arrays.copyOf(joined, 2 * n);
                }
                terms[n] = of(term, termLength);
                written[n] = of(surface, surfaceLength);
                joined[n] = adjacent;
                n++;
            }

            private Word of(char[] chars, int length) {
                int id = seen.id(chars, length);
                if (id == byId.length) {
                    byId = java.util.Arrays.copyOf(byId, 2 * id);
                }
                Word w = byId[id];
                if (w == null) {
                    w = word(new String(chars, 0, length));
                    byId[id] = w;
                }
                return w;
            }
        }

        /** The one copy of this word kept, with its flags (see {@link #words}). */
        private Word word(String word) {
            // a look-up first: it takes no lock, where putIfAbsent locks the word's bin even when the word is there
            Word kept = words.get(word);
            if (kept == null) {
                Word made = new Word(word, fnv(word), weak(word), hasLetter(word), hasDigitOnlyWord(word), noun(word));
                kept = words.putIfAbsent(word, made);
                return kept != null ? kept : made;
            }
            return kept;
        }

        /** Whether a word holds a letter (as {@code chars().anyMatch(Character::isLetter)}), by hand: it runs per word. */
        private static boolean hasLetter(String word) {
            for (int i = 0; i < word.length(); i++) {
                if (Character.isLetter(word.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A word's usage key: its singular when it ends in a plain "s" ("rents" counts with "rent"), so the evidence
         * of a noun's two forms is pooled.
         */
        private static String base(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                    ? w.substring(0, w.length() - 1) : w;
        }

        /** A word that cannot bound a phrase: a word of opinion or emphasis, or an adverb in -ly. */
        private static boolean weak(String word) {
            return WEAK.contains(word) || (word.endsWith("ly") && word.length() > 5);
        }

        /** Whether a word of {@code s} (as {@code s.split(" ")} gives them) is all digits; by hand, as it runs per word. */
        private static boolean hasDigitOnlyWord(String s) {
            if (s.isEmpty()) {
                return true;
            }
            boolean digits = true;
            int length = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ') {
                    if (digits) {
                        return true;
                    }
                    digits = true;
                    length = 0;
                } else {
                    length++;
                    digits &= Character.isDigit(c);
                }
            }
            return digits && length > 0;
        }

        /**
         * The commonest written form of a phrase among the theme's notes (ties: alphabetical); its plural when the notes
         * also write that ("streets" for street and streets), since a theme's topic is about many.
         */
        private static String surface(String key, Map<String, Map<String, Integer>> surfaces) {
            String best = key;
            int most = 0;
            for (Map.Entry<String, Integer> e : surfaces.get(key).entrySet()) {
                if (e.getValue() > most || e.getValue() == most && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            for (String plural : List.of(best + "s", best + "es")) {
                if (!best.endsWith("s") && surfaces.get(key).containsKey(plural)) {
                    return plural;
                }
            }
            return best;
        }

        /**
         * A phrase's words (by stem key) as the words they stand for: an abbreviation as its word ("rd" is "road"),
         * a plural as its singular.
         */
        private static Set<String> facetWords(String key) {
            Set<String> out = new HashSet<>();
            for (String w : key.split(" ")) {
                out.add(facetWord(w));
            }
            return out;
        }

        private static String facetWord(String w) {
            String b = base(w);
            return ABBREVIATIONS.getOrDefault(b, ABBREVIATIONS.getOrDefault(w.toLowerCase(Locale.ROOT), b));
        }

        /** Whether two phrases share a word, an abbreviation counting as its word ("Roads" and "Rd"). */
        private static boolean sameWord(String a, String b) {
            Set<String> x = facetWords(a);
            return facetWords(b).stream().anyMatch(x::contains);
        }

        /** The head (last word) of a phrase, as the word it stands for. */
        private static String head(String key) {
            return facetWord(key.substring(key.lastIndexOf(' ') + 1));
        }

        /** Whether no sibling's name already has a facet headed by this phrase's head ("kids" in two names). */
        private boolean headFree(String key) {
            return !siblingHeads.contains(head(key));
        }

        /**
         * The support each further facet of a name needs: shared by several notes (at least one more than a phrase
         * needs, and 15% of the theme), so a small theme is never named by three asides of two notes each.
         */
        private int strong(Ranking r, List<String> ids) {
            return Math.max(r.minSupport() + 1, (int) Math.ceil(0.15 * ids.size()));
        }

        /** The heads of a name's facets (split at "and" and commas), by stem, as the words they stand for. */
        private Set<String> heads(String name) {
            Set<String> out = new HashSet<>();
            for (String facet : name.split(",| and ")) {
                List<Token> tokens = analyzer.tokens(facet.strip(), null);
                if (!tokens.isEmpty()) {
                    out.add(facetWord(tokens.get(tokens.size() - 1).term()));
                }
            }
            return out;
        }

        private static Set<String> wordsIn(String key) {
            return new HashSet<>(List.of(key.split(" ")));
        }
    }

    /** The distinct lower-case words of a text (letters and digits). */
    static Set<String> words(String text) {
        return new HashSet<>(wordList(text));
    }

    /**
     * The lower-case words of a text (runs of letters and digits), as splitting the lower-cased text at
     * {@code [^\p{L}\p{N}]+} gives them without the empty ones; by hand, since it runs over every note.
     */
    static List<String> wordList(String text) {
        List<String> out = new ArrayList<>();
        eachWord(text.toLowerCase(Locale.ROOT), w -> {
            out.add(w);
            return true;
        });
        return out;
    }

    /**
     * The words of a text's opening clause (up to its first {@link #CLAUSE} mark), lower case and joined by single
     * spaces: {@code String.join(" ", wordList(CLAUSE.split(text.strip(), 2)[0]))}, by hand, as it runs per note.
     */
    static String opening(String text) {
        return opening(text, Integer.MAX_VALUE);
    }

    /** {@link #opening(String)} when it has at most {@code most} words, else {@code null} (read no further). */
    static String opening(String text, int most) {
        String ascii = asciiOpening(text, most);
        if (ascii != NOT_ASCII) {
            return ascii;
        }
        String t = text.strip();
        int end = t.length();
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ',' || c == '\u2014' || c == '(') {
                end = i;
            }
        }
        StringBuilder out = new StringBuilder();
        int[] words = {0};
        boolean all = eachWord(t.substring(0, end).toLowerCase(Locale.ROOT), w -> {
            out.append(out.length() > 0 ? " " : "").append(w);
            return ++words[0] <= most;
        });
        return all ? out.toString() : null;
    }

    /** {@link #asciiOpening}'s answer when the text is not ASCII up to its opening clause's end. */
    private static final String NOT_ASCII = new String("not ASCII");
    /** {@link #asciiShortWords}'s answer when the text is not ASCII up to where its answer is known. */
    private static final Set<String> NOT_ASCII_WORDS = Collections.unmodifiableSet(new HashSet<>());

    /**
     * {@link #opening(String, int)} read in place, for a text that is ASCII up to its opening clause's end (most
     * notes): no copy of the text, and no string at all for a clause of more than {@code most} words. Returns
     * {@link #NOT_ASCII} at the first other character, where the general reading takes over. Exact: on ASCII,
     * lower-casing is per character and a word is a run of {@code [A-Za-z0-9]}, and the words counted before any
     * other character are whole words of the general reading too (a later character can only add words).
     */
    private static String asciiOpening(String text, int most) {
        int n = text.length();
        int end = n;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return NOT_ASCII;
            }
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ',' || c == '(') {
                end = i;
                break;
            }
            boolean w = asciiWordChar(c);
            if (w && !inWord && ++words > most) {
                return null;
            }
            inWord = w;
        }
        StringBuilder out = new StringBuilder(end);
        inWord = false;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean w = asciiWordChar(c);
            if (w) {
                if (!inWord && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c);
            }
            inWord = w;
        }
        return out.toString();
    }

    /**
     * {@link #shortWords} read in place for an ASCII text: words are compared, case folded, with the distinct ones
     * seen so far (at most {@code most} of them), so a note of many words is dropped without a string or a set.
     * Returns {@link #NOT_ASCII_WORDS} at the first other character before the answer is known; exact as
     * {@link #asciiOpening} is (a later character cannot make two words seen the same).
     */
    private static Set<String> asciiShortWords(String text, int most) {
        int n = text.length();
        int[] starts = new int[most + 1];
        int[] ends = new int[most + 1];
        int distinct = 0;
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c >= 128) {
                return NOT_ASCII_WORDS;
            }
            if (asciiWordChar(c)) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                boolean seen = false;
                for (int d = 0; d < distinct && !seen; d++) {
                    seen = ends[d] - starts[d] == i - start
                            && text.regionMatches(true, starts[d], text, start, i - start);
                }
                if (!seen) {
                    if (distinct == most) {
                        return null;
                    }
                    starts[distinct] = start;
                    ends[distinct++] = i;
                }
                start = -1;
            }
        }
        if (distinct == 0) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (int d = 0; d < distinct; d++) {
            out.add(text.substring(starts[d], ends[d]).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** {@code \p{L}} or {@code \p{N}} among ASCII characters. */
    private static boolean asciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * The distinct words of a text ({@link #words}) when there are at most {@code most}, else {@code null}: a note
     * of many words stops being read once it has more.
     */
    static Set<String> shortWords(String text, int most) {
        if (most >= 0 && most < 64) {
            Set<String> ascii = asciiShortWords(text, most);
            if (ascii != NOT_ASCII_WORDS) {
                return ascii;
            }
        }
        Set<String> out = new HashSet<>();
        boolean all = eachWord(text.toLowerCase(Locale.ROOT), w -> {
            out.add(w);
            return out.size() <= most;
        });
        return !all || out.isEmpty() ? null : out;
    }

    /**
     * Hands each run of letters and digits of a lower-cased text to {@code sink}, in order, until it returns
     * false; returns whether every word was handed over.
     */
    private static boolean eachWord(String lower, java.util.function.Predicate<String> sink) {
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
            if (i < lower.length() && Work.letterOrNumber(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                if (!sink.test(lower.substring(start, i))) {
                    return false;
                }
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(cp) : 1;
        }
        return true;
    }

    /**
     * Whether a word stripped of what is not a letter or digit at its ends (a {@code bare} word) is one run of
     * letters and digits: {@code bare.split("[^\\p{L}\\p{N}]+").length == 1} in Java source, by hand,
     * as it runs per word of the notes read for their usage.
     */
    static boolean oneWord(String bare) {
        for (int i = 0; i < bare.length(); ) {
            int cp = bare.codePointAt(i);
            if (!Work.letterOrNumber(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
