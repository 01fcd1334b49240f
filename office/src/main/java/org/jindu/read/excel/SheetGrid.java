package org.jindu.read.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One worksheet as Excel shows it, before anything is known about reports: the cells' displayed
 * texts by row and column, the merged regions and which rows are hidden. Both the streaming XLSX
 * reader and the XLS reader fill one; {@link SheetLayout} turns it into layout blocks.
 */
final class SheetGrid {
    /** A merged region, 0-based and inclusive, as Excel stores it. */
    record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        boolean covers(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }

    /** A row with its displayed cell texts by 0-based column; only cells with text are kept. */
    static final class GridRow {
        final int index;
        final boolean hidden;
        final TreeMap<Integer, String> cells = new TreeMap<>();

        GridRow(int index, boolean hidden) {
            this.index = index;
            this.hidden = hidden;
        }

        String text(int column) {
            return cells.getOrDefault(column, "");
        }
    }

    final String name;
    /** The sheet's 0-based position in the workbook. */
    final int index;
    final boolean hidden;
    final List<GridRow> rows = new ArrayList<>();
    final List<Merge> merges = new ArrayList<>();

    SheetGrid(String name, int index, boolean hidden) {
        this.name = name;
        this.index = index;
        this.hidden = hidden;
    }

    /** True when no cell of the sheet holds any text. */
    boolean isBlank() {
        for (GridRow r : rows) for (String t : r.cells.values()) if (!t.isBlank()) return false;
        return true;
    }
}
