package org.jindu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jindu.cli.batch.Batch;
import org.jindu.cli.batch.CsvExport;
import org.jindu.cli.batch.Failures;
import org.jindu.cli.batch.FileWalker;
import org.jindu.cli.batch.OutputFile;
import org.jindu.cli.batch.JsonlExport;
import org.jindu.cli.batch.Outcome;
import org.jindu.cli.batch.Store;
import org.jindu.cli.batch.StoreException;
import org.jindu.cli.batch.Summary;
import org.jindu.cli.batch.XlsxExport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jindu batch PATH...}: every report in files and folders into a SQLite database, resumable,
 * then optionally exported as CSV, Excel or JSON Lines. See {@code docs/batch.md}.
 */
final class BatchCommand implements Callable<Integer> {

    enum Format { sqlite, csv, xlsx, jsonl }

    CommandSpec spec;

    List<Path> paths;

    List<String> includes = new ArrayList<>();

    List<String> excludes = new ArrayList<>();

    Path db;

    Format format;

    Path output;

    boolean force;

    Integer threads;

    boolean quiet;

    LimitOptions limitOptions = new LimitOptions();

    /** The {@code batch} command, bound to a new instance. */
    static CommandSpec spec() {
        BatchCommand c = new BatchCommand();
        c.spec = Specs.command("batch", c,
                "Read files and folders of reports into a SQLite database, resumably.",
                "Reads every report in the files and folders given (folders recursively) into a SQLite database.",
                "A file that cannot be read is stored as a failed document with its reason; the batch goes on.",
                "Documents whose bytes are stored already are skipped, so a rerun finishes what a stopped one began.",
                "With --format csv, xlsx or jsonl, the database's content is then exported to --output.");
        c.spec.addPositional(Specs.positionals(Path.class, () -> c.paths, v -> c.paths = v)
                .arity("1..*").required(true).paramLabel("PATH").description("Files and folders to read.").build());
        c.spec.addOption(Specs.listOption(String.class, () -> c.includes, v -> c.includes = v, "--include")
                .paramLabel("GLOB")
                .description("Only read files matching GLOB (repeatable). A GLOB without '/' is matched against"
                        + " the file name ('*.txt'), one with '/' against the path under the folder ('2021/**').").build());
        c.spec.addOption(Specs.listOption(String.class, () -> c.excludes, v -> c.excludes = v, "--exclude")
                .paramLabel("GLOB")
                .description("Skip files and folders matching GLOB (repeatable), as for --include.").build());
        c.spec.addOption(Specs.option(Path.class, () -> c.db, v -> c.db = v, "--db")
                .paramLabel("FILE").defaultValue("jindu.sqlite")
                .description("The SQLite database, created when missing. Default: ${DEFAULT-VALUE}.").build());
        c.spec.addOption(Specs.option(Format.class, () -> c.format, v -> c.format = v, "--format")
                .paramLabel("sqlite|csv|xlsx|jsonl").defaultValue("sqlite")
                .description("sqlite: only the database (default); csv: a folder of CSV files, one per table;"
                        + " xlsx: an Excel workbook, one sheet per table; jsonl: one report per line.").build());
        c.spec.addOption(Specs.option(Path.class, () -> c.output, v -> c.output = v, "-o", "--output")
                .paramLabel("PATH")
                .description("Where the export goes: a folder for csv, a file for xlsx; for jsonl a file,"
                        + " standard output when left out.").build());
        c.spec.addOption(Specs.option(boolean.class, () -> c.force, v -> c.force = v, "--force")
                .description("Read every document again, replacing what is stored.").build());
        c.spec.addOption(Specs.option(Integer.class, () -> c.threads, v -> c.threads = v, "--threads")
                .paramLabel("N").description("Documents parsed at once. Default: the number of processors.").build());
        c.spec.addOption(Specs.option(boolean.class, () -> c.quiet, v -> c.quiet = v, "-q", "--quiet")
                .description("No progress bar and no summary; failures are still listed.").build());
        c.spec.addArgGroup(c.limitOptions.group());
        return c.spec;
    }

