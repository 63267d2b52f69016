package org.ltc.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * {@code --seed}, {@code --threads} and {@code --set}: how a theming run goes (a picocli mixin, one for
 * {@code ltc theme} and {@code ltc run}, so the flags mean the same in both).
 */
final class RunSettings {
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: "
            + "${DEFAULT-VALUE}). The same seed gives the same themes and theme ids on any number of threads, so a "
            + "review holds on a re-run.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Threads to use (default: "
            + "${DEFAULT-VALUE}); the results do not depend on it.")
    int threads;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "An option property (a themer's, "
            + "public-knowledge assembly's or ltc.privacy.*); repeatable. 'ltc options' lists them.")
    Map<String, String> properties = new LinkedHashMap<>();

    /** The {@code --set} properties, sorted by key. */
    Map<String, String> properties() {
        return new TreeMap<>(properties);
    }
}
