package org.ltc.theming.label;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
import org.ltc.model.plugin.ConfiguredPlugin;
import org.ltc.theming.LabellingRequest;
import org.ltc.theming.NoteEmbeddings;
import org.ltc.theming.ThemeLabeller;
import org.ltc.theming.codebook.Codebook;
import org.ltc.theming.codebook.CodebookMatcher;
import org.ltc.theming.text.TextAnalysisOptions;
import org.ltc.theming.text.TextAnalyzer;
import org.ltc.theming.text.Token;

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
 *   <li>A name that holds 80% or more of the words of any note, or equals a note's opening clause, is passed
 *       over: a name names the topic, it does not quote. Names are unique within a level; a sub-theme's classes are
 *       its siblings and the rest of its parent, so its name says what sets it apart, and never repeats the
 *       parent's name.</li>
 * </ol>
 *
 * <p>What the whole conversation is about (the community's name and region, the guide's title, and the question or
 * conversation title when it is the only one, as a Polis prompt and topic are) never names a theme alone and is
 * down-weighted in phrases. A name ends in a noun: its last word must not be used in the notes more often as a verb
 * or an adjective than as a noun, judged by the words around it across the conversation (Brill 1992's contextual
 * cues). Words keep the case the notes most often write them in away from a sentence's start ("BGPD"). When two
 * themes would share a name, or no phrase qualifies, two phrases are joined, then "Other comments on" a noun phrase
 * of the theme; never a number.
 *
 * <p>Deterministic (no randomness; ties broken by text). Immutable and thread-safe.
 */
