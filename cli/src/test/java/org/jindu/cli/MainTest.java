package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {

    @Test
    void aRunBuildsTheCommandItNamesOnlyAndHelpBuildsThemAll() {
        assertEquals(java.util.List.of("extract"),
                java.util.List.copyOf(Main.commandLine("-v", "extract", "report.txt").getSubcommands().keySet()));
        var all = java.util.List.of("extract", "tables", "batch", "quantities", "timeline", "review", "help",
                "generate-completion");
        assertEquals(all, java.util.List.copyOf(Main.commandLine().getSubcommands().keySet()));
        assertEquals(all, java.util.List.copyOf(Main.commandLine("help", "extract").getSubcommands().keySet()));
        assertEquals(all, java.util.List.copyOf(Main.commandLine("extrcat", "a.txt").getSubcommands().keySet()));
        // a command built alone still inherits -h, -V and -v and lists the exit codes
        CommandLine extract = Main.commandLine("extract").getSubcommands().get("extract");
        assertTrue(extract.getCommandSpec().findOption("--verbose") != null);
        assertTrue(extract.getCommandSpec().findOption("--version") != null);
        assertFalse(extract.getCommandSpec().usageMessage().exitCodeList().isEmpty());
    }

    @Test
    void helpListsTheExitCodes() {
        for (String[] args : new String[][] {{"--help"}, {"extract", "--help"}, {"batch", "--help"}}) {
            Run run = Run.jindu(args);
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("Exit codes:"), run.out());
            assertTrue(run.out().matches("(?s).*\\b0\\s+ok.*"), run.out());
            assertTrue(run.out().matches("(?s).*\\b1\\s+internal error.*"), run.out());
            assertTrue(run.out().matches("(?s).*\\b2\\s+usage error.*"), run.out());
            assertTrue(run.out().matches("(?s).*\\b3\\s+a document failed.*"), run.out());
            assertEquals("", run.err());
        }
    }

    @Test
    void topHelpNamesTheCommands() {
        Run run = Run.jindu("--help");
        assertTrue(run.out().contains("extract"), run.out());
        assertTrue(run.out().contains("batch"), run.out());
    }

    @Test
    void versionPrintsTheLibraryVersion() {
        Run run = Run.jindu("--version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("jindu " + org.jindu.Jindu.version()), run.out());
    }

    @Test
    void unknownOptionIsAUsageErrorOnStderr() {
        Run run = Run.jindu("extract", "--no-such-option", "x.txt");
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("--no-such-option"), run.err());
        assertTrue(run.err().contains("jindu extract --help"), run.err());
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        Run run = Run.jindu("extract");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("FILE"), run.err());
    }

    @Test
    void unknownCommandSuggestsTheNearestOne() {
        Run run = Run.jindu("extrakt");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("extract"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, Run.jindu().code());
    }

    @Command(name = "boom")
    static final class Boom implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("the parser tripped");
        }
    }

    @Test
    void unexpectedExceptionIsOneLineAndExitCode1() {
        CommandLine cmd = Main.commandLine().addSubcommand(new Boom());
        Run run = Run.jindu(cmd, "boom");
        assertEquals(1, run.code());
        assertEquals(1, run.errLines().length, run.err());
        assertEquals("jindu: internal error: IllegalStateException: the parser tripped", run.errLines()[0]);
    }

    @Test
    void verboseAddsTheStackTrace() {
        for (String[] args : new String[][] {{"--verbose", "boom"}, {"boom", "-v"}}) {
            CommandLine cmd = Main.commandLine().addSubcommand(new Boom());
            Run run = Run.jindu(cmd, args);
            assertEquals(1, run.code());
            assertTrue(run.errLines().length > 1, run.err());
            assertTrue(run.err().contains("at org.jindu.cli.MainTest$Boom.run"), run.err());
        }
    }

    @Test
    void internalErrorWithoutVerboseHasNoStackTrace() {
        CommandLine cmd = Main.commandLine().addSubcommand(new Boom());
        assertFalse(Run.jindu(cmd, "boom").err().contains("\tat "));
    }
}
