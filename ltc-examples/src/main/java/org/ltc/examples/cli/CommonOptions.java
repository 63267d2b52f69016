package org.ltc.examples.cli;

import picocli.CommandLine.Option;

/** Options every command shares (a picocli mixin). */
final class CommonOptions {
    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    @Option(names = "--json", description = "Print machine-readable JSON on stdout instead of text.")
    boolean json;
}