    @Override
    public Integer call() throws Exception {
        checkArguments();
        org.jindu.JinduParser parser = org.jindu.JinduParser.builder().limits(limitOptions.limits(spec))
                .pageThreads(threads == 1) // with several threads, documents are read in parallel already
                .build();
        PrintWriter err = spec.commandLine().getErr();
        FileWalker walker;
        try {
            walker = new FileWalker(includes, excludes);
        } catch (IllegalArgumentException e) { // PatternSyntaxException among them
            throw usage("not a valid --include or --exclude pattern: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Summary summary;
        Store opened;
        try {
            opened = Store.open(db);
        } catch (StoreException e) {
            err.println("jindu: batch: " + e.getMessage());
            err.flush();
            return e.environment() ? Main.USAGE : Main.INTERNAL_ERROR;
        }
        try (Store store = opened) {
            walker.never(FileWalker.databaseFiles(db));
            Batch batch = new Batch(store, threads, force, parser::parse);
            // Ctrl-C or TERM (not KILL): what is stored is whole; say so, on a line of its own after the bar.
            Thread onStop = new Thread(() -> {
                err.println();
                err.println("jindu: batch: stopped; every document stored is complete:"
                        + " run the same command again to read the rest");
                err.flush();
            }, "jindu-batch-stopped");
            Runtime.getRuntime().addShutdownHook(onStop);
            try (Progress progress = Progress.start(!quiet && Progress.stderrIsTerminal(), walker, paths)) {
                summary = batch.run(walker, paths, new Batch.Listener() {
                    @Override
                    public void done(Outcome outcome) {
                        progress.done(outcome);
                    }

                    @Override
                    public void skipped(Path path, String why) {
                        err.println("jindu: " + path + ": skipped: " + why);
                        err.flush();
                    }
                });
            } catch (StoreException e) {
                err.println();
                err.println("jindu: batch: stopped: " + e.getMessage());
                err.flush();
                return e.environment() ? Main.USAGE : Main.INTERNAL_ERROR;
            } catch (Batch.ListenerException e) {
                err.println();
                err.println("jindu: batch: stopped: " + e.getMessage()
                        + "; every document stored is complete: run the same command again to read the rest");
                err.flush();
                return Main.INTERNAL_ERROR;
            } finally {
                removeShutdownHook(onStop);
            }
            store.failures(summary.run(), f -> err.println("jindu: " + f.path() + ": " + f.message()));
            if (!quiet) {
                err.println("jindu: batch: " + summary);
            }
            err.flush();
            try {
                export(store);
            } catch (java.io.IOException e) {
                err.println("jindu: batch: cannot write " + output + ": " + Failures.message(e, String.valueOf(output))
                        + "; the database is complete, run the export again when this is put right");
                err.flush();
                return Main.USAGE;
            }
        }
        return summary.failed() > 0 ? Main.DOCUMENT_FAILED : Main.OK;
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook is running or has run
        }
    }

    private void checkArguments() {
        if (threads == null) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw usage("--threads must be at least 1, not " + threads);
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw usage(p + ": no such file or folder");
            }
        }
        if (output == null && (format == Format.csv || format == Format.xlsx)) {
            throw usage("--format " + format + " needs --output (" + (format == Format.csv ? "a folder" : "a file") + ")");
        }
        if (output != null && format == Format.sqlite) {
            throw usage("--output is for --format csv, xlsx or jsonl; the database is named by --db");
        }
        requireFolderOf(db);
        if (output != null) {
            if (format == Format.csv) {
                if (Files.exists(output) && !Files.isDirectory(output)) {
                    throw usage("cannot write CSV files into " + output + ": it is a file, not a folder");
                }
            } else {
                requireFolderOf(output);
                if (Files.isDirectory(output)) {
                    throw usage("cannot write " + output + ": it is a folder");
                }
            }
        }
    }

    private void requireFolderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw usage("cannot write " + file + ": its folder does not exist");
        }
    }

    private void export(Store store) throws Exception {
        switch (format) {
            case sqlite -> { }
            case csv -> CsvExport.write(store.connection(), output);
            case xlsx -> XlsxExport.write(store.connection(), output);
            case jsonl -> {
                if (output == null) {
                    PrintWriter out = spec.commandLine().getOut();
                    JsonlExport.write(store.connection(), out);
                } else {
                    try (OutputFile file = OutputFile.open(output)) {
                        JsonlExport.write(store.connection(), file.writer());
                        file.commit();
                    }
                }
            }
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The progress bar on a terminal's stderr, or nothing. */
    private static final class Progress implements AutoCloseable {
        private final ProgressBar bar;
        private int failed;

        private Progress(ProgressBar bar) {
            this.bar = bar;
        }

        static Progress start(boolean show, FileWalker walker, List<Path> paths) {
            if (!show) {
                return new Progress(null);
            }
            ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("jindu batch")
                    .setInitialMax(walker.count(paths))
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" docs", 1)
                    .showSpeed()
                    .setUpdateIntervalMillis(250)
                    .build();
            return new Progress(bar);
        }

        /**
         * Whether standard error is a terminal. {@link System#console()} only tells about standard input
         * and output, so {@code 2> log} would still get the bar; where jline's native library loads, it
         * asks about standard error itself.
         */
        static boolean stderrIsTerminal() {
            if (System.console() == null) {
                return false;
            }
            try {
                return org.jline.nativ.CLibrary.isatty(2) == 1;
            } catch (Throwable e) {
                return true;
            }
        }

        void done(Outcome outcome) {
            if (bar == null) {
                return;
            }
            if (outcome.status() == Outcome.Status.FAILED) {
                failed++;
                bar.setExtraMessage(failed + " failed");
            }
            bar.step();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
