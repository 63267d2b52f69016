package org.ltc.theming;

import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.Plugin;

/**
 * The theming extension point: turns the notes of a conversation set into themes.
 *
 * <p>An implementation is immutable configuration (its options) and may serve many threads at once. The
 * same request (notes, options, seed) must give the same {@link ThemeSet}, whatever
 * {@link ThemingRequest#threads()} is, and the result carries {@link org.ltc.model.provenance.Provenance}.
 * Register it in {@code META-INF/services/org.ltc.theming.Themer} and, in a named module, with
 * {@code provides org.ltc.theming.Themer with ...}. Every implementation should pass the shared contract
 * test published in this module's test jar ({@code ThemerContract}).
 */
public interface Themer extends Plugin {
    /**
     * Themes the request's notes. Option properties in the request under {@code ltc.theming.<id>.} override
     * this instance's options; an unknown one is an {@link org.ltc.model.InvalidOptionsException}.
     *
     * @throws org.ltc.model.CancelledException when the request's cancellation fires
     */
    ThemeSet theme(ThemingRequest request);
}
