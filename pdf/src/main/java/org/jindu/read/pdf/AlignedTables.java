package org.jindu.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jindu.layout.Cell;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.normalize.PageNumbers;
import org.jindu.normalize.TextCleaner;
import technology.tabula.Ruling;

/**
 * Tables without a full grid, found by the alignment of their text: the statistical-yearbook table
 * drawn with horizontal rules only (a top rule, a rule under the header, a bottom rule) and the table
 * drawn with no rules at all, whatever its header says (the genre's tables without rules are found by
 * their header first, {@link UnruledTables}).
 *
 * <p><b>Columns</b> are the gutters: x ranges that no glyph of the table's lines covers, at least half
 * an em wide, between text on either side. Text that wraps inside a column leaves the gutters free, so
 * a wrapped cell stays in its column; a line across a gutter (a heading, a note, prose) ends the table,
 * but a section row ({@link SectionRows}) the table goes on under is a row of its own, one cell across.
 * <b>Rows</b> come from the horizontal rules and the baselines: a rule between two lines always
 * separates rows; otherwise a row starts where the distance between baselines is clearly larger than
 * the table's line pitch (the cell padding between rows), or, when every line is as far from the next,
 * where the first column has text. The <b>header</b> is the band above the first rule under the top
 * rule; where no rule marks it, the first lines set bold or larger than the body ({@link #styledHeader});
 * else the table's first row. A short rule inside the header band puts the header on two levels
 * ({@link #twoLevelHeader}): a group cell spanning the columns under the rule over one sub-header per
 * column, the header cells beside it merged down. A vertical rule that closes no cell ({@link Edge}: a
 * rule between some columns only, the column rules of a header boxed over an open body) is a column
 * edge where it runs.
 *
 * <p>What is not a table: fewer than three rows; a column with text in only one row; without rules,
 * fewer than three columns or fewer than two rows with text in three columns (a two-column cover, a
 * letterhead, a signature block, prose), but for a two-column table under a header line with a number
 * in the right column of every row ({@link #twoColumnBlock}), or of labels and text wrapped in the right
 * column, or of labels and figures without a header line ({@link #twoColumnRows}); a line with a dot
 * leader (a table of contents); cells of one
 * character nearly all (justified text spread wide, its characters at the same places on every line).
 */
final class AlignedTables {
    /** A gap between pieces of a line, and the narrowest gutter, in em. */
    private static final float GUTTER = 0.5f;
    /** Lines further apart than this (em) are not in one table without rules. */
    private static final float LINE_GAP = 2.2f;
    private static final float SNAP = 2f;
    private static final Pattern LEADER = Pattern.compile("[.·…．。\\-_]{4,}|…{2,}|(\\s*[.·]){6,}");

    private AlignedTables() {
    }

    /** A horizontal rule outside the ruled tables. */
    record Rule(float y, float left, float right) {
    }

    /**
     * The horizontal rules that belong to no grid: not inside a ruled table's region and not the edge of
     * a box (a vertical rule at one of its ends: a frame around a note, a page border), joined where a
     * line is drawn cell by cell, a double rule taken as one. A vertical rule that meets a rule away from
     * its ends (a rule between two columns only, {@link Edge}) leaves it free.
     */
    static List<Rule> freeRules(List<Ruling> rulings, List<PageAnalyzer.TableRegion> regions) {
        List<Ruling> verticals = new ArrayList<>();
        List<Rule> pieces = new ArrayList<>();
        for (Ruling r : rulings) if (r.vertical()) verticals.add(r);
        outer:
        for (Ruling r : rulings) {
            if (!r.horizontal()) continue;
            float y = r.getTop();
            for (PageAnalyzer.TableRegion t : regions)
                if (y >= t.area.getTop() - SNAP && y <= t.area.getBottom() + SNAP
                        && r.getRight() > t.area.getLeft() - SNAP && r.getLeft() < t.area.getRight() + SNAP) continue outer;
            pieces.add(new Rule(y, r.getLeft(), r.getRight()));
        }
        pieces.sort(Comparator.comparingDouble(Rule::y).thenComparingDouble(Rule::left));
        List<Rule> joined = new ArrayList<>();
        for (Rule p : pieces) {
            boolean merged = false;
            for (int i = joined.size() - 1; i >= 0 && !merged; i--) {
                Rule q = joined.get(i);
                if (p.y() - q.y() > 3.5f) break;
                boolean sameExtent = Math.abs(p.left() - q.left()) <= SNAP && Math.abs(p.right() - q.right()) <= SNAP;
                boolean touching = Math.abs(p.y() - q.y()) <= 1f && p.left() <= q.right() + SNAP && p.right() >= q.left() - SNAP;
                if (sameExtent || touching) {
                    joined.set(i, new Rule(Math.min(p.y(), q.y()), Math.min(p.left(), q.left()), Math.max(p.right(), q.right())));
                    merged = true;
                }
            }
            if (!merged) joined.add(p);
        }
        joined.removeIf(r -> r.right() - r.left() < 30 || boxEdge(r, verticals));
        joined.sort(Comparator.comparingDouble(Rule::y));
        return joined;
    }

    /** Whether a vertical rule meets this rule at one of its ends: the rule is an edge of a box. */
    private static boolean boxEdge(Rule r, List<Ruling> verticals) {
        for (Ruling v : verticals)
            if ((Math.abs(v.getLeft() - r.left()) <= SNAP || Math.abs(v.getLeft() - r.right()) <= SNAP)
                    && r.y() >= v.getTop() - SNAP && r.y() <= v.getBottom() + SNAP) return true;
        return false;
    }

    /**
     * A vertical rule outside the ruled tables (a rule between some columns only, or between the cells
     * of a header boxed over an open body): inside a table's area, a column edge where it runs.
     */
    record Edge(float x, float top, float bottom) {
        boolean runsAcross(TextLines.Line l) {
            return l.middle() > top && l.middle() < bottom;
        }
    }

    /**
     * The vertical rules that belong to no grid: not inside a ruled table's region; the pieces of a rule
     * drawn cell by cell joined.
     */
    static List<Edge> freeEdges(List<Ruling> rulings, List<PageAnalyzer.TableRegion> regions) {
        List<Edge> pieces = new ArrayList<>();
        outer:
        for (Ruling r : rulings) {
            if (!r.vertical()) continue;
            float x = r.getLeft();
            for (PageAnalyzer.TableRegion t : regions)
                if (x >= t.area.getLeft() - SNAP && x <= t.area.getRight() + SNAP
                        && r.getBottom() > t.area.getTop() + SNAP && r.getTop() < t.area.getBottom() - SNAP) continue outer;
            pieces.add(new Edge(x, r.getTop(), r.getBottom()));
        }
        pieces.sort(Comparator.comparingDouble(Edge::x).thenComparingDouble(Edge::top));
        List<Edge> joined = new ArrayList<>();
        for (Edge e : pieces) {
            int last = joined.size() - 1;
            Edge q = last >= 0 ? joined.get(last) : null;
            if (q != null && Math.abs(e.x() - q.x()) <= 1f && e.top() <= q.bottom() + SNAP)
                joined.set(last, new Edge(q.x(), q.top(), Math.max(q.bottom(), e.bottom())));
            else joined.add(e);
        }
        return joined;
    }

    /**
     * Finds the tables among these lines.
     *
     * @param lines the page's lines outside other tables, top to bottom
     * @param rules the page's free horizontal rules ({@link #freeRules}), top to bottom
     * @param edges the page's free vertical rules ({@link #freeEdges})
     * @param rest receives the lines that are not part of a table
     */
    static List<UnruledTables.Found> find(List<TextLines.Line> lines, List<Rule> rules, List<Edge> edges, int page,
            List<TextLines.Line> rest, Hanging hanging) {
        return find(lines, rules, edges, page, rest, hanging, new Carry());
    }

