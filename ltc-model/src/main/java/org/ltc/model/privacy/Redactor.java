package org.ltc.model.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.conversation.Vote;
import org.ltc.model.provenance.Hashing;
import org.ltc.model.provenance.ProvenanceStep;
import org.ltc.model.provenance.RedactionSummary;

/**
 * Removes personal data from free text before anything is themed or written: e-mail addresses, phone numbers,
 * street addresses and names a host lists, each replaced by a token such as {@code [email]}, with counts of
 * what was replaced (never the removed text itself).
 *
 * <p>How it works: each kind has its own detector (precompiled regular expressions for e-mail, phone and
 * address; a word-token lookup for listed names, so a list of thousands of names costs one pass over the
 * text). All spans are found on the original text, overlaps are resolved (earliest first, then longest), and
 * the text is rebuilt once, so a replacement token is never itself matched again and the counts are exact.
 * Detectors that need a digit or an {@code @} are skipped for text without one.
 *
 * <p>Known limits (it is a pattern matcher, not a named-entity recogniser; a person should still read what
 * is published):
 * <ul>
 *   <li>E-mail: standard {@code local@domain.tld} forms only; spelled-out forms ("jo at example dot org") pass.</li>
 *   <li>Phone: North American numbers (optional {@code +1}, area code, exchange beginning 2-9, seven-digit
 *       local numbers with a separator, as in {@code 555-0134}) and international numbers written with
 *       {@code +} or {@code 00} and a country code (8 to 15 digits). National forms of other countries
 *       without the country code (e.g. UK {@code 020 7946 0958}) are not recognised. A number range whose
 *       first part starts with 2-9, such as {@code 250-1000}, reads as a local phone number and is redacted.</li>
 *   <li>Address: a house number, one to three capitalised words (or an ordinal such as {@code 5th}) and a
 *       street suffix ({@code St, Street, Ave, Road, Blvd, Lane, Drive, Court, Place, Way, ...}), with an
 *       optional unit ({@code Apt 4B}); lower case only in the short form {@code 42 elm street}. A street
 *       named without a number ("Main Street is busy") is kept on purpose; a number plus street without a
 *       suffix ("123 Main"), PO boxes, postcodes and cities are not recognised. A year (1800-2099) just before a
 *       street name after "in", "since", "by" and the like ("in 2019 Main Street flooded") is kept, so an
 *       address with such a house number after such a word ("by 1920 Oak Street") is missed.</li>
 *   <li>Names: only names the host lists, matched case-insensitively as whole words (so "Ann" does not match
 *       "Annapolis", but a listed "Hope" also removes the word "hope"). Unlisted names pass.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: build one per set of options and share it.
 */
public final class Redactor {
    /** Written instead of a note whose whole text was removed (an empty token can leave nothing). */
    public static final String EMPTY_TEXT = "[redacted]";

    /** The domain of an e-mail address: dot-separated labels and a top-level domain of letters. */
    private static final Pattern EMAIL_DOMAIN = Pattern.compile(
            "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?\\.){1,8}\\p{L}{2,24}");
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_DOMAIN = 255;

    /** Between digit groups: one space, dot, hyphen or slash, or a hyphen or slash with a space either side. */
    private static final String SEP = "(?:[ .\\-/\\u00a0]| [\\-/.] )";
    private static final Pattern PHONE_NORTH_AMERICA = Pattern.compile(
            "(?=[+(\\d])(?<![\\w+])(?:\\+?1" + SEP + "?)?(?:\\([2-9]\\d{2}\\)" + SEP + "?|[2-9]\\d{2}" + SEP + "?)"
                    + "[2-9]\\d{2}" + SEP + "?\\d{4}(?:\\s?(?:x|ext\\.?)\\s?\\d{1,5})?(?![\\w])"
                    + "|(?=\\d)(?<![\\w+\\-./])[2-9]\\d{2}[\\-.]\\d{4}(?![\\w]|[\\-./]\\d)");
    private static final Pattern PHONE_INTERNATIONAL = Pattern.compile(
            "(?=[+0])(?<![\\w+])(?:\\+|00)[1-9]\\d{0,2}(?:" + SEP + "?(?:\\(\\d{1,5}\\)|\\d{1,5})){1,6}(?![\\w])");
    /** The id of the provenance step redaction records. */
    public static final String ALGORITHM_ID = "redact";

