package org.ltc.model.plugin;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.LtcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one binder between options records and {@code ltc.<module>.<plugin>.<key>} string properties, modelled on
 * Caffeine's {@code CaffeineSpec}: a setting's key, type, bounds and text live once, on the record component
 * (see {@link Option}), and this class reads, writes, checks and describes every options record the same way.
 * {@code bind(defaults, toProperties(o))} equals {@code o} for every options record, so provenance, which
 * records options with {@link #toProperties(Record)}, can replay a run.
 *
 * <p>An unknown key under a record's (closed) namespace is an {@link InvalidOptionsException} naming the key
 * and the known ones. Keys are camelCase; older spellings declared as {@link Option#aliases()} are accepted
 * with a deprecation warning.
 *
 * <p>Stateless and thread-safe; what it learns of a record class by reflection is kept per class.
 */
public final class OptionsBinder {
    private static final Logger LOG = LoggerFactory.getLogger(OptionsBinder.class);
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private OptionsBinder() {
    }

    /**
     * Checks each option of an options record against its declared bounds; call it first in the compact
     * constructor with every component in order. A failure names the option's key and the value.
     */
    public static void check(Class<? extends Record> type, Object... components) {
        Shape shape = SHAPES.get(type);
        if (components.length != shape.slots.size()) {
            throw new LtcException(type.getName() + " passes " + components.length + " values to OptionsBinder.check "
                    + "but has " + shape.slots.size() + " components");
        }
        for (int i = 0; i < components.length; i++) {
            Slot s = shape.slots.get(i);
            if (s.option != null) {
                s.checkBounds(shape.prefix() + s.key, components[i]);
            }
        }
    }

    /** {@code base} overridden by the properties under its namespace (see {@link OptionsNamespace}). */
    public static <R extends Record> R bind(R base, Map<String, String> properties) {
        return bind(base, SHAPES.get(base.getClass()).prefix(), properties);
    }

    /** {@code base} overridden by the properties under {@code prefix} (which ends with a dot). */
    public static <R extends Record> R bind(R base, String prefix, Map<String, String> properties) {
        Shape shape = SHAPES.get(base.getClass());
        if (shape.closed) {
            rejectUnknown(shape, prefix, properties);
        }
        Object[] values = new Object[shape.slots.size()];
        for (int i = 0; i < values.length; i++) {
            Slot s = shape.slots.get(i);
            Object v = s.get(base);
            if (s.option != null) {
                if (s.nested) {
                    if (v != null) {
                        v = bind((Record) v, s.nestedPrefix(prefix), properties);
                    }
                } else {
                    String key = prefix + s.key;
                    String text = properties.get(key);
                    for (String alias : s.option.aliases()) {
                        String old = properties.get(prefix + alias);
                        if (old != null && text == null) {
                            LOG.warn("option {} is deprecated; use {}", prefix + alias, key);
                            key = prefix + alias;
                            text = old;
                        }
                    }
                    if (text != null) {
                        v = s.read(key, text);
                        s.checkBounds(key, v);
                    }
                }
            }
            values[i] = v;
        }
        return shape.construct(values);
    }

    /** Every option of {@code options} as properties under its namespace, sorted by key. */
    public static Map<String, String> toProperties(Record options) {
        return toProperties(options, SHAPES.get(options.getClass()).prefix());
    }

    /** Every option of {@code options} as properties under {@code prefix}, sorted by key. */
    public static Map<String, String> toProperties(Record options, String prefix) {
        Map<String, String> out = new TreeMap<>();
        write(options, prefix, out);
        return Collections.unmodifiableMap(out);
    }

    /** The property prefix of an options record class ({@code ""} when it has no namespace), ending with a dot. */
    public static String prefix(Class<? extends Record> type) {
        return SHAPES.get(type).prefix();
    }

    /** Every option of the record (nested ones included), with {@code defaults}' values as the defaults. */
    public static List<OptionInfo> describe(Record defaults) {
        return describe(defaults, SHAPES.get(defaults.getClass()).prefix());
    }

    /** Every option of the record under {@code prefix}. */
    public static List<OptionInfo> describe(Record defaults, String prefix) {
        Shape shape = SHAPES.get(defaults.getClass());
        List<OptionInfo> out = new ArrayList<>();
        for (Slot s : shape.slots) {
            if (s.option == null) {
                continue;
            }
            Object v = s.get(defaults);
            if (s.nested) {
                if (v != null) {
                    out.addAll(describe((Record) v, s.nestedPrefix(prefix)));
                }
                continue;
            }
            String d = v == null ? "" : s.write(v);
            out.add(new OptionInfo(prefix + s.key, s.typeName(), d == null ? "" : d, s.boundsText(),
                    s.option.value(), Arrays.stream(s.option.aliases()).map(a -> prefix + a).toList(), s.lo, s.loIncl,
                    s.hi, s.hiIncl, s.type.isEnum() && s.codec == null
                            ? Arrays.stream(s.type.getEnumConstants()).map(Slot::enumText).toList() : List.of()));
        }
        return out;
    }

    /** A Markdown table of options (key, type, default, allowed, meaning), for the README and {@code --help}. */
    public static String markdownTable(List<OptionInfo> options) {
        StringBuilder sb = new StringBuilder("| key | type | default | allowed | what it does |\n|---|---|---|---|---|\n");
        for (OptionInfo o : options) {
            String text = o.text() + (o.aliases().isEmpty() ? "" : " (formerly `" + String.join("`, `", o.aliases()) + "`)");
            sb.append("| `").append(o.key()).append("` | ").append(o.type()).append(" | ")
                    .append(o.defaultValue().isEmpty() ? "" : "`" + o.defaultValue() + "`").append(" | ")
                    .append(o.bounds()).append(" | ").append(text.replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    private static void write(Record options, String prefix, Map<String, String> out) {
        Shape shape = SHAPES.get(options.getClass());
        for (Slot s : shape.slots) {
            if (s.option == null) {
                continue;
            }
            Object v = s.get(options);
            if (v == null) {
                continue;
            }
            if (s.nested) {
                write((Record) v, s.nestedPrefix(prefix), out);
            } else {
                String text = s.write(v);
                if (text != null) {
                    out.put(prefix + s.key, text);
                }
            }
        }
    }

    private static void rejectUnknown(Shape shape, String prefix, Map<String, String> properties) {
        Set<String> known = new TreeSet<>();
        Set<String> nestedPrefixes = new LinkedHashSet<>();
        for (Slot s : shape.slots) {
            if (s.option == null) {
                continue;
            }
            if (s.nested) {
                if (!s.ownNamespace()) {
                    nestedPrefixes.add(prefix + s.key + ".");
                }
            } else {
                known.add(s.key);
                known.addAll(Arrays.asList(s.option.aliases()));
            }
        }
        for (String sub : shape.subspaces) {
            nestedPrefixes.add(prefix + sub + ".");
        }
        Set<String> recorded = Set.of(shape.recorded);
        for (Map.Entry<String, String> e : properties.entrySet()) {
            String k = e.getKey();
            if (!k.startsWith(prefix) || nestedPrefixes.stream().anyMatch(k::startsWith)) {
                continue;
            }
            String rest = k.substring(prefix.length());
            if (!known.contains(rest) && !recorded.contains(rest)) {
                List<String> all = new ArrayList<>();
                known.forEach(n -> all.add(prefix + n));
                nestedPrefixes.forEach(p -> all.add(p + "*"));
                throw new InvalidOptionsException(k, e.getValue(), "is not an option; known: " + all);
            }
        }
    }

    /** What reflection tells of one options record class. */
    private record Shape(Class<?> type, List<Slot> slots, Constructor<?> constructor, String namespace,
                         boolean closed, String[] recorded, String[] subspaces) {
        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new LtcException(type.getName() + " is not a record; options are records");
            }
            RecordComponent[] rcs = type.getRecordComponents();
            List<Slot> slots = new ArrayList<>();
            Class<?>[] types = new Class<?>[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                slots.add(Slot.of(rcs[i]));
                types[i] = rcs[i].getType();
            }
            OptionsNamespace ns = type.getAnnotation(OptionsNamespace.class);
            try {
                Constructor<?> c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                return new Shape(type, List.copyOf(slots), c, ns == null ? "" : ns.value(), ns == null || ns.closed(),
                        ns == null ? new String[0] : ns.recorded(), ns == null ? new String[0] : ns.subspaces());
            } catch (NoSuchMethodException e) {
                throw new LtcException(type.getName() + " has no canonical constructor", e);
            }
        }

        String prefix() {
            return namespace.isEmpty() ? "" : namespace + ".";
        }

        @SuppressWarnings("unchecked")
        <R> R construct(Object[] values) {
            try {
                return (R) constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new LtcException("cannot make " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new LtcException("cannot make " + type.getSimpleName() + ": " + e, e);
            }
        }
    }

    /** One record component: how it is read, written and checked. */
    private record Slot(String name, String key, Method accessor, Class<?> type, Class<?> element, Option option,
                        OptionCodec<Object> codec, boolean nested, Double lo, boolean loIncl, Double hi,
                        boolean hiIncl, boolean required, boolean notBlank, Integer maxChars) {
        @SuppressWarnings("unchecked")
        static Slot of(RecordComponent rc) {
            Method m = rc.getAccessor();
            m.setAccessible(true);
            Option o = rc.getAnnotation(Option.class);
            if (o == null) {
                o = m.getAnnotation(Option.class);
            }
            Class<?> type = rc.getType();
            Class<?> element = null;
            if (Collection.class.isAssignableFrom(type) && rc.getGenericType() instanceof ParameterizedType pt) {
                Type arg = pt.getActualTypeArguments()[0];
                element = arg instanceof Class<?> c ? c : String.class;
            }
            OptionCodec<Object> codec = null;
            if (o != null && o.codec() != OptionCodec.class) {
                try {
                    var c = o.codec().getDeclaredConstructor();
                    c.setAccessible(true);
                    codec = (OptionCodec<Object>) c.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new LtcException("cannot make codec " + o.codec().getName() + ": " + e, e);
                }
            }
            boolean nested = o != null && codec == null && type.isRecord();
            Double lo = null;
            Double hi = null;
            boolean loIncl = true;
            boolean hiIncl = true;
            Min min = m.getAnnotation(Min.class);
            if (min != null) {
                lo = (double) min.value();
            }
            Max max = m.getAnnotation(Max.class);
            if (max != null) {
                hi = (double) max.value();
            }
            DecimalMin dmin = m.getAnnotation(DecimalMin.class);
            if (dmin != null) {
                lo = Double.parseDouble(dmin.value());
                loIncl = dmin.inclusive();
            }
            DecimalMax dmax = m.getAnnotation(DecimalMax.class);
            if (dmax != null) {
                hi = Double.parseDouble(dmax.value());
                hiIncl = dmax.inclusive();
            }
            if (m.isAnnotationPresent(Positive.class)) {
                lo = 0.0;
                loIncl = false;
            }
            if (m.isAnnotationPresent(PositiveOrZero.class)) {
                lo = 0.0;
                loIncl = true;
            }
            boolean notBlank = m.isAnnotationPresent(NotBlank.class);
            Size size = m.getAnnotation(Size.class);
            Integer maxChars = size != null && size.max() < Integer.MAX_VALUE ? size.max() : null;
            boolean required = notBlank || m.isAnnotationPresent(NotNull.class);
            String key = o == null || o.key().isEmpty() ? rc.getName() : o.key();
            return new Slot(rc.getName(), key, m, type, element, o, codec, nested, lo, loIncl, hi, hiIncl, required,
                    notBlank, maxChars);
        }

        Object get(Record r) {
            try {
                return accessor.invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new LtcException("cannot read " + name + " of " + r.getClass().getSimpleName(), e);
            }
        }

        boolean ownNamespace() {
            return type.isAnnotationPresent(OptionsNamespace.class);
        }

        String nestedPrefix(String outer) {
            return ownNamespace() ? type.getAnnotation(OptionsNamespace.class).value() + "." : outer + key + ".";
        }

        boolean integral() {
            return type == int.class || type == long.class || type == Integer.class || type == Long.class;
        }

        void checkBounds(String key, Object v) {
            if (v == null) {
                if (required) {
                    throw new InvalidOptionsException(key, null, "must be set");
                }
                return;
            }
            if (notBlank && v.toString().isBlank()) {
                throw new InvalidOptionsException(key, v, "must not be blank");
            }
            if (maxChars != null && v instanceof CharSequence cs && cs.length() > maxChars) {
                throw new InvalidOptionsException(key, v, "is longer than " + maxChars + " characters");
            }
            if (v instanceof Number n) {
                double d = n.doubleValue();
                boolean ok = (v instanceof Double || v instanceof Float) ? Double.isFinite(d) : true;
                if (lo != null) {
                    ok &= loIncl ? d >= lo : d > lo;
                }
                if (hi != null) {
                    ok &= hiIncl ? d <= hi : d < hi;
                }
                if (!ok) {
                    throw new InvalidOptionsException(key, v, "must be " + (lo == null && hi == null ? "finite"
                            : integral() ? "a whole number " + boundsText() : "in " + boundsText()));
                }
            }
        }

        String boundsText() {
            if (maxChars != null) {
                return "at most " + maxChars + " characters";
            }
            if (lo == null && hi == null) {
                if (type.isEnum()) {
                    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Slot::enumText).toList());
                }
                return "";
            }
            if (integral()) {
                String l = lo == null ? "" : fmt(loIncl ? lo : lo + 1);
                String h = hi == null ? "" : fmt(hiIncl ? hi : hi - 1);
                String range = lo == null ? "at most " + h : hi == null || hi >= Integer.MAX_VALUE ? "at least " + l
                        : "between " + l + " and " + h;
                return zeroWord() ? range + " (or " + option.zero() + " for 0)" : range;
            }
            return (lo == null ? "(-inf" : (loIncl ? "[" : "(") + fmt(lo)) + ", "
                    + (hi == null ? "inf)" : fmt(hi) + (hiIncl ? "]" : ")"));
        }

        private boolean zeroWord() {
            return option != null && !option.zero().isEmpty();
        }

        private static String fmt(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }

        String typeName() {
            if (codec != null) {
                return codec.typeName();
            }
            if (integral()) {
                return "whole number";
            }
            if (type == double.class || type == Double.class) {
                return "number";
            }
            if (type == boolean.class || type == Boolean.class) {
                return "true/false";
            }
            if (type.isEnum()) {
                return "choice";
            }
            if (element != null) {
                return "comma-separated " + (element.isEnum() ? "choices" : "texts");
            }
            return "text";
        }

        Object read(String key, String text) {
            if (codec != null) {
                return codec.read(key, text);
            }
            String t = text.trim();
            if (zeroWord() && t.equalsIgnoreCase(option.zero())) {
                return type == double.class ? (Object) 0.0 : type == long.class ? (Object) 0L : (Object) 0;
            }
            try {
                if (type == int.class || type == Integer.class) {
                    return Integer.parseInt(t);
                }
                if (type == long.class || type == Long.class) {
                    return Long.parseLong(t);
                }
            } catch (NumberFormatException e) {
                throw new InvalidOptionsException(key, text, "must be a whole number"
                        + (zeroWord() ? " or " + option.zero() : ""));
            }
            if (type == double.class || type == Double.class) {
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new InvalidOptionsException(key, text, "must be a number");
                }
            }
            if (type == boolean.class || type == Boolean.class) {
                return Options.booleanValue(key, text);
            }
            if (type.isEnum()) {
                return readEnum(type, key, t);
            }
            if (element != null) {
                List<Object> items = new ArrayList<>();
                for (String part : t.isEmpty() ? new String[0] : t.split(",")) {
                    items.add(element.isEnum() ? readEnum(element, key, part.trim()) : part.trim());
                }
                return Set.class.isAssignableFrom(type) ? new LinkedHashSet<>(items) : items;
            }
            if (type == String.class) {
                return text;
            }
            throw new LtcException("option " + key + " has type " + type.getName() + ", which needs a codec");
        }

        String write(Object v) {
            if (codec != null) {
                return codec.write(v);
            }
            if (zeroWord() && v instanceof Number n && n.doubleValue() == 0) {
                return option.zero();
            }
            if (v instanceof Enum<?> e) {
                return enumText(e);
            }
            if (v instanceof Collection<?> c) {
                List<String> parts = new ArrayList<>();
                c.forEach(x -> parts.add(x instanceof Enum<?> e ? enumText(e) : String.valueOf(x)));
                if (v instanceof Set) {
                    Collections.sort(parts);
                }
                return String.join(",", parts);
            }
            return String.valueOf(v);
        }

        private static String enumText(Object e) {
            try {
                Method tag = e.getClass().getMethod("tag");
                if (tag.getReturnType() == String.class) {
                    return (String) tag.invoke(e);
                }
            } catch (ReflectiveOperationException ignored) {
                // no tag(): the constant's name is its text
            }
            return ((Enum<?>) e).name();
        }

        private static Object readEnum(Class<?> type, String key, String text) {
            try {
                Method parse = type.getMethod("parse", String.class, String.class);
                if (java.lang.reflect.Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type) {
                    return parse.invoke(null, key, text);
                }
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
            } catch (ReflectiveOperationException ignored) {
                // no parse(key, text): match the constant's text or name
            }
            String norm = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            List<String> choices = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                String t = enumText(c);
                choices.add(t);
                if (t.toLowerCase(Locale.ROOT).replace('-', '_').equals(norm)
                        || ((Enum<?>) c).name().toLowerCase(Locale.ROOT).equals(norm)) {
                    return c;
                }
            }
            throw new InvalidOptionsException(key, text, "must be one of " + choices);
        }
    }
}
