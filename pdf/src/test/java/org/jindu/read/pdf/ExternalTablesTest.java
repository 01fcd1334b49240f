package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jindu.Fixtures;
import org.jindu.layout.Layout;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;

/**
 * The generic table layer against other projects' fixtures (testdata/external/pdf-tables, MIT): the
 * text of every cell of tabula-java's expected CSV, and the table count and row counts that
 * pdfplumber's tests assert. Cell text is compared without whitespace (tabula writes a cell's line
 * breaks as "\r", jindu joins wrapped lines), characters exactly as the PDF has them.
 */
class ExternalTablesTest {
    static final String DIR = "external/pdf-tables/";

    static List<List<String>> read(String pdf) throws Exception {
        Layout layout = new PdfReader().read(Files.readAllBytes(Fixtures.file(DIR + pdf)), pdf);
        assertEquals(List.of(), layout.warnings().stream().filter(w -> w.code().equals(Warning.TEXT_LOST)).toList());
        List<List<String>> rows = new ArrayList<>();
        // tabula's convention: a row's cells left to right, a spanning cell once, blanks padding the end
        for (Table t : Tables.stitched(layout))
            for (var row : t.rows()) rows.add(row.cells().stream().map(c -> c.mergedAbove() ? "" : c.text()).toList());
        return rows;
    }

    static List<List<String>> expected(String csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(Fixtures.file(DIR + csv), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.EXCEL.parse(in)) {
                List<String> cells = new ArrayList<>();
                r.forEach(cells::add);
                rows.add(cells);
            }
        }
        return rows;
    }

    /** Without whitespace, and NFKC-folded: tabula's CSV has "(" where the PDF's text is "（". */
    static String squeeze(String s) {
        StringBuilder out = new StringBuilder();
        java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    static void assertSameCells(List<List<String>> expected, List<List<String>> actual) {
        List<String> differences = new ArrayList<>();
        if (expected.size() != actual.size()) differences.add("rows: expected " + expected.size() + ", got " + actual.size());
        for (int r = 0; r < Math.min(expected.size(), actual.size()); r++) {
            List<String> e = expected.get(r).stream().map(ExternalTablesTest::squeeze).toList();
            List<String> a = new ArrayList<>(actual.get(r).stream().map(ExternalTablesTest::squeeze).toList());
            while (a.size() < e.size()) a.add("");
            if (!e.equals(a)) differences.add("row " + r + ":\n  expected " + e + "\n  actual   " + a);
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    @Test
    void reproducesEveryCellOfTabulasTwoJapaneseTables() throws Exception {
        List<List<String>> actual = read("twotables.pdf");
        assertSameCells(expected("csv_twotables.csv"), actual);
        // the document's own characters are kept: the PDF maps this bracket to U+FF08, as pdftotext shows
        assertEquals("株主資本以外の項目の当期変動額（純額)", actual.get(8).get(0).replace(" ", ""));
    }

    @Test
    void reproducesEveryCellOfTabulasSpanningCells() throws Exception {
        assertSameCells(expected("csv_spanning_cells.csv"), read("spanning_cells.pdf"));
    }

    @Test
    void findsPdfplumbersThreeChineseTablesWithTheirRows() throws Exception {
        Layout layout = new PdfReader().read(Files.readAllBytes(Fixtures.file(DIR + "issue-336-example.pdf")), "336");
        assertEquals(List.of(), layout.warnings());
        List<Table> tables = Tables.stitched(layout);
        assertEquals(List.of(8, 11, 2), tables.stream().map(t -> t.rows().size()).toList());
        assertEquals("公路技术等级", tables.get(0).rows().get(0).cells().get(0).text());
        assertEquals("路段监控通信分中心", tables.get(2).rows().get(0).cells().get(0).text());
    }

    @Test
    void drawsFakeBoldGlyphsOnce() throws Exception {
        // every glyph of pdfplumber's issue-71 résumé is drawn twice; PDFBox drops the overlapping copy
        List<List<String>> rows = read("issue-71-duplicate-chars.pdf");
        String all = String.join("", rows.stream().flatMap(List::stream).map(ExternalTablesTest::squeeze).toList());
        assertTrue(all.contains(squeeze("微软培训课程：名模意义一些有意义一些")), all);
        assertTrue(!all.contains("微微软软"), all);
    }

    @Test
    void stitchesABalanceSheetRunningOverPagesUnderARunningHead() throws Exception {
        // pdfplumber's issue-67 (no ground truth: a smoke test): the balance sheet starts on page 9
        // and carries on without a repeated header; every page has a running head and a page number
        Layout layout = new PdfReader().read(Files.readAllBytes(Fixtures.file(DIR + "issue-67-example.pdf")), "67");
        assertEquals(List.of(), layout.warnings());
        Table sheet = Tables.stitched(layout).stream().filter(t -> Tables.pages(t).get(0) == 9).findFirst().orElseThrow();
        assertTrue(Tables.pages(sheet).containsAll(List.of(9, 10, 11)), Tables.pages(sheet).toString());
        assertEquals(List.of("项目", "期末余额", "期初余额"), Tables.grid(sheet).get(0));
        assertEquals(1, Tables.grid(sheet).stream().filter(r -> r.get(0).equals("项目")).count());
    }
}