    private static final String SUFFIX = "(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct"
            + "|Place|Pl|Way|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Crescent|Cres"
            + "|Row|Alley|Pike|Plaza|Loop)";
    /** Not a year after a word of time ("in 2019 Main Street flooded"); "by 214 Elm Street" is still an address. */
    private static final String NOT_AFTER_TIME_WORD =
            "(?!(?<=\\b(?i:in|since|by|until|from|before|after|during|of|year|around|circa|ca\\.)\\s)"
                    + "(?:1[89]|20)\\d\\d\\b)";
    private static final String UNIT = "(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s*#?[\\p{L}\\p{N}]{1,6}\\b)?";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?=\\d)(?<![\\w.,\\-])" + NOT_AFTER_TIME_WORD + "\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?,?\\s+"
                    + "(?:(?:North|South|East|West|[NSEW]\\.?)\\s+)?"
                    + "(?:(?:\\p{Lu}[\\p{L}'\\u2019.\\-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}"
                    + "(?i:" + SUFFIX + ")(?![\\p{L}\\p{N}])\\.?" + UNIT
                    + "|(?=\\d)(?<![\\w.,\\-])" + NOT_AFTER_TIME_WORD + "\\d{1,6}\\s+(?!(?i:" + SUFFIX + ")\\b)[a-z]{2,20}\\s+"
                    + "(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr)(?![\\p{L}\\p{N}])\\.?" + UNIT);

    /** US Social Security numbers: area not 000, 666 or 9xx, group not 00, serial not 0000, one separator kind. */
    private static final Pattern SSN = Pattern.compile(
            "(?<![\\w\\-./])(?!000|666|9)\\d{3}([\\- ])(?!00)\\d{2}\\1(?!0000)\\d{4}(?![\\w\\-]|[./]\\d)");
    /** A run of 13 to 19 digits, optionally grouped by single spaces or hyphens; checked with Luhn after. */
    private static final Pattern CARD = Pattern.compile(
            "(?<![\\w\\-./])[2-6]\\d{3}(?:[ \\-]?\\d){9,15}(?![\\w\\-]|[./]\\d)");
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** A date after a birth cue; group 1 is the date. */
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "(?i:\\b(?:born(?:\\s+on)?|d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birth\\s*date|birthday(?:\\s+is)?)"
                    + "\\s*[:\\-]?\\s*(?:on\\s+|is\\s+)?)"
                    + "(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})"
                    + "|\\d{4}-\\d{1,2}-\\d{1,2}"
                    + "|(?i:" + MONTH + ")\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?i:" + MONTH + "),?\\s+\\d{4})(?![\\w/])");
    /** Profile addresses on the large social networks, and any address whose path starts with /@user. */
    private static final Pattern PROFILE_URL = Pattern.compile(
            "(?i)(?<![\\w.@/])(?:https?://)?(?:(?:www|m|mobile)\\.)?"
                    + "(?:(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|youtube|threads|github|snapchat|pinterest"
                    + "|reddit|medium|bsky|nextdoor)\\.(?:com|net|app|me))"
                    + "/(?:in/|pub/|u/|user/|profile/|people/|@)?[\\w.\\-@%]{2,80}/?"
                    + "|(?i)(?<![\\w.@/])https?://[\\w\\-]+(?:\\.[\\w\\-]+)+/@[\\w.\\-]{1,60}");
    /** An @handle, optionally with a server (@jane@mastodon.social); needs a letter, so "@ 5" or "@5" stay. */
    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\w@.+\\-])@(?=[\\w.]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?"
                    + "(?:@[\\w\\-]+(?:\\.[\\w\\-]+)*\\.[A-Za-z]{2,24})?(?![\\w@])");
    private static final Pattern HANDLE_CUE = Pattern.compile(
            "\\b(?:follow|followed|following|dm|message|tag|tagged|handle|account|user(?:name)?|via|ig|insta"
                    + "|instagram|twitter|x|tiktok|threads|mastodon|bluesky|facebook|snapchat)\\W{0,3}(?:me\\W{0,3}|us\\W{0,3}"
                    + "|at\\W{0,3})?$");
    private static final String AT = "(?:\\s*[(\\[{<]\\s*at\\s*[)\\]}>]\\s*|\\s+at\\s+)";
    private static final String DOT = "(?:\\s*[(\\[{<]\\s*dot\\s*[)\\]}>]\\s*|\\s+dot\\s+|\\.)";
    /** E-mail addresses spelled out: "jane at gmail dot com", "jane [at] example [dot] org". */
    private static final Pattern EMAIL_SPELLED = Pattern.compile(
            "(?i)(?<![\\w.@])[a-z0-9][a-z0-9._%+\\-]{0,63}" + AT + "[a-z0-9\\-]{1,63}(?:" + DOT
                    + "[a-z0-9\\-]{1,63}){0,4}?" + DOT
                    + "(?:com|org|net|edu|gov|mil|info|biz|io|co|us|uk|ca|au|de|fr|me|ly)(?![\\w@])");

    private final RedactionOptions options;
    private final NameIndex names;

    private Redactor(RedactionOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.names = options.redacts(RedactionKind.NAME) ? new NameIndex(options.names()) : null;
    }

    /** A redactor with the given options. */
    public static Redactor create(RedactionOptions options) {
        return new Redactor(options);
    }

    /** A redactor with {@link RedactionOptions#defaults()}: every kind on, no names listed. */
    public static Redactor defaults() {
        return new Redactor(RedactionOptions.defaults());
    }

    public RedactionOptions options() {
        return options;
    }

    /**
     * Redacts one text. The summary's {@code notesChanged} is 1 when anything was replaced, else 0.
     * {@code null} is not accepted.
     */
    public Redacted<String> redact(String text) {
        Objects.requireNonNull(text, "text");
        EnumMap<RedactionKind, Integer> counts = new EnumMap<>(RedactionKind.class);
        String out = replace(text, counts);
        if (counts.isEmpty()) {
            return new Redacted<>(text, RedactionSummary.none());
        }
        if (out.isBlank()) {
            out = EMPTY_TEXT;
        }
        return new Redacted<>(out, summary(counts, 1));
    }

    /** The text with every span replaced by its token; the kinds found are added to {@code counts}. */
    private String replace(String text, Map<RedactionKind, Integer> counts) {
        Prepared prepared = Prepared.of(text);
        List<Span> spans = find(prepared.text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int at = 0;
        for (Span s : spans) {
            int start = prepared.start(s.start);
            int end = prepared.end(s.end);
            if (start < at) {
                continue; // two spans met in one cluster of the original text; the first already covers it
            }
            sb.append(text, at, start).append(options.token(s.kind));
            counts.merge(s.kind, 1, Integer::sum);
            at = end;
        }
        sb.append(text, at, text.length());
        return sb.toString();
    }

    /**
     * Redacts a note's text and tags; everything else about the note is kept. A replacement token may be longer
     * than what it replaces ("Dana" becomes "[name]"), so a text that redaction would lengthen past
     * {@link Note#MAX_TEXT_CHARS} is cut to that length with an ellipsis: redaction never turns a valid note into
     * an invalid one.
     */
    public Redacted<Note> redact(Note note) {
        EnumMap<RedactionKind, Integer> counts = new EnumMap<>(RedactionKind.class);
        String text = fitNote(replace(note.text(), counts));
        if (text.isBlank()) {
            text = EMPTY_TEXT;
        }
        List<String> tags = new ArrayList<>(note.tags().size());
        for (String t : note.tags()) {
            String r = replace(t, counts);
            tags.add(r.isBlank() ? EMPTY_TEXT : r);
        }
        if (counts.isEmpty()) {
            return new Redacted<>(note, RedactionSummary.none());
        }
        return new Redacted<>(new Note(note.id(), note.conversationId(), note.questionId(), note.participantId(), text,
                note.agrees(), note.disagrees(), note.emphasis(), tags, note.moderation(), note.createdAt(),
                note.language()), summary(counts, 1));
    }

    private static String fitNote(String text) {
        if (text.length() <= Note.MAX_TEXT_CHARS) {
            return text;
        }
        int cut = Note.MAX_TEXT_CHARS - 1;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut) + "\u2026";
    }

    /**
     * Redacts every field of a set a person can read: the notes' text and tags, the conversations' titles,
     * places, facilitators and note-takers, the participants' segment values, and the ids of the set, its
     * conversations, participants and notes (an id holding personal data, as when a conversation's title becomes
     * its id, is replaced by a pseudonym such as {@code redacted-conversation-1}, and every reference to it
     * follows). The returned set's {@link ConversationSet#redaction()} records this redaction: the counts added
     * to any the set already carried, how it was done ({@link RedactionOptions#toRecord()}, never the names)
     * and the digest of the redacted content ({@link #contentSha256(ConversationSet)}); its provenance, when
     * it has one, gains a {@code redact} step with the same record. The returned {@link Redacted#summary()} is
     * this pass alone.
     */
    public Redacted<ConversationSet> redact(ConversationSet set) {
        EnumMap<RedactionKind, Integer> counts = new EnumMap<>(RedactionKind.class);
        Map<String, String> conversationIds = pseudonyms("conversation",
                set.conversations().stream().map(Conversation::id).toList(), counts);
        // A CSV import makes an id of a conversation's title ("Siobhan O'Neil" -> Siobhan-O-Neil): the id carries
        // what the title's redaction removes, in a form the patterns no longer match.
        for (Conversation c : set.conversations()) {
            RedactionKind kind = conversationIds.containsKey(c.id()) ? null : spelledIn(c.id(), c.title());
            if (kind != null) {
                String alias;
                int next = conversationIds.size() + 1;
                do {
                    alias = "redacted-conversation-" + next++;
                } while (conversationIds.containsValue(alias) || ids(set).contains(alias));
                conversationIds.put(c.id(), alias);
                counts.merge(kind, 1, Integer::sum);
            }
        }
        Map<String, String> participantIds = pseudonyms("participant",
                set.participants().stream().map(Participant::id).toList(), counts);
        Map<String, String> noteIds = pseudonyms("note", set.notes().stream().map(Note::id).toList(), counts);
        Map<String, String> setIds = pseudonyms("set", List.of(set.id()), counts);

        List<Conversation> conversations = new ArrayList<>(set.conversations().size());
        for (Conversation c : set.conversations()) {
            conversations.add(new Conversation(conversationIds.getOrDefault(c.id(), c.id()), field(c.title(), counts),
                    field(c.place(), counts), c.date(), c.format(), field(c.facilitator(), counts),
                    field(c.noteTaker(), counts), c.participantCount(), c.consent(), c.guideId()));
        }
        List<Participant> participants = new ArrayList<>(set.participants().size());
        for (Participant p : set.participants()) {
            Map<String, String> segments = new TreeMap<>();
            p.segments().forEach((k, v) -> segments.put(k, field(v, counts)));
            participants.add(new Participant(participantIds.getOrDefault(p.id(), p.id()), segments, p.opinionGroup(),
                    p.displayName()));
        }
        List<Note> notes = new ArrayList<>(set.notes().size());
        int changed = 0;
        for (Note n : set.notes()) {
            Redacted<Note> r = redact(n);
            Note v = r.value();
            if (r.changed()) {
                changed++;
                r.summary().counts().forEach((k, c) -> counts.merge(RedactionKind.byId(k).orElseThrow(), c,
                        Integer::sum));
            }
            String pid = v.participantId() == null ? null : participantIds.getOrDefault(v.participantId(),
                    v.participantId());
            if (!noteIds.containsKey(v.id()) && !conversationIds.containsKey(v.conversationId())
                    && java.util.Objects.equals(pid, v.participantId())) {
                notes.add(v); // unchanged ids: the note itself (the same object when its text was clean too)
                continue;
            }
            notes.add(new Note(noteIds.getOrDefault(v.id(), v.id()),
                    conversationIds.getOrDefault(v.conversationId(), v.conversationId()), v.questionId(), pid,
                    v.text(), v.agrees(), v.disagrees(), v.emphasis(), v.tags(), v.moderation(), v.createdAt(),
                    v.language()));
        }
        List<Vote> votes = set.votes();
        if (!participantIds.isEmpty() || !noteIds.isEmpty()) {
            votes = set.votes().stream().map(v -> new Vote(participantIds.getOrDefault(v.participantId(),
                    v.participantId()), noteIds.getOrDefault(v.noteId(), v.noteId()), v.value())).toList();
        }
        RedactionSummary pass = summary(counts, changed);
        Map<String, String> how = options.toRecord();
        ConversationSet redacted = new ConversationSet(setIds.getOrDefault(set.id(), set.id()), set.community(),
                set.guide(), conversations, participants, notes, votes, null, set.provenance());
        return new Redacted<>(record(redacted, set.redaction(), pass, how), pass);
    }

    /**
     * The set unchanged in content, recorded as public text a host chose not to redact (public statements, text
     * redacted by the host's own tools). The record carries the content's digest, so a note added or edited
     * later is not covered by the declaration and {@link #ensureRedacted} redacts it.
     */
    public static ConversationSet declarePublic(ConversationSet set) {
        return record(set, set.redaction(), RedactionSummary.none(),
                Map.of(RedactionOptions.PREFIX + "publicText", "true"));
    }

    private static ConversationSet record(ConversationSet set, RedactionSummary before, RedactionSummary pass,
                                          Map<String, String> how) {
        RedactionSummary total = (before == null ? pass : before.plus(pass)).recorded(how,
                contentSha256(set));
        ConversationSet out = set.withNotes(set.notes(), total);
        if (out.provenance() != null) {
            Map<String, String> step = new TreeMap<>(how);
            pass.counts().forEach((k, c) -> step.put("count." + k, String.valueOf(c)));
            step.put("notesChanged", String.valueOf(pass.notesChanged()));
            out = out.withProvenance(out.provenance().withStep(new ProvenanceStep(ALGORITHM_ID, step, null)));
        }
        return out;
    }

    /**
     * Whether a set is known to be redacted (or declared public text) from the set itself: it carries a
     * redaction record whose digest matches its content now. A set without a record, with a record written
     * before digests were kept, or with notes added or edited since, is not.
     */
    public static boolean isRedacted(ConversationSet set) {
        RedactionSummary r = set.redaction();
        return r != null && r.contentSha256() != null && r.contentSha256().equals(contentSha256(set));
    }

    /** The set when {@link #isRedacted(ConversationSet)}, else the set redacted by this redactor. */
    public ConversationSet ensureRedacted(ConversationSet set) {
        return isRedacted(set) ? set : redact(set).value();
    }

    /**
     * The one decision every step that reads a set makes: the set itself when it is already redacted (by its
     * record); else, when {@code ltc.privacy.publicText=true} is among the properties, the set recorded as public
     * text; else the set redacted with {@link RedactionOptions#bind(Map)} and recorded. Unknown
     * {@code ltc.privacy.*} keys are errors.
     */
    public static ConversationSet ensureRedacted(ConversationSet set, Map<String, String> properties) {
        RedactionOptions opts = RedactionOptions.bind(properties);
        if (isRedacted(set)) {
            return set;
        }
        String publicText = properties.get(RedactionOptions.PREFIX + "publicText");
        if (publicText != null && org.ltc.model.plugin.Options.booleanValue(RedactionOptions.PREFIX + "publicText",
                publicText)) {
            return declarePublic(set);
        }
        return create(opts).redact(set).value();
    }

    /**
     * The SHA-256 of every field of a set that redaction covers, each length-prefixed so that no two different
     * sets share an encoding. Equal for equal content whatever else (provenance, the record) differs.
     */
    public static String contentSha256(ConversationSet set) {
        MessageDigest d = Hashing.digest();
        feed(d, set.id());
        for (Conversation c : set.conversations()) {
            feed(d, "c", c.id(), c.title(), c.place(), c.facilitator(), c.noteTaker());
        }
        for (Participant p : set.participants()) {
            feed(d, "p", p.id());
            p.segments().forEach((k, v) -> feed(d, k, v));
        }
        for (Note n : set.notes()) {
            feed(d, "n", n.id(), n.conversationId(), n.participantId(), n.text());
            n.tags().forEach(t -> feed(d, t));
        }
        return Hashing.hex(d.digest());
    }

    private static void feed(MessageDigest d, String... values) {
        for (String v : values) {
            if (v == null) {
                d.update((byte) 0);
                continue;
            }
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            d.update((byte) 1);
            d.update(ByteBuffer.allocate(4).putInt(b.length).array());
            d.update(b);
        }
    }

    /** A free-text field of a set (a title, a segment value) redacted, or null for null. */
    private String field(String value, Map<RedactionKind, Integer> counts) {
        if (value == null) {
            return null;
        }
        String r = replace(value, counts);
        return r.isBlank() ? EMPTY_TEXT : r;
    }

    /** The kind of a span the title's redaction would remove that the id spells (letters and digits alone). */
    private RedactionKind spelledIn(String id, String title) {
        if (title == null) {
            return null;
        }
        String squeezed = letters(id);
        // found as replace finds them: in the prepared text, zero-width characters out and forms folded
        Prepared prepared = Prepared.of(title);
        for (Span sp : find(prepared.text)) {
            String span = letters(prepared.text.substring(sp.start(), sp.end()));
            if (!span.isEmpty() && squeezed.contains(span)) {
                return sp.kind();
            }
        }
        return null;
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static java.util.Set<String> ids(ConversationSet set) {
        java.util.Set<String> out = new java.util.HashSet<>();
        set.conversations().forEach(c -> out.add(c.id()));
        return out;
    }

    /**
     * For each id that holds personal data, a pseudonym ({@code redacted-KIND-N}, N counting up in the order
     * of the ids, skipping any the set already uses); ids without personal data are not in the map.
     */
    private Map<String, String> pseudonyms(String kind, List<String> ids, Map<RedactionKind, Integer> counts) {
        Map<String, String> out = new HashMap<>();
        java.util.Set<String> taken = null;
        int next = 1;
        for (String id : ids) {
            EnumMap<RedactionKind, Integer> found = new EnumMap<>(RedactionKind.class);
            replace(id, found);
            if (found.isEmpty()) {
                continue;
            }
            found.forEach((k, c) -> counts.merge(k, c, Integer::sum));
            if (taken == null) {
                taken = new java.util.HashSet<>(ids);
            }
            String alias;
            do {
                alias = "redacted-" + kind + "-" + next++;
            } while (taken.contains(alias));
            taken.add(alias);
            out.put(id, alias);
        }
        return out;
    }

    private static RedactionSummary summary(Map<RedactionKind, Integer> counts, int changed) {
        Map<String, Integer> byId = new TreeMap<>();
        counts.forEach((k, v) -> byId.put(k.id(), v));
        return new RedactionSummary(byId, changed);
    }

    /** Every span to replace, sorted by start, without overlaps. */
    private List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        boolean hasDigit = false;
        boolean hasAt = false;
        boolean hasSlash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hasDigit |= c >= '0' && c <= '9';
            hasAt |= c == '@';
            hasSlash |= c == '/';
        }
        if (hasAt && options.redacts(RedactionKind.EMAIL)) {
            emails(text, spans);
        }
        if (options.redacts(RedactionKind.EMAIL) && mayBeSpelledEmail(text)) {
            collect(EMAIL_SPELLED, text, RedactionKind.EMAIL, spans);
        }
        if ((hasAt || hasSlash) && options.redacts(RedactionKind.PROFILE)) {
            if (hasSlash) {
                collect(PROFILE_URL, text, RedactionKind.PROFILE, spans);
            }
            if (hasAt) {
                Matcher m = HANDLE.matcher(text);
                while (m.find()) {
                    if (handle(text, m.start(), m.end())) {
                        spans.add(new Span(m.start(), m.end(), RedactionKind.PROFILE));
                    }
                }
            }
        }
        if (hasDigit && options.redacts(RedactionKind.SSN)) {
            collect(SSN, text, RedactionKind.SSN, spans);
        }
        if (hasDigit && options.redacts(RedactionKind.CARD)) {
            Matcher m = CARD.matcher(text);
            while (m.find()) {
                if (luhn(text, m.start(), m.end())) {
                    spans.add(new Span(m.start(), m.end(), RedactionKind.CARD));
                }
            }
        }
        if (hasDigit && options.redacts(RedactionKind.BIRTH_DATE)) {
            Matcher m = BIRTH_DATE.matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(1), m.end(1), RedactionKind.BIRTH_DATE));
            }
        }
        if (hasDigit && options.redacts(RedactionKind.PHONE)) {
            collect(PHONE_NORTH_AMERICA, text, RedactionKind.PHONE, spans);
            Matcher m = PHONE_INTERNATIONAL.matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                // The 00 international call prefix is not part of the number.
                int digits = text.charAt(m.start()) == '0' ? -2 : 0;
                for (int i = m.start(); i < m.end(); i++) {
                    digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
                }
                // E.164 allows at most 15 digits; a longer run may be two numbers side by side, so look again
                // one character on rather than skipping the whole run.
                if (digits >= 8 && digits <= 15) {
                    spans.add(new Span(m.start(), m.end(), RedactionKind.PHONE));
                    from = m.end();
                } else {
                    from = m.start() + 1;
                }
            }
        }
        if (hasDigit && options.redacts(RedactionKind.ADDRESS)) {
            collect(ADDRESS, text, RedactionKind.ADDRESS, spans);
        }
        if (names != null) {
            names.find(text, spans);
        }
        if (spans.size() < 2) {
            return spans;
        }
        spans.sort(Comparator.comparingInt((Span s) -> s.start).thenComparingInt(s -> -(s.end - s.start))
                .thenComparing(s -> s.kind));
        List<Span> kept = new ArrayList<>(spans.size());
        int end = -1;
        for (Span s : spans) {
            if (s.start >= end) {
                kept.add(s);
                end = s.end;
            }
        }
        return kept;
    }

    /**
     * E-mail addresses, found from each {@code @} outwards: the local part is the run of letters, digits and
     * {@code . _ % + -} before it (1 to 64), the domain the run of letters, digits, dots and hyphens after it,
     * less a trailing dot or hyphen (the end of a sentence), checked against {@link #EMAIL_DOMAIN}. Linear in
     * the text, where a regular expression tried at every position was the redactor's slowest part.
     */
    private static void emails(String text, List<Span> spans) {
        int from = 0;
        int at;
        while ((at = text.indexOf('@', from)) >= 0) {
            from = at + 1;
            int start = at;
            while (start > 0 && isLocal(text.charAt(start - 1)) && at - start < MAX_LOCAL_PART) {
                start--;
            }
            if (start == at || (start > 0 && isLocal(text.charAt(start - 1)))) {
                continue; // nothing before the @, or a local part longer than 64
            }
            int end = at + 1;
            while (end < text.length() && end - at <= MAX_DOMAIN && isDomain(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            if (end > at + 1 && EMAIL_DOMAIN.matcher(text).region(at + 1, end).matches()) {
                spans.add(new Span(start, end, RedactionKind.EMAIL));
                from = end;
            }
        }
    }

    private static boolean isLocal(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomain(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    private static void collect(Pattern p, String text, RedactionKind kind, List<Span> spans) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end(), kind));
        }
    }

    /** Whether a text has the words of a spelled-out address ("at" and "dot" or a dot), before the regex runs. */
    private static boolean mayBeSpelledEmail(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("at") && (lower.contains("dot") || lower.indexOf('.') >= 0)
                && (lower.contains(" at ") || lower.contains("at]") || lower.contains("at)") || lower.contains("at}")
                || lower.contains("at>") || lower.contains("\tat") || lower.contains("at\n") || lower.contains("\nat"));
    }

    /**
     * Whether an {@code @word} is a handle rather than "at" written short ("bypass @work", "@ home"): it has a
     * digit, an underscore, a dot, a capital after its first letter or a server ({@code @jane@mastodon.social}),
     * or a cue such as "follow", "DM", "tag" or a network's name comes just before it.
     */
    private static boolean handle(String text, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '_' || c == '.' || c == '@' || (i > start + 1 && Character.isUpperCase(c))) {
                return true;
            }
        }
        String before = text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
        return HANDLE_CUE.matcher(before).find();
    }

    /** The Luhn check (ISO/IEC 7812-1, annex B) over the digits of a span, with 13 to 19 digits. */
    static boolean luhn(String text, int from, int to) {
        int sum = 0;
        int n = 0;
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int d = c - '0';
            if (n % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            n++;
        }
        return n >= 13 && n <= 19 && sum % 10 == 0;
    }

    @Override
    public String toString() {
        return "Redactor[" + options + "]";
    }

    private record Span(int start, int end, RedactionKind kind) {
    }

    /**
     * A text prepared for matching, so that look-alike forms cannot slip past the detectors: each character
     * with its combining marks is put in Unicode normalisation form KC (full-width digits and {@code ＠} become
     * ASCII, decomposed accents compose, a no-break space becomes a space), typographic apostrophes and primes
     * become {@code '}, dashes and the minus sign become {@code -}, and invisible characters (zero-width
     * spaces and joiners, the soft hyphen, the byte-order mark, bidirectional controls) are dropped. Matching
     * runs on the prepared text; each of its characters remembers the span of the original it came from, so
     * replacement happens in the original text and everything not redacted is kept exactly as written.
     */
    private static final class Prepared {
        final String text;
        /** For each char of {@code text}, where its cluster starts and ends in the original; null when identical. */
        private final int[] from;
        private final int[] to;

        private Prepared(String text, int[] from, int[] to) {
            this.text = text;
            this.from = from;
            this.to = to;
        }

        static Prepared of(String original) {
            boolean plain = true;
            for (int i = 0; i < original.length() && plain; i++) {
                plain = original.charAt(i) < 0x80;
            }
            if (plain) {
                return new Prepared(original, null, null);
            }
            StringBuilder sb = new StringBuilder(original.length());
            int[] from = new int[original.length() + 8];
            int[] to = new int[original.length() + 8];
            int i = 0;
            while (i < original.length()) {
                int cp = original.codePointAt(i);
                int start = i;
                i += Character.charCount(cp);
                if (invisible(cp)) {
                    continue;
                }
                while (i < original.length()) {
                    int next = original.codePointAt(i);
                    int type = Character.getType(next);
                    if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                            && type != Character.COMBINING_SPACING_MARK && !invisible(next)) {
                        break;
                    }
                    i += Character.charCount(next);
                }
                String cluster = original.substring(start, i);
                String n = cp < 0x80 && cluster.length() == 1 ? cluster : fold(cluster);
                for (int k = 0; k < n.length(); k++) {
                    int at = sb.length();
                    if (at >= from.length) {
                        from = Arrays.copyOf(from, from.length * 2);
                        to = Arrays.copyOf(to, to.length * 2);
                    }
                    from[at] = start;
                    to[at] = i;
                    sb.append(n.charAt(k));
                }
            }
            return new Prepared(sb.toString(), from, to);
        }

        /** Where the prepared character at {@code index} starts in the original. */
        int start(int index) {
            return from == null ? index : from[index];
        }

        /** Where a span of the prepared text ending (exclusive) at {@code index} ends in the original. */
        int end(int index) {
            return to == null ? index : to[index - 1];
        }

        private static String fold(String cluster) {
            String n = Normalizer.normalize(cluster.replaceAll("[\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069"
                    + "\\u00ad\\ufeff\\u180e]", ""), Normalizer.Form.NFKC);
            StringBuilder b = new StringBuilder(n.length());
            for (int k = 0; k < n.length(); k++) {
                char c = n.charAt(k);
                b.append(switch (c) {
                    case '\u2018', '\u2019', '\u201b', '\u02bc', '\u2032', '\u00b4', '\u0060' -> '\'';
                    case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe63' -> '-';
                    default -> c;
                });
            }
            return b.toString();
        }

        /** Characters that show nothing and may hide a pattern: zero-width, soft hyphen, BOM, bidi controls. */
        static boolean invisible(int cp) {
            return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069)
                    || cp == 0x00AD || cp == 0xFEFF || cp == 0x180E;
        }
    }

    /**
     * Listed names, looked up word by word: a name is a sequence of word tokens (runs of letters and digits)
     * with the separators between them; a text matches where the same tokens, compared in lower case, follow
     * each other with the same separators (any run of white space counting as one space).
     */
    private static final class NameIndex {
        private final Map<String, List<String[]>> byFirstToken = new HashMap<>();

        NameIndex(List<String> listed) {
            for (String name : listed.stream().map(n -> Prepared.of(n).text).toList()) {
                int[] bounds = tokens(name);
                if (bounds.length == 0) {
                    continue;
                }
                // parts: token0, gap0, token1, gap1, ..., tokenN (all lower case, gaps normalised).
                String[] parts = new String[bounds.length - 1];
                for (int t = 0; t < bounds.length / 2; t++) {
                    parts[2 * t] = lower(name.substring(bounds[2 * t], bounds[2 * t + 1]));
                    if (t > 0) {
                        parts[2 * t - 1] = gap(name, bounds[2 * t - 1], bounds[2 * t]);
                    }
                }
                byFirstToken.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
            }
            // Longest names first, so "Mary Ann Lee" wins over "Mary".
            byFirstToken.values().forEach(l -> l.sort(Comparator.comparingInt((String[] a) -> -a.length)));
        }

        void find(String text, List<Span> spans) {
            int[] b = tokens(text);
            int n = b.length / 2;
            String[] lowered = new String[n];
            for (int t = 0; t < n; t++) {
                String first = lowered[t] != null ? lowered[t] : (lowered[t] = lower(text.substring(b[2 * t], b[2 * t + 1])));
                List<String[]> candidates = byFirstToken.get(first);
                if (candidates == null) {
                    continue;
                }
                for (String[] parts : candidates) {
                    int len = (parts.length + 1) / 2;
                    if (t + len > n) {
                        continue;
                    }
                    boolean ok = true;
                    for (int k = 1; k < len && ok; k++) {
                        int tok = t + k;
                        if (lowered[tok] == null) {
                            lowered[tok] = lower(text.substring(b[2 * tok], b[2 * tok + 1]));
                        }
                        ok = lowered[tok].equals(parts[2 * k])
                                && gap(text, b[2 * tok - 1], b[2 * tok]).equals(parts[2 * k - 1]);
                    }
                    if (ok) {
                        spans.add(new Span(b[2 * t], b[2 * (t + len - 1) + 1], RedactionKind.NAME));
                        t += len - 1;
                        break;
                    }
                }
            }
        }

        private static String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }

        /**
         * The separator between two tokens, compared loosely: a run of white space, hyphens, underscores or dots
         * is one space, so a listed "Dana Whitfield" also matches the id "dana_whitfield" or "dana.whitfield".
         */
        private static String gap(String s, int from, int to) {
            String g = s.substring(from, to);
            return g.length() == 1 && g.charAt(0) == ' ' ? g : g.replaceAll("[\\s\\-_.]+", " ");
        }

        /** Start and end (exclusive) of each word token, flattened: [s0, e0, s1, e1, ...]. */
        private static int[] tokens(String s) {
            int[] out = new int[16];
            int n = 0;
            int i = 0;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                if (isWord(cp)) {
                    int start = i;
                    while (i < s.length() && isWord(s.codePointAt(i))) {
                        i += Character.charCount(s.codePointAt(i));
                    }
                    if (n + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = start;
                    out[n++] = i;
                } else {
                    i += Character.charCount(cp);
                }
            }
            return Arrays.copyOf(out, n);
        }

        private static boolean isWord(int cp) {
            return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
        }
    }
}
