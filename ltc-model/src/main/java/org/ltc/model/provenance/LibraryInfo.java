package org.ltc.model.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's own version, read once from a resource the build writes. */
public final class LibraryInfo {
    private static final String VERSION = load();

    private LibraryInfo() {
    }

    /** The LTC SDK version, e.g. {@code "0.1.0"}; {@code "unknown"} when run from unpackaged sources. */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = LibraryInfo.class.getResourceAsStream("ltc-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
