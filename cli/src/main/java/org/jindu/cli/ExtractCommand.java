package org.jindu.cli;

import org.jindu.cli.batch.Failures;
import org.jindu.cli.batch.OutputFile;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jindu.exception.InternalErrorException;
import org.jindu.JinduParser;
import org.jindu.exception.JinduException;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.Jindu;
import org.jindu.exception.JinduException;
import org.jindu.json.ReportJson;
import org.jindu.model.Report;
import org.jindu.model.Warning;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jindu extract FILE...}: each report as JSON. A file that cannot be read is one line on stderr
 * and exit code 3; the other files still come out.
 */
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, jsonl }

    CommandSpec spec;

    List<String> files;

    Format format;

    Path output;

    boolean noOcr;

    LimitOptions limitOptions = new LimitOptions();

    /** The {@code extract} command, bound to a new instance. */
    static CommandSpec spec() {
        ExtractCommand c = new ExtractCommand();
        c.spec = Specs.command("extract", c,
                "Read reports and print each one as JSON.",
                "Reads each FILE and prints its report as JSON on standard output.",
                "A file that cannot be read is reported on standard error; the others still come out.",
                "Warnings that text was lost or displaced also go to standard error.");
        c.spec.addPositional(Specs.positionals(String.class, () -> c.files, v -> c.files = v)
                .arity("1..*").required(true).paramLabel("FILE")
                .description("The reports to read; '-' reads standard input.").build());
        c.spec.addOption(Specs.option(Format.class, () -> c.format, v -> c.format = v, "--format")
                .paramLabel("json|jsonl").defaultValue("json")
                .description("json: one indented report, or an array of them for several files;"
                        + " jsonl: one report per line. Default: ${DEFAULT-VALUE}.").build());
        c.spec.addOption(Specs.option(Path.class, () -> c.output, v -> c.output = v, "-o", "--output")
                .paramLabel("FILE")
                .description("Write to FILE (UTF-8) instead of standard output."
                        + " It is written even when some documents fail, through a temporary file renamed"
                        + " at the end: a failed write leaves an earlier FILE as it was.").build());
        c.spec.addOption(Specs.option(boolean.class, () -> c.noOcr, v -> c.noOcr = v, "--no-ocr")
                .description("Do not read scanned (image-only) PDF pages by OCR; they give a NO_TEXT_LAYER warning."
                        + " Pages with text are never OCRed.").build());
        c.spec.addArgGroup(c.limitOptions.group());
        return c.spec;
    }

    @Override
    public Integer call() throws IOException {
        JinduParser parser = JinduParser.builder().limits(limitOptions.limits(spec)).ocr(!noOcr).build();
        boolean failed = false;
        boolean internal = false;
        PrintWriter err = spec.commandLine().getErr();
        try (OutputFile file = openOutput()) {
            Writer out = file == null ? new NonClosingWriter(spec.commandLine().getOut()) : file.writer();
            try (ReportSink sink = sink(out)) {
                for (String name : files) {
                    Report report;
                    try {
                        report = parse(parser, name);
                    } catch (JinduException | IOException e) {
                        failed = true;
                        internal |= e instanceof InternalErrorException;
                        err.println("jindu: " + name + ": " + Failures.message(e, name));
                        if (e instanceof InternalErrorException && Main.verbose(spec)) {
                            e.printStackTrace(err);
                        }
                        err.flush();
                        continue;
                    }
                    lossesToStderr(name, report);
                    try {
                        sink.add(report);
                    } catch (OutOfMemoryError e) {
                        report = null;
                        failed = true;
                        err.println("jindu: " + name + ": its report is too large to write within this Java process's"
                                + " memory (raise it with -Xmx); the output may hold part of it");
                        err.flush();
                    }
                }
            }
            if (file != null) {
                file.commit();
            }
        } catch (IOException e) {
            if (output == null) {
                throw e;
            }
            err.println("jindu: cannot write " + output + ": " + Failures.message(e, output.toString())
                    + "; it was left as it was");
            err.flush();
            return Main.USAGE;
        }
        return internal ? Main.INTERNAL_ERROR : failed ? Main.DOCUMENT_FAILED : Main.OK;
    }

    /** Warnings that mean text was lost or displaced also go to stderr: they are in the JSON too, but easy to miss there. */
    private void lossesToStderr(String file, Report report) {
        PrintWriter err = spec.commandLine().getErr();
        for (Warning w : report.warnings())
            if (w.meansLoss()) err.println("jindu: " + file + ": warning: " + w.code() + ": " + w.message());
        err.flush();
    }

    private Report parse(JinduParser parser, String file) throws IOException, JinduException {
        try {
            if (file.equals("-")) {
                return parser.parse(System.in, "-");
            }
            return parser.parse(Path.of(file));
        } catch (RuntimeException | StackOverflowError e) {
            // the library turns its own failures into InternalErrorException; this is the last net
            throw new InternalErrorException(file, e);
        } catch (OutOfMemoryError e) {
            throw new DocumentTooLargeException(file, "is too large to read into memory", e);
        }
    }

    /**
     * The output file's temporary twin, created now so that an unwritable folder is a usage error before
     * any document is read; renamed onto the output when every report is written. Null for standard output.
     */
    private OutputFile openOutput() {
        if (output == null) {
            return null;
        }
        if (Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), "cannot write " + output + ": it is a folder");
        }
        try {
            return OutputFile.open(output);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(),
                    "cannot write " + output + ": its folder does not exist");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(),
                    "cannot write " + output + ": " + Failures.message(e, output.toString()));
        }
    }

    private ReportSink sink(Writer out) throws IOException {
        if (format == Format.jsonl) {
            return new JsonLines(out);
        }
        return files.size() == 1 ? new SingleJson(out) : new JsonArray(out);
    }

    /** Where reports go, one by one, as they are read. */
    private interface ReportSink extends AutoCloseable {
        void add(Report report) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** One compact report per line, "\n"-terminated on every platform. */
    private record JsonLines(Writer out) implements ReportSink {
        @Override
        public void add(Report report) throws IOException {
            // streamed, never held as one string: a report of a million records fits in a small heap
            ReportJson.write(report, out, false);
            out.write('\n');
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** One indented report: the output for a single file. */
    private record SingleJson(Writer out) implements ReportSink {
        @Override
        public void add(Report report) throws IOException {
            ReportJson.write(report, out, true);
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * An indented array, written as the reports come so that a long run does not hold them all. The
     * array is there, possibly empty, whenever several files were named.
     */
    private static final class JsonArray implements ReportSink {
        private final Writer out;
        private final JsonGenerator array;

        JsonArray(Writer out) throws IOException {
            this.out = out;
            this.array = ReportJson.generator(out, true);
            array.writeStartArray();
        }

        @Override
        public void add(Report report) throws IOException {
            ReportJson.write(report, array);
            array.flush();
        }

        @Override
        public void close() throws IOException {
            array.writeEndArray();
            array.close();
            out.write('\n');
            out.flush();
        }
    }

    /** Standard output stays open for whoever runs the command next (tests run several). */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
