package org.jindu.cli;

import org.jindu.cli.batch.Failures;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jindu.JinduParser;
import org.jindu.exception.JinduException;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;
import org.jindu.model.Warning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jindu tables FILE}: the tables of any document, stitched across pages, as JSON or CSV. It
 * knows nothing of progress reports: it is the table layer on its own.
 */
@Command(
        name = "tables",
        header = "Print the tables of any document, joined across pages.",
        description = {
            "Prints the tables found in FILE, the pieces of a table on consecutive pages joined",
            "(a header repeated at the top of a page is dropped). Warnings go to standard error,",
            "one per kind, text lost or displaced first."
        })
final class TablesCommand implements Callable<Integer> {

    enum Format { json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The document to read; '-' reads standard input.")
    String file;

    @Option(names = "--per-page", description = "Keep each page's piece of a table as a table of its own.")
    boolean perPage;

    @Option(names = "--format", paramLabel = "json|csv", defaultValue = "json",
            description = "json: tables with their pages, rows and cells (spans marked);"
                    + " csv: each table as rows of its grid columns (a span's text in its first column),"
                    + " tables separated by an empty line. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (UTF-8) instead of standard output.")
    Path output;

    @picocli.CommandLine.ArgGroup(exclusive = false, heading = "%nLimits (docs/limits.md):%n")
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() throws IOException {
        org.jindu.read.Limits limits = limitOptions.limits(spec);
        Layout layout;
        try {
            String name = file.equals("-") ? "-" : String.valueOf(Path.of(file).getFileName());
            byte[] bytes = file.equals("-") ? System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1))
                    : Files.size(Path.of(file)) > limits.maxBytes() ? null : Files.readAllBytes(Path.of(file));
            if (bytes == null || bytes.length > limits.maxBytes()) {
                throw new org.jindu.exception.DocumentTooLargeException(name, "the file has more bytes than the limit of "
                        + limits.maxBytes() + " (raise it with --max-bytes)");
            }
            layout = JinduParser.builder().limits(limits).build().layout(bytes, name);
        } catch (JinduException | IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("jindu: " + file + ": " + Failures.message(e, file));
            err.flush();
            return Main.DOCUMENT_FAILED;
        }
        PrintWriter err = spec.commandLine().getErr();
        // grouped per kind, lost or displaced text first
        for (Warning w : Warning.grouped(layout.warnings()))
            err.println("jindu: " + file + ": warning: " + w.code() + ": " + w.message());
        err.flush();
        List<Table> tables = perPage ? Tables.pieces(layout) : Tables.stitched(layout);
        try (Writer out = open()) {
            if (format == Format.csv) csv(tables, out);
            else json(tables, out);
            out.flush();
        }
        return Main.OK;
    }

    private Writer open() {
        if (output == null) return new NonClosing(spec.commandLine().getOut());
        try {
            return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot write " + output + ": " + Failures.message(e, output.toString()));
        }
    }

    private void json(List<Table> tables, Writer out) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Table t : tables) {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("pages", Tables.pages(t));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                if (r.where().page() != null) row.put("page", r.where().page());
                List<Map<String, Object>> cells = new ArrayList<>();
                for (Cell c : r.cells()) {
                    Map<String, Object> cell = new LinkedHashMap<>();
                    cell.put("text", c.text());
                    if (c.colSpan() > 1) cell.put("colSpan", c.colSpan());
                    if (c.mergedAbove()) cell.put("mergedAbove", true);
                    if (c.where().box() != null) cell.put("box", c.where().box());
                    if (c.confidence() != null) cell.put("confidence", c.confidence());
                    cells.add(cell);
                }
                row.put("cells", cells);
                rows.add(row);
            }
            table.put("rows", rows);
            list.add(table);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", file);
        doc.put("tables", list);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new NonClosing(out), doc);
        out.write('\n');
    }

    private static void csv(List<Table> tables, Writer out) throws IOException {
        CsvMapper mapper = new CsvMapper();
        boolean first = true;
        for (Table t : tables) {
            if (!first) out.write('\n');
            first = false;
            for (List<String> row : Tables.grid(t))
                out.write(mapper.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValueAsString(row.toArray(new String[0])));
        }
    }

    /** Standard output stays open for whoever runs the command next (tests run several). */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
