package org.ltc.model.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.ltc.model.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * Finds an explicit {@code null} for a value the model requires ({@code @NotNull}, {@code @NotBlank},
 * {@code @NotEmpty}), before binding: the published schema rejects it, and the record constructor would
 * otherwise quietly turn it into an empty list. An absent value stays allowed (a record documents its
 * default), which is why this is not Jackson's {@code Nulls.FAIL}: that refuses absent values too.
 *
 * <p>The rule is {@link JsonSchemas}'s own (same annotations, same JSON names). Stateless and thread-safe.
 */
final class RequiredValues {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private RequiredValues() {
    }

    /** Throws for the first explicit null of a required value under {@code node}, read as {@code type}. */
    static void check(JsonNode node, Type type, String source, String pointer) {
        if (node == null || node.isNull()) {
            return;
        }
        Class<?> raw = type instanceof Class<?> c ? c
                : type instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> c ? c : null;
        if (raw == null) {
            return;
        }
        if (raw.isRecord() && node.isObject()) {
            Shape shape = SHAPES.get(raw);
            for (int i = 0; i < shape.names.length; i++) {
                JsonNode child = node.get(shape.names[i]);
                String at = pointer + "/" + shape.names[i].replace("~", "~0").replace("/", "~1");
                if (child != null && child.isNull() && shape.required[i]) {
                    throw new InvalidInputException(source, at, shape.names[i], "null", "must not be null");
                }
                check(child, shape.types[i], source, at);
            }
        } else if (Collection.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType pt) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), pt.getActualTypeArguments()[0], source, pointer + "/" + i);
            }
        } else if (Map.class.isAssignableFrom(raw) && node.isObject() && type instanceof ParameterizedType pt) {
            for (var e : node.properties()) {
                check(e.getValue(), pt.getActualTypeArguments()[1], source,
                        pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"));
            }
        }
    }

    /** A record's JSON names, component types and which components are required; none for a self-binding type. */
    private static final class Shape {
        final String[] names;
        final Type[] types;
        final boolean[] required;

        Shape(Class<?> type) {
            boolean selfBinding = Arrays.stream(type.getDeclaredMethods()).anyMatch(m ->
                    m.isAnnotationPresent(JsonValue.class) || m.isAnnotationPresent(JsonCreator.class))
                    || Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> c.isAnnotationPresent(JsonCreator.class));
            RecordComponent[] cs = selfBinding ? new RecordComponent[0] : type.getRecordComponents();
            names = new String[cs.length];
            types = new Type[cs.length];
            required = new boolean[cs.length];
            for (int i = 0; i < cs.length; i++) {
                names[i] = JsonSchemas.jsonName(cs[i]);
                types[i] = cs[i].getGenericType();
                required[i] = !cs[i].getType().isPrimitive() && (JsonSchemas.annotation(cs[i], NotNull.class) != null
                        || JsonSchemas.annotation(cs[i], NotBlank.class) != null
                        || JsonSchemas.annotation(cs[i], NotEmpty.class) != null);
            }
        }
    }
}
