package org.ltc.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.LtcException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.SerializationFeature;

/**
 * JSON Schema (draft 2020-12) for every top-level document, generated from the model records by reflection, so
 * a host in any language (PHP, Perl, Python...) can validate LTC JSON without this library.
 *
 * <p>What is read from the model: each record's components in declaration order and their JSON names
 * ({@code @JsonProperty}); the value types (strings, integers, numbers, booleans, enums, {@code Instant} as
 * {@code date-time}, {@code LocalDate} as {@code date}, lists, string-keyed maps, nested records as
 * {@code $defs}, and {@code @JsonValue} types as the type of their value); Jakarta constraints
 * ({@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty} make a field required, {@code @NotBlank} adds
 * {@code minLength} and a non-blank {@code pattern}, {@code @Size}, {@code @Pattern}, {@code @Min}/{@code @Max},
 * {@code @DecimalMin}/{@code @DecimalMax} with their {@code inclusive} flag, {@code @Positive}...); and the class's
 * {@code @JsonInclude}: a collection in a {@code NON_EMPTY} record is left out when empty, so it is never required.
 * Fields that are not required also accept {@code null}, as a host's own Jackson mapper may write nulls.
 * Numbers and booleans are not required: the SDK always writes them, and its reader gives an absent one its
 * default (0, false; some records document their own, such as an action's weight of 1), so the schema accepts
 * what the reader accepts there (a property test keeps the two in agreement); an explicit {@code null} for one
 * is refused by both.
 *
 * <p>What a schema cannot say: rules that span fields (every note names a known conversation, ids are unique,
 * probabilities sum to 1) and the identifier syntax checked in constructors. {@code ltc validate} checks those.
 *
 * <p>The generated schemas are committed under {@code ltc-model/src/main/resources/org/ltc/model/schema/} as
 * {@code <kind>.schema.json}; a test regenerates them and fails when they differ. Thread-safe (stateless).
 */
public final class JsonSchemas {
    /** The JSON Schema dialect. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** Where the committed schema files live on the class path (inside this module). */
    public static final String RESOURCE_DIR = "/org/ltc/model/schema/";

    private static final JsonMapper PRINTER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSchemas() {
    }

    /** The file name of a kind's schema, e.g. {@code conversation-set.schema.json}. */
    public static String fileName(DocumentKind kind) {
        return kind.id() + ".schema.json";
    }

