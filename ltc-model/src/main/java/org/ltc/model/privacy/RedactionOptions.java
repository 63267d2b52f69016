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
 * <p>Defaults (patron privacy is on unless a host turns it off): e-mail addresses, phone numbers and street
 * addresses are redacted; listed names are redacted once the host lists some (there is no built-in list of
 * names: a list of every first name would eat ordinary words like "Hope" or "Bill"). Replacement tokens are
 * {@code [email]}, {@code [phone]}, {@code [address]} and {@code [name]}.
 *
 * <p>The same options as {@code ltc.privacy.*} properties: {@code ltc.privacy.emails},
 * {@code ltc.privacy.phones}, {@code ltc.privacy.addresses} (true/false), {@code ltc.privacy.names}
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
        p.put(PREFIX + "emails", String.valueOf(kinds.contains(RedactionKind.EMAIL)));
        p.put(PREFIX + "phones", String.valueOf(kinds.contains(RedactionKind.PHONE)));
        p.put(PREFIX + "addresses", String.valueOf(kinds.contains(RedactionKind.ADDRESS)));
        if (!kinds.contains(RedactionKind.NAME)) {
            p.put(PREFIX + "listedNames", "false");
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
     * Options from {@code ltc.privacy.*} properties; other properties are ignored, unknown ones under the
     * prefix are rejected.
     */
    public static RedactionOptions fromProperties(Map<String, String> properties) {
        Set<String> known = new TreeSet<>(List.of("emails", "phones", "addresses", "listedNames", "names", "namesFile"));
        for (RedactionKind k : RedactionKind.values()) {
            known.add("token." + k.id());
        }
        Map<String, String> mine = Options.under(PREFIX, properties, known);
        Builder b = builder();
        mine.forEach((k, v) -> {
            switch (k) {
                case "emails" -> b.emails(Options.booleanValue(PREFIX + k, v));
                case "phones" -> b.phones(Options.booleanValue(PREFIX + k, v));
                case "addresses" -> b.addresses(Options.booleanValue(PREFIX + k, v));
                case "listedNames" -> b.listedNames(Options.booleanValue(PREFIX + k, v));
                case "names" -> {
                    for (String n : v.split(",")) {
                        if (!n.isBlank()) {
                            b.name(n);
                        }
                    }
                }
                case "namesFile" -> b.namesFile(Path.of(v));
                default -> b.token(RedactionKind.byId(k.substring("token.".length())).orElseThrow(), v);
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
