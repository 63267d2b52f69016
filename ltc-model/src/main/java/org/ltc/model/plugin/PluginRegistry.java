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
 * each registry is an immutable value the host keeps.
 *
 * @param <T> the plug-in type
 */
public final class PluginRegistry<T extends Plugin> {
    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private final Class<T> type;
    private final Map<String, T> byId;

    private PluginRegistry(Class<T> type, Map<String, T> byId) {
        this.type = type;
        this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
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
        return Optional.ofNullable(byId.get(id));
    }

    /** The plug-in with this id, or an {@link InvalidOptionsException} listing the ids there are. */
    public T get(String id) {
        T plugin = byId.get(id);
        if (plugin == null) {
            throw new InvalidOptionsException(type.getSimpleName().toLowerCase(java.util.Locale.ROOT), id,
                    "names no registered " + type.getSimpleName() + "; known: " + byId.keySet());
        }
        return plugin;
    }

    /** The ids, sorted. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The plug-ins, sorted by id. */
    public List<T> all() {
        return List.copyOf(byId.values());
    }

    public Class<T> type() {
        return type;
    }

    /** Builds a registry: discovery is off until {@link #discover(ClassLoader)} is called. */
    public static final class Builder<T extends Plugin> {
        private final Class<T> type;
        private final List<T> plugins = new ArrayList<>();

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
            for (T plugin : ServiceLoader.load(type, Objects.requireNonNull(loader, "loader"))) {
                LOG.debug("found {} '{}' ({})", type.getSimpleName(), plugin.id(), plugin.getClass().getName());
                plugins.add(plugin);
            }
            return this;
        }

        /** Adds a plug-in instance. */
        public Builder<T> register(T plugin) {
            plugins.add(Objects.requireNonNull(plugin, "plugin"));
            return this;
        }

        /** The registry; fails on a bad or duplicate id, naming the classes. */
        public PluginRegistry<T> build() {
            Map<String, T> byId = new TreeMap<>();
            for (T plugin : plugins) {
                String id = plugin.id();
                if (id == null || !ID.matcher(id).matches()) {
                    throw new InvalidOptionsException(type.getSimpleName() + ".id", id,
                            "of " + plugin.getClass().getName() + " must be lower-case letters, digits and hyphens");
                }
                T before = byId.putIfAbsent(id, plugin);
                if (before != null && before != plugin) {
                    throw new InvalidOptionsException(type.getSimpleName() + ".id", id,
                            "is used by both " + before.getClass().getName() + " and " + plugin.getClass().getName());
                }
            }
            return new PluginRegistry<>(type, byId);
        }
    }
}