    /**
     * Finds the tables among these lines, the first on its column edges of the page before where they
     * agree ({@link Carry}).
     */
    static List<UnruledTables.Found> find(List<TextLines.Line> lines, List<Rule> rules, List<Edge> edges, int page,
            List<TextLines.Line> rest, Hanging hanging, Carry carry) {
        List<UnruledTables.Found> found = findTables(lines, rules, edges, page, rest, hanging);
        carry.onto(found, rest);
        return found;
    }

    private static List<UnruledTables.Found> findTables(List<TextLines.Line> lines, List<Rule> rules, List<Edge> edges, int page,
            List<TextLines.Line> rest, Hanging hanging) {
        List<UnruledTables.Found> found = new ArrayList<>();
        boolean[] taken = new boolean[lines.size()];
        List<List<Rule>> groups = ruleGroups(rules);
        for (List<Rule> group : groups) framed(lines, taken, group, rules, edges, page, hanging, found);
        for (List<Rule> group : groups) openAtFoot(lines, taken, group, rules, edges, page, hanging, found);
        List<TextLines.Line> free = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (!taken[i]) free.add(lines.get(i));
        int i = 0;
        // a page of thousands of lines with gaps (hostile, or a data dump) is searched in bounded time:
        // past this many lines looked at, the rest of the page is text
        long budget = 64L * free.size() + 4096;
        while (i < free.size()) {
            int end = budget > 0 ? unruledBlock(free, i) : i;
            int minColumns = 3;
            int header = 0;
            if (end == i && budget > 0) {
                end = twoColumnBlock(free, i);
                minColumns = 2;
                header = 1;
                if (end == i) {
                    end = twoColumnRows(free, i);
                    header = twoColumnHeader(free.get(i)) ? 1 : 0;
                }
            }
            budget -= end - i + 1;
            UnruledTables.Found t = end - i >= 3 ? build(free.subList(i, end), List.of(), List.of(), edges, minColumns, header, page, hanging, true) : null;
            if (t != null) {
                found.add(t);
                i = end;
            } else {
                rest.add(free.get(i));
                i++;
            }
        }
        rest.sort(Comparator.comparingDouble(TextLines.Line::baseline));
        return found;
    }

    /**
     * What one page lends the next: the gutters of its last table found by alignment, when no text but a
     * page number is under it, and the column edges its cells stand on. The pieces of a table over
     * several pages are each found on their own page, and each piece's gutters are where its own text
     * leaves room: a column of one-digit numbers on one page and two-digit ones on the next moves a
     * gutter, and so the edge in its middle, by a few points. So the first table of the next page takes
     * the edges lent where each of them falls in its own gutter (a column edge of one piece in the
     * other's gutter): then the pieces have the same column edges and are stitched
     * ({@code Tables.stitched}, which wants them within 2 pt). Tables found otherwise (ruled, or by
     * their header) neither lend nor take.
     */
    static final class Carry {
        private List<float[]> gutters;
        private float[] edges;

        /** Puts the page's first table on the edges lent, where they fit, and lends its last table's. */
        void onto(List<UnruledTables.Found> found, List<TextLines.Line> rest) {
            List<float[]> lentGutters = gutters;
            float[] lent = edges;
            gutters = null;
            edges = null;
            if (found.isEmpty()) return;
            int first = 0, last = 0;
            for (int i = 1; i < found.size(); i++) {
                if (found.get(i).top() < found.get(first).top()) first = i;
                if (found.get(i).top() > found.get(last).top()) last = i;
            }
            List<float[]> firstGutters = found.get(first).gutters();
            float[] firstEdges = middles(firstGutters);
            if (lent != null && fits(lent, firstGutters)) {
                found.set(first, onEdges(found.get(first), firstEdges, lent));
                List<float[]> both = new ArrayList<>(lent.length);
                for (int k = 0; k < lent.length; k++)
                    both.add(new float[] {Math.max(lentGutters.get(k)[0], firstGutters.get(k)[0]),
                            Math.min(lentGutters.get(k)[1], firstGutters.get(k)[1])});
                firstGutters = both;
                firstEdges = lent;
            }
            UnruledTables.Found end = found.get(last);
            if (end.gutters().isEmpty()) return;
            var box = end.table().where().box();
            float bottom = box == null ? end.top() : box.y() + box.height();
            for (TextLines.Line l : rest) if (l.top() > bottom && !PageNumbers.is(l.text())) return;
            gutters = last == first ? firstGutters : end.gutters();
            edges = last == first ? firstEdges : middles(end.gutters());
        }

        private static float[] middles(List<float[]> gutters) {
            float[] out = new float[gutters.size()];
            for (int k = 0; k < out.length; k++) out[k] = (gutters.get(k)[0] + gutters.get(k)[1]) / 2;
            return out;
        }

        /** Whether each edge lent falls in the matching gutter. */
        private static boolean fits(float[] lent, List<float[]> gutters) {
            if (lent.length == 0 || lent.length != gutters.size()) return false;
            for (int k = 0; k < lent.length; k++)
                if (lent[k] < gutters.get(k)[0] - 0.01f || lent[k] > gutters.get(k)[1] + 0.01f) return false;
            return true;
        }

        /** The table with each cell's edges that stood on {@code own} moved to {@code lent}. */
        private static UnruledTables.Found onEdges(UnruledTables.Found t, float[] own, float[] lent) {
            List<Row> rows = new ArrayList<>(t.table().rows().size());
            for (Row r : t.table().rows()) {
                List<Cell> cells = new ArrayList<>(r.cells().size());
                for (Cell c : r.cells()) {
                    Provenance where = c.where();
                    Provenance.Box b = where.box();
                    if (b != null) {
                        float left = moved(b.x(), own, lent);
                        float right = moved(b.x() + b.width(), own, lent);
                        where = new Provenance(where.page(), where.line(), where.table(), where.row(),
                                new Provenance.Box(left, b.y(), right - left, b.height()));
                    }
                    cells.add(new Cell(c.text(), c.colSpan(), c.mergedAbove(), where, c.confidence()));
                }
                rows.add(new Row(cells, r.where()));
            }
            return new UnruledTables.Found(t.top(), t.table().withRows(rows), t.glyphs(), t.gutters());
        }

        private static float moved(float x, float[] own, float[] lent) {
            for (int k = 0; k < own.length; k++) if (Math.abs(x - own[k]) < 0.01f) return lent[k];
            return x;
        }
    }

    /** The rules that may frame one table: of one extent, top to bottom; at least two. */
    private static List<List<Rule>> ruleGroups(List<Rule> rules) {
        List<List<Rule>> groups = new ArrayList<>();
        List<Rule> left = new ArrayList<>(rules);
        while (!left.isEmpty()) {
            Rule first = left.remove(0);
            List<Rule> group = new ArrayList<>();
            group.add(first);
            for (var it = left.iterator(); it.hasNext();) {
                Rule r = it.next();
                if (Math.abs(r.left() - first.left()) <= 3 * SNAP && Math.abs(r.right() - first.right()) <= 3 * SNAP) {
                    group.add(r);
                    it.remove();
                }
            }
            if (group.size() >= 2) groups.add(group);
        }
        return groups;
    }

