package org.jindu.read.pdf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.Warning;

/**
 * No silent loss: every visible character PDFBox sees inside a table region must come out of the
 * region's cells exactly once. What is missing or doubled becomes a {@link Warning#TEXT_LOST} warning
 * naming the page; the same holds for the text outside ruled tables, which must come out of a
 * paragraph or an unruled table. Whitespace is not counted: it is layout, not content.
 */
final class LossCheck {
    private static final int SHOWN = 20;

    private LossCheck() {
    }

    static void check(List<Glyph> seen, Table table, int page, List<Warning> warnings) {
        Map<Integer, Integer> balance = balance(seen, List.of(table));
        report(balance, "inside a table on page " + page + " did not reach any cell",
                "inside a table on page " + page + " came out of its cells more often than the page has them", page, warnings);
    }

    /**
     * The same for the text outside ruled tables: every visible character there must come out of a
     * paragraph or an unruled table exactly once.
     */
    static void outside(List<Glyph> seen, List<Block> blocks, int page, List<Warning> warnings) {
        report(balance(seen, blocks), "on page " + page + " outside ruled tables reached no paragraph and no table",
                "on page " + page + " outside ruled tables came out more often than the page has them", page, warnings);
    }

    private static Map<Integer, Integer> balance(List<Glyph> seen, List<? extends Block> blocks) {
        Map<Integer, Integer> balance = new TreeMap<>();
        for (Glyph g : seen) visible(g.text()).forEach(cp -> balance.merge(cp, 1, Integer::sum));
        for (Block b : blocks) {
            if (b instanceof Paragraph p) visible(p.text()).forEach(cp -> balance.merge(cp, -1, Integer::sum));
            if (b instanceof Table table)
                for (Row row : table.rows())
                    for (Cell cell : row.cells()) visible(cell.text()).forEach(cp -> balance.merge(cp, -1, Integer::sum));
        }
        return balance;
    }

    private static IntStream visible(String text) {
        return text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp));
    }

    private static void report(Map<Integer, Integer> balance, String lost, String extra, int page, List<Warning> warnings) {
        StringBuilder missing = new StringBuilder();
        StringBuilder doubled = new StringBuilder();
        int missingCount = 0;
        int doubledCount = 0;
        for (Map.Entry<Integer, Integer> e : balance.entrySet()) {
            int n = e.getValue();
            if (n > 0) {
                missingCount += n;
                if (missing.codePointCount(0, missing.length()) < SHOWN) missing.appendCodePoint(e.getKey());
            } else if (n < 0) {
                doubledCount -= n;
                if (doubled.codePointCount(0, doubled.length()) < SHOWN) doubled.appendCodePoint(e.getKey());
            }
        }
        if (missingCount > 0)
            warnings.add(new Warning(Warning.TEXT_LOST, missingCount + " character(s) " + lost + ": " + missing, page));
        if (doubledCount > 0)
            warnings.add(new Warning(Warning.TEXT_LOST, doubledCount + " character(s) " + extra + ": " + doubled, page));
    }
}
