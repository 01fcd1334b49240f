package org.jindu.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The generic table layer: the tables of a {@link Layout}, as the reader found them (one piece per page)
 * or stitched across pages, whatever the document is about.
 *
 * <pre>{@code
 * Layout layout = FormatDetector.readerFor(bytes, name).read(bytes, name);
 * for (Table t : Tables.stitched(layout)) System.out.println(Tables.grid(t));
 * }</pre>
 *
 * <p>Two pieces are one table when the second is the first block of the page after the first (page
 * numbers and running heads or feet, text that recurs on two or more pages digits aside, do not
 * count; any other text does), has as many grid columns, and, where the reader
 * knows the boxes, the same column edges within two points. A first row equal to the table's first
 * row (the header repeated on each page) is dropped from the later piece.
 */
public final class Tables {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—－–\\s]*\\d{1,4}[-—－–\\s]*$|^第\\s*\\d+\\s*页.*$|^共\\s*\\d+\\s*页$|^\\d+\\s*/\\s*\\d+$");
    private static final float EDGE_TOLERANCE = 2f;

    private Tables() {
    }

    /** Every table piece of the layout, in reading order. */
    public static List<Table> pieces(Layout layout) {
        Objects.requireNonNull(layout, "layout");
        List<Table> out = new ArrayList<>();
        for (Block b : layout.blocks()) if (b instanceof Table t) out.add(t);
        return out;
    }

    /** The tables of the layout with the pieces that continue over a page break joined. */
    public static List<Table> stitched(Layout layout) {
        Objects.requireNonNull(layout, "layout");
        List<Table> out = new ArrayList<>();
        List<Row> rows = null;
        Table open = null;
        java.util.Set<String> running = runningText(layout);
        for (Block b : layout.blocks()) {
            if (b instanceof Paragraph p) {
                // text between two pieces, other than a page number or a running head, separates them
                if (open != null && !PAGE_NUMBER.matcher(p.text().strip()).matches()
                        && !running.contains(key(p.text()))) {
                    close(out, open, rows);
                    open = null;
                }
                continue;
            }
            Table t = (Table) b;
            if (open != null && continues(open, rows, t)) {
                List<Row> more = t.rows();
                if (!more.isEmpty() && !open.rows().isEmpty() && sameText(more.get(0), open.rows().get(0)))
                    more = more.subList(1, more.size());
                rows.addAll(more);
                continue;
            }
            if (open != null) close(out, open, rows);
            open = t;
            rows = new ArrayList<>(t.rows());
        }
        if (open != null) close(out, open, rows);
        return out;
    }

    /** Paragraph texts (digits aside) found on two or more pages: running heads and feet. */
    private static java.util.Set<String> runningText(Layout layout) {
        java.util.Map<String, java.util.Set<Integer>> pages = new java.util.HashMap<>();
        for (Block b : layout.blocks())
            if (b instanceof Paragraph p && p.where().page() != null)
                pages.computeIfAbsent(key(p.text()), k -> new java.util.HashSet<>()).add(p.where().page());
        java.util.Set<String> out = new java.util.HashSet<>();
        pages.forEach((text, on) -> {
            if (on.size() >= 2 && !text.isEmpty()) out.add(text);
        });
        return out;
    }

    private static String key(String text) {
        return text.replaceAll("[\\s\\d\u3000]+", "");
    }

    private static void close(List<Table> out, Table open, List<Row> rows) {
        out.add(open.withRows(rows)); // the first piece's caption and unit are the table's
    }

    private static Integer lastPage(List<Row> rows) {
        if (rows == null || rows.isEmpty()) return null;
        return rows.get(rows.size() - 1).where().page();
    }

    private static boolean continues(Table open, List<Row> rows, Table next) {
        Integer last = lastPage(rows);
        Integer page = next.where().page();
        if (last == null || page == null || page != last + 1) return false;
        if (rows.isEmpty() || next.rows().isEmpty()) return false;
        Row before = rows.get(rows.size() - 1);
        Row after = next.rows().get(0);
        List<Float> a = columnEdges(before, after);
        List<Float> b = columnEdges(after, before);
        if (width(rows.get(rows.size() - 1)) != width(next.rows().get(0))) return false;
        if (a == null || b == null) return true;
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (Math.abs(a.get(i) - b.get(i)) > EDGE_TOLERANCE) return false;
        return true;
    }

    /**
     * The left edges of the row's cells (only the first when the two rows split their columns
     * differently), or null when the reader gave no boxes. Left edges, not right: a reader that finds
     * columns by their text (tables without rules) knows where a column starts, not where the last ends.
     */
    private static List<Float> columnEdges(Row row, Row other) {
        List<Float> out = new ArrayList<>();
        for (Cell c : row.cells()) {
            if (c.where().box() == null) return null;
            out.add(c.where().box().x());
            if (row.cells().size() != other.cells().size()) break;
        }
        return out.isEmpty() ? null : out;
    }

    private static int width(Row row) {
        int n = 0;
        for (Cell c : row.cells()) n += c.colSpan();
        return n;
    }

    private static boolean sameText(Row a, Row b) {
        if (a.cells().size() != b.cells().size()) return false;
        for (int i = 0; i < a.cells().size(); i++)
            if (!a.cells().get(i).text().equals(b.cells().get(i).text())) return false;
        return true;
    }

    /**
     * The table as a plain grid of strings, one per grid column: a cell spanning columns gives its text
     * to the first and "" to the others; a cell merged down from above is "".
     */
    public static List<List<String>> grid(Table table) {
        List<List<String>> out = new ArrayList<>(table.rows().size());
        for (Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (Cell c : row.cells()) {
                cells.add(c.mergedAbove() ? "" : c.text());
                for (int i = 1; i < c.colSpan(); i++) cells.add("");
            }
            out.add(cells);
        }
        return out;
    }

    /** The pages a table's rows come from, in order, without repeats. */
    public static List<Integer> pages(Table table) {
        List<Integer> out = new ArrayList<>();
        for (Row r : table.rows()) {
            Integer p = r.where().page();
            if (p != null && !out.contains(p)) out.add(p);
        }
        if (out.isEmpty() && table.where().page() != null) out.add(table.where().page());
        return out;
    }
}
