package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.layout.Layout;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.junit.jupiter.api.Test;

/**
 * Tables cut by a page break where stitching is hard, exported by LibreOffice (issue 17;
 * {@code testdata/pdf/stitch/}, made by {@code fixtures/pdf/make-stitch-fixtures.sh}). Expected cells
 * are read off the pages.
 */
class StitchFixturesTest {

    static Layout layout(String name) throws Exception {
        return new PdfReader().read(Files.readAllBytes(Fixtures.file("pdf/stitch/" + name)), name);
    }

    @Test
    void aContinuationWithMergedColumnsJoinsTheTable() throws Exception {
        Layout l = layout("stitch-merged-columns.pdf");
        // page 2 holds only the subtotal rows, 科目编码 and 科目名称 merged in each: a grid of four columns
        List<Table> pieces = Tables.pieces(l);
        assertEquals(2, pieces.size());
        assertEquals(4, Tables.grid(pieces.get(1)).get(0).size());
        List<Table> tables = Tables.stitched(l);
        assertEquals(1, tables.size());
        List<List<String>> grid = Tables.grid(tables.get(0));
        assertEquals(List.of(1, 2), Tables.pages(tables.get(0)));
        assertEquals(25, grid.size());
        assertEquals(List.of("科目编码", "科目名称", "预算数", "执行数", "执行率"), grid.get(0));
        assertEquals(List.of("229", "其他支出", "3,603.00", "2,719.00", "75%"), grid.get(20));
        assertEquals(List.of("一般公共预算支出小计", "", "28,340.00", "22,010.00", ""), grid.get(21));
        assertEquals(List.of("政府性基金预算支出小计", "", "3,200.00", "2,950.00", ""), grid.get(22));
        assertEquals(List.of("国有资本经营预算支出小计", "", "410.00", "388.00", ""), grid.get(23));
        assertEquals(List.of("合计", "", "31,950.00", "25,348.00", ""), grid.get(24));
        assertEquals(2, tables.get(0).rows().get(24).cells().get(0).colSpan());
    }

    @Test
    void aTotalRowAloneOnTheNextPageJoinsTheTable() throws Exception {
        List<Table> tables = Tables.stitched(layout("stitch-lone-total.pdf"));
        assertEquals(1, tables.size());
        List<List<String>> grid = Tables.grid(tables.get(0));
        assertEquals(22, grid.size());
        assertEquals(List.of("201", "一般公共服务支出", "1,000.00", "800.00", "80%"), grid.get(1));
        assertEquals(List.of("229", "其他支出", "3,603.00", "2,719.00", "75%"), grid.get(20));
        assertEquals(List.of("合计", "", "47,030.00", "36,180.00", ""), grid.get(21));
        assertEquals(List.of(1, 2), Tables.pages(tables.get(0)));
    }

    static final String UNITS = "市发展改革委、市财政局、市住房城乡建设局牵头，各区人民政府配合";

    @Test
    void aMergedCellCutByThePageBreakIsOneCell() throws Exception {
        List<Table> tables = Tables.stitched(layout("stitch-merged-cell.pdf"));
        assertEquals(1, tables.size());
        List<List<String>> grid = Tables.grid(tables.get(0));
        assertEquals(13, grid.size(), "the header once, twelve items");
        assertEquals(List.of("8", "政府工作报告第8项", "推进第8批重点项目建设，确保按期完成年度目标任务", UNITS,
                "第8项工作已完成年度计划的72%，累计完成投资24.5亿元，其中本季度完成8.2亿元，正在推进后续建设和验收准备工作。"),
                grid.get(8));
        // items 9 and 10 (on page 2) are under the same merged cell
        for (int item : new int[] {9, 10}) {
            assertEquals(String.valueOf(item), grid.get(item).get(0));
            assertEquals("", grid.get(item).get(3));
            assertTrue(tables.get(0).rows().get(item).cells().get(3).mergedAbove(), "item " + item);
        }
        assertEquals("市民政局", grid.get(11).get(3));
    }

    @Test
    void theRecordsUnderAMergedCellCutByThePageBreakComeOutWhole() throws Exception {
        Report report = Jindu.parse(Fixtures.file("pdf/stitch/stitch-merged-cell.pdf"));
        List<TaskRecord> records = report.sections().get(0).records();
        assertEquals(12, records.size());
        for (int item = 1; item <= 12; item++) assertEquals(String.valueOf(item), records.get(item - 1).seq());
        // the cell's text from page 1 and its rest from page 2, in one list
        List<String> units = records.get(7).departments();
        String joined = String.join("、", units);
        assertTrue(units.contains("市发展改革委") && joined.contains("市住房城乡建设局"), units.toString());
        assertTrue(joined.contains("各区人民政府"), units.toString());
        assertEquals(units, records.get(8).departments());
        assertEquals(units, records.get(9).departments());
        assertEquals(List.of("市民政局"), records.get(10).departments());
        assertTrue(records.get(8).progress().startsWith("第9项工作已完成年度计划的76%"), records.get(8).progress());
        assertEquals(List.of(), report.warnings());
    }
}