public final class KeyPhraseLabeller extends ConfiguredPlugin<KeyPhraseOptions> implements ThemeLabeller {
    /** The labeller's id. */
    public static final String ID = "key-phrases";
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    // compiled once: writtenForms runs over every word of every note of every theme
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");
    private static final Pattern CLAUSE = Pattern.compile("[.!?;:,\u2014(]");
    private static final double COVERAGE = 0.8;
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
            "rather", "still", "non", "place", "mucho", "muy");

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

    /** Function words that end a noun phrase ("parking for seniors", "rent and wages"). */
    private static final Set<String> FUNCTION = Set.of("and", "or", "but", "of", "in", "on", "at", "for", "to",
            "with", "from", "by", "that", "which", "who", "than", "as", "so", "because", "if", "when", "where",
            "like", "about", "near", "after", "before", "y", "de", "en", "con", "para", "que");

    private final TextAnalysisOptions text;

    public KeyPhraseLabeller() {
        this(KeyPhraseOptions.defaults());
    }

    public KeyPhraseLabeller(KeyPhraseOptions options) {
        super(ID, options);
        this.text = TextAnalysisOptions.defaults();
    }

    @Override
    public List<String> label(LabellingRequest request) {
        KeyPhraseOptions opts = options(request.options());
        Map<String, Note> notes = new HashMap<>();
        request.conversations().notes().forEach(n -> notes.put(n.id(), n));
        LabellingRequest.Codes codes = request.codebook() != null ? request.codebook()
                : opts.codebook() ? new CodebookMatcher(Codebook.defaults()) : null;
        Work work;
        try (TextAnalyzer analyzer = new TextAnalyzer(text)) {
            work = new Work(request, opts, notes, analyzer, codes);
            return work.run();
        }
    }

    /** One phrase of one note: its stems (the key) and its words as written. */
    private record Gram(String key, String surface, int length) {
    }

    /** The state of one labelling call. */
    private static final class Work {
        final LabellingRequest request;
        final KeyPhraseOptions opts;
        final Map<String, Note> notes;
        final TextAnalyzer analyzer;
        final LabellingRequest.Codes matcher;
        final Map<String, Map<String, Gram>> grams = new HashMap<>();
        final Map<String, Set<String>> stems = new HashMap<>();
        /** Distinct words of short notes (only those a short name could cover 80% of), and opening clauses. */
        final List<Set<String>> shortNotes = new ArrayList<>();
        final Set<String> openings = new HashSet<>();
        /** Words the conversation uses as nouns somewhere (seen right after a determiner). */
        final Set<String> nouns = new HashSet<>();
        /** Per word: how often the notes use it as a noun (+) against as a verb or an adjective (-). */
        final Map<String, Integer> nounEvidence = new HashMap<>();
        final Map<String, Integer> otherEvidence = new HashMap<>();
        /** Per lower-case word: how often each written form appears away from a sentence's start. */
        final Map<String, Map<String, Integer>> written = new HashMap<>();
        /**
         * Stems of what the whole conversation is about (the community, the guide's title, a lone question or
         * conversation title such as a Polis prompt and topic): they never name a theme alone.
         */
        final Set<String> context = new HashSet<>();
        /** Names taken, by level ("0/name" for top-level themes): unique within a level. */
        final Set<String> used = new HashSet<>();
        String category = "";

        Work(LabellingRequest request, KeyPhraseOptions opts, Map<String, Note> notes, TextAnalyzer analyzer,
             LabellingRequest.Codes matcher) {
            this.request = request;
            this.opts = opts;
            this.notes = notes;
            this.analyzer = analyzer;
            this.matcher = matcher;
            for (Note n : request.conversations().notes()) {
                Set<String> w = words(n.text());
                if (!w.isEmpty() && w.size() <= Math.ceil(8 / COVERAGE)) {
                    shortNotes.add(w);
                }
                List<String> all = wordList(n.text());
                for (int i = 1; i < all.size(); i++) {
                    if (DETERMINERS.contains(all.get(i - 1))) {
                        nouns.add(all.get(i));
                    }
                }
                for (String clause : CLAUSE.split(n.text())) {
                    usage(wordList(clause));
                }
                writtenForms(n.text());
                String opening = CLAUSE.split(n.text().strip(), 2)[0];
                openings.add(String.join(" ", wordList(opening)));
            }
            contextStems(request.conversations());
        }

        /**
         * Counts, per word, the contexts that show it used as a noun or as a verb or adjective: a determiner before
         * it or a verb after it marks a noun; a subject pronoun, modal or "to" before it, or an object or particle
         * after it, marks a verb; a copula or degree word before it marks an adjective. This is the distributional
         * cue of the contextual rules in Brill's tagger (Brill, "A simple rule-based part of speech tagger", ANLP
         * 1992), used as evidence over the whole conversation rather than to tag one sentence.
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
                    nounEvidence.merge(w, 1, Integer::sum);
                }
                if (before != null && (VERB_BEFORE.contains(before) || ADJECTIVE_BEFORE.contains(before)
                        && !DETERMINERS.contains(before)) || after != null && VERB_AFTER.contains(after)) {
                    otherEvidence.merge(w, 1, Integer::sum);
                }
            }
        }

        /** Records each word's written form, except a sentence's first word (capitalised there by rule). */
        private void writtenForms(String text) {
            boolean start = true;
            for (String token : SPACES.split(text)) {
                String bare = EDGE_PUNCTUATION.matcher(token).replaceAll("");
                if (!bare.isEmpty() && !start && WORDS.split(bare).length == 1) {
                    written.computeIfAbsent(bare.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                            .merge(bare, 1, Integer::sum);
                }
                if (!bare.isEmpty()) {
                    start = SENTENCE_END.matcher(token).matches();
                }
            }
        }

        private void contextStems(org.ltc.model.conversation.ConversationSet set) {
            List<String> texts = new ArrayList<>();
            if (set.community() != null) {
                texts.add(set.community().name());
                if (set.community().region() != null) {
                    texts.add(set.community().region());
                }
            }
            // Only what frames the whole conversation is its subject: the guide's title, and a question or a title
            // when it is the only one (a Polis prompt and topic). With several questions or conversations each is
            // about a part (a question on what the library could offer, a conversation held at the library), and
            // where a conversation was held says nothing about what it was about, so places never count.
            if (set.guide() != null) {
                texts.add(set.guide().title());
                if (set.guide().questions().size() == 1) {
                    texts.add(set.guide().questions().get(0).text());
                }
            }
            if (set.conversations().size() == 1 && set.conversations().get(0).title() != null) {
                texts.add(set.conversations().get(0).title());
            }
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
            return nounEvidence.getOrDefault(last, 0) >= otherEvidence.getOrDefault(last, 0);
        }

        /** A phrase in the notes' commonest written case per word ("BGPD", "Warren County"), else lower case. */
        private String cased(String phrase) {
            StringBuilder out = new StringBuilder();
            for (String w : phrase.split(" ")) {
                String form = w;
                Map<String, Integer> forms = written.get(w.toLowerCase(Locale.ROOT));
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
            List<List<String>> classes = new ArrayList<>();
            Set<String> inSiblings = new HashSet<>();
            for (Theme t : siblings) {
                List<String> ids = usable(t.evidence().stream().map(NoteRef::noteId).toList());
                classes.add(ids);
                inSiblings.addAll(ids);
            }
            Collection<String> universe = parent == null
                    ? request.conversations().notes().stream().map(Note::id).toList()
                    : parent.evidence().stream().map(NoteRef::noteId).toList();
            List<String> rest = usable(universe.stream().filter(id -> !inSiblings.contains(id)).toList());
            // Class-based TF-IDF: f(t) counts notes over every class; A is the mean class size.
            Map<String, Integer> total = new HashMap<>();
            int classCount = 0;
            int noteCount = 0;
            List<List<String>> all = new ArrayList<>(classes);
            if (!rest.isEmpty()) {
                all.add(rest);
            }
            for (List<String> c : all) {
                if (c.isEmpty()) {
                    continue;
                }
                classCount++;
                noteCount += c.size();
                for (String id : c) {
                    grams(id).keySet().forEach(k -> total.merge(k, 1, Integer::sum));
                }
            }
            double meanClass = classCount == 0 ? 1 : (double) noteCount / classCount;
            String parentName = parent == null ? null : names.get(parent.id());
            // Larger themes choose first, so the widest topic gets the plainest name.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < siblings.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> classes.get(a).size() != classes.get(b).size()
                    ? Integer.compare(classes.get(b).size(), classes.get(a).size())
                    : siblings.get(a).id().compareTo(siblings.get(b).id()));
            for (int i : order) {
                // names are unique within a level (top-level themes, sub-themes, ...), whatever their category
                int depth = 0;
                for (String p = request.parents().get(siblings.get(i).id()); p != null && depth < 64;
                     p = request.parents().get(p)) {
                    depth++;
                }
                category = Integer.toString(depth);
                String name = name(siblings.get(i), classes.get(i), total, meanClass, parentName);
                used.add(category + "/" + name.toLowerCase(Locale.ROOT));
                names.put(siblings.get(i).id(), name);
            }
        }

        private String name(Theme theme, List<String> ids, Map<String, Integer> total, double meanClass,
                            String parentName) {
            String code = codeName(theme, ids);
            // When the themer coded with this codebook, the code's label is its theme by construction and only
            // uniqueness applies; otherwise it must, like any name, not hold most of a short statement's words.
            if (code != null && (request.codebook() != null ? free(code, parentName) : acceptable(code, parentName))) {
                return code;
            }
            int minSupport = Math.max(opts.minNotes(), (int) Math.ceil(opts.minShare() * ids.size()));
            Map<String, Set<String>> holders = new TreeMap<>();
            Map<String, Map<String, Integer>> surfaces = new HashMap<>();
            for (String id : ids) {
                for (Gram g : grams(id).values()) {
                    holders.computeIfAbsent(g.key(), k -> new TreeSet<>()).add(id);
                    surfaces.computeIfAbsent(g.key(), k -> new TreeMap<>()).merge(g.surface(), 1, Integer::sum);
                }
            }
            Map<String, Double> closeness = closeness(ids);
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
                        .noneMatch(w -> nouns.contains(w) && nounEvidence.getOrDefault(w, 0) > 0))) {
                    continue;
                }
                // what the whole conversation is about names no theme; a name ends in a noun
                if (allContext(e.getKey()) || !nounFinal(surface(e.getKey(), surfaces))) {
                    continue;
                }
                double tf = (double) df / ids.size();
                double ctfidf = tf * Math.log(1 + meanClass / total.getOrDefault(e.getKey(), df));
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
            for (String first : ranked) {
                String lead = extend(first, holders, relevance);
                String leadWords = surface(lead, surfaces);
                // a second facet only where enough notes carry it to be more than one resident's aside
                String second = second(lead, ranked, holders, relevance, wordsIn(lead),
                        Math.max(minSupport + 1, (int) Math.ceil(0.25 * ids.size())));
                if (second != null) {
                    String both = leadWords + " and " + surface(second, surfaces);
                    String name = capitalise(cased(both));
                    if (both.split(" ").length <= opts.maxWords() && acceptable(name, parentName)) {
                        return name;
                    }
                }
                String name = capitalise(cased(leadWords));
                if (leadWords.split(" ").length <= opts.maxWords() && acceptable(name, parentName)) {
                    return name;
                }
            }
            // Two themes would share a name, or no shared phrase qualifies: join two distinct phrases, then a
            // descriptive fallback that is still a name ("Other comments on parking"), never a number.
            for (int a = 0; a < ranked.size() && a < 8; a++) {
                for (int b = a + 1; b < ranked.size() && b < 8; b++) {
                    if (wordsIn(ranked.get(a)).stream().anyMatch(wordsIn(ranked.get(b))::contains)) {
                        continue;
                    }
                    String both = surface(ranked.get(a), surfaces) + " and " + surface(ranked.get(b), surfaces);
                    String name = capitalise(cased(both));
                    if (both.split(" ").length <= opts.maxWords() && acceptable(name, parentName)) {
                        return name;
                    }
                }
            }
            return fallback(ranked, holders, surfaces, parentName);
        }

        /**
         * A descriptive name for a theme no shared phrase names: "Other comments on" its most widely shared noun
         * phrase (any support, never a word of the conversation's own subject), else a plain descriptive name.
         */
        private String fallback(List<String> ranked, Map<String, Set<String>> holders,
                                Map<String, Map<String, Integer>> surfaces, String parentName) {
            List<String> topics = new ArrayList<>(ranked);
            List<String> rest = new ArrayList<>(holders.keySet());
            rest.removeAll(topics);
            rest.sort((a, b) -> holders.get(a).size() != holders.get(b).size()
                    ? Integer.compare(holders.get(b).size(), holders.get(a).size()) : a.compareTo(b));
            topics.addAll(rest);
            for (String key : topics) {
                String words = surface(key, surfaces);
                String last = words.substring(words.lastIndexOf(' ') + 1);
                // here the phrase must be attested as a noun, and hold no word of the conversation's own subject
                if (ownShare(key) < 1 || !nounFinal(words) || nounEvidence.getOrDefault(last, 0) == 0
                        || words.split(" ").length + 3 > Math.max(opts.maxWords(), 4)) {
                    continue;
                }
                String name = "Other comments on " + cased(words);
                if (acceptable(name, parentName)) {
                    return name;
                }
            }
            for (String name : List.of("Other comments", "Further comments", "Remaining comments",
                    "Comments on other topics", "Comments not grouped elsewhere", "Miscellaneous comments")) {
                if (free(name, parentName)) {
                    return name;
                }
            }
            return "Comments not grouped elsewhere";
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

        /** The most relevant phrase that adds a facet: maximal marginal relevance against the lead. */
        private String second(String lead, List<String> ranked, Map<String, Set<String>> holders,
                              Map<String, Double> relevance, Set<String> leadStems, int minSupport) {
            double top = relevance.get(ranked.get(0));
            String best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            Set<String> leadNotes = holders.get(lead);
            for (String key : ranked) {
                if (key.equals(lead) || relevance.get(key) < 0.5 * top
                        || holders.get(key).size() < minSupport
                        || holders.get(key).size() * 2 < holders.get(lead).size()) {
                    continue;
                }
                // a lone word as a second facet must be carried by a good share of the notes
                if (!key.contains(" ") && holders.get(key).size() < 0.4 * holders.get(lead).size() + minSupport) {
                    continue;
                }
                Set<String> stemsHere = wordsIn(key);
                if (stemsHere.stream().anyMatch(leadStems::contains)) {
                    continue;
                }
                Set<String> shared = new HashSet<>(holders.get(key));
                shared.retainAll(leadNotes);
                double overlap = (double) shared.size() / Math.min(holders.get(key).size(), leadNotes.size());
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
            return !used.contains(category + "/" + name.toLowerCase(Locale.ROOT))
                    && (parentName == null || !parentName.equalsIgnoreCase(name));
        }

        /** Whether a name is free, and neither holds most of a note's words nor opens one. */
        private boolean acceptable(String name, String parentName) {
            if (!free(name, parentName)) {
                return false;
            }
            Set<String> words = words(name);
            if (openings.contains(String.join(" ", wordList(name)))) {
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
        private String codeName(Theme theme, List<String> ids) {
            if (matcher == null || ids.isEmpty()) {
                return null;
            }
            List<String> codes = matcher.labels();
            int[] matched = new int[codes.size()];
            for (String id : ids) {
                Note n = notes.get(id);
                int[] scores = matcher.scores(n.text(), n.language());
                for (int k = 0; k < scores.length; k++) {
                    if (scores[k] > 0) {
                        matched[k]++;
                    }
                }
            }
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
            Map<String, Integer> centre = new HashMap<>();
            for (String id : ids) {
                stems(id).forEach(s -> centre.merge(s, 1, Integer::sum));
            }
            double cn = Math.sqrt(centre.values().stream().mapToDouble(c -> (double) c * c).sum());
            for (String id : ids) {
                Set<String> s = stems(id);
                double dot = 0;
                for (String x : s) {
                    dot += centre.getOrDefault(x, 0);
                }
                out.put(id, s.isEmpty() || cn == 0 ? 0 : dot / (Math.sqrt(s.size()) * cn));
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

        /** The note's phrases of one to three adjacent content words, by stem key (first written form kept). */
        private Map<String, Gram> grams(String noteId) {
            Map<String, Gram> g = grams.get(noteId);
            if (g != null) {
                return g;
            }
            Note n = notes.get(noteId);
            List<Token> tokens = analyzer.tokens(n.text(), n.language());
            Map<String, Gram> out = new TreeMap<>();
            Set<String> s = new TreeSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                s.add(tokens.get(i).term());
                StringBuilder key = new StringBuilder();
                StringBuilder surface = new StringBuilder();
                for (int len = 1; len <= MAX_GRAM && i + len <= tokens.size(); len++) {
                    Token t = tokens.get(i + len - 1);
                    if (len > 1 && !t.adjacent()) {
                        break;
                    }
                    if (len > 1) {
                        key.append(' ');
                        surface.append(' ');
                    }
                    key.append(t.term());
                    surface.append(t.surface());
                    if (surface.chars().anyMatch(Character::isLetter) && !hasDigitOnlyWord(surface.toString())
                            && !weak(tokens.get(i).surface()) && !weak(t.surface())) {
                        out.putIfAbsent(key.toString(), new Gram(key.toString(), surface.toString(), len));
                    }
                }
            }
            grams.put(noteId, out);
            stems.put(noteId, s);
            return out;
        }

        private Set<String> stems(String noteId) {
            grams(noteId);
            return stems.get(noteId);
        }

        /** A word that cannot bound a phrase: a word of opinion or emphasis, or an adverb in -ly. */
        private static boolean weak(String word) {
            return WEAK.contains(word) || (word.endsWith("ly") && word.length() > 5);
        }

        private static boolean hasDigitOnlyWord(String s) {
            for (String w : s.split(" ")) {
                if (w.chars().allMatch(Character::isDigit)) {
                    return true;
                }
            }
            return false;
        }

        /** The commonest written form of a phrase among the theme's notes (ties: alphabetical). */
        private static String surface(String key, Map<String, Map<String, Integer>> surfaces) {
            String best = key;
            int most = 0;
            for (Map.Entry<String, Integer> e : surfaces.get(key).entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            return best;
        }

        private static Set<String> wordsIn(String key) {
            return new HashSet<>(List.of(key.split(" ")));
        }
    }

    /** The distinct lower-case words of a text (letters and digits). */
    static Set<String> words(String text) {
        return new HashSet<>(wordList(text));
    }

    static List<String> wordList(String text) {
        List<String> out = new ArrayList<>();
        for (String w : WORDS.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
