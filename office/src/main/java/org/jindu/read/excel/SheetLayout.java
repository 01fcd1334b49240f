package org.jindu.read.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jindu.normalize.HeaderNames;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.Warning;
import org.jindu.normalize.Headings;
import org.jindu.normalize.TextCleaner;

/** Turns the sheets of a workbook into layout blocks: which sheets, which rows, and the merges as spans. */
final class SheetLayout {
    /** A sheet whose header row is not among its first rows is not a report's. */
    private static final int HEADER_SEARCH_ROWS = 100;

    private SheetLayout() {
    }

    static void build(List<SheetGrid> sheets, List<Block> blocks, List<Warning> warnings) {
        List<String> hiddenSheets = new ArrayList<>();
        List<Sheet> visible = new ArrayList<>();
        for (SheetGrid g : sheets) {
            if (g.isBlank()) continue;
            if (g.hidden) hiddenSheets.add(g.name);
            else visible.add(new Sheet(g));
        }
        List<String> hidden = new ArrayList<>();
        if (!hiddenSheets.isEmpty()) hidden.add("hidden sheet(s) were not read: " + quoted(hiddenSheets));
        boolean any = visible.stream().anyMatch(s -> s.header >= 0);
        List<String> skipped = new ArrayList<>();
        for (Sheet s : visible) {
            if (any && s.header < 0) {
                skipped.add(s.grid.name);
                continue;
            }
            s.blocks(blocks);
            if (s.hiddenRows > 0)
                hidden.add("sheet \"" + s.grid.name + "\": " + s.hiddenRows + " hidden row(s) were not read ("
                        + s.hiddenRowNames() + ")");
        }
        // one warning for all that was hidden, so that it reads as one list
        if (!hidden.isEmpty()) warnings.add(new Warning(ExcelReader.HIDDEN_SKIPPED, String.join("; ", hidden)));
        if (!skipped.isEmpty())
            warnings.add(new Warning(SHEET_SKIPPED_CODE, "sheet(s) without the header row of a progress report"
                    + " were not read: " + quoted(skipped)));
    }

    private static final String SHEET_SKIPPED_CODE = ExcelReader.SHEET_SKIPPED;

    private static String quoted(List<String> names) {
        return "\"" + String.join("\", \"", names) + "\"";
    }

    /** One visible sheet: its visible rows, merges by row, and where its header row is. */
    private static final class Sheet {
        final SheetGrid grid;
        final List<SheetGrid.GridRow> rows = new ArrayList<>();
        final Map<Integer, SheetGrid.GridRow> byIndex = new HashMap<>();
        final Map<Integer, List<SheetGrid.Merge>> mergesByRow = new HashMap<>();
        final Map<SheetGrid.Merge, Integer> firstVisibleRow = new HashMap<>();
        final List<Integer> hiddenRowIndexes = new ArrayList<>();
        int hiddenRows;
        /** Position in {@link #rows} of the header row, or -1. */
        int header = -1;

        Sheet(SheetGrid grid) {
            this.grid = grid;
            for (SheetGrid.GridRow r : grid.rows) {
                byIndex.put(r.index, r);
                if (!r.hidden) {
                    rows.add(r);
                } else if (!r.cells.isEmpty()) {
                    hiddenRows++;
                    if (hiddenRowIndexes.size() < 10) hiddenRowIndexes.add(r.index + 1);
                }
            }
            int lastRow = grid.rows.isEmpty() ? -1 : grid.rows.get(grid.rows.size() - 1).index;
            for (SheetGrid.Merge m : grid.merges) {
                if (m.firstRow() > lastRow) continue;
                for (int r = m.firstRow(); r <= Math.min(m.lastRow(), lastRow); r++) {
                    SheetGrid.GridRow row = byIndex.get(r);
                    if (row == null || row.hidden) continue;
                    mergesByRow.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
                    firstVisibleRow.putIfAbsent(m, r);
                }
            }
            int looked = 0;
            for (int i = 0; i < rows.size() && looked < HEADER_SEARCH_ROWS; i++) {
                List<String> texts = texts(rows.get(i));
                if (texts.stream().allMatch(String::isBlank)) continue;
                looked++;
                if (HeaderNames.isHeaderRow(texts)) {
                    header = i;
                    break;
                }
            }
        }

