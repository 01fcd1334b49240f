package org.jindu.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 * count; any other text does) and, where the reader knows the boxes, its column starts are those of
 * the table or a coarser or finer version of them (within two points, ending at the same right edge);
 * where it knows none, it has as many grid columns. Leading rows equal to the table's first rows (the
 * header repeated on each page) are dropped from the later piece. A row the page break cut in two
 * (its rest heads the later piece with the first column empty, in a table whose first column is a key
 * that every other row fills) is one row again in {@link #stitched}: its texts joined cell by cell, each
 * cell keeping the page and box of its part above the break.
 */
public final class Tables {
    private Tables() {
    }

    /** Every table piece of the layout, in reading order. */
    public static List<Table> pieces(Layout layout) {
        Objects.requireNonNull(layout, "layout");
        List<Table> out = new ArrayList<>();
        for (Block b : layout.blocks()) if (b instanceof Table t) out.add(t);
        return out;
    }

    /**
     * The tables of the layout with the pieces that continue over a page break joined, on one grid
     * ({@link #aligned}); the header rows a later piece repeats are dropped from it, and a row the page
     * break cut is joined again (not by {@link #aligned}: readers of records join such rows themselves).
     */
    public static List<Table> stitched(Layout layout) {
        Objects.requireNonNull(layout, "layout");
        List<Block> blocks = Continuations.aligned(layout.blocks());
        List<Table> out = new ArrayList<>();
        for (List<Integer> group : Continuations.groups(blocks)) {
            Table first = (Table) blocks.get(group.get(0));
            List<Row> rows = new ArrayList<>(first.rows());
            List<Integer> restPages = new ArrayList<>();
            for (int k = 1; k < group.size(); k++) {
                Table more = (Table) blocks.get(group.get(k));
                List<Row> body = more.rows().subList(Continuations.headerRows(first, more), more.rows().size());
                if (!body.isEmpty() && Continuations.cutRow(rows, body.get(0))) {
                    rows.set(rows.size() - 1, Continuations.joinRows(rows.get(rows.size() - 1), body.get(0)));
                    Integer page = body.get(0).where().page();
                    if (page != null && !restPages.contains(page)) restPages.add(page);
                    body = body.subList(1, body.size());
                }
                rows.addAll(body);
            }
            out.add(first.withRows(rows, restPages)); // the first piece's caption and unit are the table's
        }
        return out;
    }

    /**
     * The layout with the pieces of each table continued over page breaks brought onto one grid, for
     * readers of records that take the pieces one by one. A continuation whose columns are a coarser or
     * finer version of the table's (merged or split columns: a 合计 row alone on the next page, its label
     * across three columns) gets the union of the pieces' column starts, each cell the matching
     * {@code colSpan}; a cell merged down over rows that the page break cut is one cell again, the text
     * of its rest joined to its top and the rest merged from above. Other blocks are unchanged; the same
     * layout when nothing needed to change.
     */
    public static Layout aligned(Layout layout) {
        Objects.requireNonNull(layout, "layout");
        List<Block> blocks = Continuations.aligned(layout.blocks());
        if (blocks == layout.blocks()) return layout;
        return new Layout(layout.format(), layout.pages(), blocks, layout.warnings(), layout.ocr());
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

    /**
     * The pages a table's rows come from, in order, without repeats, with the pages onto which only the
     * rest of a cut row runs ({@link Table#restPages}).
     */
    public static List<Integer> pages(Table table) {
        List<Integer> out = new ArrayList<>();
        for (Row r : table.rows()) {
            Integer p = r.where().page();
            if (p != null && !out.contains(p)) out.add(p);
        }
        for (Integer p : table.restPages()) if (!out.contains(p)) out.add(p);
        out.sort(null);
        if (out.isEmpty() && table.where().page() != null) out.add(table.where().page());
        return out;
    }
}
