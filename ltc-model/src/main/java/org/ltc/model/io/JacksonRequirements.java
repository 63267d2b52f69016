package org.ltc.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.ltc.model.LtcException;

/**
 * The one Jackson artifact the SDK shares with a host that still uses Jackson 2: {@code jackson-annotations}
 * (package {@code com.fasterxml.jackson.annotation}), read by both Jackson 2 and the SDK's Jackson 3. Jackson 3
 * needs version {@value #MINIMUM_ANNOTATIONS_VERSION} or later. A host on Jackson 2.18 brings
 * {@code jackson-annotations} 2.18, and Maven keeps the host's (nearer) version, so without this check the
 * first JSON write fails deep inside Jackson with {@code NoClassDefFoundError: JsonSerializeAs}.
 *
 * <p>{@link LtcJson} checks before it builds a mapper; a host may call {@link #check()} at start-up to fail
 * even earlier. The fix is to declare {@code com.fasterxml.jackson.core:jackson-annotations:}{@value
 * #MINIMUM_ANNOTATIONS_VERSION} (or later; annotations are backward compatible, so the host's Jackson 2 keeps
 * working) or to move the host to Jackson 2.{@value #MINIMUM_MINOR} or later.
 *
 * <p>Thread-safe.
 */
public final class JacksonRequirements {
    /** The oldest {@code jackson-annotations} the SDK's Jackson 3 runs with. */
    public static final String MINIMUM_ANNOTATIONS_VERSION = "2.22";
    /** The minor version of {@link #MINIMUM_ANNOTATIONS_VERSION}. */
    static final int MINIMUM_MINOR = 22;
    /**
     * A class added in {@code jackson-annotations} 2.22 that Jackson 3's databind reads (with 2.21 the first
     * write fails on it; before 2.21, on {@code JsonSerializeAs}).
     */
    static final String PROBE = "com.fasterxml.jackson.annotation.JsonApplyView";

    private static volatile boolean checked;

    private JacksonRequirements() {
    }

    /**
     * Fails with a message saying what to add when the {@code jackson-annotations} on the class or module path
     * is older than {@value #MINIMUM_ANNOTATIONS_VERSION}.
     *
     * @throws LtcException naming the version found and the one needed
     */
    public static void check() {
        if (checked) {
            return;
        }
        try {
            Class.forName(PROBE, false, JsonInclude.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new LtcException("jackson-annotations " + foundVersion() + " is on the class path, but the LTC SDK "
                    + "(Jackson 3) needs " + MINIMUM_ANNOTATIONS_VERSION + " or later: add the dependency "
                    + "com.fasterxml.jackson.core:jackson-annotations:" + MINIMUM_ANNOTATIONS_VERSION
                    + " (or newer) to your build, or move to Jackson 2." + MINIMUM_MINOR + " or later (Maven keeps "
                    + "the nearest version, so an older Jackson 2 in your build brings its older annotations)", e);
        }
        checked = true;
    }

    /** The version of the {@code jackson-annotations} jar in use, from its manifest, or a description. */
    static String foundVersion() {
        Package p = JsonInclude.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        if (v == null && JsonInclude.class.getModule().getDescriptor() != null) {
            v = JsonInclude.class.getModule().getDescriptor().rawVersion().orElse(null);
        }
        return v == null ? "(an older version)" : v;
    }
}
