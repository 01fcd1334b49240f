package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.jindu.Fixtures;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;
import org.junit.jupiter.api.Test;

/**
 * A table without rules found by its header ({@link UnruledTables}), its header on page 1 only,
 * continued on page 2 under a running head (the page style's header, as Word and WPS print it) and
 * starting there with a section row: {@code unruled-running-head.pdf}, made by
 * {@code fixtures/pdf/make-continued-table-pdfs.sh}. Expectations read off the PDF's pages.
 */
class UnruledAcrossPagesTest {

    @Test
    void theRunningHeadAndTheSectionRowAtTheTopOfPage2DoNotEndTheTable() throws Exception {
        Layout layout = new PdfReader().read(Files.readAllBytes(Fixtures.file("pdf/tables/unruled-running-head.pdf")), "x.pdf");
        List<Table> tables = Tables.stitched(layout);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(List.of(1, 2), Tables.pages(t));
        List<Row> rows = t.rows();
        // the header, four section rows, items 1 to 37
        assertEquals(42, rows.size());
        assertEquals(List.of("序号", "工作任务", "责任单位", "进展情况"), AlignedTablesTest.texts(rows.get(0)));
        int last = indexOf(rows, "23");
        assertEquals(List.of("23", "开展安全生产检查（第12批）", "区应急管理局", "检查企业11家，整改951处。"),
                AlignedTablesTest.texts(rows.get(last)), "the last row of page 1");
        Row section = rows.get(last + 1);
        assertEquals(1, section.cells().size(), section.toString());
        assertEquals("三、着力保障和改善民生，办好民生实事", section.cells().get(0).text());
        assertEquals(4, section.cells().get(0).colSpan());
        assertEquals(2, section.where().page());
        assertEquals(List.of("24", "推进政务服务网上办理（第1批）", "区政务服务中心", "可办事项18项，办件988件。"),
                AlignedTablesTest.texts(rows.get(last + 2)));
        assertEquals(List.of("37", "推进老旧小区改造（第6批）", "区住建局", "已开工29个，投资569万元。"),
                AlignedTablesTest.texts(rows.get(41)));
        // the running head stays text on both pages, outside the table
        for (int page : new int[] {1, 2})
            assertTrue(layout.blocks().stream().anyMatch(b -> b instanceof Paragraph p && p.where().page() == page
                    && p.text().replaceAll("\\s", "").equals("2024年区政府重点工作推进情况")), "running head on page " + page);
        assertEquals(List.of(), layout.warnings());
    }

    private static int indexOf(List<Row> rows, String first) {
        for (int i = 0; i < rows.size(); i++)
            if (rows.get(i).cells().size() > 1 && rows.get(i).cells().get(0).text().equals(first)) return i;
        return -1;
    }
}
