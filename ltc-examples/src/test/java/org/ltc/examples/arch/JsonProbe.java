package org.ltc.examples.arch;

import java.time.Instant;
import java.util.Map;
import org.ltc.model.LtcException;
import org.ltc.model.io.LtcJson;
import org.ltc.model.provenance.Provenance;

/** A host's first JSON round trip, run in its own JVM by {@link ModulePathTest} with a chosen jackson-annotations. */
public final class JsonProbe {
    private JsonProbe() {
    }

    public static void main(String[] args) {
        try {
            Provenance p = Provenance.of("probe", "1", Map.of("ltc.x", "1"), 7L, "0".repeat(64),
                    Instant.parse("2026-01-01T00:00:00Z"));
            LtcJson json = LtcJson.defaults();
            if (!json.mapper().readValue(json.mapper().writeValueAsString(p), Provenance.class).equals(p)) {
                throw new IllegalStateException("round trip changed the value");
            }
            System.out.println("round trip ok");
        } catch (LtcException e) {
            System.out.println(e.getMessage());
            System.exit(3);
        }
    }
}
