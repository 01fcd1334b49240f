package org.jindu.read.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.Warning;
import org.jindu.normalize.TextCleaner;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.Utils;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * One page into blocks: ruled tables found by tabula from the page's ruling lines (cells and table
 * regions), each glyph put in the cell that holds its centre (tabula's own text assignment is not
 * used: it loses the first line of CJK cells drawn with no padding), and the text outside tables as
 * paragraphs, all in reading order (top to bottom). Tables without rules are found by their header
 * ({@link UnruledTables}), then tables without a full grid by the alignment of their text
 * ({@link AlignedTables}).
 */
final class PageAnalyzer {
    /** Edges closer than this, in points, are one grid line. */
    private static final float SNAP = 2f;

    private PageAnalyzer() {
    }

    /** What a page gave: its blocks in reading order and what was odd. */
    record Result(List<Block> blocks, List<Warning> warnings, int glyphs, int unmapped) {
    }

    static Result analyze(PageScanner.PageContent page, UnruledTables.Carry carry) {
        List<Glyph> glyphs = page.glyphs();
        List<Warning> warnings = new ArrayList<>();
        if (page.unmapped() > 0)
            warnings.add(new Warning(Warning.TEXT_LOST, page.unmapped() + " character(s) on page " + page.number()
                    + " cannot be read: their font (" + page.unmappedFont() + ") maps them to no Unicode text"
                    + " (no ToUnicode table)", page.number()));
        List<TableRegion> regions = glyphs.isEmpty() ? List.of() : tables(page.rulings());
        // a header row boxed over a body without column rules, or the inner columns of a table ruled
        // between its columns only: read with the rest of the table by its alignment, not as a grid of
        // their own (a grid again if no table takes their text)
        List<TableRegion> boxes = openGrids(regions, page.rulings());
        if (!boxes.isEmpty()) {
            regions = new ArrayList<>(regions);
            regions.removeAll(boxes);
        }
        Hanging hanging = Hanging.of(glyphs);

        // each glyph to the first table region that holds its centre, or to the free text
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean placed = false;
            for (TableRegion t : regions) {
                if (t.area.contains(hanging.x(g), g.centerY())) {
                    t.glyphs.add(g);
                    placed = true;
                    break;
                }
            }
            for (TableRegion t : boxes)
                if (!placed && t.area.contains(hanging.x(g), g.centerY())) {
                    t.glyphs.add(g);
                    break;
                }
            if (!placed && !g.isSpace()) free.add(g);
        }

