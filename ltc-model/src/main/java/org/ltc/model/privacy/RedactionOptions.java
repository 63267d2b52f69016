package org.ltc.model.privacy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.io.InputFiles;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionCodec;
import org.ltc.model.plugin.OptionInfo;
import org.ltc.model.plugin.Options;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;

/**
 * What a {@link Redactor} removes and what it writes instead.
 *
 * <p>Defaults (patron privacy is on unless a host turns it off): e-mail addresses (also spelled out), phone
 * numbers, street addresses, US Social Security numbers, Luhn-checked payment-card numbers, social-media
 * profile addresses and @handles, and dates of birth are redacted; listed names are redacted once the host lists
 * some (there is no built-in list of names: a list of every first name would eat ordinary words like "Hope" or
 * "Bill"). Replacement tokens are {@code [email]}, {@code [phone]}, {@code [address]}, {@code [ssn]},
 * {@code [card]}, {@code [profile]}, {@code [birthdate]} and {@code [name]}.
 *
 * <p>The same options as {@code ltc.privacy.*} properties, bound by {@link OptionsBinder} like every other
 * options record ({@link #bind(Map)}, {@link #toProperties()}): one switch per kind ({@code emails},
 * {@code phones}, {@code addresses}, {@code listedNames}, {@code ssns}, {@code cards}, {@code profiles},
 * {@code birthDates}), {@code names} (comma-separated), {@code namesFile} (a path, one name per line; read on
 * binding, so the options hold the names themselves) and {@code token.<kind>} (e.g.
 * {@code ltc.privacy.token.email=<removed>}). The namespace is shared with {@link DisclosurePolicy}
 * ({@code minParticipants}) and {@link Redactor#ensureRedacted(org.ltc.model.conversation.ConversationSet, Map)}
 * ({@code publicText}); a key under it that none of them knows is an error naming the known keys.
 *
 * @param emails       redact e-mail addresses
 * @param phones       redact telephone numbers
 * @param addresses    redact street addresses
 * @param listedNames  redact the listed {@code names} (acts only when some are listed)
 * @param ssns         redact US Social Security numbers
 * @param cards        redact Luhn-checked payment-card numbers
 * @param profiles     redact social-media profile addresses and @handles
 * @param birthDates   redact dates of birth after a birth cue
 * @param names        the names to redact, matched case-insensitively as whole words; sorted, without repeats
 * @param replacements the replacement written for each kind ({@code ltc.privacy.token.<kind>})
 */
