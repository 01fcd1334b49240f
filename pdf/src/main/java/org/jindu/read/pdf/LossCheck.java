package org.jindu.read.pdf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jindu.layout.Cell;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.Warning;

/**
 * No silent loss: every visible character PDFBox sees inside a table region must come out of the
 * region's cells exactly once. What is missing or doubled becomes a {@link Warning#TEXT_LOST} warning
 * naming the page. Whitespace is not counted: it is layout, not content.
 */
final class LossCheck {
    private static final int SHOWN = 20;

    private LossCheck() {
    }

    static void check(List<Glyph> seen, Table table, int page, List<Warning> warnings) {
        Map<Integer, Integer> balance = new TreeMap<>();
        for (Glyph g : seen) g.text().codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(cp -> balance.merge(cp, 1, Integer::sum));
        for (Row row : table.rows())
            for (Cell cell : row.cells())
                cell.text().codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                        .forEach(cp -> balance.merge(cp, -1, Integer::sum));
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
            warnings.add(new Warning(Warning.TEXT_LOST, missingCount + " character(s) inside a table on page " + page
                    + " did not reach any cell: " + missing, page));
        if (doubledCount > 0)
            warnings.add(new Warning(Warning.TEXT_LOST, doubledCount + " character(s) inside a table on page " + page
                    + " came out of its cells more often than the page has them: " + doubled, page));
    }
}