        List<Positioned> blocks = new ArrayList<>();
        for (TableRegion t : regions) grid(t, page.number(), hanging, free, blocks, warnings);
        List<TextLines.Line> outside = new ArrayList<>();
        List<Block> outsideBlocks = new ArrayList<>();
        for (UnruledTables.Found t : UnruledTables.find(TextLines.lines(free), page.number(), outside, carry, hanging)) {
            LossCheck.check(t.glyphs(), t.table(), page.number(), warnings);
            blocks.add(new Positioned(t.top(), t.table()));
            outsideBlocks.add(t.table());
        }
        // tables without a full grid: horizontal rules only, or none, found by the alignment of their text
        List<TextLines.Line> prose = new ArrayList<>();
        List<Ruling> rulings = page.rulings();
        if (!boxes.isEmpty()) {
            // an open grid's sides are no box around a note: its top and bottom rules frame the table
            rulings = new ArrayList<>(rulings);
            rulings.removeIf(r -> r.vertical() && boxes.stream().anyMatch(b -> inside(r, b)));
        }
        for (UnruledTables.Found t : AlignedTables.find(outside, AlignedTables.freeRules(rulings, regions),
                AlignedTables.freeEdges(page.rulings(), regions), page.number(), prose, hanging, carry.aligned)) {
            LossCheck.check(t.glyphs(), t.table(), page.number(), warnings);
            blocks.add(new Positioned(t.top(), t.table()));
            outsideBlocks.add(t.table());
        }
        for (TableRegion box : boxes) {
            // an open grid no table took is a grid of its own, as it was drawn
            java.util.Set<Glyph> in = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Glyph g : box.glyphs) if (!g.isSpace()) in.add(g);
            if (in.isEmpty() || prose.stream().anyMatch(l -> l.glyphs().stream().anyMatch(in::contains)
                    && !l.glyphs().stream().allMatch(g -> g.isSpace() || in.contains(g)))) continue;
            if (!prose.removeIf(l -> l.glyphs().stream().anyMatch(in::contains))) continue;
            free.removeAll(in);
            List<Glyph> unplaced = new ArrayList<>();
            grid(box, page.number(), hanging, unplaced, blocks, warnings);
            free.addAll(unplaced);
            prose.addAll(TextLines.lines(unplaced));
            prose.sort(Comparator.comparingDouble(TextLines.Line::baseline));
        }
        for (List<TextLines.Line> para : TextLines.paragraphs(prose, page.width())) {
            TextLines.Line first = para.get(0);
            float left = Float.MAX_VALUE, right = -Float.MAX_VALUE, size = 0;
            boolean centred = true;
            for (TextLines.Line l : para) {
                left = Math.min(left, l.left());
                right = Math.max(right, l.right());
                size = Math.max(size, l.em());
                centred &= TextLines.centred(l, page.width());
            }
            TextLines.Line last = para.get(para.size() - 1);
            Provenance where = box(page.number(), left, first.top(), right, last.bottom());
            Paragraph paragraph = new Paragraph(TextLines.joinLines(para), where, Math.round(size * 10) / 10f, centred);
            blocks.add(new Positioned(first.top(), paragraph));
            outsideBlocks.add(paragraph);
        }
        LossCheck.outside(free, outsideBlocks, page.number(), warnings);
        blocks.sort(Comparator.comparingDouble(Positioned::top));
        return new Result(blocks.stream().map(Positioned::block).toList(), warnings, glyphs.size(), page.unmapped());
    }

    private record Positioned(float top, Block block) {
    }

    /**
     * A ruled region as a table among the blocks; its text that no cell holds (past the grid's cells, in
     * a corner tabula left out), or all of it when no cell has text, goes to {@code free}: it is read as
     * text outside the table, and reaches a paragraph or the loss check.
     */
    private static void grid(TableRegion t, int page, Hanging hanging, List<Glyph> free, List<Positioned> blocks,
            List<Warning> warnings) {
        // rulings with no text in them (a blank form, glyph outlines drawn as paths) are no table
        if (t.glyphs.stream().allMatch(Glyph::isSpace)) return;
        Table table = t.build(page, hanging);
        for (Glyph g : t.unplaced) if (!g.isSpace()) free.add(g);
        t.glyphs.removeAll(t.unplaced);
        if (table.rows().stream().allMatch(Row::isBlank)) {
            for (Glyph g : t.glyphs) if (!g.isSpace()) free.add(g);
            return;
        }
        LossCheck.check(t.glyphs, table, page, warnings);
        blocks.add(new Positioned(t.area.getTop(), table));
    }

    /**
     * The regions that are part of a table their rules do not close: a header row boxed over a body
     * without column rules (Word's and WPS's budget tables, a yearbook's ruled header: one row of cells,
     * with a horizontal rule of the box's width further down the page and no ruled region between, the
     * rule under the table's last row), or the columns between the inner rules of a table ruled between
     * its columns only (a yearbook's open sides: the rules over and under the region run on past one of
     * its sides).
     */
    static List<TableRegion> openGrids(List<TableRegion> regions, List<Ruling> rulings) {
        List<TableRegion> out = new ArrayList<>();
        for (TableRegion t : regions) {
            if (openSided(t, rulings)) {
                out.add(t);
                continue;
            }
            if (edges(t.cells, false).length != 2) continue;
            float bottom = t.area.getBottom();
            for (Ruling r : rulings) {
                if (!r.horizontal() || r.getTop() <= bottom + SNAP) continue;
                if (r.getLeft() < t.area.getLeft() - 3 * SNAP || r.getRight() > t.area.getRight() + 3 * SNAP) continue;
                boolean between = false;
                for (TableRegion o : regions)
                    between |= o != t && o.area.getTop() >= bottom - SNAP && o.area.getTop() <= r.getTop();
                if (between) continue;
                float[] span = reach(rulings, r.getTop(), r.getLeft(), r.getRight()); // drawn cell by cell, joined
                if (Math.abs(span[0] - t.area.getLeft()) <= 3 * SNAP && Math.abs(span[1] - t.area.getRight()) <= 3 * SNAP) {
                    out.add(t);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the rules over and under the region both run on past its left, or both past its right. */
    private static boolean openSided(TableRegion t, List<Ruling> rulings) {
        float[] top = reach(rulings, t.area.getTop(), t.area.getLeft(), t.area.getRight());
        float[] bottom = reach(rulings, t.area.getBottom(), t.area.getLeft(), t.area.getRight());
        float beyond = 5 * SNAP;
        return (top[0] < t.area.getLeft() - beyond && bottom[0] < t.area.getLeft() - beyond)
                || (top[1] > t.area.getRight() + beyond && bottom[1] > t.area.getRight() + beyond);
    }

    /** How far the horizontal rules at this height reach, joined where they touch, from those over {@code [from, to]}. */
    private static float[] reach(List<Ruling> rulings, float y, float from, float to) {
        float left = from, right = to;
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Ruling r : rulings) {
                if (!r.horizontal() || Math.abs(r.getTop() - y) > SNAP) continue;
                if (r.getRight() < left - SNAP || r.getLeft() > right + SNAP) continue;
                if (r.getLeft() < left - 0.01f || r.getRight() > right + 0.01f) {
                    left = Math.min(left, r.getLeft());
                    right = Math.max(right, r.getRight());
                    grown = true;
                }
            }
        }
        return new float[] {left, right};
    }

    private static boolean inside(Ruling r, TableRegion t) {
        return r.getLeft() >= t.area.getLeft() - SNAP && r.getLeft() <= t.area.getRight() + SNAP
                && r.getTop() >= t.area.getTop() - SNAP && r.getBottom() <= t.area.getBottom() + SNAP;
    }

    static Provenance box(int page, float left, float top, float right, float bottom) {
        return new Provenance(page, null, null, null, new Provenance.Box(left, top, right - left, bottom - top));
    }

    /**
     * The page's ruled tables: tabula's cells from the rulings, grouped into tabula's table regions. A
     * region of one column is a frame around prose, not a table, and is left out.
     */
    static List<TableRegion> tables(List<Ruling> rulings) {
        if (rulings.isEmpty()) return List.of();
        List<Ruling> copy = new ArrayList<>();
        for (Ruling r : rulings) copy.add(new Ruling(r.getP1(), r.getP2()));
        Utils.snapPoints(copy, SNAP, SNAP);
        List<Ruling> horizontal = new ArrayList<>();
        List<Ruling> vertical = new ArrayList<>();
        for (Ruling r : copy) {
            if (r.horizontal()) horizontal.add(r);
            else if (r.vertical()) vertical.add(r);
        }
        horizontal = Ruling.collapseOrientedRulings(horizontal);
        vertical = Ruling.collapseOrientedRulings(vertical);
        if (horizontal.isEmpty() || vertical.isEmpty()) return List.of();
        horizontal = closeOpenEnds(horizontal, vertical);
        List<technology.tabula.Cell> cells = frameless(SpreadsheetExtractionAlgorithm.findCells(horizontal, vertical));
        if (cells.isEmpty()) return List.of();
        List<Rectangle> areas = SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells);
        List<TableRegion> out = new ArrayList<>();
        for (Rectangle area : areas) {
            Rectangle grown = new Rectangle(area.getTop() - 1, area.getLeft() - 1, (float) area.getWidth() + 2, (float) area.getHeight() + 2);
            List<Rectangle> inside = new ArrayList<>();
            for (technology.tabula.Cell c : cells)
                if (grown.contains(c.getCenterX(), c.getCenterY())) inside.add(c);
            // one column is a frame around prose (a boxed note, a page border), not a table: its text is read as text
            if (!inside.isEmpty() && edges(inside, true).length > 2) out.add(new TableRegion(area, inside));
        }
        out.sort(Comparator.comparingDouble(t -> t.area.getTop()));
        return out;
    }

    /**
     * The cells without those that hold another cell: a rectangle drawn around a table, around the text
     * block or around the whole page (a page frame, a border) closes a "cell" of its own around the
     * table's cells, which would join them into one region and swallow the text around them. It is a
     * frame, not a cell.
     */
    static List<technology.tabula.Cell> frameless(List<technology.tabula.Cell> cells) {
        if (cells.size() < 2) return cells;
        List<technology.tabula.Cell> out = new ArrayList<>(cells.size());
        for (technology.tabula.Cell c : cells) {
            boolean frame = false;
            for (technology.tabula.Cell d : cells) {
                if (d == c) continue;
                if (d.getLeft() >= c.getLeft() - SNAP && d.getRight() <= c.getRight() + SNAP
                        && d.getTop() >= c.getTop() - SNAP && d.getBottom() <= c.getBottom() + SNAP
                        && (d.getWidth() < c.getWidth() - SNAP || d.getHeight() < c.getHeight() - SNAP)) {
                    frame = true;
                    break;
                }
            }
            if (!frame) out.add(c);
        }
        return out;
    }

    /**
     * Closes a grid whose column rules run on past its last (or first) horizontal rule: WPS and Word
     * draw the last row before a page break with its column rules but without a bottom rule of its own
     * (and may start the next page's piece without a top rule). Where two or more column rules end at
     * one height that no horizontal rule covers, and a horizontal rule crosses them higher up (lower
     * down), a rule is added there across them, so that the text between them is a row of the table.
     */
    static List<Ruling> closeOpenEnds(List<Ruling> horizontal, List<Ruling> vertical) {
        List<Ruling> out = new ArrayList<>(horizontal);
        for (boolean bottom : new boolean[] {true, false}) {
            List<Ruling> sorted = new ArrayList<>(vertical);
            sorted.sort(Comparator.comparingDouble(r -> bottom ? r.getBottom() : r.getTop()));
            int i = 0;
            while (i < sorted.size()) {
                float y = bottom ? sorted.get(i).getBottom() : sorted.get(i).getTop();
                int j = i;
                float left = Float.MAX_VALUE, right = -Float.MAX_VALUE;
                while (j < sorted.size() && Math.abs((bottom ? sorted.get(j).getBottom() : sorted.get(j).getTop()) - y) <= SNAP) {
                    left = Math.min(left, sorted.get(j).getLeft());
                    right = Math.max(right, sorted.get(j).getLeft());
                    j++;
                }
                if (j - i >= 2 && right - left > SNAP && !covered(out, y, left, right)
                        && crossedBeyond(horizontal, sorted.subList(i, j), y, bottom))
                    out.add(new Ruling(new Point2D.Float(left, y), new Point2D.Float(right, y)));
                i = j;
            }
        }
        return out;
    }

    private static boolean covered(List<Ruling> horizontal, float y, float left, float right) {
        for (Ruling h : horizontal)
            if (Math.abs(h.getTop() - y) <= SNAP && h.getLeft() <= left + SNAP && h.getRight() >= right - SNAP) return true;
        return false;
    }

    /** Whether a horizontal rule crosses all these column rules on the side away from their open end. */
    private static boolean crossedBeyond(List<Ruling> horizontal, List<Ruling> columns, float y, boolean bottom) {
        for (Ruling h : horizontal) {
            float hy = h.getTop();
            if (bottom ? hy >= y - SNAP : hy <= y + SNAP) continue;
            boolean all = true;
            for (Ruling v : columns) {
                if (h.getLeft() > v.getLeft() + SNAP || h.getRight() < v.getLeft() - SNAP
                        || hy < v.getTop() - SNAP || hy > v.getBottom() + SNAP) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        return false;
    }

    /** A table region with its cells, and the glyphs that fell inside it. */
    static final class TableRegion {
        final Rectangle area;
        final List<Rectangle> cells;
        final List<Glyph> glyphs = new ArrayList<>();
        /** The region's glyphs that no cell holds, once built. */
        final List<Glyph> unplaced = new ArrayList<>();

        TableRegion(Rectangle area, List<Rectangle> cells) {
            this.area = area;
            this.cells = cells;
        }

        private void fillHoles(float[] xs, float[] ys) {
            fillHolesIn(cells, xs, ys);
        }

        /** The region as rows of the grid the cell edges make; spans become colSpan and mergedAbove. */
        Table build(int page, Hanging hanging) {
            float[] xs = edges(cells, true);
            float[] ys = edges(cells, false);
            int columns = xs.length - 1;
            int rowCount = ys.length - 1;
            fillHoles(xs, ys);
            // glyphs to cells by centre
            List<List<Glyph>> inCell = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) inCell.add(new ArrayList<>());
            for (Glyph g : glyphs) {
                if (g.isSpace()) continue;
                int best = -1;
                for (int i = 0; i < cells.size(); i++) {
                    Rectangle c = cells.get(i);
                    if (c.contains(hanging.x(g), g.centerY())) {
                        best = i;
                        break;
                    }
                }
                if (best >= 0) inCell.get(best).add(g);
                else unplaced.add(g);
            }
            // grid position of each cell
            Map<Integer, List<Integer>> byRow = new TreeMap<>();
            int[][] span = new int[cells.size()][];
            for (int i = 0; i < cells.size(); i++) {
                Rectangle c = cells.get(i);
                int c0 = index(xs, c.getLeft());
                int c1 = Math.max(c0 + 1, index(xs, c.getRight()));
                int r0 = index(ys, c.getTop());
                int r1 = Math.max(r0 + 1, index(ys, c.getBottom()));
                span[i] = new int[] {c0, c1, r0, r1};
                for (int r = r0; r < r1 && r < rowCount; r++) byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
            }
            List<Row> rows = new ArrayList<>(rowCount);
            String[] texts = new String[cells.size()];
            for (int r = 0; r < rowCount; r++) {
                List<Integer> here = byRow.getOrDefault(r, List.of());
                List<Integer> sorted = new ArrayList<>(here);
                sorted.sort(Comparator.comparingInt(i -> span[i][0]));
                List<Cell> row = new ArrayList<>();
                int column = 0;
                for (int i : sorted) {
                    int c0 = span[i][0];
                    if (c0 < column) continue; // overlapping cells: keep the first
                    Rectangle c = cells.get(i);
                    if (c0 > column) {
                        Provenance gap = box(page, xs[column], ys[r], xs[c0], ys[r + 1]);
                        row.add(new Cell("", c0 - column, false, gap));
                    }
                    Provenance where = box(page, c.getLeft(), c.getTop(), c.getRight(), c.getBottom());
                    boolean continues = span[i][2] < r;
                    String text = "";
                    if (!continues) {
                        if (texts[i] == null)
                            texts[i] = TextCleaner.clean(
                                    TextLines.cellText(TextLines.lines(inCell.get(i)), c.getLeft(), c.getRight()));
                        text = texts[i];
                    }
                    row.add(new Cell(text, span[i][1] - c0, continues, where));
                    column = span[i][1];
                }
                if (column < columns && !row.isEmpty())
                    row.add(new Cell("", columns - column, false, box(page, xs[column], ys[r], xs[columns], ys[r + 1])));
                if (!row.isEmpty()) rows.add(new Row(row, box(page, xs[0], ys[r], xs[columns], ys[r + 1])));
            }
            return new Table(rows, box(page, area.getLeft(), area.getTop(), area.getRight(), area.getBottom()));
        }
    }

    /**
     * Grid positions that no cell of tabula's covers become cells of their own: tabula finds a cell
     * only where all four corners are ruling crossings, so a cell whose rule is missing or drawn
     * differently would otherwise lose its text.
     */
    private static void fillHolesIn(List<Rectangle> cells, float[] xs, float[] ys) {
        int columns = xs.length - 1;
        int rows = ys.length - 1;
        if (columns < 1 || rows < 1) return;
        boolean[][] covered = new boolean[rows][columns];
        for (Rectangle c : cells) {
            int c0 = index(xs, c.getLeft());
            int c1 = Math.max(c0 + 1, index(xs, c.getRight()));
            int r0 = index(ys, c.getTop());
            int r1 = Math.max(r0 + 1, index(ys, c.getBottom()));
            for (int r = r0; r < r1 && r < rows; r++)
                for (int k = c0; k < c1 && k < columns; k++) covered[r][k] = true;
        }
        for (int r = 0; r < rows; r++)
            for (int k = 0; k < columns; k++)
                if (!covered[r][k]) cells.add(new Rectangle(ys[r], xs[k], xs[k + 1] - xs[k], ys[r + 1] - ys[r]));
    }

    /** The distinct left/right (or top/bottom) edges of the cells, close ones merged. */
    static float[] edges(List<Rectangle> cells, boolean x) {
        List<Float> all = new ArrayList<>();
        for (Rectangle c : cells) {
            all.add(x ? c.getLeft() : c.getTop());
            all.add(x ? c.getRight() : c.getBottom());
        }
        all.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : all) if (out.isEmpty() || v - out.get(out.size() - 1) > SNAP) out.add(v);
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) a[i] = out.get(i);
        return a;
    }

    static int index(float[] edges, float v) {
        int best = 0;
        float d = Float.MAX_VALUE;
        for (int i = 0; i < edges.length; i++) {
            float e = Math.abs(edges[i] - v);
            if (e < d) {
                d = e;
                best = i;
            }
        }
        return best;
    }
}