    /** The schema of a document of this kind: the envelope, with {@code data} described in {@code $defs}. */
    public static ObjectNode generate(DocumentKind kind) {
        Generator g = new Generator();
        ObjectNode dataRef = g.schema(kind.type(), false);
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DIALECT);
        root.put("$id", "urn:ltc:schema:" + kind.id() + ":" + LtcJson.VERSION);
        root.put("title", "LTC " + kind.id() + " document");
        root.put("description", "An LTC SDK " + kind.id() + " document: the versioned envelope "
                + "{format, version, kind, data}, data being a " + kind.type().getSimpleName()
                + ". Generated from the model by org.ltc.model.io.JsonSchemas; do not edit.");
        root.put("type", "object");
        ObjectNode props = root.putObject("properties");
        props.putObject("format").put("const", LtcJson.FORMAT);
        props.putObject("version").put("type", "integer").put("minimum", 1).put("maximum", LtcJson.VERSION);
        props.putObject("kind").put("const", kind.id());
        props.set("data", dataRef);
        root.putArray("required").add("format").add("version").add("kind").add("data");
        root.put("additionalProperties", false);
        ObjectNode defs = root.putObject("$defs");
        g.defs.forEach(defs::set);
        return root;
    }

    /** The schema as the text committed to the repository: two-space indented, ending in a newline. */
    public static String generateText(DocumentKind kind) {
        return PRINTER.writeValueAsString(generate(kind)).replace("\r\n", "\n") + "\n";
    }

    /** Every kind's schema, by file name. */
    public static Map<String, String> generateAll() {
        Map<String, String> out = new TreeMap<>();
        for (DocumentKind k : DocumentKind.values()) {
            out.put(fileName(k), generateText(k));
        }
        return out;
    }

    /** Writes every kind's schema into a folder, creating it; returns the files written. */
    public static List<Path> writeAll(Path dir) {
        try (OutputFolder folder = OutputFolder.open(dir)) {
            for (Map.Entry<String, String> e : generateAll().entrySet()) {
                folder.writeString(e.getKey(), e.getValue());
            }
            return folder.commit();
        }
    }

    /** The schema shipped in this jar for a kind (the committed file), as text. */
    public static String bundled(DocumentKind kind) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(RESOURCE_DIR + fileName(kind))) {
            if (in == null) {
                throw new LtcException("no bundled schema for " + kind.id() + " at " + RESOURCE_DIR + fileName(kind));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LtcException("could not read the bundled schema for " + kind.id() + ": " + e.getMessage(), e);
        }
    }

    /** Builds one document's schema; collects record definitions as it goes. Not thread-safe. */
    private static final class Generator {
        final Map<String, ObjectNode> defs = new TreeMap<>();
        final Map<String, Class<?>> defOwners = new TreeMap<>();

        /** The schema of a value of a type, nullable or not. */
        ObjectNode schema(Type type, boolean nullable) {
            ObjectNode s = plain(type);
            if (!nullable) {
                return s;
            }
            if (s.has("$ref")) {
                ObjectNode any = NODES.objectNode();
                any.putArray("anyOf").add(s).add(NODES.objectNode().put("type", "null"));
                return any;
            }
            if (s.has("enum")) {
                ((ArrayNode) s.get("enum")).addNull();
            }
            if (s.has("type")) {
                ArrayNode types = NODES.arrayNode().add(s.get("type").asString()).add("null");
                s.set("type", types);
            }
            return s;
        }

        private ObjectNode plain(Type type) {
            Class<?> raw = raw(type);
            ObjectNode s = NODES.objectNode();
            if (raw == String.class || raw == char.class || raw == Character.class) {
                s.put("type", "string");
            } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                    || raw == short.class || raw == Short.class) {
                s.put("type", "integer");
            } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                    || raw == BigDecimal.class) {
                s.put("type", "number");
            } else if (raw == boolean.class || raw == Boolean.class) {
                s.put("type", "boolean");
            } else if (raw == Instant.class || raw == OffsetDateTime.class) {
                s.put("type", "string").put("format", "date-time");
            } else if (raw == LocalDate.class) {
                s.put("type", "string").put("format", "date");
            } else if (raw.isEnum()) {
                s.put("type", "string");
                ArrayNode values = s.putArray("enum");
                for (Object c : raw.getEnumConstants()) {
                    values.add(enumName((Enum<?>) c));
                }
            } else if (Collection.class.isAssignableFrom(raw)) {
                s.put("type", "array");
                s.set("items", schema(typeArgument(type, 0), false));
                if (Set.class.isAssignableFrom(raw)) {
                    s.put("uniqueItems", true);
                }
            } else if (Map.class.isAssignableFrom(raw)) {
                s.put("type", "object");
                s.set("additionalProperties", schema(typeArgument(type, 1), false));
            } else if (jsonValueMethod(raw) != null) {
                return plain(jsonValueMethod(raw).getGenericReturnType());
            } else if (raw.isRecord()) {
                s.put("$ref", "#/$defs/" + define(raw));
            }
            // Anything else (Object) is left open: {}.
            return s;
        }

        /** Adds a record's definition (once) and returns its name in {@code $defs}. */
        private String define(Class<?> type) {
            String name = type.getSimpleName();
            Class<?> owner = defOwners.putIfAbsent(name, type);
            if (owner != null && owner != type) {
                name = type.getName().replace('.', '_');
                defOwners.putIfAbsent(name, type);
            }
            if (defs.containsKey(name)) {
                return name;
            }
            ObjectNode def = NODES.objectNode();
            defs.put(name, def); // before the components, so recursive types (Action.children) terminate
            def.put("type", "object");
            ObjectNode props = def.putObject("properties");
            List<String> required = new ArrayList<>();
            JsonInclude classInclude = type.getAnnotation(JsonInclude.class);
            for (RecordComponent c : type.getRecordComponents()) {
                String json = jsonName(c);
                boolean primitive = c.getType().isPrimitive();
                boolean notNull = has(c, NotNull.class) || has(c, NotBlank.class) || has(c, NotEmpty.class);
                boolean container = Collection.class.isAssignableFrom(c.getType()) || Map.class.isAssignableFrom(c.getType());
                JsonInclude include = annotation(c, JsonInclude.class);
                JsonInclude.Include inc = include != null ? include.value()
                        : classInclude != null ? classInclude.value() : JsonInclude.Include.NON_NULL;
                boolean omittedWhenEmpty = container && (inc == JsonInclude.Include.NON_EMPTY
                        || inc == JsonInclude.Include.NON_DEFAULT);
                boolean isRequired = notNull && !omittedWhenEmpty;
                ObjectNode p = schema(c.getGenericType(), !primitive && !notNull);
                constraints(c, p);
                props.set(json, p);
                if (isRequired) {
                    required.add(json);
                }
            }
            if (!required.isEmpty()) {
                ArrayNode r = def.putArray("required");
                required.forEach(r::add);
            }
            def.put("additionalProperties", false);
            return name;
        }

        private static void constraints(RecordComponent c, ObjectNode p) {
            ObjectNode target = p.has("anyOf") ? null : p;
            if (target == null) {
                return;
            }
            boolean integral = isIntegral(c.getType());
            if (has(c, NotBlank.class)) {
                target.put("minLength", 1);
                target.put("pattern", "\\S");
            }
            if (has(c, NotEmpty.class)) {
                if (Collection.class.isAssignableFrom(c.getType())) {
                    target.put("minItems", 1);
                } else if (Map.class.isAssignableFrom(c.getType())) {
                    target.put("minProperties", 1);
                } else {
                    target.put("minLength", 1);
                }
            }
            Size size = annotation(c, Size.class);
            if (size != null) {
                boolean list = Collection.class.isAssignableFrom(c.getType());
                if (size.min() > 0) {
                    target.put(list ? "minItems" : "minLength", size.min());
                }
                if (size.max() < Integer.MAX_VALUE) {
                    target.put(list ? "maxItems" : "maxLength", size.max());
                }
            }
            Pattern pattern = annotation(c, Pattern.class);
            if (pattern != null) {
                // Jakarta matches the whole string; JSON Schema patterns match anywhere, so anchor it.
                target.put("pattern", "^(?:" + pattern.regexp() + ")$");
            }
            Min min = annotation(c, Min.class);
            if (min != null) {
                target.put("minimum", min.value());
            }
            Max max = annotation(c, Max.class);
            if (max != null) {
                target.put("maximum", max.value());
            }
            DecimalMin dmin = annotation(c, DecimalMin.class);
            if (dmin != null) {
                target.put(dmin.inclusive() ? "minimum" : "exclusiveMinimum", new BigDecimal(dmin.value()));
            }
            DecimalMax dmax = annotation(c, DecimalMax.class);
            if (dmax != null) {
                target.put(dmax.inclusive() ? "maximum" : "exclusiveMaximum", new BigDecimal(dmax.value()));
            }
            if (has(c, PositiveOrZero.class)) {
                target.put("minimum", 0);
            }
            if (has(c, Positive.class)) {
                if (integral) {
                    target.put("minimum", 1);
                } else {
                    target.put("exclusiveMinimum", 0);
                }
            }
            if (has(c, NegativeOrZero.class)) {
                target.put("maximum", 0);
            }
            if (has(c, Negative.class)) {
                if (integral) {
                    target.put("maximum", -1);
                } else {
                    target.put("exclusiveMaximum", 0);
                }
            }
        }

        private static boolean isIntegral(Class<?> t) {
            return t == int.class || t == Integer.class || t == long.class || t == Long.class
                    || t == short.class || t == Short.class;
        }
    }

    /** A record component's JSON property name: its {@code @JsonProperty} value, else its own name. */
    static String jsonName(RecordComponent c) {
        JsonProperty p = annotation(c, JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }

    private static String enumName(Enum<?> constant) {
        try {
            JsonProperty p = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return p != null && !p.value().isEmpty() ? p.value() : constant.name();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }

    private static Method jsonValueMethod(Class<?> type) {
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
                return m;
            }
        }
        return null;
    }

    private static boolean has(RecordComponent c, Class<? extends Annotation> a) {
        return annotation(c, a) != null;
    }

    /**
     * An annotation on a record component, wherever Java put it: annotations declared on a component are
     * propagated to the component, the field, the accessor or the constructor parameter by their targets.
     */
    static <A extends Annotation> A annotation(RecordComponent c, Class<A> type) {
        A a = c.getAnnotation(type);
        if (a == null) {
            a = c.getAccessor().getAnnotation(type);
        }
        if (a == null) {
            try {
                Field f = c.getDeclaringRecord().getDeclaredField(c.getName());
                a = f.getAnnotation(type);
            } catch (NoSuchFieldException e) {
                a = null;
            }
        }
        if (a == null) {
            a = parameterAnnotation(c, type);
        }
        return a;
    }

    private static <A extends Annotation> A parameterAnnotation(RecordComponent c, Class<A> type) {
        RecordComponent[] all = c.getDeclaringRecord().getRecordComponents();
        Class<?>[] types = new Class<?>[all.length];
        int index = -1;
        for (int i = 0; i < all.length; i++) {
            types[i] = all[i].getType();
            if (all[i].getName().equals(c.getName())) {
                index = i;
            }
        }
        try {
            AnnotatedElement[] params = c.getDeclaringRecord().getDeclaredConstructor(types).getParameters();
            return params[index].getAnnotation(type);
        } catch (NoSuchMethodException e) {
            return null;
        }
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

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType pt && pt.getActualTypeArguments().length > index) {
            return pt.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
