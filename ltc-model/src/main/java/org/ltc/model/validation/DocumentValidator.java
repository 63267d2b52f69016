package org.ltc.model.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.io.LtcJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.NullNode;
import org.ltc.model.io.InputFiles;

/**
 * Validates an LTC JSON document and reports every error, not just the first: the JSON syntax and safety
 * limits, the envelope ({@code format}, {@code version}, {@code kind}, {@code data}), each field of the data
 * bound to the model record by record (so one bad note does not hide a bad conversation), each record
 * constructor's rules (including broken references between records), and the Jakarta Validation constraints.
 *
 * <p>How: the data tree is walked alongside the record types; every leaf is bound by the same Jackson mapper
 * {@link LtcJson} uses, every record is built through its canonical constructor once its fields bound, and a
 * record whose fields failed is not built (so one error is not reported again by every enclosing record). A
 * property test holds the walk to {@link LtcJson}: a document is valid exactly when {@code LtcJson} reads it,
 * and then to the same value.
 *
 * <p>Limits: a record is built only when all its fields bound, so a missing required field next to a broken
 * one is reported after the broken one is fixed; the Jakarta constraints are checked once the whole document
 * bound.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentValidator {
    /** The default most errors listed in one report. */
    public static final int DEFAULT_MAX_ERRORS = 1000;
    private static final List<String> ENVELOPE_FIELDS = List.of("format", "version", "kind", "data");

    private final LtcJson json;
    private final ObjectMapper mapper;
    private final ModelValidator modelValidator;
    private final int maxErrors;
    private final Map<Class<?>, RecordInfo> records = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, Object>> enums = new ConcurrentHashMap<>();
    private final Map<Class<?>, Boolean> selfBinding = new ConcurrentHashMap<>();

    private DocumentValidator(LtcJson json, ModelValidator modelValidator, int maxErrors) {
        this.json = Objects.requireNonNull(json, "json");
        this.mapper = json.mapper();
        this.modelValidator = modelValidator;
        this.maxErrors = maxErrors;
    }

    /** A validator with the default codec and limits. */
    public static DocumentValidator create() {
        return new DocumentValidator(LtcJson.defaults(), ModelValidator.create(), DEFAULT_MAX_ERRORS);
    }

    /** A validator using a codec with other limits. */
    public static DocumentValidator create(LtcJson json) {
        return new DocumentValidator(json, ModelValidator.create(), DEFAULT_MAX_ERRORS);
    }

    /** The same validator listing at most {@code max} errors. */
    public DocumentValidator withMaxErrors(int max) {
        if (max < 1) {
            throw new org.ltc.model.InvalidOptionsException("maxErrors", max, "must be positive");
        }
        return new DocumentValidator(json, modelValidator, max);
    }

    /** Validates a file. A file that cannot be read is one error at the document root. */
    public ValidationReport validate(Path file) {
        try (InputStream in = InputFiles.open(file, json.limits().maxDocumentBytes())) {
            return validate(in, file.toString());
        } catch (IOException e) {
            return new ValidationReport(file.toString(), null,
                    List.of(new ValidationError("", null, "cannot be read: " + e.getMessage())), false, null);
        }
    }

    /** Validates a document held in a string. */
    public ValidationReport validate(String jsonText, String source) {
        return validate(new java.io.ByteArrayInputStream(jsonText.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                source);
    }

    /** Validates a document read from a stream (not closed here). */
    public ValidationReport validate(InputStream in, String source) {
        Collector errors = new Collector(maxErrors);
        JsonNode root;
        try {
            root = json.readTree(in, source);
        } catch (InvalidInputException e) {
            errors.add(ValidationError.of(e, ""));
            return errors.report(source, null, null);
        }
        DocumentKind kind = envelope(root, errors);
        if (kind == null || !errors.isEmpty()) {
            return errors.report(source, kind, null);
        }
        Object value = bind(root.get("data"), kind.type(), "/data", errors);
        if (value == NO_VALUE || !errors.isEmpty()) {
            return errors.report(source, kind, null);
        }
        modelValidator.validate(value, "/data").forEach(errors::add);
        return errors.report(source, kind, errors.isEmpty() ? value : null);
    }

    private DocumentKind envelope(JsonNode root, Collector errors) {
        if (root == null || !root.isObject()) {
            errors.add(new ValidationError("", null, "must be a JSON object (an LTC document envelope)"));
            return null;
        }
        JsonNode format = root.get("format");
        if (format == null || !LtcJson.FORMAT.equals(format.asString(null))) {
            errors.add(new ValidationError("/format", "format", "must be \"" + LtcJson.FORMAT
                    + "\": this is not an LTC document" + rejected(format)));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asInt() < 1) {
            errors.add(new ValidationError("/version", "version", "must be a positive whole number" + rejected(version)));
        } else if (version.asInt() > LtcJson.VERSION) {
            errors.add(new ValidationError("/version", "version", "is newer than this library reads ("
                    + LtcJson.VERSION + "): upgrade the LTC SDK" + rejected(version)));
        }
        JsonNode kindNode = root.get("kind");
        String kindId = kindNode == null ? null : kindNode.asString(null);
        DocumentKind kind = kindId == null ? null : DocumentKind.byId(kindId).orElse(null);
        if (kind == null) {
            errors.add(new ValidationError("/kind", "kind", "must be one of "
                    + Arrays.stream(DocumentKind.values()).map(DocumentKind::id).toList() + rejected(kindNode)));
        }
        for (String name : root.propertyNames()) {
            if (!ENVELOPE_FIELDS.contains(name)) {
                errors.add(new ValidationError("/" + ModelValidator.escape(name), name, "is not a field of the envelope"));
            }
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            errors.add(new ValidationError("/data", "data", "must be a JSON object"));
        }
        return kind;
    }

    private static String rejected(JsonNode node) {
        return node == null ? "" : " (rejected value: \"" + InvalidInputException.abbreviate(
                node.isString() ? node.asString() : node.toString()) + "\")";
    }

    /** Marks a value that could not be bound (its errors are already collected). */
    private static final Object NO_VALUE = new Object();

    private Object bind(JsonNode node, Type type, String pointer, Collector errors) {
        if (errors.full()) {
            return NO_VALUE;
        }
        Class<?> raw = raw(type);
        if (node == null && raw.isPrimitive()) {
            // Jackson gives an absent creator property of a primitive type its default (0, false); an explicit
            // null goes through Jackson below and fails as it would there.
            return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(raw, 1), 0);
        }
        boolean absent = node == null || node.isNull() || node.isMissingNode();
        if (raw.isRecord() && !selfBinding.computeIfAbsent(raw, DocumentValidator::jacksonBindsItself)) {
            if (absent) {
                return null;
            }
            if (!node.isObject()) {
                errors.add(new ValidationError(pointer, lastField(pointer), "must be a JSON object"
                        + rejected(node)));
                return NO_VALUE;
            }
            return bindRecord(node, raw, pointer, errors);
        }
        if ((List.class.equals(raw) || java.util.Set.class.equals(raw) || java.util.Collection.class.equals(raw))
                && type instanceof ParameterizedType pt) {
            if (absent) {
                return null;
            }
            if (!node.isArray()) {
                errors.add(new ValidationError(pointer, lastField(pointer), "must be a JSON array" + rejected(node)));
                return NO_VALUE;
            }
            Type element = pt.getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>(node.size());
            boolean failed = false;
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                Object v = bind(item, element, pointer + "/" + i, errors);
                if (v == NO_VALUE) {
                    failed = true;
                } else if (v == null) {
                    errors.add(new ValidationError(pointer + "/" + i, lastField(pointer), "must not be null"));
                    failed = true;
                } else {
                    out.add(v);
                }
            }
            return failed ? NO_VALUE : java.util.Set.class.equals(raw) ? new LinkedHashSet<>(out) : out;
        }
        if (Map.class.equals(raw) && type instanceof ParameterizedType pt
                && String.class.equals(pt.getActualTypeArguments()[0])) {
            if (absent) {
                return null;
            }
            if (!node.isObject()) {
                errors.add(new ValidationError(pointer, lastField(pointer), "must be a JSON object" + rejected(node)));
                return NO_VALUE;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            boolean failed = false;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                Object v = bind(e.getValue(), pt.getActualTypeArguments()[1],
                        pointer + "/" + ModelValidator.escape(e.getKey()), errors);
                if (v == NO_VALUE) {
                    failed = true;
                } else {
                    out.put(e.getKey(), v);
                }
            }
            return failed ? NO_VALUE : out;
        }
        return bindLeaf(absent && node == null ? NullNode.getInstance() : node, type, pointer, errors);
    }

    private Object bindLeaf(JsonNode node, Type type, String pointer, Collector errors) {
        Object fast = fastLeaf(node, type);
        if (fast != null) {
            return fast;
        }
        if (type instanceof Class<?> c && c.isEnum() && node.isString() && !enums.get(c).isEmpty()) {
            // Jackson's own message lists the values in hash order and names the Java class; say it plainly.
            errors.add(new ValidationError(pointer, lastField(pointer), "must be one of "
                    + Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList() + rejected(node)));
            return NO_VALUE;
        }
        try {
            JavaType javaType = mapper.getTypeFactory().constructType(type);
            return mapper.treeToValue(node, javaType);
        } catch (JacksonException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof InvalidInputException)) {
                cause = cause.getCause() == cause ? null : cause.getCause();
            }
            if (cause instanceof InvalidInputException iie) {
                errors.add(ValidationError.of(iie, pointer));
            } else {
                errors.add(new ValidationError(pointer, lastField(pointer), firstLine(e.getOriginalMessage())
                        + rejected(node)));
            }
            return NO_VALUE;
        }
    }

    /**
     * The value of the plain leaves that make up most of a large document (strings, whole numbers, numbers,
     * booleans, enum names), without a Jackson round: binding 200,000 votes one Jackson call per field is slow.
     * Anything else, including every case that needs a coercion or an error message, returns {@code null} and
     * goes through Jackson, so the result is always what Jackson would give.
     */
    private Object fastLeaf(JsonNode node, Type type) {
        if (node == null || !(type instanceof Class<?> c)) {
            return null;
        }
        if (c == String.class) {
            return node.isString() ? node.asString() : null;
        }
        if (c == int.class || c == Integer.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
        }
        if (c == long.class || c == Long.class) {
            return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : null;
        }
        if (c == double.class || c == Double.class) {
            return node.isNumber() && node.isFloatingPointNumber() || node.isIntegralNumber() && node.canConvertToInt()
                    ? node.doubleValue() : null;
        }
        if (c == boolean.class || c == Boolean.class) {
            return node.isBoolean() ? node.booleanValue() : null;
        }
        if (c.isEnum() && node.isString()) {
            return enums.computeIfAbsent(c, DocumentValidator::enumConstants).get(node.asString());
        }
        return null;
    }

    /** Enum constants by name, for enums Jackson reads by name (no {@code @JsonValue}/{@code @JsonProperty}). */
    private static Map<String, Object> enumConstants(Class<?> type) {
        Map<String, Object> byName = new java.util.HashMap<>();
        if (jacksonBindsItself(type)) {
            return byName;
        }
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                if (type.getField(name).isAnnotationPresent(JsonProperty.class)) {
                    return Map.of();
                }
            } catch (NoSuchFieldException e) {
                return Map.of();
            }
            byName.put(name, constant);
        }
        return byName;
    }

    private Object bindRecord(JsonNode node, Class<?> type, String pointer, Collector errors) {
        RecordInfo info = records.computeIfAbsent(type, RecordInfo::new);
        for (String name : node.propertyNames()) {
            if (!info.byJsonName.containsKey(name)) {
                errors.add(new ValidationError(pointer + "/" + ModelValidator.escape(name), name,
                        "is not a field of " + type.getSimpleName() + " (known: " + info.byJsonName.keySet() + ")"));
            }
        }
        Object[] args = new Object[info.components.length];
        boolean failed = false;
        for (int i = 0; i < args.length; i++) {
            RecordComponent c = info.components[i];
            String name = info.jsonNames[i];
            if (node.get(name) != null && node.get(name).isNull() && required(info.constructor.getParameters()[i])) {
                // As the reader (LtcJson) and the schema: an explicit null for a required value is an error.
                errors.add(new ValidationError(pointer + "/" + ModelValidator.escape(name), name, "must not be null"));
                failed = true;
                continue;
            }
            Object v = bind(node.get(name), c.getGenericType(), pointer + "/" + ModelValidator.escape(name), errors);
            if (v == NO_VALUE) {
                failed = true;
            } else {
                args[i] = v;
            }
        }
        if (failed || errors.full()) {
            return NO_VALUE;
        }
        try {
            return info.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidInputException iie) {
                errors.add(ValidationError.of(iie, pointer));
            } else {
                errors.add(new ValidationError(pointer, null, "cannot be built: " + e.getCause()));
            }
            return NO_VALUE;
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            errors.add(new ValidationError(pointer, null, "cannot be built: " + e));
            return NO_VALUE;
        }
    }

    private static boolean required(java.lang.reflect.Parameter p) {
        return p.isAnnotationPresent(jakarta.validation.constraints.NotNull.class)
                || p.isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)
                || p.isAnnotationPresent(jakarta.validation.constraints.NotEmpty.class);
    }

    /** A type Jackson binds by a creator or a value method of its own (e.g. a category written as a string). */
    private static boolean jacksonBindsItself(Class<?> type) {
        for (Method m : type.getDeclaredMethods()) {
            if (m.isAnnotationPresent(JsonValue.class) || m.isAnnotationPresent(JsonCreator.class)) {
                return true;
            }
        }
        return Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> c.isAnnotationPresent(JsonCreator.class));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType pt) {
            return (Class<?>) pt.getRawType();
        }
        return Object.class;
    }

    private static String lastField(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.isEmpty() || last.chars().allMatch(Character::isDigit) ? null
                : last.replace("~1", "/").replace("~0", "~");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "cannot be read";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The JSON name of each component and the canonical constructor of a record type. */
    private static final class RecordInfo {
        final RecordComponent[] components;
        final String[] jsonNames;
        final Map<String, Integer> byJsonName = new LinkedHashMap<>();
        final Constructor<?> constructor;

        RecordInfo(Class<?> type) {
            components = type.getRecordComponents();
            jsonNames = new String[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                jsonNames[i] = jsonName(components[i]);
                byJsonName.put(jsonNames[i], i);
                types[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + type, e);
            }
        }
    }

    /** A record component's JSON property name: its {@code @JsonProperty} value, else its own name. */
    public static String jsonName(RecordComponent c) {
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        if (p == null) {
            try {
                p = c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                p = null;
            }
        }
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }

    /** Collects errors up to a limit. Not thread-safe: one per validation. */
    private static final class Collector {
        private final int max;
        private final List<ValidationError> list = new ArrayList<>();
        private boolean truncated;

        Collector(int max) {
            this.max = max;
        }

        void add(ValidationError e) {
            if (list.size() < max) {
                list.add(e);
            } else {
                truncated = true;
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        /** Whether the limit is reached; validation then stops and the report says it was cut short. */
        boolean full() {
            if (list.size() >= max) {
                truncated = true;
            }
            return truncated;
        }

        ValidationReport report(String source, DocumentKind kind, Object value) {
            return new ValidationReport(source, kind, list, truncated, value);
        }
    }
}
