package org.ltc.model.content;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.ConversationGuide;
import org.ltc.model.io.LtcJson;
import org.ltc.model.stage.PublicCapitalFactor;
import org.ltc.model.stage.StageFramework;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import org.ltc.model.io.InputFiles;

/**
 * The content the practice runs on, kept as data rather than code so that a host can swap in its own
 * licensed wording: conversation guides (the ASK opening questions and a full conversation), stage
 * frameworks (Harwood's five stages, the nine-stage Community Readiness Model with its six dimensions and
 * anchored 1-9 scales) and Harwood's nine public-capital factors. Every content file carries its
 * {@code source}.
 *
 * <p>{@link #builtIn()} reads the files bundled under {@code org/ltc/model/content/}; {@link #load(Path)}
 * reads a host's file or folder of files (see {@link ContentFile} for the format); {@link #replacedBy}
 * lays a host's content over the built-ins, item by item (same id replaces, new id adds).
 *
 * <p>Ids are unique within each list. Immutable and thread-safe.
 *
 * @param sources              the citations of the files the content came from, in load order
 * @param guides               conversation guides
 * @param frameworks           stage frameworks
 * @param publicCapitalFactors public-capital factors
 */
public record ContentLibrary(List<String> sources, @Valid List<ConversationGuide> guides,
                             @Valid List<StageFramework> frameworks,
                             @Valid List<PublicCapitalFactor> publicCapitalFactors) {

    /** Id of Harwood's five stages of community life ("Community Rhythms"). */
    public static final String HARWOOD_FIVE_STAGES = "harwood-five-stages";
    /** Id of the Tri-Ethnic Center's nine-stage Community Readiness Model. */
    public static final String COMMUNITY_READINESS = "community-readiness";
    /** Id of the guide holding the four opening ("ASK") questions. */
    public static final String ASK_EXERCISE = "ask-exercise";
    /** Id of the built-in full community-conversation guide. */
    public static final String COMMUNITY_CONVERSATION = "ltc-community-conversation";

    /** The bundled resource files, in load order (resources next to this class). */
    public static final List<String> BUILT_IN_FILES = List.of("conversation-guides.json", "harwood-five-stages.json",
            "community-readiness.json", "public-capital.json");

    public ContentLibrary {
        sources = Checks.strings("sources", sources);
        guides = Checks.list("guides", guides);
        frameworks = Checks.list("frameworks", frameworks);
        publicCapitalFactors = Checks.list("publicCapitalFactors", publicCapitalFactors);
        Checks.uniqueIds("guides", guides, ConversationGuide::id);
        Checks.uniqueIds("frameworks", frameworks, StageFramework::id);
        Checks.uniqueIds("publicCapitalFactors", publicCapitalFactors, PublicCapitalFactor::id);
    }

    /** The content bundled with the library. Read once; the result is shared (it is immutable). */
    public static ContentLibrary builtIn() {
        return BuiltIn.LIBRARY;
    }

    /**
     * Reads a host's content: one JSON file in the {@link ContentFile} format, or a folder whose
     * {@code *.json} files (in name order) are read together. An id that repeats across files is an error
     * naming both files.
     */
    public static ContentLibrary load(Path fileOrFolder) {
        Checks.notNull("fileOrFolder", fileOrFolder);
        if (Files.isDirectory(fileOrFolder)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(fileOrFolder)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            } catch (IOException e) {
                throw new InvalidInputException(fileOrFolder.toString(), null, null, null,
                        "cannot be listed: " + e.getMessage(), e);
            }
            if (files.isEmpty()) {
                throw new InvalidInputException(fileOrFolder.toString(), null, null, null,
                        "holds no *.json content files");
            }
            Builder b = new Builder();
            for (Path f : files) {
                b.add(readFile(f), f.toString());
            }
            return b.build();
        }
        Builder b = new Builder();
        b.add(readFile(fileOrFolder), fileOrFolder.toString());
        return b.build();
    }

    /** Reads one content file from a stream; {@code sourceName} names it in error messages. */
    public static ContentLibrary load(InputStream in, String sourceName) {
        Builder b = new Builder();
        b.add(read(in, sourceName), sourceName);
        return b.build();
    }

    /**
     * This content with a host's laid over it: an item of {@code host} replaces the item of the same id
     * here (in its place), and items with new ids are added after. Sources of both are kept.
     */
    public ContentLibrary replacedBy(ContentLibrary host) {
        Checks.notNull("host", host);
        List<String> allSources = new ArrayList<>(sources);
        host.sources.stream().filter(s -> !allSources.contains(s)).forEach(allSources::add);
        return new ContentLibrary(allSources, overlay(guides, host.guides, ConversationGuide::id),
                overlay(frameworks, host.frameworks, StageFramework::id),
                overlay(publicCapitalFactors, host.publicCapitalFactors, PublicCapitalFactor::id));
    }

    public Optional<StageFramework> framework(String id) {
        return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The framework with this id, or an {@link InvalidInputException} listing the ids there are. */
    public StageFramework requireFramework(String id) {
        return framework(id).orElseThrow(() -> InvalidInputException.field("framework", id,
                "is not a known stage framework; known: " + frameworks.stream().map(StageFramework::id).toList()));
    }

    public Optional<ConversationGuide> guide(String id) {
        return guides.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<PublicCapitalFactor> publicCapitalFactor(String id) {
        return publicCapitalFactors.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Harwood's five stages (stage ids {@code waiting-place, impasse, catalytic, growth, sustain-renew}). */
    public StageFramework harwoodFiveStages() {
        return requireFramework(HARWOOD_FIVE_STAGES);
    }

    /** The nine-stage Community Readiness Model with its six dimensions. */
    public StageFramework communityReadiness() {
        return requireFramework(COMMUNITY_READINESS);
    }

    private static <T> List<T> overlay(List<T> base, List<T> over, Function<T, String> id) {
        Map<String, T> merged = new LinkedHashMap<>();
        base.forEach(t -> merged.put(id.apply(t), t));
        over.forEach(t -> merged.put(id.apply(t), t));
        return List.copyOf(merged.values());
    }

    private static ContentFile readFile(Path file) {
        try (InputStream in = InputFiles.open(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static ContentFile read(InputStream in, String sourceName) {
        Checks.notNull("in", in);
        LtcJson json = LtcJson.defaults();
        JsonNode root;
        try {
            root = json.mapper().readTree(in);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? null
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidInputException(sourceName, where, null, null, "is not valid JSON: "
                    + LtcJson.syntaxProblem(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(sourceName, "/", null, null,
                    "must be a JSON object with source, guides, frameworks, publicCapitalFactors");
        }
        return json.convert(root, ContentFile.class, sourceName, "");
    }

    /** Collects files, naming both files when an id repeats. */
    private static final class Builder {
        private final List<String> sources = new ArrayList<>();
        private final Map<String, ConversationGuide> guides = new LinkedHashMap<>();
        private final Map<String, StageFramework> frameworks = new LinkedHashMap<>();
        private final Map<String, PublicCapitalFactor> factors = new LinkedHashMap<>();
        private final Map<String, String> origin = new java.util.HashMap<>();

        void add(ContentFile file, String name) {
            sources.add(file.source());
            put("guides", file.guides(), ConversationGuide::id, guides, name);
            put("frameworks", file.frameworks(), StageFramework::id, frameworks, name);
            put("publicCapitalFactors", file.publicCapitalFactors(), PublicCapitalFactor::id, factors, name);
        }

        private <T> void put(String list, List<T> items, Function<T, String> id, Map<String, T> into, String name) {
            for (int i = 0; i < items.size(); i++) {
                String key = id.apply(items.get(i));
                String before = origin.putIfAbsent(list + "/" + key, name);
                if (before != null) {
                    throw new InvalidInputException(name, "/" + list + "/" + i, "id", key,
                            "repeats an id already defined in " + before);
                }
                into.put(key, items.get(i));
            }
        }

        ContentLibrary build() {
            return new ContentLibrary(sources, List.copyOf(guides.values()), List.copyOf(frameworks.values()),
                    List.copyOf(factors.values()));
        }
    }

    /** Lazy holder: the built-ins are read on first use, once. */
    private static final class BuiltIn {
        static final ContentLibrary LIBRARY = load();

        private static ContentLibrary load() {
            Builder b = new Builder();
            for (String name : BUILT_IN_FILES) {
                try (InputStream in = ContentLibrary.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("built-in content " + name + " is missing from the jar");
                    }
                    b.add(read(in, "built-in " + name), "built-in " + name);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return b.build();
        }
    }
}