    /**
     * The tables a group of rules of one width frames: of every run of its rules, the one whose lines
     * make the table with the most columns (then the most rows) is taken, and the rules above and below
     * it are tried again. A letterhead's rule and the rules of an official document's footer have the
     * width of the table's; the lines between them and the table's own rules make fewer columns.
     */
    private static void framed(List<TextLines.Line> lines, boolean[] taken, List<Rule> group, List<Rule> allRules,
            List<Edge> edges, int page, Hanging hanging, List<UnruledTables.Found> found) {
        if (group.size() < 2) return;
        int bestS = -1, bestE = -1, bestColumns = 0, bestRows = 0;
        UnruledTables.Found best = null;
        boolean all = group.size() > 40; // a table with a rule under every row: only the whole run
        for (int s = 0; s < group.size() - 1; s++) {
            for (int e = s + 1; e < group.size(); e++) {
                if (all && (s > 0 || e < group.size() - 1)) continue;
                UnruledTables.Found t = ruled(lines, taken, group.subList(s, e + 1), allRules, edges, page, hanging);
                if (t == null) continue;
                int columns = t.table().rows().get(0).cells().stream().mapToInt(Cell::colSpan).sum();
                int rows = t.table().rows().size();
                if (columns > bestColumns || (columns == bestColumns && rows > bestRows)) {
                    best = t;
                    bestS = s;
                    bestE = e;
                    bestColumns = columns;
                    bestRows = rows;
                }
            }
        }
        if (best == null) return;
        found.add(best);
        java.util.Set<Glyph> in = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        in.addAll(best.glyphs());
        for (int i = 0; i < lines.size(); i++) if (in.contains(lines.get(i).glyphs().get(0))) taken[i] = true;
        framed(lines, taken, new ArrayList<>(group.subList(0, bestS + 1)), allRules, edges, page, hanging, found);
        framed(lines, taken, new ArrayList<>(group.subList(bestE, group.size())), allRules, edges, page, hanging, found);
    }

