package org.jindu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jindu.Jindu;
import org.jindu.exception.JinduException;
import org.jindu.cli.batch.Failures;
import org.jindu.cli.batch.FileWalker;
import org.jindu.cli.html.TimelinePage;
import org.jindu.cli.timeline.TimelineTable;
import org.jindu.json.ReportJson;
import org.jindu.model.Report;
import org.jindu.timeline.Timeline;
import org.jindu.timeline.Timelines;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jindu timeline PATH... | --db FILE}: each task's progress across the periods of its
 * organization's reports, with flags, as JSON, CSV, XLSX or an HTML page.
 */
final class TimelineCommand implements Callable<Integer> {

    enum Format { json, csv, xlsx, html }

    CommandSpec spec;

    List<Path> paths = new ArrayList<>();

    Path db;

    Format format;

    Path output;

    /** The {@code timeline} command, bound to a new instance. */
    static CommandSpec spec() {
        TimelineCommand c = new TimelineCommand();
        c.spec = Specs.command("timeline", c,
                "Follow each task across a body's reports of one year, flagged.",
                "Links the tasks of the reports of one organization and year across their periods",
                "(1-3月, 1-6月, 1-9月, 全年) and flags NEW, DROPPED, UNCHANGED, DECREASED and COMPLETED tasks.",
                "Reads files and folders (at any depth), or the reports stored by 'jindu batch' in --db.");
        c.spec.addPositional(Specs.positionals(Path.class, () -> c.paths, v -> c.paths = v)
                .arity("0..*").paramLabel("PATH").description("Report files and folders.").build());
        c.spec.addOption(Specs.option(Path.class, () -> c.db, v -> c.db = v, "--db")
                .paramLabel("FILE").description("Also take every report stored in this 'jindu batch' database.").build());
        c.spec.addOption(Specs.option(Format.class, () -> c.format, v -> c.format = v, "--format")
                .paramLabel("json|csv|xlsx|html").defaultValue("json")
                .description("json: the timelines with every period's text, figures and flags; csv, xlsx: a row per"
                        + " task, a column group per period, flags as columns; html: a page to open in a browser."
                        + " Default: ${DEFAULT-VALUE}.").build());
        c.spec.addOption(Specs.option(Path.class, () -> c.output, v -> c.output = v, "-o", "--output")
                .paramLabel("FILE").description("Write to FILE instead of standard output; required for xlsx.").build());
        return c.spec;
    }

    @Override
    public Integer call() throws Exception {
        if (paths.isEmpty() && db == null) throw new ParameterException(spec.commandLine(), "give a PATH or --db");
        if (format == Format.xlsx && output == null)
            throw new ParameterException(spec.commandLine(), "--format xlsx needs -o FILE");
        for (Path p : paths)
            if (!Files.exists(p)) throw new ParameterException(spec.commandLine(), p + ": no such file or folder");
        if (db != null && !Files.isRegularFile(db)) throw new ParameterException(spec.commandLine(), db + ": no such database");
        Path folder = output == null ? null : output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder))
            throw new ParameterException(spec.commandLine(), "cannot write " + output + ": its folder does not exist");

        PrintWriter err = spec.commandLine().getErr();
        List<Report> reports = new ArrayList<>();
        boolean[] failed = {false};
        if (db != null) reports.addAll(stored(db));
        new FileWalker(List.of(), List.of()).walk(paths, file -> {
            try {
                reports.add(Jindu.parse(file));
            } catch (JinduException | IOException e) {
                failed[0] = true;
                err.println("jindu: " + file + ": " + Failures.message(e, file.toString()));
            }
        });
        List<Timeline> timelines = Timelines.link(reports);
        for (Timeline t : timelines)
            for (String note : t.notes()) err.println("jindu: timeline: " + note);
        err.flush();

        if (format == Format.xlsx) {
            TimelineTable.xlsx(timelines, output);
        } else {
            try (Writer out = open()) {
                switch (format) {
                    case json -> {
                        out.write(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(timelines));
                        out.write('\n');
                    }
                    case csv -> TimelineTable.csv(timelines, out);
                    case html -> out.write(TimelinePage.html(timelines));
                    default -> throw new IllegalStateException(format.toString());
                }
                out.flush();
            }
        }
        return failed[0] ? Main.DOCUMENT_FAILED : Main.OK;
    }

    /** The reports a 'jindu batch' run stored, in the order it stored them. */
    private List<Report> stored(Path file) {
        List<Report> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             PreparedStatement p = c.prepareStatement(
                     "SELECT r.json FROM reports r JOIN documents d ON d.id = r.document_id ORDER BY d.id");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) out.add(ReportJson.fromJson(rs.getString(1)));
        } catch (SQLException e) {
            throw new ParameterException(spec.commandLine(), db + " is not a jindu database: " + e.getMessage());
        }
        return out;
    }

    private Writer open() throws IOException {
        if (output == null) return new NonClosing(spec.commandLine().getOut());
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    /** Standard output stays open for whoever runs the command next (tests run several). */
    static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
