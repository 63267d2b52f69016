package org.ltc.model.plugin;

import java.util.Map;
import org.ltc.model.Checks;

/**
 * The preamble every built-in plug-in shares, written once: its id, its options record (the defaults a host
 * gave it) and the options a run uses, those defaults overridden by the run's {@code ltc.*} properties under the
 * record's namespace (one {@link OptionsBinder} for every plug-in, so an unknown key fails the same way
 * everywhere). A themer, calibrator or labeller extends it and implements only its own kind's method.
 *
 * <p>Immutable and thread-safe when the options record is (records of values are).
 *
 * @param <O> the plug-in's options record, annotated with {@link OptionsNamespace}
 */
public abstract class ConfiguredPlugin<O extends Record> implements Plugin {
    private final String id;
    private final O options;

    /**
     * @param id      the plug-in's unique id (see {@link Plugin#id()})
     * @param options its options when a run's properties say nothing else
     */
    protected ConfiguredPlugin(String id, O options) {
        this.id = Checks.notBlank("id", id);
        this.options = Checks.notNull("options", options);
    }

    @Override
    public final String id() {
        return id;
    }

    /** The options this plug-in was made with (a run's properties override them, see {@link #options(Map)}). */
    public O options() {
        return options;
    }

    /**
     * The options a run uses: {@link #options()} overridden by these option properties (a request's
     * {@code options()}); a key under the namespace that names no option is an
     * {@link org.ltc.model.InvalidOptionsException} naming it and the known ones.
     */
    protected O options(Map<String, String> properties) {
        return OptionsBinder.bind(options, properties);
    }
}
