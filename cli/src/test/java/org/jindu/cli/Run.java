package org.jindu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** One in-process run of the jindu command line, with what it printed. */
record Run(int code, String out, String err) {

    /** The seed report from the repository's testdata folder (surefire sets {@code jindu.testdata}). */
    static final Path SEED = Path.of(System.getProperty("jindu.testdata", "../testdata"),
            "seed", "000_4744e66be9c0f129.txt");

    static final String SEED_TITLE = "市教育局1-9月份分解落实2021年政府工作目标进展情况";

    static Run jindu(String... args) {
        return jindu(Main.commandLine(), args);
    }

    static Run jindu(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The lines of standard error, for asserting there is exactly one message. */
    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\\R");
    }
}
