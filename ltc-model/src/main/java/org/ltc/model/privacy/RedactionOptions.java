package org.ltc.model.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Options;
import org.ltc.model.io.InputFiles;

/**
 * What a {@link Redactor} removes and what it writes instead.
 *
 * <p>Defaults (patron privacy is on unless a host turns it off): e-mail addresses (also spelled out), phone
 * numbers, street addresses, US Social Security numbers, Luhn-checked payment-card numbers, social-media
 * profile addresses and @handles, and dates of birth are redacted; listed names are redacted once the host lists some (there is no built-in list of
 * names: a list of every first name would eat ordinary words like "Hope" or "Bill"). Replacement tokens are
 * {@code [email]}, {@code [phone]}, {@code [address]}, {@code [ssn]}, {@code [card]}, {@code [profile]},
 * {@code [birthdate]} and {@code [name]}.
 *
 * <p>The same options as {@code ltc.privacy.*} properties: {@code ltc.privacy.emails},
 * {@code ltc.privacy.phones}, {@code ltc.privacy.addresses}, {@code ltc.privacy.ssns}, {@code ltc.privacy.cards},
 * {@code ltc.privacy.profiles}, {@code ltc.privacy.birthDates}, {@code ltc.privacy.listedNames} (true/false),
 * {@code ltc.privacy.names}
 * (comma-separated), {@code ltc.privacy.namesFile} (a path, one name per line) and
 * {@code ltc.privacy.token.<kind>} (e.g. {@code ltc.privacy.token.email=<removed>}).
 *
 * @param kinds  the kinds of personal data to redact ({@link RedactionKind#NAME} only acts when {@code names}
 *               is not empty)
 * @param names  the names to redact, matched case-insensitively as whole words; sorted, without repeats
 * @param tokens the replacement for each kind; kinds left out get {@link RedactionKind#defaultToken()}
 */
public record RedactionOptions(Set<RedactionKind> kinds, List<String> names, Map<RedactionKind, String> tokens) {
    /** The longest name accepted: a listed "name" of a page of text is a mistake, not a name. */
    public static final int MAX_NAME_CHARS = 200;
    /** The property prefix of these options. */
    public static final String PREFIX = "ltc.privacy.";

