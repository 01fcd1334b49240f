package org.jindu.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jindu.normalize.PageNumbers;
import org.jindu.normalize.TextCleaner;

/**
 * Which table pieces of a layout carry on a table from the page before, and how they are brought onto
 * one grid: the work behind {@link Tables#stitched} and {@link Tables#aligned}.
 *
 * <p>A piece continues the open table when it is the first block of the next page (page numbers and
 * running heads or feet aside) and its columns are those of the table, or a coarser or finer version
 * of them: every column start of one is a column start of the other (within two points), and the two
 * end at the same right edge. A continuation with merged columns (a 合计 row alone on the next page,
 * its label across three columns) or with a column split in two joins the table; the pieces of one
 * table are then put on the union of their column starts, a cell covering several of them getting the
 * matching {@code colSpan}. Where the reader knows no boxes, pieces join when they are as wide.
 *
 * <p>A cell merged down over rows that the page break cuts comes back as two cells: the top part at
 * the foot of one page, the rest at the head of the next, with the text that did not fit. Where the
 * merge shows on either side of the break (the cell at the foot already continues a merge from above,
 * or the cell at the head is merged over the rows below it) and the two parts cover the same columns,
 * the rest's text is joined to the top of the merge and the rest becomes a cell merged from above.
 */
final class Continuations {
    /** Column edges closer than this, in points, are one. */
    static final float EDGE_TOLERANCE = 2f;

    private Continuations() {
    }

