package org.ltc.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * The SDK's JSON codec (Jackson 3): reads and writes the top-level documents in a versioned envelope,
 * {@code {"format":"ltc","version":1,"kind":"conversation-set","data":{...}}}.
 *
 * <p>The model carries only Jackson annotations, so a host's own Jackson 2 or 3 mapper reads and writes the
 * same {@code data}; this codec adds the envelope, the input limits and error messages that name the file,
 * the JSON pointer, the field and the rejected value.
 *
 * <p>Immutable and thread-safe: share one instance.
 */
public final class LtcJson {
    /** The envelope's {@code format} value. */
    public static final String FORMAT = "ltc";
    /** The envelope version this library writes; it reads this version and older ones. */
    public static final int VERSION = 1;

    /** The codec with default limits, built once: a mapper is immutable and costly to build. */
    private static final LtcJson DEFAULT = new LtcJson(JsonLimits.defaults());

    private final JsonLimits limits;
    private final JsonMapper mapper;

    private LtcJson(JsonLimits limits) {
        JacksonRequirements.check(); // an old jackson-annotations fails here, saying what to add
        this.limits = Objects.requireNonNull(limits, "limits");
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringChars())
                        .build())
                // {"id": "a", "id": "b"} is two answers to one question: reject it instead of keeping the last.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                // Declaration order reads best and matches a Jackson 2 mapper's record order.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
                // Read exactly what the published JSON Schema allows: no "3" or 2.5 for a count, no 42 for a
                // text, no null for a required value (JsonSchemas states the same rules; a property test
                // keeps the two in agreement). Explicit nulls for required values: RequiredValues, in convert.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("ltc-strict-time")
                        .addDeserializer(Instant.class, new IsoText<>(Instant.class, Instant::parse, "2026-01-01T00:00:00Z"))
                        .addDeserializer(java.time.LocalDate.class, new IsoText<>(java.time.LocalDate.class,
                                java.time.LocalDate::parse, "2026-01-01")))
                .build();
    }

    /**
     * An instant or a date is ISO-8601 text, as the schema's {@code date-time} and {@code date}: never a number
     * read as epoch seconds or an array of its fields.
     */
    private static final class IsoText<T> extends StdDeserializer<T> {
        private final java.util.function.Function<String, T> parse;
        private final String example;

        IsoText(Class<T> type, java.util.function.Function<String, T> parse, String example) {
            super(type);
            this.parse = parse;
            this.example = example;
        }

        @Override
        public T deserialize(tools.jackson.core.JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(tools.jackson.core.JsonToken.VALUE_STRING)) {
                @SuppressWarnings("unchecked")
                T never = (T) ctxt.handleUnexpectedToken(handledType(), p);
                return never;
            }
            String text = p.getString();
            try {
                return parse.apply(text);
            } catch (java.time.format.DateTimeParseException e) {
                @SuppressWarnings("unchecked")
                T never = (T) ctxt.handleWeirdStringValue(handledType(), text, "must be ISO-8601, such as " + example);
                return never;
            }
        }
    }


    /** The shared codec with {@link JsonLimits#defaults()} (one instance per class loader). */
    public static LtcJson defaults() {
        return DEFAULT;
    }

    /** A codec with other limits ("mutant factory": this instance is unchanged). */
    public LtcJson withLimits(JsonLimits newLimits) {
        if (limits.equals(newLimits)) {
            return this;
        }
        return DEFAULT.limits.equals(newLimits) ? DEFAULT : new LtcJson(newLimits);
    }

    public JsonLimits limits() {
        return limits;
    }

    /** The configured mapper, for hosts that want the model without the envelope. */
    public ObjectMapper mapper() {
        return mapper;
    }

    // ---------------------------------------------------------------- writing

    /** The document in its envelope, as pretty-printed JSON text ending in a newline. */
    public String write(Object document) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(document, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Writes the document to a file atomically: a failed write leaves no half-written file behind. */
    public void write(Object document, Path file) {
        TextFiles.writeAtomically(file, out -> write(document, out));
    }

    /**
     * Streams the document in its envelope to {@code out} (UTF-8, pretty-printed, ending in a newline), without
     * building the text first. {@code out} is flushed, not closed.
     */
    public void write(Object document, OutputStream out) {
        DocumentKind kind = kindOf(document);
        OutputStream shield = new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (JsonGenerator g = mapper.createGenerator(shield)) {
            g.writeStartObject();
            g.writeStringProperty("format", FORMAT);
            g.writeNumberProperty("version", VERSION);
            g.writeStringProperty("kind", kind.id());
            g.writeName("data");
            mapper.writeValue(g, document);
            g.writeEndObject();
        }
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The envelope as a tree: {@code format}, {@code version}, {@code kind}, {@code data}. */
    public ObjectNode envelope(Object document) {
        DocumentKind kind = kindOf(document);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("kind", kind.id());
        root.set("data", mapper.valueToTree(document));
        return root;
    }

    /**
     * A document of a kind defined outside the model (a plug-in module's saved state or results, such as a
     * fitted model), in the same envelope as the model's own documents: pretty-printed, ending in a newline.
     */
    public String writeEnvelope(String kind, Object data) {
        Checks.notBlank("kind", kind);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("kind", kind);
        root.set("data", mapper.valueToTree(data));
        return mapper.writeValueAsString(root) + "\n";
    }

    /**
     * Reads a document written by {@link #writeEnvelope(String, Object)}: checks the format, version and kind,
     * then binds {@code data}, every problem located by JSON pointer and naming {@code source}.
     */
    public <T> T readEnvelope(String text, String source, String kind, Class<T> type) {
        JsonNode root = readTree(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                source);
        if (!root.isObject() || !FORMAT.equals(root.path("format").asString(null))) {
            throw new InvalidInputException(source, "/format", "format", null,
                    "must be \"ltc\": this is not an LTC document");
        }
        int version = root.path("version").asInt(0);
        if (version < 1 || version > VERSION) {
            throw new InvalidInputException(source, "/version", "version", root.path("version").toString(),
                    "must be a version from 1 to " + VERSION);
        }
        String found = root.path("kind").asString(null);
        if (!kind.equals(found)) {
            throw new InvalidInputException(source, "/kind", "kind", found, "must be \"" + kind + "\"");
        }
        return convert(root.get("data"), type, source, "/data");
    }

    // ---------------------------------------------------------------- reading

    /** Reads a document of the expected type from a file. */
    public <T> T read(Path file, Class<T> type) {
        return type.cast(read(file, DocumentKind.byType(type).orElseThrow(() -> new IllegalArgumentException(
                type.getName() + " is not a top-level document type"))));
    }

    /** Reads a document of the expected kind from a file. */
    public Object read(Path file, DocumentKind expected) {
        try (InputStream in = InputFiles.open(file, limits.maxDocumentBytes())) {
            return read(in, file.toString(), expected);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a document of whatever kind its envelope names. */
    public Object readAny(Path file) {
        return read(file, (DocumentKind) null);
    }

    /**
     * Reads a document from a stream.
     *
     * @param source   a name for messages (a file name, a URL)
     * @param expected the kind expected, or {@code null} to accept any kind
     */
    public Object read(InputStream in, String source, DocumentKind expected) {
        JsonNode root = parse(in, source);
        DocumentKind kind = checkEnvelope(root, source, expected);
        return convert(root.get("data"), kind.type(), source, "/data");
    }

    public <T> T read(String json, Class<T> type) {
        DocumentKind kind = DocumentKind.byType(type).orElseThrow(() -> new IllegalArgumentException(
                type.getName() + " is not a top-level document type"));
        return type.cast(read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "<string>", kind));
    }

    /** The kind named in a document's envelope, reading no further than needed. */
    public DocumentKind kindOf(Path file) {
        try (InputStream in = InputFiles.open(file, limits.maxDocumentBytes())) {
            return checkEnvelope(parse(in, file.toString()), file.toString(), null);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Binds a tree to a model type, turning every Jackson problem into an {@link InvalidInputException}
     * located by JSON pointer ({@code pointerPrefix} is prepended, e.g. {@code "/data"}).
     */
    public <T> T convert(JsonNode node, Class<T> type, String source, String pointerPrefix) {
        RequiredValues.check(node, type, source, pointerPrefix);
        try {
            return mapper.treeToValue(node, type);
        } catch (JacksonException e) {
            throw located(e, source, pointerPrefix);
        }
    }

    private JsonNode parse(InputStream in, String source) {
        return readTree(in, source);
    }

    /**
     * Parses JSON text into a tree under this codec's {@link JsonLimits}, without reading it as a document
     * (used by validators). A broken limit is reported at the JSON pointer where the parser was, and the line.
     */
    public JsonNode readTree(InputStream in, String source) {
        tools.jackson.core.JsonParser parser = null;
        try {
            parser = mapper.createParser(in);
            JsonNode tree = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                throw new InvalidInputException(source, lineOf(parser), null, null,
                        "is not valid JSON: trailing content after the document");
            }
            return tree == null ? mapper.missingNode() : tree;
        } catch (StreamConstraintsException e) {
            String pointer = pointerOf(parser);
            String line = lineOf(e);
            throw new InvalidInputException(source, pointer == null ? line : line == null ? pointer : pointer + " (" + line + ")",
                    null, null, "exceeds a safety limit: " + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new InvalidInputException(source, lineOf(e), null, null,
                    "is not valid JSON: " + syntaxProblem(e), e);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /**
     * A JSON syntax error's message without the text it stumbled on: the parser quotes the token it could not
     * read ({@code Unrecognized token 'root'}), which for a path pointed at the wrong file (a password file, a
     * key) would echo that file's content into a message. The location (line, column) says where instead.
     */
    public static String syntaxProblem(JacksonException e) {
        String m = e.getOriginalMessage();
        return m == null ? "syntax error" : m.replaceAll("(?s)Unrecognized token '.*?':", "Unrecognized token:");
    }

    /** Where the parser stood when it stopped, as a JSON pointer ({@code "/data/notes/3/text"}), or null. */
    private static String pointerOf(tools.jackson.core.JsonParser p) {
        if (p != null && p.streamReadContext() != null) {
            String ptr = p.streamReadContext().pathAsPointer().toString();
            return ptr.isEmpty() ? null : ptr;
        }
        return null;
    }

    private static String lineOf(tools.jackson.core.JsonParser p) {
        var loc = p.currentLocation();
        return loc == null || loc.getLineNr() < 1 ? null : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String lineOf(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? null
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private DocumentKind checkEnvelope(JsonNode root, String source, DocumentKind expected) {
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source, "/", null, null, "must be a JSON object (an LTC document envelope)");
        }
        JsonNode format = root.get("format");
        if (format == null || !FORMAT.equals(format.asString(null))) {
            throw new InvalidInputException(source, "/format", "format", format == null ? null : format.toString(),
                    "must be \"" + FORMAT + "\": this is not an LTC document");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asInt() < 1) {
            throw new InvalidInputException(source, "/version", "version", version == null ? null : version.toString(),
                    "must be a positive whole number");
        }
        if (version.asInt() > VERSION) {
            throw new InvalidInputException(source, "/version", "version", version.toString(),
                    "is newer than this library reads (" + VERSION + "): upgrade the LTC SDK");
        }
        JsonNode kindNode = root.get("kind");
        String kindId = kindNode == null ? null : kindNode.asString(null);
        DocumentKind kind = kindId == null ? null : DocumentKind.byId(kindId).orElse(null);
        if (kind == null) {
            throw new InvalidInputException(source, "/kind", "kind", kindId,
                    "must be one of " + java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::id).toList());
        }
        if (expected != null && kind != expected) {
            throw new InvalidInputException(source, "/kind", "kind", kindId, "must be \"" + expected.id() + "\" here");
        }
        for (var it = root.propertyNames().iterator(); it.hasNext(); ) {
            String name = it.next();
            if (!List.of("format", "version", "kind", "data").contains(name)) {
                throw new InvalidInputException(source, "/" + name, name, null, "is not a field of the envelope");
            }
        }
        if (root.get("data") == null || !root.get("data").isObject()) {
            throw new InvalidInputException(source, "/data", "data", null, "must be a JSON object");
        }
        return kind;
    }

    private static InvalidInputException located(JacksonException e, String source, String prefix) {
        String pointer = prefix + pointer(e.getPath());
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof InvalidInputException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidInputException iie) {
            return iie.at(source, pointer);
        }
        List<JacksonException.Reference> path = e.getPath();
        String field = path.isEmpty() ? null : path.get(path.size() - 1).getPropertyName();
        return new InvalidInputException(source, pointer, field, null, e.getOriginalMessage(), e);
    }

    /** RFC 6901 pointer for a Jackson reference path. */
    static String pointer(List<JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : path) {
            sb.append('/');
            if (r.getPropertyName() != null) {
                sb.append(r.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                sb.append(r.getIndex());
            }
        }
        return sb.toString();
    }

    private static DocumentKind kindOf(Object document) {
        Objects.requireNonNull(document, "document");
        return DocumentKind.byType(document.getClass()).orElseThrow(() -> new IllegalArgumentException(
                document.getClass().getName() + " is not a top-level document type"));
    }
}