    public RedactionOptions {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        TreeSet<String> cleaned = new TreeSet<>();
        if (names != null) {
            int i = 0;
            for (String n : names) {
                cleaned.add(checkName("names[" + i + "]", n));
                i++;
            }
        }
        names = List.copyOf(cleaned);
        EnumMap<RedactionKind, String> t = new EnumMap<>(RedactionKind.class);
        for (RedactionKind k : RedactionKind.values()) {
            String token = tokens == null ? null : tokens.get(k);
            t.put(k, token == null ? k.defaultToken() : token);
        }
        tokens = Map.copyOf(t);
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

    /** E-mail addresses, phone numbers and street addresses on; no names listed. */
    public static RedactionOptions defaults() {
        return builder().build();
    }

    /** Nothing redacted: for text already redacted upstream, or public statements a host chose to keep. */
    public static RedactionOptions none() {
        return new RedactionOptions(Set.of(), List.of(), Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.kinds.clear();
        b.kinds.addAll(kinds);
        b.names.addAll(names);
        b.tokens.putAll(tokens);
        return b;
    }

    public boolean redacts(RedactionKind kind) {
        return kinds.contains(kind) && (kind != RedactionKind.NAME || !names.isEmpty());
    }

    /** Whether anything at all is redacted. */
    public boolean enabled() {
        return kinds.stream().anyMatch(this::redacts);
    }

    public String token(RedactionKind kind) {
        return tokens.get(kind);
    }

    /** These options as {@code ltc.privacy.*} properties (names inline, so the map is self-contained). */
    public Map<String, String> toProperties() {
        Map<String, String> p = new TreeMap<>();
        for (RedactionKind k : RedactionKind.values()) {
            if (k != RedactionKind.NAME) {
                p.put(PREFIX + k.property(), String.valueOf(kinds.contains(k)));
            }
        }
        if (!kinds.contains(RedactionKind.NAME)) {
            p.put(PREFIX + RedactionKind.NAME.property(), "false");
        }
        if (!names.isEmpty()) {
            p.put(PREFIX + "names", String.join(",", names));
        }
        tokens.forEach((k, v) -> {
            if (!v.equals(k.defaultToken())) {
                p.put(PREFIX + "token." + k.id(), v);
            }
        });
        return p;
    }

    /**
     * These options as they may be recorded in a document: the properties of {@link #toProperties()} with the
     * listed names replaced by their number ({@code ltc.privacy.names.count}) and the SHA-256 of the sorted list
     * ({@code ltc.privacy.names.sha256}), because the names are the very data redaction protects.
     */
    public Map<String, String> toRecord() {
        Map<String, String> p = new TreeMap<>(toProperties());
        p.remove(PREFIX + "names");
        p.put(PREFIX + "names.count", String.valueOf(names.size()));
        if (!names.isEmpty()) {
            p.put(PREFIX + "names.sha256", org.ltc.model.provenance.Hashing.sha256(String.join("\n", names)));
        }
        return p;
    }

    /**
     * Every key under {@code ltc.privacy.}: the redaction options, the disclosure threshold
     * ({@code minParticipants}) and the declaration that a set is public text ({@code publicText}). A key under
     * the prefix that is not one of these is an error, as for every other plug-in's options.
     */
    public static Set<String> knownKeys() {
        Set<String> known = new TreeSet<>(List.of("names", "namesFile", "minParticipants", "publicText"));
        for (RedactionKind k : RedactionKind.values()) {
            known.add(k.property());
            known.add("token." + k.id());
        }
        return known;
    }

    /**
     * Options from {@code ltc.privacy.*} properties; other properties are ignored, unknown ones under the
     * prefix are rejected ({@code ltc.privacy.minParticipants} and {@code ltc.privacy.publicText} are known: they
     * belong to the disclosure policy and to {@link Redactor#ensureRedacted}).
     */
    public static RedactionOptions fromProperties(Map<String, String> properties) {
        Map<String, String> mine = Options.under(PREFIX, properties, knownKeys());
        Builder b = builder();
        mine.forEach((k, v) -> {
            switch (k) {
                case "names" -> {
                    for (String n : v.split(",")) {
                        if (!n.isBlank()) {
                            b.name(n);
                        }
                    }
                }
                case "namesFile" -> b.namesFile(Path.of(v));
                // Read by DisclosurePolicy and Redactor.ensureRedacted; checked here so a bad value fails early.
                case "minParticipants" -> Options.intValue(PREFIX + k, v, 1, 1_000_000);
                case "publicText" -> Options.booleanValue(PREFIX + k, v);
                default -> {
                    if (k.startsWith("token.")) {
                        b.token(RedactionKind.byId(k.substring("token.".length())).orElseThrow(), v);
                    } else {
                        for (RedactionKind kind : RedactionKind.values()) {
                            if (kind.property().equals(k)) {
                                b.set(kind, Options.booleanValue(PREFIX + k, v));
                            }
                        }
                    }
                }
            }
        });
        return b.build();
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
            if (token == null) {
                throw new InvalidOptionsException(PREFIX + "token." + kind.id(), null, "must not be null");
            }
            if (token.length() > MAX_NAME_CHARS) {
                throw new InvalidOptionsException(PREFIX + "token." + kind.id(), token,
                        "is longer than " + MAX_NAME_CHARS + " characters");
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
        return "RedactionOptions[kinds=" + new TreeSet<>(kinds.stream().map(RedactionKind::id).toList())
                + ", names=" + names.size() + " listed, tokens=" + new TreeMap<>(tokens) + "]";
    }
}
