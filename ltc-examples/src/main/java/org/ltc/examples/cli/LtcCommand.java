package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.LtcException;
import org.ltc.model.provenance.LibraryInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code ltc} command-line tool. Exit codes: 0 ok, 1 the tool failed, 2 bad input or usage.
 * Errors go to stderr as one line each, without a stack trace unless {@code --debug} is given.
 */
@Command(name = "ltc",
        mixinStandardHelpOptions = true,
        versionProvider = LtcCommand.Version.class,
        description = "Community conversations -> public knowledge -> stage -> action plan.",
        subcommands = {DemoCommand.class, ImportCommand.class, ValidateCommand.class, SchemaCommand.class,
                ThemeCommand.class, EvaluateCommand.class, CalibrateCommand.class, ExperimentCommand.class,
                AgreementCommand.class, SimulateCommand.class, PlanCommand.class, CheckCommand.class,
                ReportCommand.class, OptionsCommand.class, RunCommand.class, ApproveCommand.class,
                TemplateCommand.class, CodebookCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 the tool failed, 2 bad input or usage.",
                "Run 'ltc help COMMAND' for a command's options and examples."})
public final class LtcCommand implements Runnable {
    /** Hibernate Validator announces its version on stderr at INFO through java.util.logging; a tool stays quiet. */
    private static final java.util.logging.Logger VALIDATOR_LOG = quiet("org.hibernate.validator");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code when the tool itself failed. */
    public static final int FAILED = 1;
    /** Exit code for bad input or usage. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        // The embedding runtime (DJL, under langchain4j) logs its GPU probe and platform at WARN/INFO on every run;
        // on a machine without a GPU that is noise a librarian should not read. A user's own setting still wins.
        if (System.getProperty("org.slf4j.simpleLogger.log.ai.djl") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error");
        }
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the tool with the given streams and returns the exit code (used by tests and hosts). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        // With --json a script reads stdout: an error is one {"error": {...}} object there, and the line on stderr.
        boolean json = java.util.Arrays.asList(args).contains("--json");
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, usageArgs) -> {
            int code = usage.handleParseException(e, usageArgs);
            if (json) {
                JsonOut.print(e.getCommandLine().getOut(), JsonOut.error(e.getCommandLine().getCommandName(), code,
                        Terminal.visible(e.getMessage()), null));
            }
            return code;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            int code = e instanceof InvalidInputException || e instanceof InvalidOptionsException ? BAD_INPUT : FAILED;
            String message = e instanceof LtcException ? e.getMessage() : e.toString();
            cmd.getErr().println("ltc " + cmd.getCommandName() + ": " + Terminal.visible(message));
            if (json) {
                JsonOut.print(cmd.getOut(), JsonOut.error(cmd.getCommandName(), code, Terminal.visible(message), e));
            }
            if (debug) {
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return code;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // What ran out and how to give more, in one line: a stack trace of the JVM's own limit helps nobody.
            err.println(e instanceof OutOfMemoryError ? OUT_OF_MEMORY : OUT_OF_STACK);
            if (debug) {
                e.printStackTrace(err);
            }
            code = FAILED;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Built before it is needed: when the heap is full there may be no room to build a message. */
    static final String OUT_OF_MEMORY = "ltc: ran out of memory (Java heap, at most "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): give it more with -Xmx, e.g. "
            + "java -Xmx4g -jar ltc.jar ..., or give it less input at once";
    /** As {@link #OUT_OF_MEMORY}, for a too deeply nested input or computation. */
    static final String OUT_OF_STACK = "ltc: ran out of stack (a too deeply nested input or computation): give it "
            + "more with -Xss, e.g. java -Xss16m -jar ltc.jar ...";

    /** The configured command line (picocli), for tests and for generating documentation. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LtcCommand());
        // An empty path ("--out ''") would name the working folder or its parent: refuse it for every option.
        cli.registerConverter(java.nio.file.Path.class, s -> {
            if (s.isEmpty()) {
                throw new CommandLine.TypeConversionException("an empty path names no file or folder");
            }
            return java.nio.file.Path.of(s);
        });
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        footersKeepTokensWhole(cli);
        return cli;
    }

    /**
     * Picocli wraps a footer at the terminal width wherever the width falls, even inside a file name or option
     * ({@code out/assessment.} / {@code json}), so an example pasted from --help fails. Footers render here instead:
     * an example (a line starting with two spaces) stays whole, and prose wraps between words only.
     */
    private static void footersKeepTokensWhole(CommandLine cli) {
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            StringBuilder out = new StringBuilder();
            int width = help.commandSpec().usageMessage().width();
            for (String line : help.commandSpec().usageMessage().footer()) {
                String text = line.replace("%n", "\n");
                if (text.startsWith("  ") || text.length() <= width) {
                    out.append(text).append(System.lineSeparator());
                    continue;
                }
                StringBuilder row = new StringBuilder();
                for (String word : text.split(" ")) {
                    if (row.length() > 0 && row.length() + 1 + word.length() > width) {
                        out.append(row).append(System.lineSeparator());
                        row.setLength(0);
                    }
                    row.append(row.length() == 0 ? "" : " ").append(word);
                }
                out.append(row).append(System.lineSeparator());
            }
            return out.toString();
        });
        cli.getSubcommands().values().forEach(LtcCommand::footersKeepTokensWhole);
    }

    /** Reports the SDK version. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ltc " + LibraryInfo.version() + " (Java " + Runtime.version() + ")"};
        }
    }
}
