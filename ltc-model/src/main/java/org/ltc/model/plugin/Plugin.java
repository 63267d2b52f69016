package org.ltc.model.plugin;

/**
 * What every plug-in (a themer, a calibrator) has: a unique id and a version. The shape follows JUnit's
 * {@code TestEngine}: one small interface, found by {@code ServiceLoader} or registered by hand.
 */
public interface Plugin {
    /**
     * The unique id, lower-case letters, digits and hyphens, e.g. {@code "kmeans"}. The prefix {@code "ltc-"}
     * is reserved for the SDK.
     */
    String id();

    /** The algorithm's version, recorded in provenance. Change it whenever results may change. */
    default String version() {
        return "1";
    }
}
