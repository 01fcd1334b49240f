package org.jindu.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jindu.Jindu;
import org.jindu.hanlp.HanlpSubjectTrimmer;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code jindu} command. It only dispatches to its subcommands, one class each; this class wires up
 * what they share: UTF-8 output, exit codes, and how usage errors and unexpected failures are reported.
 *
 * <p>Tests run commands in-process through {@link #commandLine()} and capture output with
 * {@code setOut}/{@code setErr}.
 *
 * <p>Its model, and every subcommand's, is built through picocli's programmatic API ({@link Specs}), not
 * its annotations: a small run's start-up (docs/benchmarks.md, "The seed's cold start", part F).
 */
public final class Main implements Runnable {

    /** Everything went well. */
    public static final int OK = 0;
    /** A bug in jindu: an exception nobody expected. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line was wrong: unknown option, missing argument, unwritable output. */
    public static final int USAGE = 2;
    /** At least one document could not be read; the others were still processed. */
    public static final int DOCUMENT_FAILED = 3;

    CommandSpec spec;

    boolean verbose;

    /**
     * The {@code jindu} command, bound to a new instance. -v, and the version, are inherited by every
     * subcommand; -h and -V are added to each of jindu's own by {@link #commandLine(String...)}, not
     * inherited, so that picocli's help command keeps its own -h (as {@code mixinStandardHelpOptions} did).
     */
    static CommandSpec spec() {
        Main c = new Main();
        c.spec = Specs.command("jindu", c)
                // the usage settings, version and exit codes are inherited by every subcommand, as -v is
                .scopeType(ScopeType.INHERIT)
                .versionProvider(new Version());
        c.spec.usageMessage()
                .description("Reads Chinese government progress reports (政府工作目标进展情况) into structured JSON.");
        c.spec.addOption(Specs.option(boolean.class, () -> c.verbose, v -> c.verbose = v, "-v", "--verbose")
                .scopeType(ScopeType.INHERIT)
                .description("Print the stack trace of an internal error.").build());
        Specs.standardHelpOptions(c.spec);
        return c.spec;
    }

    /**
     * PDFBox logs through commons-logging to java.util.logging, which prints font notes ("No
     * PostScript name data…") on stderr where jindu's own messages go. Held here so the settings
     * are not garbage-collected.
     */
    private static final java.util.logging.Logger[] QUIET = {
        java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox")
    };

    /**
     * The subcommands, by name, in the order help lists them, each as what builds its model. Added by
     * {@link #commandLine(String...)}, so that a run builds the model of the command it runs only.
     * picocli's own help and completion commands keep their annotations: they are built only for
     * help, completion and misspelt commands.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("extract", ExtractCommand::spec);
        commands.put("tables", TablesCommand::spec);
        commands.put("batch", BatchCommand::spec);
        commands.put("quantities", QuantitiesCommand::spec);
        commands.put("timeline", TimelineCommand::spec);
        commands.put("review", ReviewCommand::spec);
        commands.put("help", () -> CommandLine.HelpCommand.class);
        commands.put("generate-completion", () -> AutoComplete.GenerateCompletion.class);
        return commands;
    }

    /** picocli's system property: the built-in converters it does not register, by class-name pattern. */
    static final String CONVERTERS_EXCLUDES = "picocli.converters.excludes";

    public static void main(String[] args) {
        // HanLP's custom dictionary, which the subject trimmer never consults but HanLP loads with every
        // segmenter (about 0.05 s of a small run's CPU), is spared: this JVM is the tool's own. The
        // constant is compiled in, so HanLP is not loaded here; -Djindu.hanlp.customDictionary=true keeps it.
        if (System.getProperty(HanlpSubjectTrimmer.CUSTOM_DICTIONARY) == null)
            System.setProperty(HanlpSubjectTrimmer.CUSTOM_DICTIONARY, "false");
        for (java.util.logging.Logger logger : QUIET) logger.setLevel(java.util.logging.Level.OFF);
        // picocli registers converters for java.time and java.sql types by reflection in each command's
        // parser; jindu's options take none of them
        if (System.getProperty(CONVERTERS_EXCLUDES) == null)
            System.setProperty(CONVERTERS_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
        CommandLine cmd = commandLine(args);
        int code = cmd.execute(args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        System.exit(code);
    }

    /**
     * A fresh, fully configured {@code jindu} command line, writing UTF-8 to standard output and error
     * whatever the platform's default charset.
     */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments: with only the subcommand they name when they name one
     * (building picocli's model of every command costs a small run a sixth of its CPU time), with
     * every subcommand otherwise (help, completion, a misspelt command that picocli should name).
     */
    static CommandLine commandLine(String... args) {
        String named = null;
        for (String arg : args) {
            if (arg.startsWith("-")) continue;
            named = arg;
            break;
        }
        boolean one = named != null && COMMANDS.containsKey(named) && !named.equals("help")
                && !named.equals("generate-completion");
        CommandLine cmd = new CommandLine(spec());
        for (Map.Entry<String, Supplier<Object>> c : COMMANDS.entrySet()) {
            if (one && !c.getKey().equals(named)) continue;
            Object command = c.getValue().get();
            // after the command's own options and before the inherited -v, where the mixin put them
            if (command instanceof CommandSpec) Specs.standardHelpOptions((CommandSpec) command);
            cmd.addSubcommand(c.getKey(), command);
        }
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(new UsageErrors());
        cmd.setExecutionExceptionHandler(new InternalErrors());
        listExitCodes(cmd);
        return cmd;
    }

    /** Every command, present and future, lists the same exit codes in its --help. */
    private static void listExitCodes(CommandLine cmd) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" " + OK, "ok");
        codes.put(" " + INTERNAL_ERROR, "internal error (a bug; run with --verbose for the stack trace)");
        codes.put(" " + USAGE, "usage error (unknown option, missing argument, unwritable output)");
        codes.put(" " + DOCUMENT_FAILED, "a document failed (the others were still processed)");
        cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        cmd.getSubcommands().values().forEach(Main::listExitCodes);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** Whether --verbose was given to the command of {@code spec} or any command above it. */
    static boolean verbose(CommandSpec spec) {
        return InternalErrors.verbose(spec.root().commandLine().getParseResult());
    }

    /** "jindu X.Y.Z" and the Java it runs on. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "jindu " + Jindu.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }

    /** A short message and a pointer to --help, instead of the whole usage text. */
    static final class UsageErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("jindu: " + ex.getMessage());
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        }
    }

    /** One line on stderr for an unexpected exception, the stack trace only with --verbose. */
    static final class InternalErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            String message = ex.getMessage() == null
                    ? ex.getClass().getName()
                    : ex.getClass().getSimpleName() + ": " + ex.getMessage();
            err.println("jindu: internal error: " + message);
            if (verbose(parseResult)) {
                ex.printStackTrace(err);
            }
            err.flush();
            return INTERNAL_ERROR;
        }

        private static boolean verbose(ParseResult result) {
            for (ParseResult r = result; r != null; r = r.subcommand()) {
                if (r.hasMatchedOption("--verbose")) {
                    return true;
                }
            }
            return false;
        }
    }
}