    /** The indexes in {@code blocks} of each table's pieces, in order; a table of one piece is a group of one. */
    static List<List<Integer>> groups(List<Block> blocks) {
        Set<String> running = runningText(blocks);
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> open = null;
        List<Table> pieces = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Paragraph p) {
                // text between two pieces, other than a page number or a running head, separates them
                if (open != null && !PageNumbers.is(p.text()) && !running.contains(key(p.text())))
                    open = null;
                continue;
            }
            if (!(b instanceof Table t)) continue;
            if (open != null && continues(pieces, t)) {
                open.add(i);
                pieces.add(t);
                continue;
            }
            open = new ArrayList<>(List.of(i));
            pieces = new ArrayList<>(List.of(t));
            out.add(open);
        }
        return out;
    }

    /**
     * The blocks with each table's pieces on one grid and the merged cells cut by a page break rejoined;
     * the same list when nothing changed.
     */
    static List<Block> aligned(List<Block> blocks) {
        List<Block> out = null;
        for (List<Integer> group : groups(blocks)) {
            if (group.size() < 2) continue;
            List<Table> pieces = new ArrayList<>();
            for (int i : group) pieces.add((Table) blocks.get(i));
            List<Table> changed = align(pieces);
            if (changed.equals(pieces)) continue;
            if (out == null) out = new ArrayList<>(blocks);
            for (int k = 0; k < group.size(); k++) out.set(group.get(k), changed.get(k));
        }
        return out == null ? blocks : out;
    }

    /** The pieces of one table on the union of their column starts, with cut merges rejoined. */
    static List<Table> align(List<Table> pieces) {
        List<Table> out = new ArrayList<>(pieces);
        float[] grid = grid(pieces);
        if (grid != null)
            for (int k = 0; k < out.size(); k++) out.set(k, regrid(out.get(k), grid));
        for (int k = 1; k < out.size(); k++) rejoin(out, k, headerRows(out.get(0), out.get(k)));
        return out;
    }

    /** How many leading rows of the later piece repeat the leading rows of the first (the header again). */
    static int headerRows(Table first, Table later) {
        int n = 0;
        while (n < later.rows().size() && n < first.rows().size()
                && sameText(later.rows().get(n), first.rows().get(n)))
            n++;
        return n;
    }

    // ---- whether a piece continues

    private static boolean continues(List<Table> pieces, Table next) {
        List<Row> rows = new ArrayList<>();
        for (Table t : pieces) rows.addAll(t.rows());
        Integer last = rows.isEmpty() ? null : rows.get(rows.size() - 1).where().page();
        Integer page = next.where().page();
        if (last == null || page == null || page != last + 1) return false;
        if (next.rows().isEmpty()) return false;
        float[] a = starts(rows);
        float[] b = starts(next.rows());
        if (a == null || b == null) return width(rows.get(rows.size() - 1)) == width(next.rows().get(0));
        if (Math.abs(a[0] - b[0]) > EDGE_TOLERANCE) return false;
        if (same(a, b)) return true;
        if (!subset(a, b) && !subset(b, a)) return false;
        return Math.abs(right(rows) - right(next.rows())) <= EDGE_TOLERANCE;
    }

    /** The distinct left edges of the rows' cells, sorted, or null when a cell has no box. */
    private static float[] starts(List<Row> rows) {
        List<Float> all = new ArrayList<>();
        for (Row r : rows)
            for (Cell c : r.cells()) {
                if (c.where().box() == null) return null;
                all.add(c.where().box().x());
            }
        return all.isEmpty() ? null : cluster(all);
    }

    private static float right(List<Row> rows) {
        float right = -Float.MAX_VALUE;
        for (Row r : rows) {
            if (r.cells().isEmpty()) continue;
            Provenance.Box box = r.cells().get(r.cells().size() - 1).where().box();
            if (box != null) right = Math.max(right, box.x() + box.width());
        }
        return right;
    }

    private static float[] cluster(List<Float> values) {
        values.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : values) if (out.isEmpty() || v - out.get(out.size() - 1) > EDGE_TOLERANCE) out.add(v);
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) a[i] = out.get(i);
        return a;
    }

    private static boolean same(float[] a, float[] b) {
        return a.length == b.length && subset(a, b);
    }

    /** Whether every value of {@code a} is in {@code b}, within the tolerance. */
    private static boolean subset(float[] a, float[] b) {
        for (float v : a) if (find(b, v) < 0) return false;
        return true;
    }

    private static int find(float[] edges, float v) {
        for (int i = 0; i < edges.length; i++) if (Math.abs(edges[i] - v) <= EDGE_TOLERANCE) return i;
        return -1;
    }

    // ---- one grid

    /** The union of the pieces' column starts, or null when a cell has no box or the pieces already agree. */
    private static float[] grid(List<Table> pieces) {
        List<Float> all = new ArrayList<>();
        float[] first = null;
        boolean differ = false;
        for (Table t : pieces) {
            float[] s = starts(t.rows());
            if (s == null) {
                if (t.rows().isEmpty()) continue;
                return null;
            }
            if (first == null) first = s;
            else differ |= !same(first, s);
            for (float v : s) all.add(v);
        }
        return differ ? cluster(all) : null;
    }

    /** The table with each cell's colSpan counted on the grid: the column starts from its left edge to the next cell's. */
    private static Table regrid(Table table, float[] grid) {
        List<Row> rows = new ArrayList<>(table.rows().size());
        boolean changed = false;
        for (Row row : table.rows()) {
            List<Cell> cells = row.cells();
            List<Cell> out = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                float from = i == 0 ? -Float.MAX_VALUE : c.where().box().x() - EDGE_TOLERANCE;
                float to = i + 1 < cells.size() ? cells.get(i + 1).where().box().x() - EDGE_TOLERANCE : Float.MAX_VALUE;
                int span = 0;
                for (float g : grid) if (g >= from && g < to) span++;
                span = Math.max(1, span);
                if (span != c.colSpan()) {
                    c = new Cell(c.text(), span, c.mergedAbove(), c.where(), c.confidence());
                    changed = true;
                }
                out.add(c);
            }
            rows.add(new Row(out, row.where()));
        }
        return changed ? table.withRows(rows) : table;
    }

    // ---- merged cells cut by the page break

    /**
     * Rejoins the merged cells that the break before piece {@code k} cut: between the last row of the
     * piece before and the first row of piece {@code k} after its repeated header.
     */
    private static void rejoin(List<Table> pieces, int k, int header) {
        Table before = pieces.get(k - 1);
        Table after = pieces.get(k);
        if (before.rows().isEmpty() || after.rows().size() <= header) return;
        List<Row> above = new ArrayList<>(before.rows());
        List<Row> below = new ArrayList<>(after.rows());
        Row foot = above.get(above.size() - 1);
        Row head = below.get(header);
        Row next = header + 1 < below.size() ? below.get(header + 1) : null;
        boolean changed = false;
        List<Cell> headCells = new ArrayList<>(head.cells());
        for (int i = 0; i < headCells.size(); i++) {
            Cell rest = headCells.get(i);
            if (rest.mergedAbove()) continue;
            int column = column(head, i);
            int j = cellAt(foot, column);
            if (j < 0 || foot.cells().get(j).colSpan() != rest.colSpan()) continue;
            boolean mergedAtFoot = foot.cells().get(j).mergedAbove();
            int n = next == null ? -1 : cellAt(next, column);
            boolean mergedAtHead = n >= 0 && next.cells().get(n).mergedAbove() && next.cells().get(n).colSpan() == rest.colSpan();
            if (!mergedAtFoot && !mergedAtHead) continue;
            // the top of the merge: up the piece before while the cell continues the one above
            int top = above.size() - 1;
            while (top > 0 && at(above.get(top), column) != null && at(above.get(top), column).mergedAbove()) top--;
            Row topRow = above.get(top);
            int t = cellAt(topRow, column);
            if (t < 0 || topRow.cells().get(t).colSpan() != rest.colSpan()) continue;
            Cell topCell = topRow.cells().get(t);
            if (!rest.text().isBlank()) {
                List<Cell> cells = new ArrayList<>(topRow.cells());
                cells.set(t, new Cell(TextCleaner.join(topCell.text(), rest.text()), topCell.colSpan(),
                        topCell.mergedAbove(), topCell.where(), topCell.confidence()));
                above.set(top, new Row(cells, topRow.where()));
                if (top == above.size() - 1) foot = above.get(top);
            }
            headCells.set(i, new Cell("", rest.colSpan(), true, rest.where(), rest.confidence()));
            changed = true;
        }
        if (!changed) return;
        below.set(header, new Row(headCells, head.where()));
        pieces.set(k - 1, before.withRows(above));
        pieces.set(k, after.withRows(below));
    }

    /** The grid column where the row's {@code i}th cell starts. */
    private static int column(Row row, int i) {
        int column = 0;
        for (int k = 0; k < i; k++) column += row.cells().get(k).colSpan();
        return column;
    }

    /** The index of the row's cell that starts at the grid column, or -1. */
    private static int cellAt(Row row, int column) {
        int c = 0;
        for (int k = 0; k < row.cells().size(); k++) {
            if (c == column) return k;
            c += row.cells().get(k).colSpan();
            if (c > column) return -1;
        }
        return -1;
    }

    private static Cell at(Row row, int column) {
        int k = cellAt(row, column);
        return k < 0 ? null : row.cells().get(k);
    }

    // ---- rows cut by the page break

    private static final Pattern TOTAL = Pattern.compile("^(?:合\\s*计|总\\s*计|小\\s*计|共\\s*计)");

    /**
     * Whether {@code head}, the first row of a continuation after its repeated header, is the rest of
     * {@code rows}' last row that the page break cut: the table's first column is a key (every row so
     * far not merged from above has text there, the top-left corner aside), the head has none there and
     * is not merged from above, it has text elsewhere, neither row is a total (合计, 总计, 小计, 共计), and
     * the two rows have the same cells, so that the texts can be joined cell by cell.
     */
    static boolean cutRow(List<Row> rows, Row head) {
        if (rows.size() < 3 || head.cells().isEmpty()) return false;
        Row foot = rows.get(rows.size() - 1);
        Cell key = head.cells().get(0);
        if (key.mergedAbove() || !key.text().isBlank()) return false;
        if (foot.cells().size() != head.cells().size()) return false;
        boolean rest = false;
        for (int i = 0; i < head.cells().size(); i++) {
            Cell h = head.cells().get(i);
            Cell f = foot.cells().get(i);
            if (h.colSpan() != f.colSpan()) return false;
            if (TOTAL.matcher(h.text().strip()).find() || TOTAL.matcher(f.text().strip()).find()) return false;
            if (h.mergedAbove() || h.text().isBlank()) continue;
            if (f.mergedAbove()) return false; // its text would join a cell the grid shows empty
            rest = true;
        }
        if (!rest || foot.cells().get(0).colSpan() == width(foot)) return false; // nor a heading row
        int keyed = 0;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.cells().isEmpty() || row.cells().get(0).mergedAbove()) continue;
            if (row.cells().get(0).text().isBlank()) {
                if (r > 0) return false;
            } else {
                keyed++;
            }
        }
        return keyed >= 2;
    }

    /**
     * The two parts of a row cut by the page break as one row: cell by cell the texts joined
     * ({@link TextCleaner#join}), each cell and the row keeping the place where they start (the part
     * above the break).
     */
    static Row joinRows(Row foot, Row head) {
        List<Cell> cells = new ArrayList<>(foot.cells().size());
        for (int i = 0; i < foot.cells().size(); i++) {
            Cell f = foot.cells().get(i);
            Cell h = head.cells().get(i);
            if (h.mergedAbove() || h.text().isBlank()) {
                cells.add(f);
                continue;
            }
            Float confidence = f.confidence() == null ? h.confidence()
                    : h.confidence() == null ? f.confidence() : Float.valueOf(Math.min(f.confidence(), h.confidence()));
            cells.add(new Cell(TextCleaner.join(f.text(), h.text()), f.colSpan(), false, f.where(), confidence));
        }
        return new Row(cells, foot.where());
    }

    // ---- shared

    /** Paragraph texts (digits aside) found on two or more pages: running heads and feet. */
    private static Set<String> runningText(List<Block> blocks) {
        java.util.Map<String, Set<Integer>> pages = new java.util.HashMap<>();
        for (Block b : blocks)
            if (b instanceof Paragraph p && p.where().page() != null)
                pages.computeIfAbsent(key(p.text()), x -> new java.util.HashSet<>()).add(p.where().page());
        Set<String> out = new java.util.HashSet<>();
        pages.forEach((text, on) -> {
            if (on.size() >= 2 && !text.isEmpty()) out.add(text);
        });
        return out;
    }

    private static String key(String text) {
        return text.replaceAll("[\\s\\d\u3000]+", "");
    }

    static int width(Row row) {
        int n = 0;
        for (Cell c : row.cells()) n += c.colSpan();
        return n;
    }

    static boolean sameText(Row a, Row b) {
        if (a.cells().size() != b.cells().size()) return false;
        for (int i = 0; i < a.cells().size(); i++)
            if (!a.cells().get(i).text().equals(b.cells().get(i).text())) return false;
        return true;
    }
}