    /**
     * The piece of a table whose header is framed by the group's last two rules and whose body goes on
     * under the last one with no rule below it: a table continued on the next page, as LibreOffice and
     * Word draw it (the top rule and the rule under the header on every page, the bottom rule on the
     * last page only). The band between the two rules, one to four lines, is the header, not a
     * paragraph (which stitching took for a running head, since it comes back on every page); the body
     * is the run of aligned lines right under the rule ({@link #unruledBlock}), as wide as the rules.
     */
    private static void openAtFoot(List<TextLines.Line> lines, boolean[] taken, List<Rule> group, List<Rule> all,
            List<Edge> edges, int page, Hanging hanging, List<UnruledTables.Found> found) {
        Rule top = group.get(group.size() - 2);
        Rule under = group.get(group.size() - 1);
        List<Integer> band = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            TextLines.Line l = lines.get(i);
            if (l.middle() >= under.y()) first = i;
            else if (l.middle() > top.y()) {
                if (taken[i]) return;
                band.add(i);
            }
        }
        if (band.isEmpty() || band.size() > 4 || first < 0 || taken[first]) return;
        int stop = first;
        while (stop < lines.size() && !taken[stop]) stop++;
        List<TextLines.Line> below = lines.subList(first, stop);
        int end = unruledBlock(below, 0);
        if (end < 3) return;
        List<TextLines.Line> inside = new ArrayList<>();
        for (int i : band) inside.add(lines.get(i));
        inside.addAll(below.subList(0, end));
        for (TextLines.Line l : inside) if (l.left() < top.left() - l.em() || l.right() > top.right() + l.em()) return;
        // the table ends under its last line: the rule that will close it is on a later page
        List<Rule> frame = List.of(top, under, new Rule(inside.get(inside.size() - 1).bottom(), top.left(), top.right()));
        UnruledTables.Found t = build(inside, frame, partialRules(all, frame), edges, 2, page, hanging);
        if (t == null) return;
        found.add(t);
        for (int i : band) taken[i] = true;
        for (int i = first; i < first + end; i++) taken[i] = true;
    }

    /** The table between the first and last rules of a group, or null. */
    private static UnruledTables.Found ruled(List<TextLines.Line> lines, boolean[] taken, List<Rule> group, List<Rule> all,
            List<Edge> edges, int page, Hanging hanging) {
        Rule top = group.get(0);
        Rule bottom = group.get(group.size() - 1);
        List<TextLines.Line> inside = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLines.Line l = lines.get(i);
            if (taken[i] || l.middle() <= top.y() || l.middle() >= bottom.y()) continue;
            // text reaching out of the rules' width: the rules are no table's
            if (l.left() < top.left() - l.em() || l.right() > top.right() + l.em()) return null;
            inside.add(l);
        }
        if (inside.size() < 3) return null;
        return build(inside, group, partialRules(all, group), edges, 2, page, hanging);
    }

    /**
     * Where a table without rules that starts at line {@code start} ends: lines close together, no
     * leader, no page number, each either keeping every gutter free or lining up with the gutters that
     * remain; {@code start} itself if no table can start there.
     */
    private static int unruledBlock(List<TextLines.Line> lines, int start) {
        TextLines.Line first = lines.get(start);
        if (excluded(first)) return start;
        List<float[]> gutters = gaps(first);
        if (gutters.size() < 2) return start;
        int end = start + 1;
        float left = first.left();
        float right = first.right();
        while (end < lines.size()) {
            TextLines.Line next = lines.get(end);
            TextLines.Line prev = lines.get(end - 1);
            if (excluded(next) || !close(prev, next)) break;
            List<float[]> kept = cover(gutters, next);
            if (kept.size() < gutters.size() && figureRow(next, gutters, left)) {
                // a section row with its figures: the label across the first columns, each figure in one
                end++;
                continue;
            }
            if (kept.size() < gutters.size()) {
                // a line across a gutter: a row of the table only if its own gaps line up with the others,
                // or a section row the table goes on under
                if (kept.size() < 2 || !linesUp(next, kept)) {
                    int past = pastSections(lines, end, gutters, left, right);
                    if (past == end) break;
                    end = past;
                    continue;
                }
            }
            gutters = kept;
            left = Math.min(left, next.left());
            right = Math.max(right, next.right());
            end++;
        }
        return end;
    }

    /**
     * Whether the line is a section row with its figures ({@link SectionRows#withFigures}) in these
     * gutters: its label crosses one of them, and each figure keeps every gutter free.
     */
    private static boolean figureRow(TextLines.Line line, List<float[]> gutters, float left) {
        List<Glyph> label = SectionRows.withFigures(line, left);
        if (label == null || gutters.isEmpty() || cover(gutters, label, line.em()).size() == gutters.size()) return false;
        for (List<Glyph> piece : UnruledTables.pieces(line.glyphs(), GUTTER))
            if (piece.get(0) != label.get(0) && cover(gutters, piece, line.em()).size() < gutters.size()) return false;
        return true;
    }

    /**
     * Where a table of two columns without rules that starts at line {@code start} ends ({@code start}
     * itself if none starts there). A cover's labelled fields ({@code 报送单位：…}), an office's name
     * beside a date and a signature block are laid out in two columns too; what tells the table is its
     * header line (two short labels, neither a number nor ending in a colon) and a number in the right
     * column of every row under it, at least three of them, the gutter kept all the way. A line with
     * the left column only is a label wrapped, inside the table, never at its end.
     */
    private static int twoColumnBlock(List<TextLines.Line> lines, int start) {
        TextLines.Line first = lines.get(start);
        if (excluded(first)) return start;
        List<List<Glyph>> head = UnruledTables.pieces(first.glyphs(), GUTTER);
        if (head.size() != 2 || !headerLabel(UnruledTables.text(head.get(0))) || !headerLabel(UnruledTables.text(head.get(1)))) return start;
        List<float[]> gutters = gaps(first);
        if (gutters.size() != 1) return start;
        int end = start + 1;
        int last = start;
        int numbers = 0;
        while (end < lines.size()) {
            TextLines.Line next = lines.get(end);
            if (excluded(next) || !close(lines.get(end - 1), next)) break;
            List<List<Glyph>> pieces = UnruledTables.pieces(next.glyphs(), GUTTER);
            List<float[]> kept = cover(gutters, next);
            if (pieces.size() > 2 || kept.size() != 1) break;
            if (pieces.size() == 2) {
                String label = UnruledTables.text(pieces.get(0)).strip();
                if (!NUMBER.matcher(UnruledTables.text(pieces.get(1)).strip()).matches() || label.endsWith("：") || label.endsWith(":")) break;
                numbers++;
                last = end;
            } else if (next.right() > kept.get(0)[0] + 0.01f) {
                break; // a line right of the gutter alone
            }
            gutters = kept;
            end++;
        }
        return numbers >= 3 ? last + 1 : start;
    }

    /** Whether the line is a header of two short labels, neither a figure nor ending in a colon. */
    private static boolean twoColumnHeader(TextLines.Line line) {
        List<List<Glyph>> head = UnruledTables.pieces(line.glyphs(), GUTTER);
        return head.size() == 2 && headerLabel(UnruledTables.text(head.get(0))) && headerLabel(UnruledTables.text(head.get(1)));
    }

    /** A list's marker alone: {@code 1.}, {@code （一）}, {@code 一、}, a bullet. */
    private static final Pattern MARKER = Pattern.compile(
            "[0-9０-９]{1,3}[.、．)）]?|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[●○■□◆◇▪•·※★☆√→\\-—]");

    /**
     * Where a table of two columns without rules that starts at line {@code start} ends, when no header
     * line of two labels over figures makes it ({@link #twoColumnBlock}); {@code start} itself if none
     * starts there. Two shapes: a label over text that wraps in the right column, each row's first line
     * with text in both columns, the right column's lines starting at one place (a progress report's
     * 工作任务 | 进展情况), at least three rows and at least one of them wrapped under a header line of two
     * labels, two without; and, without a header line, at least four rows of a label and a figure, the
     * figures' right edges lined up. What is laid out the same way and is no table stays text: labelled
     * fields (a label ending in a colon, or values of one line), a numbered list with a hanging indent
     * (the left column list markers), a table of contents without dot leaders (page numbers rising), a
     * letterhead or a signature block (two rows).
     */
    private static int twoColumnRows(List<TextLines.Line> lines, int start) {
        TextLines.Line first = lines.get(start);
        if (excluded(first)) return start;
        boolean header = twoColumnHeader(first);
        int rowAt = header ? start + 1 : start;
        if (rowAt >= lines.size() || (header && !close(first, lines.get(rowAt)))) return start;
        TextLines.Line row = lines.get(rowAt);
        List<List<Glyph>> p = UnruledTables.pieces(row.glyphs(), GUTTER);
        if (p.size() != 2 || excluded(row)) return start;
        float em = row.em();
        float left = p.get(0).get(0).x();
        float right = p.get(1).get(0).x();
        float figureRight = p.get(1).get(p.get(1).size() - 1).right();
        boolean figures = NUMBER.matcher(UnruledTables.text(p.get(1)).strip()).matches();
        if (figures && header) return start; // a header over figures is twoColumnBlock's
        List<float[]> gutters = gaps(row);
        if (gutters.size() != 1) return start;
        if (header) gutters = cover(gutters, first);
        if (gutters.size() != 1) return start;
        int rows = 0, wrapped = 0, markers = 0, colons = 0, last = start;
        List<Integer> pages = new ArrayList<>();
        boolean inRow = false;
        for (int i = rowAt; i < lines.size(); i++) {
            TextLines.Line l = lines.get(i);
            if (i > rowAt && (excluded(l) || !close(lines.get(i - 1), l))) break;
            List<List<Glyph>> pieces = UnruledTables.pieces(l.glyphs(), GUTTER);
            List<float[]> kept = cover(gutters, l);
            if (kept.size() != 1) break;
            float x0 = pieces.get(0).get(0).x();
            if (pieces.size() == 2) {
                // a row's first line (or a line of a row whose both cells wrap)
                String label = UnruledTables.text(pieces.get(0)).strip();
                String value = UnruledTables.text(pieces.get(1)).strip();
                if (Math.abs(x0 - left) > em) break;
                if (figures) {
                    if (!NUMBER.matcher(value).matches()) break;
                    float r = pieces.get(1).get(pieces.get(1).size() - 1).right();
                    if (Math.abs(r - figureRight) > em) break;
                    pages.add(value.matches("\\d{1,4}") ? Integer.parseInt(value) : -1);
                } else if (Math.abs(pieces.get(1).get(0).x() - right) > 0.5f * em) {
                    break;
                }
                if (label.endsWith("：") || label.endsWith(":")) colons++;
                if (MARKER.matcher(label).matches()) markers++;
                rows++;
                inRow = true;
                last = i;
            } else if (pieces.size() == 1 && !figures && Math.abs(x0 - right) <= 0.5f * em) {
                // the right cell wraps
                if (inRow) wrapped++;
                inRow = false;
                last = i;
            } else if (pieces.size() == 1 && Math.abs(x0 - left) <= em && l.right() < kept.get(0)[1]) {
                continue; // the label wraps alone: inside the table, never its end
            } else {
                break;
            }
            gutters = kept;
        }
        if (colons > 0 || markers * 2 >= rows) return start;
        if (figures) {
            if (rows < 4) return start;
            // a table of contents without leaders: page numbers, rising
            boolean rising = true;
            for (int k = 0; k < pages.size(); k++)
                rising &= pages.get(k) >= 0 && (k == 0 || pages.get(k) >= pages.get(k - 1));
            if (rising) return start;
        } else if (rows < 3 || wrapped < (header ? 1 : 2)) {
            return start;
        }
        return last + 1;
    }

    /** A number as a table's cell shows it: signs, thousands separators, a decimal part, a per cent sign. */
    private static final Pattern NUMBER = SectionRows.NUMBER;

    private static boolean headerLabel(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.codePointCount(0, t.length()) <= 12 && !NUMBER.matcher(t).matches()
                && !t.endsWith("：") && !t.endsWith(":");
    }

    private static boolean close(TextLines.Line prev, TextLines.Line next) {
        return next.top() - prev.bottom() <= LINE_GAP * Math.max(prev.em(), next.em());
    }

    /**
     * Past the section rows ({@link SectionRows}) that start at line {@code at}, at most three in a
     * run, when the line after them keeps every gutter; {@code at} itself when there are none or the
     * table does not go on under them.
     */
    private static int pastSections(List<TextLines.Line> lines, int at, List<float[]> gutters, float left, float right) {
        int k = at;
        while (k < lines.size() && k - at < 3 && close(lines.get(k - 1), lines.get(k))) {
            if (SectionRows.candidate(lines.get(k), left)) k++;
            else if (k + 1 < lines.size() && SectionRows.wrapped(lines.get(k), lines.get(k + 1), left, right)) k += 2;
            else break;
        }
        if (k == at || k >= lines.size()) return at;
        TextLines.Line after = lines.get(k);
        if (excluded(after) || !close(lines.get(k - 1), after) || cover(gutters, after).size() < gutters.size()) return at;
        return k;
    }

    /** A line no table without rules holds: a dot leader (a table of contents), a page number, a note under a table. */
    private static boolean excluded(TextLines.Line l) {
        String t = l.text().strip();
        return LEADER.matcher(t).find() || PageNumbers.is(t) || SectionRows.note(l);
    }

    /** Whether one of the line's own gaps overlaps one of these gutters. */
    private static boolean linesUp(TextLines.Line line, List<float[]> gutters) {
        for (float[] g : gaps(line))
            for (float[] k : gutters) if (g[0] < k[1] && k[0] < g[1]) return true;
        return false;
    }

    /** The gaps between a line's pieces at least {@link #GUTTER} em wide, as x ranges. */
    private static List<float[]> gaps(TextLines.Line line) {
        List<float[]> out = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) continue;
            if (prev != null && g.x() - prev.right() >= GUTTER * Math.max(prev.em(), g.em()))
                out.add(new float[] {prev.right(), g.x()});
            prev = g;
        }
        return out;
    }

    /** The gutters with the line's glyphs taken out of them; what is left narrower than half an em is gone. */
    private static List<float[]> cover(List<float[]> gutters, TextLines.Line line) {
        return cover(gutters, line.glyphs(), line.em());
    }

    private static List<float[]> cover(List<float[]> gutters, List<Glyph> glyphs, float em) {
        List<float[]> out = new ArrayList<>();
        float min = GUTTER * em;
        for (float[] g : gutters) {
            float lo = g[0];
            for (Glyph c : glyphs) {
                if (c.isSpace() || c.right() <= lo || c.x() >= g[1]) continue;
                if (c.x() - lo >= min) out.add(new float[] {lo, c.x()});
                lo = Math.max(lo, c.right());
            }
            if (g[1] - lo >= min) out.add(new float[] {lo, g[1]});
        }
        return out;
    }

    /**
     * The lines as a table, or null when they do not make one.
     *
     * @param rules the horizontal rules across the lines (none for a table without rules)
     * @param partial the short rules inside the header band, under a group header ({@link #partialRules})
     * @param edges the vertical rules outside ruled tables: those inside the table's area are column edges
     * @param minColumns the fewest columns the table must have
     */
    private static UnruledTables.Found build(List<TextLines.Line> lines, List<Rule> rules, List<Rule> partial, List<Edge> edges,
            int minColumns, int page, Hanging hanging) {
        return build(lines, rules, partial, edges, minColumns, 0, page, hanging, true);
    }

    /**
     * The lines as a table, or null; {@code header} lines at the top are its header band when neither the
     * rules nor the style say (a header over a column of numbers may cover part of its gutter).
     */
    private static UnruledTables.Found build(List<TextLines.Line> lines, List<Rule> rules, List<Rule> partial, List<Edge> verticals,
            int minColumns, int header, int page, Hanging hanging, boolean byStyle) {
        // the header: the lines above the second rule when there are three or more, else the first row
        int headerLines = header;
        if (rules.size() >= 3) {
            float y = rules.get(1).y();
            while (headerLines < lines.size() && lines.get(headerLines).middle() < y)
                headerLines++;
        }
        // no rule under the header: the first lines set heavier than the body (bold, or larger) are the header
        boolean styled = false;
        if (rules.size() < 3 && byStyle) {
            int byItsStyle = styledHeader(lines);
            if (byItsStyle > 0) {
                headerLines = byItsStyle;
                styled = true;
            }
        }
        // the gutters, from the body's lines (a header centred over its column may cover part of one)
        List<TextLines.Line> body = headerLines > 0 && headerLines < lines.size() ? lines.subList(headerLines, lines.size()) : lines;
        float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE;
        for (TextLines.Line l : lines) {
            minX = Math.min(minX, l.left());
            maxX = Math.max(maxX, l.right());
        }
        final float left = minX;
        final float right = maxX;
        float em = 0;
        for (TextLines.Line l : body) em = Math.max(em, l.em());
        List<Edge> cuts = edgesIn(verticals, lines, rules, left, right, em);
        Sections sections = sections(lines, headerLines, body, left, right, cuts);
        List<float[]> gutters = gutters(body, sections.all(), left, right);
        if (!partial.isEmpty()) gutters = withRuleEnds(gutters, partial, body, left, right, em);
        if (!cuts.isEmpty()) gutters = withEdges(gutters, cuts, body, em);
        // the cells' boxes are on the body's gutters, so that the pieces of a table over several pages,
        // some with their header and some without, have the same column edges (Tables.stitched)
        List<float[]> bodyGutters = gutters;
        if (headerLines > 0) gutters = narrowedByHeader(gutters, lines.subList(0, headerLines), partial);
        // a gutter the header crosses is kept; one the other lines of the table cross is not a gutter
        int columns = gutters.size() + 1;
        if (columns < minColumns) return null;
        // a header band is a table's header: pieces in columns, not a caption or a title across them
        for (int i = 0; i < headerLines; i++) {
            TextLines.Line l = lines.get(i);
            if (overPartialRule(l, partial)) continue; // a group header over its short rule spans a gutter
            boolean caption = (i == 0 && gaps(l).isEmpty()) || (gaps(l).isEmpty() && cover(gutters, l).size() < gutters.size());
            // bold lines that are no header: read the table as if they were not set apart
            if (caption && styled) return build(lines, rules, partial, verticals, minColumns, header, page, hanging, false);
            if (caption) return null;
        }
        float[] starts = new float[columns];
        float[] ends = new float[columns];
        starts[0] = left;
        for (int c = 0; c < gutters.size(); c++) {
            ends[c] = gutters.get(c)[0];
            starts[c + 1] = gutters.get(c)[1];
        }
        ends[columns - 1] = right;

        // rows: rules, then the baselines
        List<List<TextLines.Line>> rows = new ArrayList<>();
        if (headerLines > 0) rows.add(new ArrayList<>(lines.subList(0, headerLines)));
        List<TextLines.Line> rest = lines.subList(headerLines, lines.size());
        float pitch = Float.MAX_VALUE;
        for (int i = 1; i < rest.size(); i++)
            if (!ruleBetween(rules, rest.get(i - 1), rest.get(i))) pitch = Math.min(pitch, rest.get(i).baseline() - rest.get(i - 1).baseline());
        boolean spaced = false;
        for (int i = 1; i < rest.size(); i++)
            if (rest.get(i).baseline() - rest.get(i - 1).baseline() > pitch + 0.25f * em) spaced = true;
        List<TextLines.Line> current = null;
        for (int i = 0; i < rest.size(); i++) {
            TextLines.Line l = rest.get(i);
            boolean starts0;
            if (current == null || ruleBetween(rules, rest.get(i - 1), l)) starts0 = true;
            else if (sections.tails().contains(l)) starts0 = false; // a section row's second line
            else if (sections.has(l) || sections.has(rest.get(i - 1))) starts0 = true;
            else if (spaced) starts0 = l.baseline() - rest.get(i - 1).baseline() > pitch + 0.25f * em;
            else starts0 = hasText(l, starts[0], ends[0] + (columns > 1 ? (starts[1] - ends[0]) / 2 : 0));
            if (starts0) {
                current = new ArrayList<>();
                rows.add(current);
            }
            current.add(l);
        }
        // section rows do not make a table: three rows without them (two tables' worth of rows round a
        // heading are not one table)
        if (rows.size() - sections.heads().size() < 3) return null;

        // cells: each glyph to the column its centre falls in (the gutters' middles divide them)
        float[] bounds = new float[columns + 1];
        bounds[0] = left - 1;
        for (int c = 1; c < columns; c++) bounds[c] = (ends[c - 1] + starts[c]) / 2;
        bounds[columns] = right + 1;
        float[] edges = bounds.clone();
        for (int c = 1; c < columns; c++) edges[c] = (bodyGutters.get(c - 1)[0] + bodyGutters.get(c - 1)[1]) / 2;
        List<Row> out = new ArrayList<>();
        List<Glyph> all = new ArrayList<>();
        int[] filled = new int[columns];
        int wide = 0;
        int nonEmpty = 0;
        int single = 0;
        for (List<TextLines.Line> group : rows) {
            float top = group.get(0).top();
            float bottom = group.get(group.size() - 1).bottom();
            List<List<Glyph>> byColumn = new ArrayList<>();
            for (int c = 0; c < columns; c++) byColumn.add(new ArrayList<>());
            for (TextLines.Line l : group) {
                all.addAll(l.glyphs());
                // a piece of text (no gap of half an em in it) stays whole, in the column of its middle: a
                // header centred over a column of right-aligned numbers reaches past the gutters' middles
                for (List<Glyph> piece : cut(UnruledTables.pieces(l.glyphs(), GUTTER), l, cuts, hanging)) {
                    float middle = (piece.get(0).x() + lastRight(piece, hanging)) / 2;
                    byColumn.get(column(middle, bounds)).addAll(piece);
                }
            }
            if (sections.heads().contains(group.get(0))) {
                List<Glyph> label = sections.labels().get(group.get(0));
                if (label != null) {
                    out.add(figureRow(group.get(0), label, bounds, edges, starts, ends, page, hanging));
                    filled[0]++;
                    nonEmpty++;
                    continue;
                }
                // a section row, on one line or wrapped over two: one cell across the columns
                List<Glyph> glyphs = new ArrayList<>();
                for (TextLines.Line l : group) glyphs.addAll(l.glyphs());
                String text = TextCleaner.clean(TextLines.cellText(TextLines.lines(glyphs), bounds[0], bounds[columns]));
                filled[0]++;
                nonEmpty++;
                Provenance box = PageAnalyzer.box(page, bounds[0], top, bounds[columns], bottom);
                out.add(new Row(List.of(new Cell(text, columns, false, box)), box));
                continue;
            }
            List<Cell> cells = new ArrayList<>(columns);
            int here = 0;
            for (int c = 0; c < columns; c++) {
                String text = TextCleaner.clean(TextLines.cellText(TextLines.lines(byColumn.get(c)), starts[c], ends[c]));
                if (!text.isBlank()) {
                    filled[c]++;
                    here++;
                    nonEmpty++;
                    if (text.strip().codePointCount(0, text.strip().length()) == 1) single++;
                }
                cells.add(Cell.of(text, PageAnalyzer.box(page, edges[c], top, edges[c + 1], bottom)));
            }
            if (here >= Math.min(3, columns)) wide++;
            out.add(new Row(cells, PageAnalyzer.box(page, bounds[0], top, bounds[columns], bottom)));
        }
        for (int f : filled) if (f < 2) return null;
        if (wide < 2) return null;
        // justified text spread wide sets the same number of characters at the same places on every
        // line: gaps that line up, one character between them; no table has mostly one-character cells
        if (single * 5 > nonEmpty * 4) return null;
        if (!partial.isEmpty() && headerLines > 0) {
            List<Row> twoLevels = twoLevelHeader(lines.subList(0, headerLines), partial, bounds, page, hanging);
            if (twoLevels != null) {
                out.remove(0);
                out.addAll(0, twoLevels);
            }
        }
        float top = rules.isEmpty() ? lines.get(0).top() : rules.get(0).y();
        float bottom = rules.isEmpty() ? lines.get(lines.size() - 1).bottom() : rules.get(rules.size() - 1).y();
        Table table = new Table(out, PageAnalyzer.box(page, bounds[0], top, bounds[columns], bottom));
        return new UnruledTables.Found(top, table, all, bodyGutters);
    }

    /**
     * The vertical rules that stand inside a table's area: between its text's left and right (half an em
     * in, so a frame's sides and the table's outer rules are left out), within its top and bottom (its
     * first and last rules, or lines), running across at least one of its lines. A rule of a box around a
     * note or of a neighbouring table runs across none of the table's lines, or past its top or bottom.
     */
    private static List<Edge> edgesIn(List<Edge> edges, List<TextLines.Line> lines, List<Rule> rules, float left, float right,
            float em) {
        if (edges.isEmpty()) return List.of();
        float top = rules.isEmpty() ? lines.get(0).top() : rules.get(0).y();
        float bottom = rules.isEmpty() ? lines.get(lines.size() - 1).bottom() : rules.get(rules.size() - 1).y();
        List<Edge> out = new ArrayList<>();
        for (Edge e : edges) {
            if (e.x() <= left + GUTTER * em || e.x() >= right - GUTTER * em) continue;
            if (e.top() < top - em || e.bottom() > bottom + em) continue;
            boolean across = false;
            for (TextLines.Line l : lines) across |= e.runsAcross(l);
            if (across) out.add(e);
        }
        return out;
    }

    /**
     * The gutters with the vertical rules as column edges. A rule that runs across the body's lines is
     * an edge whatever the text does: it takes the place of the gutter it stands in, or is one where
     * the text leaves none (a long label reaching the next column's text; the pieces of a line are cut
     * there, {@link #cut}). A rule in the header only is an edge of the body too where the body agrees:
     * it stands in one of the body's gutters, or no glyph of the body crosses it.
     */
    private static List<float[]> withEdges(List<float[]> gutters, List<Edge> cuts, List<TextLines.Line> body, float em) {
        List<float[]> out = new ArrayList<>(gutters);
        edge:
        for (Edge e : cuts) {
            float x = e.x();
            boolean inBody = false;
            for (TextLines.Line l : body) inBody |= e.runsAcross(l);
            for (int i = 0; i < out.size(); i++) {
                float[] g = out.get(i);
                if (x >= g[0] - GUTTER * em && x <= g[1] + GUTTER * em) {
                    out.set(i, new float[] {x, x});
                    continue edge;
                }
            }
            if (!inBody)
                for (TextLines.Line l : body)
                    for (Glyph g : l.glyphs()) if (!g.isSpace() && g.x() < x - 0.1f && g.right() > x + 0.1f) continue edge;
            out.add(new float[] {x, x});
        }
        out.sort(Comparator.comparingDouble(g -> g[0]));
        // two rules in one gutter, or a rule beside a gutter it did not stand in: one edge
        for (int i = out.size() - 1; i > 0; i--)
            if (out.get(i)[0] - out.get(i - 1)[1] < GUTTER * em) {
                float[] a = out.get(i - 1), b = out.get(i);
                out.set(i - 1, a[0] == a[1] ? a : b);
                out.remove(i);
            }
        return out;
    }

    /** The pieces of a line cut where a vertical rule runs across it: a rule separates what touches it. */
    private static List<List<Glyph>> cut(List<List<Glyph>> pieces, TextLines.Line line, List<Edge> cuts, Hanging hanging) {
        if (cuts.isEmpty()) return pieces;
        List<List<Glyph>> out = new ArrayList<>(pieces.size());
        for (List<Glyph> piece : pieces) {
            List<Glyph> current = new ArrayList<>();
            float at = Float.NaN;
            for (Glyph g : piece) {
                float x = hanging.x(g);
                if (!current.isEmpty())
                    for (Edge e : cuts)
                        if (e.runsAcross(line) && at < e.x() && x >= e.x()) {
                            out.add(current);
                            current = new ArrayList<>();
                            break;
                        }
                current.add(g);
                at = x;
            }
            if (!current.isEmpty()) out.add(current);
        }
        return out;
    }

    /**
     * The short rules inside a table's header band (between its top rule and the rule under the header)
     * that do not run the table's width: each lies under a group header (a year over 总量 and 增长%, a
     * 其中 over the parts it names) and spans the columns of that group.
     */
    static List<Rule> partialRules(List<Rule> all, List<Rule> group) {
        if (group.size() < 3) return List.of();
        Rule top = group.get(0);
        float under = group.get(1).y();
        List<Rule> out = new ArrayList<>();
        for (Rule r : all) {
            if (r.y() <= top.y() + 1 || r.y() >= under - 1) continue;
            if (r.left() < top.left() - SNAP || r.right() > top.right() + SNAP) continue;
            if (r.right() - r.left() > top.right() - top.left() - 2 * SNAP) continue; // a rule across the table
            out.add(r);
        }
        return out;
    }

    /** Whether every glyph of the line stands above one of these short rules, within its ends. */
    private static boolean overPartialRule(TextLines.Line line, List<Rule> partial) {
        if (partial.isEmpty()) return false;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) continue;
            boolean over = false;
            for (Rule r : partial) over |= g.centerY() < r.y() && g.centerX() >= r.left() && g.centerX() <= r.right();
            if (!over) return false;
        }
        return true;
    }

    /**
     * The gutters with the ends of the short rules added as column edges where the body's text leaves no
     * gutter of half an em there (two columns set close): an end that falls in a gutter, or that a glyph
     * of the body crosses, adds nothing.
     */
    private static List<float[]> withRuleEnds(List<float[]> gutters, List<Rule> partial, List<TextLines.Line> body, float left,
            float right, float em) {
        List<float[]> out = new ArrayList<>(gutters);
        for (Rule r : partial)
            end:
            for (float x : new float[] {r.left(), r.right()}) {
                if (x <= left + em || x >= right - em) continue;
                for (float[] g : out) if (x >= g[0] - GUTTER * em && x <= g[1] + GUTTER * em) continue end;
                for (TextLines.Line l : body)
                    for (Glyph g : l.glyphs()) if (!g.isSpace() && g.x() < x - 0.1f && g.right() > x + 0.1f) continue end;
                out.add(new float[] {x, x});
            }
        out.sort(Comparator.comparingDouble(g -> g[0]));
        return out;
    }

    /**
     * The body's gutters narrowed to what the header leaves free too: a header set flush left over a
     * column of right-aligned numbers shows where that column starts, which the numbers do not. A gutter
     * the header crosses (a header wider than its column, a group header) stays as the body makes it; of
     * one the header splits, the widest part is kept.
     */
    private static List<float[]> narrowedByHeader(List<float[]> gutters, List<TextLines.Line> header, List<Rule> partial) {
        List<float[]> out = new ArrayList<>(gutters.size());
        for (int c = 0; c < gutters.size(); c++) {
            float[] g = gutters.get(c);
            List<float[]> left = List.of(g);
            for (TextLines.Line l : header) {
                if (overPartialRule(l, partial)) continue;
                List<List<Glyph>> pieces = UnruledTables.pieces(l.glyphs(), GUTTER);
                if (pieces.size() == gutters.size() + 1) {
                    // a piece per column: the gutter lies between the pieces of its two columns, though a
                    // header set flush left over right-aligned figures leaves the wider part right of it
                    float lo = pieces.get(c).get(pieces.get(c).size() - 1).right();
                    float hi = pieces.get(c + 1).get(0).x();
                    List<float[]> between = new ArrayList<>();
                    for (float[] k : left) if (Math.min(k[1], hi) > Math.max(k[0], lo)) between.add(new float[] {Math.max(k[0], lo), Math.min(k[1], hi)});
                    if (!between.isEmpty()) {
                        left = between;
                        continue;
                    }
                }
                left = cover(left, l);
            }
            float[] widest = g;
            if (!left.isEmpty()) {
                widest = left.get(0);
                for (float[] k : left) if (k[1] - k[0] > widest[1] - widest[0]) widest = k;
            }
            out.add(widest);
        }
        return out;
    }

    /**
     * A header on two levels as two rows, the way a ruled grid gives it: over each short rule, its group
     * header as one cell spanning the columns under the rule (the columns nearest each of several group
     * headers sharing one rule go to it); under the rule, the sub-headers one per column; a header cell
     * beside the groups, over both levels, in the first row with the cell under it merged from above.
     * Null when no short rule has text over it.
     */
    private static List<Row> twoLevelHeader(List<TextLines.Line> header, List<Rule> partial, float[] bounds, int page,
            Hanging hanging) {
        int columns = bounds.length - 1;
        // which group each column is in, and each group's rule and columns
        int[] groupOf = new int[columns];
        java.util.Arrays.fill(groupOf, -1);
        List<float[]> groups = new ArrayList<>(); // {rule y, first column, end column}
        for (Rule r : partial) {
            List<Float> middles = new ArrayList<>();
            for (TextLines.Line l : header)
                for (List<Glyph> piece : UnruledTables.pieces(l.glyphs(), GUTTER)) {
                    float middle = (piece.get(0).x() + lastRight(piece, hanging)) / 2;
                    if (piece.get(0).centerY() < r.y() && middle >= r.left() && middle <= r.right()) middles.add(middle);
                }
            if (middles.isEmpty()) continue;
            middles.sort(null);
            int first = groups.size();
            for (int m = 0; m < middles.size(); m++) groups.add(new float[] {r.y(), Integer.MAX_VALUE, -1});
            for (int c = 0; c < columns; c++) {
                float centre = (bounds[c] + bounds[c + 1]) / 2;
                if (centre < r.left() || centre > r.right() || groupOf[c] >= 0) continue;
                int nearest = 0;
                for (int m = 1; m < middles.size(); m++)
                    if (Math.abs(middles.get(m) - centre) < Math.abs(middles.get(nearest) - centre)) nearest = m;
                float[] g = groups.get(first + nearest);
                groupOf[c] = first + nearest;
                g[1] = Math.min(g[1], c);
                g[2] = Math.max(g[2], c + 1);
            }
        }
        // a group whose columns are not side by side (another group between): no two-level header
        for (int c = 0; c < columns; c++)
            if (groupOf[c] >= 0 && (c < groups.get(groupOf[c])[1] || c >= groups.get(groupOf[c])[2])) return null;
        for (int c = 0; c < columns; c++) {
            int g = groupOf[c];
            if (g >= 0) for (int k = (int) groups.get(g)[1]; k < (int) groups.get(g)[2]; k++) if (groupOf[k] != g) return null;
        }
        boolean any = false;
        for (int c = 0; c < columns; c++) any |= groupOf[c] >= 0;
        if (!any) return null;
        // each piece of the header to its group, its sub-header or the cell over both levels
        List<List<Glyph>> over = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) over.add(new ArrayList<>());
        List<List<Glyph>> column = new ArrayList<>();
        for (int c = 0; c < columns; c++) column.add(new ArrayList<>());
        for (TextLines.Line l : header)
            for (List<Glyph> piece : UnruledTables.pieces(l.glyphs(), GUTTER)) {
                float middle = (piece.get(0).x() + lastRight(piece, hanging)) / 2;
                int c = column(middle, bounds);
                int g = groupOf[c];
                if (g >= 0 && piece.get(0).centerY() < groups.get(g)[0]) over.get(g).addAll(piece);
                else column.get(c).addAll(piece);
            }
        float top = header.get(0).top();
        float bottom = header.get(header.size() - 1).bottom();
        float split = Float.MAX_VALUE;
        for (float[] g : groups) if (g[2] > g[1]) split = Math.min(split, g[0]);
        List<Cell> upper = new ArrayList<>();
        List<Cell> lower = new ArrayList<>();
        for (int c = 0; c < columns;) {
            int g = groupOf[c];
            if (g >= 0) {
                float[] group = groups.get(g);
                int end = (int) group[2];
                upper.add(new Cell(text(over.get(g), bounds[c], bounds[end]), end - c, false,
                        PageAnalyzer.box(page, bounds[c], top, bounds[end], group[0])));
                for (int k = c; k < end; k++)
                    lower.add(Cell.of(text(column.get(k), bounds[k], bounds[k + 1]),
                            PageAnalyzer.box(page, bounds[k], group[0], bounds[k + 1], bottom)));
                c = end;
            } else {
                var where = PageAnalyzer.box(page, bounds[c], top, bounds[c + 1], bottom);
                upper.add(Cell.of(text(column.get(c), bounds[c], bounds[c + 1]), where));
                lower.add(new Cell("", 1, true, where));
                c++;
            }
        }
        return List.of(new Row(upper, PageAnalyzer.box(page, bounds[0], top, bounds[columns], split)),
                new Row(lower, PageAnalyzer.box(page, bounds[0], split, bounds[columns], bottom)));
    }

    private static String text(List<Glyph> glyphs, float left, float right) {
        return TextCleaner.clean(TextLines.cellText(TextLines.lines(glyphs), left, right));
    }

    /**
     * How many of the first lines are a header told by its style: set bold (or at least 15 % larger)
     * where the body is not, at most four lines, with at least two lines of body under them; 0 when the
     * first line is set like the body or most lines are bold.
     */
    static int styledHeader(List<TextLines.Line> lines) {
        int n = lines.size();
        int boldLines = 0;
        float[] ems = new float[n];
        for (int i = 0; i < n; i++) {
            if (bold(lines.get(i))) boldLines++;
            ems[i] = lines.get(i).em();
        }
        float[] sorted = ems.clone();
        java.util.Arrays.sort(sorted);
        float bodyEm = sorted[n / 2];
        boolean boldBody = boldLines * 2 > n;
        int k = 0;
        while (k < n && k < 4 && ((!boldBody && bold(lines.get(k))) || ems[k] >= 1.15f * bodyEm)) k++;
        if (k == 0 || n - k < 2) return 0;
        // the line under the header is set like the body
        TextLines.Line next = lines.get(k);
        if ((!boldBody && bold(next)) || next.em() >= 1.15f * bodyEm) return 0;
        return k;
    }

    /** Whether most of the line's glyphs are bold. */
    private static boolean bold(TextLines.Line line) {
        int bold = 0, all = 0;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) continue;
            all++;
            if (g.bold()) bold++;
        }
        return all > 0 && bold * 2 > all;
    }

    /**
     * The section rows of a table: their first lines ({@code heads}), the second lines of those wrapped
     * over two ({@code tails}), and the label of each that carries its figures ({@code labels}).
     */
    private record Sections(java.util.Set<TextLines.Line> heads, java.util.Set<TextLines.Line> tails,
            java.util.Map<TextLines.Line, List<Glyph>> labels) {
        boolean has(TextLines.Line l) {
            return heads.contains(l) || tails.contains(l);
        }

        java.util.Set<TextLines.Line> all() {
            java.util.Set<TextLines.Line> all = lineSet();
            all.addAll(heads);
            all.addAll(tails);
            return all;
        }
    }

    private static java.util.Set<TextLines.Line> lineSet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    /**
     * The section rows among the body's lines ({@link SectionRows}): label-like lines that cross a
     * gutter the other lines keep, neither the table's first line nor its last (a run of them ends at
     * a row of the table), a section row wrapped over two lines as one; and a section row with its
     * figures, whose label crosses a gutter the lines without figures in their first columns keep, each
     * figure in one column (the table's last line too: a 合计 set the same way). Fewer than half the lines.
     * A line a vertical rule runs across is none: the rule closes a cell there, where a section row's
     * label is one cell merged across the columns ({@code rule-separated.pdf}: a long name touching the
     * next column's text, beside two figures).
     */
    private static Sections sections(List<TextLines.Line> lines, int headerLines, List<TextLines.Line> body, float left, float right,
            List<Edge> cuts) {
        Sections none = new Sections(lineSet(), lineSet(), new java.util.IdentityHashMap<>());
        java.util.Set<TextLines.Line> candidates = lineSet();
        java.util.Map<TextLines.Line, TextLines.Line> wraps = new java.util.IdentityHashMap<>();
        java.util.Map<TextLines.Line, List<Glyph>> figures = new java.util.IdentityHashMap<>();
        for (int i = Math.max(1, headerLines); i < lines.size(); i++) {
            TextLines.Line l = lines.get(i);
            if (cuts.stream().anyMatch(e -> e.runsAcross(l))) continue;
            List<Glyph> label = SectionRows.withFigures(l, left);
            if (label != null) figures.put(l, label);
            if (i == lines.size() - 1) continue;
            if (SectionRows.candidate(l, left)) candidates.add(l);
            else if (i + 2 < lines.size() && SectionRows.wrapped(l, lines.get(i + 1), left, right)) wraps.put(l, lines.get(i + 1));
        }
        if (candidates.isEmpty() && wraps.isEmpty() && figures.isEmpty()) return none;
        java.util.Set<TextLines.Line> leftOut = lineSet();
        leftOut.addAll(candidates);
        leftOut.addAll(wraps.keySet());
        leftOut.addAll(wraps.values());
        List<float[]> gutters = gutters(body, leftOut, left, right);
        Sections found = new Sections(lineSet(), lineSet(), new java.util.IdentityHashMap<>());
        if (!gutters.isEmpty()) {
            for (TextLines.Line l : body) {
                if (found.tails().contains(l)) continue;
                TextLines.Line tail = wraps.get(l);
                if (tail != null && cover(gutters, l).size() < gutters.size()) {
                    found.heads().add(l);
                    found.tails().add(tail);
                    found.heads().remove(tail);
                } else if (candidates.contains(l) && cover(gutters, l).size() < gutters.size()) {
                    found.heads().add(l);
                }
            }
        }
        // figures: against the gutters of the lines without them, when those lines make more columns
        if (!figures.isEmpty()) {
            java.util.Set<TextLines.Line> withFigures = lineSet();
            withFigures.addAll(leftOut);
            withFigures.addAll(figures.keySet());
            int others = 0;
            for (TextLines.Line l : body) if (!withFigures.contains(l)) others++;
            List<float[]> without = gutters(body, withFigures, left, right);
            if (others >= 3 && without.size() > gutters.size())
                for (var e : figures.entrySet())
                    if (figureRow(e.getKey(), without, left)) {
                        found.heads().add(e.getKey());
                        found.labels().put(e.getKey(), e.getValue());
                    }
        }
        if (found.heads().size() * 2 >= body.size()) return none;
        return found;
    }

    /**
     * A section row with its figures as a row: its label one cell spanning the columns up to the one it
     * ends in and the empty ones up to its first figure (as the cell merged over them that sets it), each
     * figure in the column of its middle. {@code bounds} divide the columns, {@code edges} are the cells'
     * boxes, {@code starts} and {@code ends} where each column's text is; {@link UnruledTables} gives its
     * column edges for all three.
     */
    static Row figureRow(TextLines.Line line, List<Glyph> label, float[] bounds, float[] edges, float[] starts, float[] ends,
            int page, Hanging hanging) {
        int columns = bounds.length - 1;
        int span = Math.min(columns - 1, column(lastRight(label, hanging) - 0.01f, bounds)) + 1;
        List<List<Glyph>> pieces = UnruledTables.pieces(line.glyphs(), GUTTER);
        // the empty columns between the label and its first figure are the label's too, as the cell merged
        // over them that sets it
        for (List<Glyph> piece : pieces)
            if (piece.get(0) != label.get(0)) {
                span = Math.max(span, column((piece.get(0).x() + lastRight(piece, hanging)) / 2, bounds));
                break;
            }
        List<List<Glyph>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) byColumn.add(new ArrayList<>());
        for (List<Glyph> piece : pieces) {
            if (piece.get(0) == label.get(0)) continue;
            float middle = (piece.get(0).x() + lastRight(piece, hanging)) / 2;
            byColumn.get(Math.max(span, column(middle, bounds))).addAll(piece);
        }
        float top = line.top();
        float bottom = line.bottom();
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(TextCleaner.clean(TextLines.cellText(TextLines.lines(label), bounds[0], bounds[span])), span, false,
                PageAnalyzer.box(page, edges[0], top, edges[span], bottom)));
        for (int c = span; c < columns; c++)
            cells.add(Cell.of(TextCleaner.clean(TextLines.cellText(TextLines.lines(byColumn.get(c)), starts[c], ends[c])),
                    PageAnalyzer.box(page, edges[c], top, edges[c + 1], bottom)));
        return new Row(cells, PageAnalyzer.box(page, bounds[0], top, bounds[columns], bottom));
    }

    /** The gutters the body's lines, but those left out, keep free; the margins are no gutters. */
    private static List<float[]> gutters(List<TextLines.Line> body, java.util.Set<TextLines.Line> leftOut, float left, float right) {
        List<float[]> gutters = new ArrayList<>();
        gutters.add(new float[] {left, right});
        for (TextLines.Line l : body) if (!leftOut.contains(l)) gutters = cover(gutters, l);
        // only gaps between text: not the margins
        gutters.removeIf(g -> g[0] <= left + 0.01f || g[1] >= right - 0.01f);
        return gutters;
    }

    private static boolean ruleBetween(List<Rule> rules, TextLines.Line above, TextLines.Line below) {
        for (Rule r : rules) if (r.y() > above.baseline() && r.y() < below.top()) return true;
        return false;
    }

    /** The right edge of a piece, a closing mark hanging past it left out. */
    private static float lastRight(List<Glyph> piece, Hanging hanging) {
        float right = piece.get(0).right();
        for (Glyph g : piece) if (Math.abs(hanging.x(g) - g.centerX()) < 0.01f) right = Math.max(right, g.right());
        return right;
    }

    private static boolean hasText(TextLines.Line l, float from, float to) {
        for (Glyph g : l.glyphs()) if (!g.isSpace() && g.centerX() >= from && g.centerX() < to) return true;
        return false;
    }

    private static int column(float x, float[] bounds) {
        int c = 0;
        while (c + 1 < bounds.length - 1 && x >= bounds[c + 1]) c++;
        return c;
    }
}
