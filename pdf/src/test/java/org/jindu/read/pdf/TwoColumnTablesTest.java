package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jindu.layout.Layout;
import org.jindu.layout.Table;
import org.junit.jupiter.api.Test;

/**
 * Two-column tables without rules beyond a header line over figures ({@link AlignedTables}): text
 * wrapped in the right column, no header line, a header set flush left over right-aligned figures; and
 * what is laid out in two columns and must stay text. The LibreOffice exports of
 * {@code testdata/pdf/tables/} made by {@code fixtures/pdf/make-aligned-text-pdfs.sh}; expected cells
 * are read off the PDFs' pages.
 */
class TwoColumnTablesTest {

    @Test
    void aProgressReportInTwoColumnsKeepsEachWrappedCellTogether() throws Exception {
        Layout layout = AlignedTablesTest.layout("two-column-progress.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        assertEquals(List.of(
                List.of("工作任务", "进展情况"),
                List.of("推行企业开办一日办结", "已实现企业开办全程网上办理，营业执照、公章刻制、发票申领和社保登记一次提交、并联办理，平均用时压缩至0.8个工作日。"),
                // the task wraps too ("城东污水处理厂扩建工程" / "建设"), beside the progress's two lines
                List.of("城东污水处理厂扩建工程建设", "主体工程已完成80%，二沉池和深度处理车间进入设备安装阶段，配套管网完成铺设12.6公里，计划10月底通水调试，年底前投入运行。"),
                List.of("南湖片区棚户区改造", "已签约1260户，签约率96%，完成房屋拆除1080户。"),
                List.of("农村人居环境整治", "新建改建农村公厕46座，完成户厕改造2300户，农村生活垃圾收运处置体系实现行政村全覆盖，生活污水治理率提高到38%，村庄清洁行动常态化开展，群众满意度明显提升。")),
                AlignedTablesTest.cells(tables.get(0)));
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        assertTrue(paragraphs.contains("截至 9 月底，全区纳入督办的重点工作总体进展顺利，各项任务推进情况如下。"), paragraphs.toString());
        assertTrue(paragraphs.contains("下一步，将对进度滞后的任务加强调度，确保年底前全面完成。"), paragraphs.toString());
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void twoColumnTablesWithoutAHeaderLineAreTables() throws Exception {
        Layout layout = AlignedTablesTest.layout("two-column-noheader.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(2, tables.size());
        // five indicators, their figures right-aligned
        assertEquals(List.of(
                List.of("地区生产总值（亿元）", "1286.4"),
                List.of("规模以上工业增加值增长（%）", "7.2"),
                List.of("固定资产投资增长（%）", "9.1"),
                List.of("社会消费品零售总额（亿元）", "512.8"),
                List.of("一般公共预算收入（万元）", "593300")), AlignedTablesTest.cells(tables.get(0)));
        // three tasks, each progress wrapped over two lines
        assertEquals(List.of(
                List.of("优化营商环境", "开展涉企收费专项清理，取消和降低收费项目12项，为企业减负1.3亿元；政务服务事项网上可办率达到98%。"),
                List.of("稳定就业", "城镇新增就业8600人，完成全年目标的95%；发放创业担保贷款2.1亿元，带动就业3400人。"),
                List.of("保障基本民生", "新建普惠性幼儿园5所，新增学位1800个；城乡居民基本医疗保险参保率稳定在97%以上。")),
                AlignedTablesTest.cells(tables.get(1)));
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        assertTrue(paragraphs.contains("前三季度，全区经济运行稳中有进，主要指标完成情况如下。"), paragraphs.toString());
        assertTrue(paragraphs.contains("从结构看，工业和投资增长较快，消费平稳回升。"), paragraphs.toString());
        assertTrue(paragraphs.contains("总体看，各项任务进度符合预期。"), paragraphs.toString());
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aHeaderSetFlushLeftOverRightAlignedFiguresStaysInItsColumn() throws Exception {
        // 金额（万元） starts the figures' column, nearer the labels than the figures: the gutter is the
        // space between the header's two labels, not the wider space right of the second
        Layout layout = AlignedTablesTest.layout("two-column-flush-header.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        assertEquals(List.of(
                List.of("项目", "金额（万元）"),
                List.of("税收收入", "286540"),
                List.of("非税收入", "93210"),
                List.of("上级补助收入", "213550"),
                List.of("调入资金", "18600"),
                List.of("收入合计", "611900")), AlignedTablesTest.cells(tables.get(0)));
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void whatIsLaidOutInTwoColumnsAndIsNoTableStaysText() throws Exception {
        // a letterhead, a table of contents without dot leaders, a numbered list with a hanging indent,
        // labelled fields without colons, a signature block
        Layout layout = AlignedTablesTest.layout("two-column-lookalikes.pdf");
        assertEquals(List.of(), LayoutFixturesTest.tables(layout));
        String text = String.join("\n", LayoutFixturesTest.paragraphs(layout));
        for (String s : List.of("城关区人民政府办公室", "一、总体情况", "五、下一步工作安排", "推行企业开办一日办结", "报送单位", "联系电话", "（盖章）"))
            assertTrue(text.contains(s), s + " in " + text);
    }

    @Test
    void aPageSetInTwoColumnsOfProseIsNoTable() throws Exception {
        // a bulletin's two columns of indented paragraphs: every line has text in both columns, a gutter
        // between them all the way down, but no row whose right cell wraps under an empty left one
        Layout layout = AlignedTablesTest.layout("two-column-prose.pdf");
        assertEquals(List.of(), LayoutFixturesTest.tables(layout));
        String text = String.join("\n", LayoutFixturesTest.paragraphs(layout));
        for (String s : List.of("今年以来", "消费市场持续回暖", "过年度计划的七成。", "（区统计局供稿）"))
            assertTrue(text.contains(s), s + " in " + text);
    }

    @Test
    void aHeaderWithALabelPerColumnPutsEachGutterBetweenItsTwoLabels() throws Exception {
        // the same rule in a wider table (unruled-pages.pdf, a bold header set flush left over
        // right-aligned figures): 村（居）数 and 户籍人口 were read as one cell, the last column empty
        Layout layout = AlignedTablesTest.layout("unruled-pages.pdf");
        Table first = LayoutFixturesTest.tables(layout).get(0);
        assertEquals(List.of("乡镇", "村（居）数", "户籍人口", "常住人口", "耕地面积"), AlignedTablesTest.texts(first.rows().get(0)));
        assertEquals(List.of("东湖镇", "8", "12000", "11000", "20.0"), AlignedTablesTest.texts(first.rows().get(1)));
    }
}
