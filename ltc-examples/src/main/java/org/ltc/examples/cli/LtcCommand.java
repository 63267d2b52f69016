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
                ReportCommand.class, OptionsCommand.class, TemplateCommand.class, CodebookCommand.class,
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
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The configured command line (picocli), for tests and for generating documentation. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LtcCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        return cli;
    }

    /** Reports the SDK version. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ltc " + LibraryInfo.version() + " (Java " + Runtime.version() + ")"};
        }
    }
}
