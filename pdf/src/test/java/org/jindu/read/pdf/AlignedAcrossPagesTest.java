package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.jindu.Fixtures;
import org.jindu.layout.Captions;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables without a full grid carried over page breaks, as LibreOffice lays them out
 * (fixtures/pdf/make-table-style-pdfs.sh): 60 towns, one row each, over three pages; the header
 * repeated on every page ({@code rules-only-pages}: a top rule and a rule under the header on each
 * page, the bottom rule on page 3 only; {@code unruled-pages}: no rules, the header bold), or on page 1
 * only ({@code rules-only-pages-norepeat}), a {@code 注：} note under the last page's bottom rule.
 * Expectations read off the PDFs' pages (pdftoppm, pdftotext -layout).
 */
class AlignedAcrossPagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"rules-only-pages", "rules-only-pages-norepeat", "unruled-pages"})
    void aTableOverThreePagesIsOneTableWithEveryRow(String name) throws Exception {
        Layout layout = new PdfReader().read(Files.readAllBytes(Fixtures.file("pdf/tables/" + name + ".pdf")), name);
        List<Table> tables = Tables.stitched(layout);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(List.of(1, 2, 3), Tables.pages(t));
        List<List<String>> rows = Tables.grid(t).stream().filter(r -> r.get(0).endsWith("镇") && !r.get(0).equals("乡镇")).toList();
        assertEquals(60, rows.size());
        assertEquals(List.of("东湖镇", "8", "12000", "11000", "20.0"), rows.get(0));
        int east = rows.indexOf(List.of("东桥镇", "22", "19475", "20275", "63.5"));
        assertEquals(List.of("西桥镇", "29", "20854", "12286", "29.6"), rows.get(east + 1), "in order over the breaks");
        int north = rows.indexOf(List.of("北店镇", "11", "13087", "15083", "51.3"));
        assertEquals(List.of("中店镇", "18", "14466", "16594", "64.4"), rows.get(north + 1));
        assertEquals(List.of("东寨镇", "25", "15845", "18105", "30.5"), rows.get(north + 2), "in order over the breaks");
        assertEquals(List.of("中寨镇", "30", "12361", "14649", "35.9"), rows.get(59));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules-only-pages", "rules-only-pages-norepeat", "unruled-pages"})
    void theHeaderIsTheTablesFirstRowOnceAndNothingElseIsARow(String name) throws Exception {
        Table t = Tables.stitched(read(name)).get(0);
        List<List<String>> grid = Tables.grid(t);
        // five labels, each over its own column: 村（居）数 set flush left in the gutter before 户籍人口's
        // column once went with it into one cell
        assertEquals(List.of("乡镇", "村（居）数", "户籍人口", "常住人口", "耕地面积"), grid.get(0));
        // the header, then the 60 towns: the copies at the top of pages 2 and 3 are dropped, and the
        // 注： note under the bottom rule is no row
        assertEquals(61, grid.size());
        for (List<String> row : grid.subList(1, grid.size())) assertTrue(row.get(0).matches("[东西南北中].镇"), row.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules-only-pages", "rules-only-pages-norepeat"})
    void theCaptionAndUnitAboveTheTopRuleAreTheTables(String name) throws Exception {
        // the header framed by the top rules is the table's, not a paragraph between caption and table
        // (nor, repeated on pages 1 and 2, a running head)
        Table t = Tables.stitched(Captions.attach(read(name))).get(0);
        assertEquals("表5-2 各乡镇基本情况（2023年）", t.caption());
        assertEquals("个、人、平方公里", t.unit());
    }

    @Test
    void theNoteUnderTheBottomRuleIsText() throws Exception {
        Layout layout = read("rules-only-pages-norepeat");
        assertTrue(layout.blocks().stream().anyMatch(b -> b instanceof Paragraph p && p.text().equals("注：常住人口为抽样调查推算数。")
                && p.where().page() == 3));
    }

    @Test
    void aPieceWhoseGutterMovedOnTheNextPageStillJoins() throws Exception {
        // unruled-pages-digits (fixtures/pdf/make-continued-table-pdfs.sh): the header on page 1 only;
        // 村（居）数 holds two-digit numbers on page 1 and one-digit ones on page 2, so the gutter before
        // it ends 6 pt further right there, and its middle moves by 3 pt
        List<Table> tables = Tables.stitched(read("unruled-pages-digits"));
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(List.of(1, 2), Tables.pages(t));
        List<List<String>> grid = Tables.grid(t);
        assertEquals(46, grid.size());
        assertEquals(List.of("乡镇", "村（居）数", "户籍人口", "常住人口", "耕地面积"), grid.get(0));
        assertEquals(List.of("东湖镇", "10", "12000", "11000", "20.0"), grid.get(1));
        int west = grid.indexOf(List.of("西桥镇", "5", "20854", "12286", "29.6"));
        assertEquals(List.of("南桥镇", "1", "13233", "13797", "42.7"), grid.get(west + 1), "page 2's first row, in its column");
        assertEquals(List.of("中冲镇", "5", "18676", "20484", "28.4"), grid.get(45));
        // page 2's cells stand on page 1's column edges
        float onPage1 = t.rows().get(1).cells().get(1).where().box().x();
        float onPage2 = t.rows().get(west + 1).cells().get(1).where().box().x();
        assertEquals(onPage1, onPage2, 0.01f);
    }

    private static Layout read(String name) throws Exception {
        return new PdfReader().read(Files.readAllBytes(Fixtures.file("pdf/tables/" + name + ".pdf")), name);
    }
}