@OptionsNamespace(value = "ltc.privacy", closed = false)
public record RedactionOptions(
        @Option("Redact e-mail addresses, also spelled out (jo at example dot org).") boolean emails,
        @Option("Redact telephone numbers (North American and international forms).") boolean phones,
        @Option("Redact street addresses (a house number, a street name and a suffix).") boolean addresses,
        @Option("Redact the listed names (acts only when names are listed).") boolean listedNames,
        @Option("Redact US Social Security numbers.") boolean ssns,
        @Option("Redact Luhn-checked payment-card numbers.") boolean cards,
        @Option("Redact social-media profile addresses and @handles.") boolean profiles,
        @Option("Redact dates of birth written after a birth cue (born on, DOB, birthday).") boolean birthDates,
        @Option(value = "Names to redact as whole words in any case, comma-separated (or namesFile, a UTF-8 file "
                + "with one name per line); each at most " + RedactionOptions.MAX_NAME_CHARS + " characters.",
                codec = NameList.class) @NotNull List<String> names,
        @Option(value = "The text written in place of each kind.", key = "token") @NotNull Tokens replacements) {
    /** The longest name accepted: a listed "name" of a page of text is a mistake, not a name. */
    public static final int MAX_NAME_CHARS = 200;
    /** The property prefix of these options. */
    public static final String PREFIX = "ltc.privacy.";
    /** Keys under {@link #PREFIX} that are not options of this record but are read when it is bound. */
    private static final List<String> OTHER_KEYS = List.of("namesFile", "minParticipants", "publicText");

    public RedactionOptions {
        OptionsBinder.check(RedactionOptions.class, emails, phones, addresses, listedNames, ssns, cards, profiles,
                birthDates, names, replacements);
        // Each name's rules are per element, which a component constraint cannot state: checked here.
        TreeSet<String> cleaned = new TreeSet<>();
        int i = 0;
        for (String n : names) {
            cleaned.add(checkName("names[" + i + "]", n));
            i++;
        }
        names = List.copyOf(cleaned);
    }

    /**
     * Options from the set of kinds to redact, the names and the replacement per kind (kinds left out get
     * {@link RedactionKind#defaultToken()}).
     *
     * @deprecated the options are now one switch per kind; use {@link #builder()} or the canonical constructor
     */
    @Deprecated(since = "0.3")
    public RedactionOptions(Set<RedactionKind> kinds, List<String> names, Map<RedactionKind, String> tokens) {
        this(has(kinds, RedactionKind.EMAIL), has(kinds, RedactionKind.PHONE), has(kinds, RedactionKind.ADDRESS),
                has(kinds, RedactionKind.NAME), has(kinds, RedactionKind.SSN), has(kinds, RedactionKind.CARD),
                has(kinds, RedactionKind.PROFILE), has(kinds, RedactionKind.BIRTH_DATE),
                names == null ? List.of() : names, Tokens.of(tokens));
    }

    private static boolean has(Set<RedactionKind> kinds, RedactionKind kind) {
        return kinds != null && kinds.contains(kind);
    }

    private static String checkName(String field, String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new InvalidOptionsException(PREFIX + field, name, "must not be blank");
        }
        if (n.length() > MAX_NAME_CHARS) {
            throw new InvalidOptionsException(PREFIX + field, name, "is longer than " + MAX_NAME_CHARS + " characters");
        }
        if (n.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidOptionsException(PREFIX + field, name, "must contain a letter or digit");
        }
        return n;
    }

    /** Every kind on (listed names act once some are listed), the default tokens, no names listed. */
    public static RedactionOptions defaults() {
        return builder().build();
    }

    /** Nothing redacted: for text already redacted upstream, or public statements a host chose to keep. */
    public static RedactionOptions none() {
        return new RedactionOptions(false, false, false, false, false, false, false, false, List.of(),
                Tokens.defaults());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.kinds.clear();
        b.kinds.addAll(kinds());
        b.names.addAll(names);
        b.tokens.putAll(tokens());
        return b;
    }

    /** The kinds switched on ({@link RedactionKind#NAME} with {@code listedNames}, whether or not names are listed). */
    public Set<RedactionKind> kinds() {
        EnumSet<RedactionKind> on = EnumSet.noneOf(RedactionKind.class);
        for (RedactionKind k : RedactionKind.values()) {
            if (switchedOn(k)) {
                on.add(k);
            }
        }
        return Collections.unmodifiableSet(on);
    }

    private boolean switchedOn(RedactionKind kind) {
        return switch (kind) {
            case EMAIL -> emails;
            case PHONE -> phones;
            case ADDRESS -> addresses;
            case NAME -> listedNames;
            case SSN -> ssns;
            case CARD -> cards;
            case PROFILE -> profiles;
            case BIRTH_DATE -> birthDates;
        };
    }

    /** The replacement for every kind. */
    public Map<RedactionKind, String> tokens() {
        EnumMap<RedactionKind, String> t = new EnumMap<>(RedactionKind.class);
        for (RedactionKind k : RedactionKind.values()) {
            t.put(k, token(k));
        }
        return Collections.unmodifiableMap(t);
    }

    public boolean redacts(RedactionKind kind) {
        return switchedOn(kind) && (kind != RedactionKind.NAME || !names.isEmpty());
    }

    /** Whether anything at all is redacted. */
    public boolean enabled() {
        return kinds().stream().anyMatch(this::redacts);
    }

    public String token(RedactionKind kind) {
        return replacements.of(kind);
    }

    /** These options as {@code ltc.privacy.*} properties (names inline, so the map is self-contained). */
    public Map<String, String> toProperties() {
        return OptionsBinder.toProperties(this);
    }

    /**
     * These options as they may be recorded in a document: the properties of {@link #toProperties()} with the
     * listed names replaced by their number ({@code ltc.privacy.names.count}) and the SHA-256 of the sorted list
     * ({@code ltc.privacy.names.sha256}), because the names are the very data redaction protects. The switch for
     * listed names and the tokens are recorded only where they differ from the defaults, as they always were, so
     * records stay comparable across versions.
     */
    public Map<String, String> toRecord() {
        Map<String, String> p = new TreeMap<>(toProperties());
        p.remove(PREFIX + "names");
        if (listedNames) {
            p.remove(PREFIX + RedactionKind.NAME.property());
        }
        for (RedactionKind k : RedactionKind.values()) {
            if (token(k).equals(k.defaultToken())) {
                p.remove(PREFIX + "token." + k.id());
            }
        }
        p.put(PREFIX + "names.count", String.valueOf(names.size()));
        if (!names.isEmpty()) {
            p.put(PREFIX + "names.sha256", org.ltc.model.provenance.Hashing.sha256(String.join("\n", names)));
        }
        return p;
    }

    /**
     * Every key under {@code ltc.privacy.}: the redaction options, {@code namesFile}, the disclosure threshold
     * ({@code minParticipants}) and the declaration that a set is public text ({@code publicText}). A key under
     * the prefix that is not one of these is an error, as for every other plug-in's options.
     */
    public static Set<String> knownKeys() {
        Set<String> known = new TreeSet<>(OTHER_KEYS);
        for (OptionInfo o : OptionsBinder.describe(defaults())) {
            known.add(o.key().substring(PREFIX.length()));
        }
        return known;
    }

    /**
     * Options from {@code ltc.privacy.*} properties over the defaults; other properties are ignored, unknown ones
     * under the prefix are rejected. {@code namesFile} adds the names in that file; {@code minParticipants} and
     * {@code publicText} belong to the disclosure policy and to {@link Redactor#ensureRedacted} and are checked
     * here so a bad value fails early.
     */
    public static RedactionOptions bind(Map<String, String> properties) {
        DisclosurePolicy.bind(properties); // the unknown-key check of the shared namespace, and minParticipants
        String publicText = properties.get(PREFIX + "publicText");
        if (publicText != null) {
            Options.booleanValue(PREFIX + "publicText", publicText);
        }
        RedactionOptions bound = OptionsBinder.bind(defaults(), properties);
        String namesFile = properties.get(PREFIX + "namesFile");
        return namesFile == null ? bound : bound.toBuilder().namesFile(Path.of(namesFile)).build();
    }

    /**
     * Same as {@link #bind(Map)}.
     *
     * @deprecated the one entry point of every options record is {@code bind}
     */
    @Deprecated(since = "0.3")
    public static RedactionOptions fromProperties(Map<String, String> properties) {
        return bind(properties);
    }

    /** Reads a names file: UTF-8, one name per line; blank lines and lines starting with {@code #} are skipped. */
    public static List<String> readNames(Path file) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(
                InputFiles.open(file, InputFiles.DEFAULT_MAX_TEXT_BYTES), StandardCharsets.UTF_8.newDecoder()))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String n = line.strip();
                if (n.isEmpty() || n.startsWith("#")) {
                    continue;
                }
                if (n.length() > MAX_NAME_CHARS) {
                    throw new InvalidInputException(file.toString(), "line " + lineNo, "name", n,
                            "is longer than " + MAX_NAME_CHARS + " characters");
                }
                if (n.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    throw new InvalidInputException(file.toString(), "line " + lineNo, "name", n,
                            "must contain a letter or digit");
                }
                out.add(n);
            }
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "cannot be read: " + e.getMessage(), e);
        }
        return out;
    }

    /** Builds {@link RedactionOptions}; starts from the defaults. Not thread-safe; the options it builds are. */
    public static final class Builder {
        private final EnumSet<RedactionKind> kinds = EnumSet.allOf(RedactionKind.class);
        private final List<String> names = new ArrayList<>();
        private final Map<RedactionKind, String> tokens = new EnumMap<>(RedactionKind.class);

        private Builder() {
        }

        private Builder set(RedactionKind kind, boolean on) {
            if (on) {
                kinds.add(kind);
            } else {
                kinds.remove(kind);
            }
            return this;
        }

        public Builder emails(boolean on) {
            return set(RedactionKind.EMAIL, on);
        }

        public Builder phones(boolean on) {
            return set(RedactionKind.PHONE, on);
        }

        public Builder addresses(boolean on) {
            return set(RedactionKind.ADDRESS, on);
        }

        /** US Social Security numbers (on by default). */
        public Builder ssns(boolean on) {
            return set(RedactionKind.SSN, on);
        }

        /** Luhn-checked payment-card numbers (on by default). */
        public Builder cards(boolean on) {
            return set(RedactionKind.CARD, on);
        }

        /** Social-media profile addresses and @handles (on by default). */
        public Builder profiles(boolean on) {
            return set(RedactionKind.PROFILE, on);
        }

        /** Dates of birth after a birth cue (on by default). */
        public Builder birthDates(boolean on) {
            return set(RedactionKind.BIRTH_DATE, on);
        }

        /** Any kind on or off. */
        public Builder kind(RedactionKind kind, boolean on) {
            return set(kind, on);
        }

        /** Whether listed names are redacted (on by default; acts only when names are listed). */
        public Builder listedNames(boolean on) {
            return set(RedactionKind.NAME, on);
        }

        /** Adds one name to redact (a first name, a full name, a nickname). */
        public Builder name(String name) {
            names.add(checkName("names[" + names.size() + "]", name));
            return this;
        }

        public Builder names(Collection<String> more) {
            more.forEach(this::name);
            return this;
        }

        /** Adds the names in a file, one per line (see {@link RedactionOptions#readNames(Path)}). */
        public Builder namesFile(Path file) {
            return names(readNames(file));
        }

        /** The text written in place of each span of a kind, e.g. {@code "[removed]"}. */
        public Builder token(RedactionKind kind, String token) {
            if (token == null) { // a missing token would fall back to the default: say so instead
                throw new InvalidOptionsException(PREFIX + "token." + kind.id(), null, "must not be null");
            }
            tokens.put(kind, token);
            return this;
        }

        public RedactionOptions build() {
            return new RedactionOptions(kinds, names, tokens);
        }
    }

    @Override
    public String toString() {
        // Never print the listed names: the options object is logged, and the names are the secret.
        return "RedactionOptions[kinds=" + new TreeSet<>(kinds().stream().map(RedactionKind::id).toList())
                + ", names=" + names.size() + " listed, tokens=" + new TreeMap<>(tokens()) + "]";
    }

    /**
     * The replacement written in place of each kind, {@code ltc.privacy.token.<kind>}; the defaults are
     * {@link RedactionKind#defaultToken()}.
     */
    @OptionsNamespace("ltc.privacy.token")
    public record Tokens(
            @Option("Written in place of an e-mail address.") @NotNull @Size(max = MAX_NAME_CHARS) String email,
            @Option("Written in place of a telephone number.") @NotNull @Size(max = MAX_NAME_CHARS) String phone,
            @Option("Written in place of a street address.") @NotNull @Size(max = MAX_NAME_CHARS) String address,
            @Option("Written in place of a listed name.") @NotNull @Size(max = MAX_NAME_CHARS) String name,
            @Option("Written in place of a Social Security number.") @NotNull @Size(max = MAX_NAME_CHARS) String ssn,
            @Option("Written in place of a payment-card number.") @NotNull @Size(max = MAX_NAME_CHARS) String card,
            @Option("Written in place of a profile address or @handle.") @NotNull @Size(max = MAX_NAME_CHARS)
            String profile,
            @Option("Written in place of a date of birth.") @NotNull @Size(max = MAX_NAME_CHARS) String birthdate) {
        public Tokens {
            OptionsBinder.check(Tokens.class, email, phone, address, name, ssn, card, profile, birthdate);
        }

        /** {@code [email]}, {@code [phone]} and so on. */
        public static Tokens defaults() {
            return of(Map.of());
        }

        /** The given replacements, the default one for each kind left out. */
        public static Tokens of(Map<RedactionKind, String> tokens) {
            String[] t = new String[RedactionKind.values().length];
            for (RedactionKind k : RedactionKind.values()) {
                String given = tokens == null ? null : tokens.get(k);
                t[k.ordinal()] = given == null ? k.defaultToken() : given;
            }
            return new Tokens(t[RedactionKind.EMAIL.ordinal()], t[RedactionKind.PHONE.ordinal()],
                    t[RedactionKind.ADDRESS.ordinal()], t[RedactionKind.NAME.ordinal()],
                    t[RedactionKind.SSN.ordinal()], t[RedactionKind.CARD.ordinal()],
                    t[RedactionKind.PROFILE.ordinal()], t[RedactionKind.BIRTH_DATE.ordinal()]);
        }

        /** The replacement for one kind. */
        public String of(RedactionKind kind) {
            return switch (kind) {
                case EMAIL -> email;
                case PHONE -> phone;
                case ADDRESS -> address;
                case NAME -> name;
                case SSN -> ssn;
                case CARD -> card;
                case PROFILE -> profile;
                case BIRTH_DATE -> birthdate;
            };
        }
    }

    /** {@code names} as properties: comma-separated, blank entries skipped, left out when no name is listed. */
    public static final class NameList implements OptionCodec<List<String>> {
        /** Made by the binder. */
        public NameList() {
        }

        @Override
        public List<String> read(String key, String text) {
            List<String> out = new ArrayList<>();
            for (String n : text.split(",")) {
                if (!n.isBlank()) {
                    out.add(n);
                }
            }
            return out;
        }

        @Override
        public String write(List<String> names) {
            return names.isEmpty() ? null : String.join(",", names);
        }

        @Override
        public String typeName() {
            return "comma-separated names";
        }
    }
}