        String hiddenRowNames() {
            StringBuilder s = new StringBuilder("row");
            if (hiddenRowIndexes.size() > 1) s.append('s');
            for (int i = 0; i < hiddenRowIndexes.size(); i++) s.append(i == 0 ? " " : ", ").append(hiddenRowIndexes.get(i));
            if (hiddenRows > hiddenRowIndexes.size()) s.append(", …");
            return s.toString();
        }

        /** Rows above the header as paragraphs, the sheet's name as a heading when it has none, then the table. */
        void blocks(List<Block> out) {
            int start = Math.max(header, 0);
            for (int i = 0; i < start; i++) {
                List<String> texts = new ArrayList<>();
                for (Cell c : cells(rows.get(i))) if (!c.text().isBlank() && !c.mergedAbove()) texts.add(c.text().strip());
                if (!texts.isEmpty()) out.add(new Paragraph(String.join("  ", texts), where(rows.get(i))));
            }
            if (!hasHeading() && Headings.parse(TextCleaner.clean(grid.name)) != null)
                out.add(new Paragraph(grid.name, new Provenance(null, null, grid.index, null, null)));
            List<Row> table = new ArrayList<>();
            for (int i = start; i < rows.size(); i++) {
                SheetGrid.GridRow r = rows.get(i);
                table.add(new Row(cells(r), where(r)));
            }
            if (!table.isEmpty()) out.add(new Table(table, table.get(0).where()));
        }

        private Provenance where(SheetGrid.GridRow r) {
            return new Provenance(null, null, grid.index, r.index, null);
        }

        /** Whether a row of the sheet holds only a section heading ("一、重点工作"). */
        private boolean hasHeading() {
            for (SheetGrid.GridRow r : rows) {
                if (r.cells.size() != 1) continue;
                if (Headings.parse(TextCleaner.clean(r.cells.firstEntry().getValue()).replace("\n", "")) != null)
                    return true;
            }
            return false;
        }

        /** The row's text per column, a merged region's text in its first column: for header matching. */
        private List<String> texts(SheetGrid.GridRow r) {
            List<String> out = new ArrayList<>();
            for (Cell c : cells(r)) {
                out.add(c.mergedAbove() ? "" : c.text());
                for (int i = 1; i < c.colSpan(); i++) out.add("");
            }
            return out;
        }

        /**
         * The row's cells up to its last one with text: a merged region gives one cell spanning its
         * columns, with the region's text on its first visible row and as a continued merge below.
         */
        List<Cell> cells(SheetGrid.GridRow r) {
            List<SheetGrid.Merge> merges = mergesByRow.getOrDefault(r.index, List.of());
            int last = r.cells.isEmpty() ? -1 : r.cells.lastKey();
            for (SheetGrid.Merge m : merges) if (!origin(m).isEmpty()) last = Math.max(last, m.firstColumn());
            List<Cell> out = new ArrayList<>();
            Provenance where = where(r);
            int c = 0;
            while (c <= last) {
                SheetGrid.Merge merge = null;
                for (SheetGrid.Merge m : merges) if (m.covers(r.index, c)) merge = m;
                if (merge == null) {
                    out.add(Cell.of(r.text(c), where));
                    c++;
                    continue;
                }
                int span = merge.lastColumn() - c + 1;
                Integer top = firstVisibleRow.get(merge);
                boolean first = top != null && top == r.index;
                out.add(new Cell(first ? origin(merge) : "", span, !first, where));
                c = merge.lastColumn() + 1;
            }
            return out;
        }

        private String origin(SheetGrid.Merge m) {
            SheetGrid.GridRow o = byIndex.get(m.firstRow());
            return o == null ? "" : o.text(m.firstColumn());
        }
    }
}
