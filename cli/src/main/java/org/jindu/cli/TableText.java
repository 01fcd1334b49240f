package org.jindu.cli;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;

/** {@code jindu tables} as text: CSV (one stream, or one table alone) and GitHub-flavoured Markdown. */
final class TableText {
    private static final ObjectWriter CSV = new CsvMapper().writer(CsvSchema.emptySchema().withLineSeparator("\n"));

    private TableText() {
    }

    /** Every table, each after its {@code # table N, pages a-b, caption "…", unit "…"} line. */
    static void csv(List<Table> tables, Writer out) throws IOException {
        int n = 0;
        for (Table t : tables) {
            out.write(comment(++n, t));
            out.write('\n');
            csv(t, out);
        }
    }

    /** One table's rows, nothing else: what a spreadsheet opens. */
    static void csv(Table t, Writer out) throws IOException {
        for (List<String> row : Tables.grid(t)) out.write(CSV.writeValueAsString(row.toArray(new String[0])));
    }

    /**
     * {@code # table 2, pages 3-4, caption "表1 …", unit "万元"}: the table's number, its pages when the
     * format has pages, its caption and unit when found; quotes inside doubled, line breaks as spaces.
     */
    static String comment(int number, Table t) {
        StringBuilder s = new StringBuilder("# table ").append(number).append(pages(Tables.pages(t)));
        if (t.caption() != null) s.append(", caption ").append(quoted(t.caption()));
        if (t.unit() != null) s.append(", unit ").append(quoted(t.unit()));
        return s.toString();
    }

    /** ", page 3", ", pages 3-4", or nothing when the format has no pages. */
    static String pages(List<Integer> pages) {
        if (pages.isEmpty()) return "";
        int first = pages.get(0);
        int last = pages.get(pages.size() - 1);
        return first == last ? ", page " + first : ", pages " + first + "-" + last;
    }

    /** "3-4", "3" or "" for a table's pages: the index file's column. */
    static String pageRange(List<Integer> pages) {
        String p = pages(pages);
        return p.isEmpty() ? "" : p.substring(p.indexOf(' ', 2) + 1);
    }

    private static String quoted(String text) {
        return '"' + text.replaceAll("\\R", " ").replace("\"", "\"\"") + '"';
    }

    /** One CSV row, for the index of per-table files. */
    static String csvRow(String... values) throws IOException {
        return CSV.writeValueAsString(values);
    }

    /**
     * Every table as a GitHub-flavoured Markdown table under a heading {@code ### Table N, pages a-b},
     * its caption in bold and its unit below that. The first row is the Markdown header row; a span's
     * text is in its first column, as in CSV. Cell text is escaped: {@code |} and Markdown's other
     * marks get a backslash, {@code <}, {@code >} and {@code &} become entities, line breaks {@code <br>}.
     */
    static void markdown(List<Table> tables, Writer out) throws IOException {
        int n = 0;
        for (Table t : tables) {
            if (n > 0) out.write('\n');
            out.write("### Table " + ++n + pages(Tables.pages(t)) + "\n\n");
            if (t.caption() != null) out.write("**" + md(t.caption()) + "**\n\n");
            if (t.unit() != null) out.write("单位：" + md(t.unit()) + "\n\n");
            List<List<String>> grid = Tables.grid(t);
            int width = 1;
            for (List<String> row : grid) width = Math.max(width, row.size());
            for (int r = 0; r < grid.size(); r++) {
                out.write(mdRow(grid.get(r), width));
                if (r == 0) out.write(mdRow(null, width));
            }
        }
    }

    /** A Markdown table row of {@code width} cells; null gives the delimiter row. */
    private static String mdRow(List<String> cells, int width) {
        List<String> parts = new ArrayList<>(width);
        for (int c = 0; c < width; c++)
            parts.add(cells == null ? "---" : c < cells.size() ? md(cells.get(c)) : "");
        return "| " + String.join(" | ", parts) + " |\n";
    }

    /** Text safe inside a Markdown table cell, read back as the same text. */
    static String md(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        String t = text.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\\', '|', '*', '_', '`', '[', ']', '~', '#' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\r' -> { }
                case '\n' -> b.append("<br>");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
