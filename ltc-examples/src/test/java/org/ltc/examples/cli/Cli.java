package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

/**
 * The one harness every CLI test runs {@code ltc} through: in this JVM, via {@link LtcCommand#run}, with
 * stdout and stderr captured, so a test sees exactly what a person at a terminal would (exit code, output,
 * one-line errors) without starting a process.
 */
public final class Cli {
    private Cli() {
    }

    /**
     * What one run of {@code ltc} did.
     *
     * @param code the exit code (0 ok, 1 the tool failed, 2 bad input or usage, 3 concerns)
     * @param out  what it printed on stdout
     * @param err  what it printed on stderr
     */
    public record Run(int code, String out, String err) {
        /** Stdout and stderr together, for assertion messages. */
        public String both() {
            return "stdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** Runs {@code ltc} with these arguments. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LtcCommand.run(Arrays.copyOf(args, args.length), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
