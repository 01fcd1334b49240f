package org.jindu.read.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jindu.layout.Block;
import org.jindu.model.Warning;
import technology.tabula.Ruling;

/**
 * The table engine of fixed-layout pages, for any format that places glyphs and draws lines on a
 * page (PDF, OFD): one page's glyphs and ruling lines in, its blocks out (ruled tables with their
 * cells, tables without rules found by their header, tables with horizontal rules only or none found
 * by the alignment of their text, the text outside tables as paragraphs), each
 * table checked for lost or doubled characters. One instance reads one document, page after page in
 * order, since an unruled table running to the foot of a page lends its columns to the next.
 *
 * <pre>{@code
 * PageTables engine = new PageTables();
 * for (...) {
 *     PageTables.Result r = engine.page(new PageTables.Page(number, width, height, glyphs, rules));
 *     blocks.addAll(r.blocks());
 *     warnings.addAll(r.warnings());
 * }
 * }</pre>
 *
 * <p>All coordinates are in points (1/72 inch) from the top left of the page; a reader whose format
 * counts in other units converts them first, so that the engine's tolerances mean the same everywhere.
 */
public final class PageTables {
    private final UnruledTables.Carry carry = new UnruledTables.Carry();

    /**
     * A straight line drawn on the page (a ruling), from one end to the other. Only horizontal and
     * vertical ones make cells; a filled box a few points thick is given as its middle line.
     */
    public record Rule(float x1, float y1, float x2, float y2) {
    }

    /**
     * One page as the engine takes it.
     *
     * @param number the page's number, from 1
     * @param glyphs the glyphs drawn, in any order (whitespace glyphs allowed)
     * @param rules the straight lines drawn
     */
    public record Page(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules) {
        public Page {
            glyphs = List.copyOf(glyphs);
            rules = List.copyOf(rules);
        }
    }

    /** What a page gave: its blocks in reading order (top to bottom) and what was odd ({@link Warning#TEXT_LOST}). */
    public record Result(List<Block> blocks, List<Warning> warnings) {
        public Result {
            blocks = List.copyOf(blocks);
            warnings = List.copyOf(warnings);
        }
    }

    /** Reads the next page of the document. */
    public Result page(Page page) {
        Objects.requireNonNull(page, "page");
        List<Ruling> rulings = new ArrayList<>(page.rules().size());
        for (Rule r : page.rules()) {
            boolean horizontal = Math.abs(r.y1() - r.y2()) < 0.5f;
            boolean vertical = Math.abs(r.x1() - r.x2()) < 0.5f;
            if (horizontal == vertical) continue; // oblique, or a point
            Ruling ruling = horizontal
                    ? new Ruling(new Point2D.Float(Math.min(r.x1(), r.x2()), r.y1()), new Point2D.Float(Math.max(r.x1(), r.x2()), r.y1()))
                    : new Ruling(new Point2D.Float(r.x1(), Math.min(r.y1(), r.y2())), new Point2D.Float(r.x1(), Math.max(r.y1(), r.y2())));
            if (ruling.length() > 0.5) rulings.add(ruling);
        }
        PageScanner.PageContent content = new PageScanner.PageContent(page.number(), page.width(), page.height(),
                page.glyphs(), rulings, 0, 0, null);
        PageAnalyzer.Result result = PageAnalyzer.analyze(content, carry);
        return new Result(result.blocks(), result.warnings());
    }
}
