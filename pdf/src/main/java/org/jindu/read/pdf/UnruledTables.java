package org.jindu.read.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jindu.layout.Cell;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.normalize.HeaderNames;
import org.jindu.normalize.PageNumbers;
import org.jindu.normalize.TextCleaner;

/**
 * Tables drawn without rules, found by their header: a line of text outside ruled tables whose pieces
 * (split at gaps of more than 0.6 em) read as a report header ({@link HeaderNames#isHeaderRow})
 * gives the columns, each starting just left of its header text. The lines below belong to the table
 * until a page number, a line whose text runs across a column edge (a section heading), or a gap of
 * more than three lines. Lines right under the header in the header's font size finish wrapped header
 * cells; after that, a line with text in the first column starts a row, and lines without carry the
 * row on (a row that comes before any first-column text continues one from the page before). A table
 * that runs to the foot of a page lends its columns to the top of the next ({@link Carry}), so a
 * header that is not repeated is not needed; text across a column edge there (a running head, a
 * heading) ends that.
 */
final class UnruledTables {
    private static final float PIECE_GAP = 0.6f;
    private static final float STRADDLE_GAP = 0.3f;

    private UnruledTables() {
    }

    /**
     * A table found, with its top and the glyphs it took; a table found by alignment also with the
     * gutters its cells' edges stand in ({@link AlignedTables}), for the piece on the next page.
     */
    record Found(float top, Table table, List<Glyph> glyphs, List<float[]> gutters) {
        Found(float top, Table table, List<Glyph> glyphs) {
            this(top, table, glyphs, List.of());
        }
    }

    /**
     * What one page leaves to the next: the columns of an unruled table that ran to the foot of the
     * page, so that the next page's lines can carry on in them when its header is not repeated.
     */
    static final class Carry {
        float[] bounds;
        float headerEm;
        /** The first line of the page before: its text without digits and spaces, and its baseline. */
        String firstLine;
        float firstBaseline;
        /** The columns of the last table found by alignment, for its piece on the next page. */
        final AlignedTables.Carry aligned = new AlignedTables.Carry();
    }

