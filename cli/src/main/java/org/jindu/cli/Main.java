package org.jindu.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jindu.Jindu;
import org.jindu.hanlp.HanlpSubjectTrimmer;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code jindu} command. It only dispatches to its subcommands, one class each; this class wires up
 * what they share: UTF-8 output, exit codes, and how usage errors and unexpected failures are reported.
 *
 * <p>Tests run commands in-process through {@link #commandLine()} and capture output with
 * {@code setOut}/{@code setErr}.
 */
@Command(
        name = "jindu",
        // no @Command methods: picocli need not look through each class's methods for them (a small run's start-up)
        addMethodSubcommands = false,
        // -h, -V and the version are inherited by every subcommand, as -v is
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Reads Chinese government progress reports (政府工作目标进展情况) into structured JSON.")
public final class Main implements Runnable {

    /** Everything went well. */
    public static final int OK = 0;
    /** A bug in jindu: an exception nobody expected. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line was wrong: unknown option, missing argument, unwritable output. */
    public static final int USAGE = 2;
    /** At least one document could not be read; the others were still processed. */
    public static final int DOCUMENT_FAILED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    boolean verbose;

    /**
     * PDFBox logs through commons-logging to java.util.logging, which prints font notes ("No
     * PostScript name data…") on stderr where jindu's own messages go. Held here so the settings
     * are not garbage-collected.
     */
    private static final java.util.logging.Logger[] QUIET = {
        java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox")
    };

    /**
     * The subcommands, by name, in the order help lists them. Added by {@link #commandLine(String...)},
     * not by the annotation, so that a run builds the model of the command it runs only.
     */
    private static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("extract", ExtractCommand.class);
        commands.put("tables", TablesCommand.class);
        commands.put("batch", BatchCommand.class);
        commands.put("quantities", QuantitiesCommand.class);
        commands.put("timeline", TimelineCommand.class);
        commands.put("review", ReviewCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        commands.put("generate-completion", AutoComplete.GenerateCompletion.class);
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
        CommandLine cmd = new CommandLine(new Main());
        for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet())
            if (!one || c.getKey().equals(named)) cmd.addSubcommand(c.getKey(), c.getValue());
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
