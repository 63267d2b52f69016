package org.ltc.model.plugin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ltc.model.InvalidOptionsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plug-ins of one kind, by id: found with {@link ServiceLoader} over a class loader the host passes
 * and/or registered by hand. A duplicate id is an error naming both classes. There are no static caches:
 * each registry is an immutable value the host keeps, and thread-safe.
 *
 * <p>A discovered plug-in class that declares its id as a constant ({@code public static final String ID}, as
 * every built-in does) is created only when it is first asked for by id ({@link #find}, {@link #get}) or
 * {@link #all()} is called: a run that uses one themer does not build the others (their options, codebooks,
 * models). A class without that constant is created at discovery to learn its id. A created plug-in whose
 * {@link Plugin#id()} differs from its constant is an error naming the class.
 *
 * @param <T> the plug-in type
 */
public final class PluginRegistry<T extends Plugin> {
    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private final Class<T> type;
    private final Map<String, Entry<T>> byId;

    private PluginRegistry(Class<T> type, Map<String, Entry<T>> byId) {
        this.type = type;
        this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
    }

    /** A plug-in, or the provider that creates it on first use (once, whichever thread asks first). */
    private static final class Entry<T extends Plugin> {
        private final String id;
        private final ServiceLoader.Provider<? extends T> provider;
        private final Class<?> type;
        private T plugin;

        Entry(String id, T plugin) {
            this.id = id;
            this.provider = null;
            this.type = plugin.getClass();
            this.plugin = plugin;
        }

        Entry(String id, ServiceLoader.Provider<? extends T> provider) {
            this.id = id;
            this.provider = provider;
            this.type = provider.type();
            this.plugin = null;
        }

        synchronized T get() {
            if (plugin == null) {
                T made = provider.get();
                if (!id.equals(made.id())) {
                    throw new InvalidOptionsException("Plugin.id", made.id(), "of " + type.getName()
                            + " differs from its ID constant '" + id + "'");
                }
                LOG.debug("created '{}' ({})", id, type.getName());
                plugin = made;
            }
            return plugin;
        }
    }

    /** Every plug-in of the type that {@code ServiceLoader} finds through the class loader. */
    public static <T extends Plugin> PluginRegistry<T> discover(Class<T> type, ClassLoader loader) {
        return builder(type).discover(loader).build();
    }

    public static <T extends Plugin> Builder<T> builder(Class<T> type) {
        return new Builder<>(type);
    }

    /** The plug-in with this id. */
    public Optional<T> find(String id) {
        Entry<T> e = byId.get(id);
        return e == null ? Optional.empty() : Optional.of(e.get());
    }

    /** The plug-in with this id, or an {@link InvalidOptionsException} listing the ids there are. */
    public T get(String id) {
        Entry<T> plugin = byId.get(id);
        if (plugin == null) {
            throw new InvalidOptionsException(type.getSimpleName().toLowerCase(java.util.Locale.ROOT), id,
                    "names no registered " + type.getSimpleName() + "; known: " + byId.keySet());
        }
        return plugin.get();
    }

    /** The ids, sorted (creates no plug-in). */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The plug-ins, sorted by id (creating any not yet created). */
    public List<T> all() {
        return byId.values().stream().map(Entry::get).toList();
    }

    public Class<T> type() {
        return type;
    }

    /** Builds a registry: discovery is off until {@link #discover(ClassLoader)} is called. */
    public static final class Builder<T extends Plugin> {
        private final Class<T> type;
        private final List<Entry<T>> plugins = new ArrayList<>();

        private Builder(Class<T> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /** Adds every plug-in {@code ServiceLoader} finds through the loader. */
        public Builder<T> discover(ClassLoader loader) {
            // On the module path ServiceLoader only serves a module that declares 'uses' for the service, and
            // the module calling it here is org.ltc.model, which cannot name every SPI (a host's own among
            // them). A module may declare a use of its own at run time; on the class path this is a no-op.
            Module self = PluginRegistry.class.getModule();
            if (self.isNamed() && !self.canUse(type)) {
                self.addUses(type);
            }
            ServiceLoader.load(type, Objects.requireNonNull(loader, "loader")).stream().forEach(this::provider);
            return this;
        }

        /**
         * Adds what a provider makes: on first use when its class declares an ID constant, else created now to
         * learn its id.
         */
        Builder<T> provider(ServiceLoader.Provider<? extends T> provider) {
            String id = declaredId(provider.type());
            if (id != null) {
                LOG.debug("found {} '{}' ({})", type.getSimpleName(), id, provider.type().getName());
                plugins.add(new Entry<>(id, provider));
            } else {
                T plugin = provider.get();
                LOG.debug("found {} '{}' ({})", type.getSimpleName(), plugin.id(), plugin.getClass().getName());
                plugins.add(new Entry<>(plugin.id(), plugin));
            }
            return this;
        }

        /** The class's {@code public static final String ID}, or {@code null} when it declares none. */
        private static String declaredId(Class<?> c) {
            try {
                java.lang.reflect.Field f = c.getDeclaredField("ID");
                int m = f.getModifiers();
                if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(m)
                        && java.lang.reflect.Modifier.isFinal(m) && java.lang.reflect.Modifier.isPublic(m)) {
                    return (String) f.get(null);
                }
            } catch (NoSuchFieldException | IllegalAccessException | RuntimeException e) {
                LOG.debug("{} declares no readable ID constant: {}", c.getName(), e.toString());
            }
            return null;
        }

        /** Adds a plug-in instance. */
        public Builder<T> register(T plugin) {
            Objects.requireNonNull(plugin, "plugin");
            plugins.add(new Entry<>(plugin.id(), plugin));
            return this;
        }

        /** The registry; fails on a bad or duplicate id, naming the classes. */
        public PluginRegistry<T> build() {
            Map<String, Entry<T>> byId = new TreeMap<>();
            for (Entry<T> plugin : plugins) {
                String id = plugin.id;
                if (id == null || !ID.matcher(id).matches()) {
                    throw new InvalidOptionsException(type.getSimpleName() + ".id", id,
                            "of " + plugin.type.getName() + " must be lower-case letters, digits and hyphens");
                }
                Entry<T> before = byId.putIfAbsent(id, plugin);
                if (before != null && (before.plugin == null || before.plugin != plugin.plugin)) {
                    throw new InvalidOptionsException(type.getSimpleName() + ".id", id,
                            "is used by both " + before.type.getName() + " and " + plugin.type.getName());
                }
            }
            return new PluginRegistry<>(type, byId);
        }
    }
}