    /**
     * Finds the unruled tables among these lines.
     *
     * @param lines the page's lines outside ruled tables, top to bottom
     * @param rest receives the lines that are not part of a table
     */
    static List<Found> find(List<TextLines.Line> lines, int page, List<TextLines.Line> rest, Carry carry, Hanging hanging) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        float[] carried = carry.bounds;
        carry.bounds = null;
        int head = carried == null ? 0 : pageHead(lines, carry);
        rememberFirstLine(lines, carry);
        if (carried != null && head < lines.size() && !isHeader(lines.get(head))) {
            // the table of the page before goes on, without its header repeated
            int end = extent(lines, head, head, carried);
            if (end > head) {
                rest.addAll(lines.subList(0, head));
                found.add(build(lines.subList(head, end), carried, page, false, carry.headerEm, hanging));
                if (end == lines.size() || PageNumbers.is(lines.get(end).text()))
                    carry.bounds = carried;
                i = end;
            }
        }
        while (i < lines.size()) {
            TextLines.Line line = lines.get(i);
            if (!isHeader(line)) {
                rest.add(line);
                i++;
                continue;
            }
            List<List<Glyph>> pieces = pieces(line.glyphs(), PIECE_GAP);
            float[] bounds = new float[pieces.size() + 1];
            for (int k = 0; k < pieces.size(); k++) bounds[k] = pieces.get(k).get(0).x() - 0.5f * line.em();
            bounds[pieces.size()] = Float.MAX_VALUE;
            int end = extent(lines, i, i + 1, bounds);
            found.add(build(lines.subList(i, end), bounds, page, true, line.em(), hanging));
            if (end == lines.size() || PageNumbers.is(lines.get(end).text())) {
                carry.bounds = bounds;
                carry.headerEm = line.em();
            } else {
                carry.bounds = null;
            }
            i = end;
        }
        return found;
    }

    /**
     * How many lines at the top of the page are its head, not the table the page before lends its
     * columns to: a page number, and a running head (the page before's first line again, digits aside,
     * on the same baseline), as Word and WPS print the page style's header above the text.
     */
    private static int pageHead(List<TextLines.Line> lines, Carry carry) {
        int k = 0;
        while (k < lines.size() && k < 2) {
            TextLines.Line l = lines.get(k);
            // the table's header repeated at the top of each page comes back at the same place too: it is no running head
            boolean running = k == 0 && carry.firstLine != null && !carry.firstLine.isEmpty()
                    && carry.firstLine.equals(key(l.text())) && Math.abs(l.baseline() - carry.firstBaseline) <= 2f
                    && !isHeader(l);
            if (!running && !PageNumbers.is(l.text())) break;
            k++;
        }
        return k;
    }

    private static void rememberFirstLine(List<TextLines.Line> lines, Carry carry) {
        carry.firstLine = lines.isEmpty() ? null : key(lines.get(0).text());
        carry.firstBaseline = lines.isEmpty() ? 0 : lines.get(0).baseline();
    }

    private static String key(String text) {
        return text.replaceAll("[\\s\\d\u3000]+", "");
    }

    private static boolean isHeader(TextLines.Line line) {
        List<List<Glyph>> pieces = pieces(line.glyphs(), PIECE_GAP);
        return pieces.size() >= 3 && HeaderNames.isHeaderRow(pieces.stream().map(UnruledTables::text).toList());
    }

    /**
     * Where the table that starts at line {@code start} ends, looking from line {@code from} on: at a
     * page number, a line across a column edge, a gap of more than three lines, or another header.
     */
    private static int extent(List<TextLines.Line> lines, int start, int from, float[] bounds) {
        int end = from;
        float right = 0;
        for (int k = start; k < from; k++) right = Math.max(right, lines.get(k).right());
        while (end < lines.size()) {
            TextLines.Line next = lines.get(end);
            if (PageNumbers.is(next.text())) break;
            if (end > start) {
                TextLines.Line prev = lines.get(end - 1);
                if (next.top() - prev.bottom() > 3 * prev.em()) break;
                if (isHeader(next)) break;
            }
            if (straddles(next, bounds)) {
                // a section row may open the continuation of a table at the top of a page, too (the table's right
                // edge so far unknown there: its last column edge)
                int section = section(lines, end, bounds, end > start ? right : bounds[bounds.length - 1]);
                // a section row with its figures: a row of the table wherever it stands (a 合计 too)
                if (section == 0 && end > start && figureLabel(next, bounds) != null) section = 1;
                if (section == 0) break;
                end += section;
                continue;
            }
            right = Math.max(right, next.right());
            end++;
        }
        return end;
    }

    /**
     * How many lines from {@code at}, across a column edge, are a section row ({@link SectionRows}):
     * label-like, starting in the first column, on one line or wrapped over two ({@code right}: the
     * table's right edge so far), and the table goes on right under it; 0 if none.
     */
    private static int section(List<TextLines.Line> lines, int at, float[] bounds, float right) {
        TextLines.Line line = lines.get(at);
        float left = bounds[0] + 0.5f * line.em();
        int n;
        if (SectionRows.candidate(line, left)) n = 1;
        else if (at + 1 < lines.size() && SectionRows.wrapped(line, lines.get(at + 1), left, right)) n = 2;
        else return 0;
        if (at + n >= lines.size()) return 0;
        TextLines.Line after = lines.get(at + n);
        TextLines.Line end = lines.get(at + n - 1);
        boolean goesOn = after.top() - end.bottom() <= 3 * line.em() && !PageNumbers.is(after.text())
                && !straddles(after, bounds) && !isHeader(after);
        return goesOn ? n : 0;
    }

    /**
     * The label of a section row with its figures ({@link SectionRows#withFigures}) in these columns: the
     * label crosses a column edge (set in a cell merged over the first columns), no figure does; else null.
     */
    private static List<Glyph> figureLabel(TextLines.Line line, float[] bounds) {
        List<Glyph> label = SectionRows.withFigures(line, bounds[0] + 0.5f * line.em());
        if (label == null || !straddles(label, bounds)) return null;
        for (List<Glyph> piece : pieces(line.glyphs(), 0.5f))
            if (piece.get(0) != label.get(0) && straddles(piece, bounds)) return null;
        return label;
    }

    private static Found build(List<TextLines.Line> lines, float[] bounds, int page, boolean withHeader, float headerEm,
            Hanging hanging) {
        int columns = bounds.length - 1;
        TextLines.Line header = lines.get(0);
        float right = 0;
        for (TextLines.Line l : lines) right = Math.max(right, l.right());
        float[] edges = bounds.clone();
        edges[columns] = right + 1;
        // group the lines into the header band and the rows
        List<List<TextLines.Line>> groups = new ArrayList<>();
        int k = 0;
        if (withHeader) {
            List<TextLines.Line> band = new ArrayList<>();
            band.add(header);
            groups.add(band);
            k = 1;
            while (k < lines.size() && Math.abs(lines.get(k).em() - headerEm) < 0.3f && !inFirstColumn(lines.get(k), edges)) {
                band.add(lines.get(k));
                k++;
            }
        }
        List<TextLines.Line> current = null;
        java.util.Set<TextLines.Line> sections = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // the right edge of the lines above, but section rows, as extent() measures it for a wrapped one
        float soFar = 0, atHead = 0;
        for (int b = 0; b < k; b++) soFar = Math.max(soFar, lines.get(b).right());
        for (; k < lines.size(); k++) {
            TextLines.Line l = lines.get(k);
            // the second line of a section row wrapped over two
            if (current != null && current.size() == 1 && sections.contains(current.get(0))
                    && SectionRows.wrapped(current.get(0), l, edges[0] + 0.5f * l.em(), atHead)) {
                current.add(l);
                continue;
            }
            // a line across a column edge got into the table only as a section row: a row of its own
            boolean section = straddles(l, bounds);
            if (section) {
                sections.add(l);
                atHead = soFar;
            } else {
                soFar = Math.max(soFar, l.right());
            }
            if (current == null || section || inFirstColumn(l, edges) || sections.contains(current.get(0))) {
                current = new ArrayList<>();
                groups.add(current);
            }
            current.add(l);
        }
        List<Row> rows = new ArrayList<>();
        List<Glyph> all = new ArrayList<>();
        for (List<TextLines.Line> group : groups) {
            float top = group.get(0).top();
            float bottom = group.get(group.size() - 1).bottom();
            List<Glyph> label = group.size() == 1 && sections.contains(group.get(0)) ? figureLabel(group.get(0), bounds) : null;
            if (label != null) {
                // its label one cell across the columns it reaches, each figure in its column
                all.addAll(group.get(0).glyphs());
                rows.add(AlignedTables.figureRow(group.get(0), label, edges, edges, java.util.Arrays.copyOfRange(edges, 0, columns),
                        java.util.Arrays.copyOfRange(edges, 1, columns + 1), page, hanging));
                continue;
            }
            if (sections.contains(group.get(0))) {
                List<Glyph> glyphs = new ArrayList<>();
                for (TextLines.Line l : group) glyphs.addAll(l.glyphs());
                all.addAll(glyphs);
                String text = TextCleaner.clean(TextLines.cellText(TextLines.lines(glyphs), edges[0], edges[columns]));
                Provenance box = PageAnalyzer.box(page, edges[0], top, edges[columns], bottom);
                rows.add(new Row(List.of(new Cell(text, columns, false, box)), box));
                continue;
            }
            List<List<Glyph>> byColumn = new ArrayList<>();
            for (int c = 0; c < columns; c++) byColumn.add(new ArrayList<>());
            for (TextLines.Line l : group)
                for (Glyph g : l.glyphs()) {
                    all.add(g);
                    if (!g.isSpace()) byColumn.get(column(hanging.x(g), edges)).add(g);
                }
            List<Cell> cells = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                String text = TextCleaner.clean(TextLines.cellText(TextLines.lines(byColumn.get(c)), edges[c], edges[c + 1]));
                cells.add(Cell.of(text, PageAnalyzer.box(page, edges[c], top, edges[c + 1], bottom)));
            }
            rows.add(new Row(cells, PageAnalyzer.box(page, edges[0], top, edges[columns], bottom)));
        }
        TextLines.Line last = lines.get(lines.size() - 1);
        Table table = new Table(rows, PageAnalyzer.box(page, edges[0], header.top(), edges[columns], last.bottom()));
        return new Found(header.top(), table, all);
    }

    private static boolean inFirstColumn(TextLines.Line line, float[] edges) {
        for (Glyph g : line.glyphs()) if (!g.isSpace() && g.centerX() < edges[1]) return true;
        return false;
    }

    /** Whether two glyphs set close together sit on either side of a column edge: text across columns. */
    private static boolean straddles(TextLines.Line line, float[] bounds) {
        return straddles(line.glyphs(), bounds);
    }

    private static boolean straddles(List<Glyph> gs, float[] bounds) {
        for (int i = 1; i < gs.size(); i++) {
            Glyph a = gs.get(i - 1);
            Glyph b = gs.get(i);
            if (a.isSpace() || b.isSpace()) continue;
            if (b.x() - a.right() > STRADDLE_GAP * a.em()) continue;
            if (column(a.centerX(), bounds) != column(b.centerX(), bounds)) return true;
        }
        return false;
    }

    private static int column(float x, float[] edges) {
        int c = 0;
        while (c + 1 < edges.length - 1 && x >= edges[c + 1]) c++;
        return c;
    }

    /** The glyphs of a line split where the gap is wider than {@code gap} em. */
    static List<List<Glyph>> pieces(List<Glyph> glyphs, float gap) {
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> current = null;
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (g.isSpace()) continue;
            if (current == null || g.x() - prev.right() > gap * Math.max(prev.em(), g.em())) {
                current = new ArrayList<>();
                out.add(current);
            }
            current.add(g);
            prev = g;
        }
        return out;
    }

    /** The glyphs' text, as they stand. */
    static String text(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : glyphs) sb.append(g.text());
        return sb.toString();
    }
}
