package org.jindu.cli;

import org.jindu.cli.batch.Failures;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import org.jindu.cli.html.TablesPage;
import org.jindu.exception.JinduException;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;
import org.jindu.model.Warning;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jindu tables FILE}: the tables of any document, stitched across pages, as JSON, CSV, Markdown or
 * HTML, each with the caption and unit line found above it. It knows nothing of progress reports: it is
 * the table layer on its own. A table with no text in any cell is not printed; an {@code EMPTY_TABLE}
 * warning counts it.
 */
final class TablesCommand implements Callable<Integer> {

    enum Format { json, csv, md, html }

    /** Warning code of a table left out because none of its cells holds text. */
    static final String EMPTY_TABLE = "EMPTY_TABLE";

    CommandSpec spec;

    String file;

    boolean perPage;

    Format format;

    Path output;

    LimitOptions limitOptions = new LimitOptions();

    /** The {@code tables} command, bound to a new instance. */
    static CommandSpec spec() {
        TablesCommand c = new TablesCommand();
        c.spec = Specs.command("tables", c,
                "Print the tables of any document, joined across pages.",
                "Prints the tables found in FILE, the pieces of a table on consecutive pages joined",
                "(a header repeated at the top of a page is dropped), each with the caption and unit",
                "line printed above it. A table with no text in any cell is not printed. Warnings go to",
                "standard error, one per kind, text lost or displaced first.");
        c.spec.addPositional(Specs.positional(String.class, () -> c.file, v -> c.file = v)
                .required(true).paramLabel("FILE").description("The document to read; '-' reads standard input.").build());
        c.spec.addOption(Specs.option(boolean.class, () -> c.perPage, v -> c.perPage = v, "--per-page")
                .description("Keep each page's piece of a table as a table of its own.").build());
        c.spec.addOption(Specs.option(Format.class, () -> c.format, v -> c.format = v, "--format")
                .paramLabel("json|csv|md|html").defaultValue("json")
                .description("json: tables with their pages, caption, unit, rows and cells (spans marked, each cell's"
                        + " page and box where the format has them); csv: each table after a '# table N, pages a-b'"
                        + " line, as rows of its grid columns; md: GitHub-flavoured Markdown tables; html: one"
                        + " self-contained page, merged cells as colspan and rowspan. Default: ${DEFAULT-VALUE}.").build());
        c.spec.addOption(Specs.option(Path.class, () -> c.output, v -> c.output = v, "-o", "--output")
                .paramLabel("FILE|DIR/")
                .description("Write to FILE (UTF-8) instead of standard output. With --format csv, a folder (one"
                        + " that exists, or a name ending in '/') gets one file per table, NAME-table-01.csv, ...,"
                        + " and their index NAME-tables.csv.").build());
        c.spec.addArgGroup(c.limitOptions.group());
        return c.spec;
    }

    @Override
    public Integer call() throws IOException {
        org.jindu.read.Limits limits = limitOptions.limits(spec);
        Path folder = folder();
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
        List<Table> tables = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>(layout.warnings());
        for (Table t : perPage ? Tables.pieces(layout) : Tables.stitched(layout)) {
            if (t.hasText()) tables.add(t);
            else warnings.add(empty(t));
        }
        PrintWriter err = spec.commandLine().getErr();
        // grouped per kind, lost or displaced text first
        for (Warning w : Warning.grouped(warnings))
            err.println("jindu: " + file + ": warning: " + w.code() + ": " + w.message());
        err.flush();
        if (folder != null) {
            perTable(tables, folder);
            return Main.OK;
        }
        try (Writer out = open()) {
            switch (format) {
                case csv -> TableText.csv(tables, out);
                case md -> TableText.markdown(tables, out);
                case html -> out.write(TablesPage.html(file, tables));
                case json -> json(tables, out);
            }
            out.flush();
        }
        return Main.OK;
    }

    /** The warning for a table left out: where it was and how big, so that nothing goes unnoticed. */
    private static Warning empty(Table t) {
        int columns = 0;
        for (List<String> row : Tables.grid(t)) columns = Math.max(columns, row.size());
        List<Integer> pages = Tables.pages(t);
        String rows = t.rows().size() + (t.rows().size() == 1 ? " row" : " rows");
        return new Warning(EMPTY_TABLE, "a table of " + rows + " and " + columns + (columns == 1 ? " column" : " columns")
                + (pages.isEmpty() ? "" : " on page " + pages.get(0)) + " has no text in any cell and is not printed",
                pages.isEmpty() ? null : pages.get(0));
    }

    /**
     * The folder that {@code -o} names for one file per table, or null when it names a file. A name
     * ending in a separator is a folder, made when missing; an existing folder is one whatever its name.
     */
    private Path folder() {
        if (output == null) return null;
        // as typed: a Path has lost its trailing separator
        List<String> typed = spec.commandLine().getParseResult().matchedOption("-o").originalStringValues();
        String given = typed.isEmpty() ? output.toString() : typed.get(typed.size() - 1);
        boolean slash = given.endsWith("/") || given.endsWith(java.io.File.separator);
        if (!slash && !Files.isDirectory(output)) return null;
        if (format != Format.csv)
            throw new ParameterException(spec.commandLine(), given + " is a folder: one file per table is for --format csv;"
                    + " give a file name for --format " + format);
        if (Files.exists(output) && !Files.isDirectory(output))
            throw new ParameterException(spec.commandLine(), "cannot write tables into " + given
                    + ": it is a file, not a folder (drop the trailing '/' to write all tables into that file)");
        return output;
    }

    /** One CSV file per table in {@code folder}, NAME-table-01.csv, ..., and the index NAME-tables.csv. */
    private void perTable(List<Table> tables, Path folder) {
        String name = file.equals("-") ? "stdin" : String.valueOf(Path.of(file).getFileName()).replaceFirst("\\.[^.]*$", "");
        int digits = Math.max(2, String.valueOf(tables.size()).length());
        try {
            Files.createDirectories(folder);
            StringBuilder index = new StringBuilder(TableText.csvRow("file", "table", "pages", "caption", "unit"));
            for (int i = 0; i < tables.size(); i++) {
                Table t = tables.get(i);
                String each = name + "-table-" + String.format(java.util.Locale.ROOT, "%0" + digits + "d", i + 1) + ".csv";
                try (Writer out = Files.newBufferedWriter(folder.resolve(each), StandardCharsets.UTF_8)) {
                    TableText.csv(t, out);
                }
                index.append(TableText.csvRow(each, String.valueOf(i + 1), TableText.pageRange(Tables.pages(t)),
                        t.caption() == null ? "" : t.caption(), t.unit() == null ? "" : t.unit()));
            }
            Files.writeString(folder.resolve(name + "-tables.csv"), index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot write " + folder + ": " + Failures.message(e, folder.toString()));
        }
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
            if (t.caption() != null) table.put("caption", t.caption());
            if (t.unit() != null) table.put("unit", t.unit());
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
                    if (c.where().page() != null) cell.put("page", c.where().page());
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
