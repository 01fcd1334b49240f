package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jindu.layout.Layout;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.junit.jupiter.api.Test;

/**
 * Section rows inside tables without a full grid ({@link SectionRows}) and two-column tables without
 * rules, and what must stay text (a cover's labelled fields, a signature block), on the LibreOffice exports of
 * {@code testdata/pdf/tables/} made by {@code fixtures/pdf/make-section-row-pdfs.sh}. Expected cells
 * are read off the PDFs' pages.
 */
class SectionRowsTest {

    private static void assertSection(Row row, String text, int columns) {
        assertEquals(1, row.cells().size(), row.toString());
        assertEquals(text, row.cells().get(0).text());
        assertEquals(columns, row.cells().get(0).colSpan());
    }

    @Test
    void aBudgetTableWithHorizontalRulesOnlyKeepsItsSectionRowsAsRowsAcrossIt() throws Exception {
        Layout layout = AlignedTablesTest.layout("budget-sections.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        List<Row> rows = tables.get(0).rows();
        assertEquals(9, rows.size());
        assertEquals(List.of("项目", "预算数", "上年执行数", "增长（%）"), AlignedTablesTest.texts(rows.get(0)));
        assertSection(rows.get(1), "一、一般公共预算收入（税收收入和非税收入）", 4);
        assertEquals(List.of("税收收入", "286540", "271320", "5.6"), AlignedTablesTest.texts(rows.get(2)));
        assertEquals(List.of("非税收入", "93210", "90145", "3.4"), AlignedTablesTest.texts(rows.get(3)));
        assertSection(rows.get(4), "二、上级补助收入（返还性收入、一般性转移支付和专项转移支付）", 4);
        assertEquals(List.of("返还性收入", "12480", "12480", "0.0"), AlignedTablesTest.texts(rows.get(5)));
        assertEquals(List.of("一般性转移支付收入", "158760", "149830", "6.0"), AlignedTablesTest.texts(rows.get(6)));
        assertEquals(List.of("专项转移支付收入", "42310", "45120", "-6.2"), AlignedTablesTest.texts(rows.get(7)));
        assertEquals(List.of("收入合计", "593300", "568895", "4.3"), AlignedTablesTest.texts(rows.get(8)));
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        // the note under the table and the prose stay text
        assertTrue(paragraphs.contains("注：上年执行数为快报数，增长按可比口径计算。"), paragraphs.toString());
        assertTrue(paragraphs.stream().noneMatch(p -> p.contains("一般公共预算收入（")), paragraphs.toString());
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aTableWithoutRulesFoundByItsHeaderKeepsItsSectionRows() throws Exception {
        Layout layout = AlignedTablesTest.layout("unruled-sections.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        List<Row> rows = tables.get(0).rows();
        assertEquals(7, rows.size());
        assertEquals(List.of("序号", "工作任务", "责任单位", "进展情况"), AlignedTablesTest.texts(rows.get(0)));
        assertSection(rows.get(1), "一、持续优化营商环境，深化审批制度改革", 4);
        assertEquals(List.of("1", "推行企业开办一日办结", "区市场监管局", "已实现全程网办，平均用时0.8天。"), AlignedTablesTest.texts(rows.get(2)));
        assertEquals(List.of("2", "工程建设项目审批提速", "区住建局", "审批时限压减至60个工作日以内。"), AlignedTablesTest.texts(rows.get(3)));
        assertSection(rows.get(4), "二、加快推进重点项目建设，扩大有效投资", 4);
        // the progress wraps over two lines: one cell
        assertEquals(List.of("3", "城东污水处理厂扩建", "区水务局", "主体工程完成80%，计划10月通水。"), AlignedTablesTest.texts(rows.get(5)));
        assertEquals(List.of("4", "南湖片区棚户区改造", "区住建局", "已签约1260户，签约率96%。"), AlignedTablesTest.texts(rows.get(6)));
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        assertTrue(paragraphs.contains("下一步，将对进度滞后的任务加强调度，确保年底前全面完成。"), paragraphs.toString());
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aTwoColumnTableWithoutRulesUnderAHeaderLineIsATable() throws Exception {
        Layout layout = AlignedTablesTest.layout("two-column.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        assertEquals(List.of(
                List.of("指标", "数值"),
                List.of("地区生产总值（亿元）", "1286.4"),
                List.of("规模以上工业增加值增长（%）", "7.2"),
                List.of("固定资产投资增长（%）", "9.1"),
                List.of("社会消费品零售总额（亿元）", "512.8"),
                List.of("城镇居民人均可支配收入（元）", "43650")), AlignedTablesTest.cells(tables.get(0)));
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        assertTrue(paragraphs.contains("从结构看，工业和投资增长较快，消费平稳回升。"), paragraphs.toString());
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aHeadingBetweenTwoShortRunsOfAlignedLinesIsNoSectionRow() throws Exception {
        // a listed company's quarterly report (tabula-java's issue-67 fixture, MIT): "□ 适用 √ 不适用"
        // above and below the heading 五、证券投资情况, one row each: no table of three rows
        String name = ExternalTablesTest.DIR + "issue-67-example.pdf";
        Layout layout = new PdfReader().read(java.nio.file.Files.readAllBytes(org.jindu.Fixtures.file(name)), name);
        for (Table t : LayoutFixturesTest.tables(layout))
            for (Row r : t.rows())
                assertTrue(r.cells().stream().noneMatch(c -> c.text().contains("证券投资情况")), r.toString());
        assertTrue(LayoutFixturesTest.paragraphs(layout).stream().anyMatch(p -> p.contains("五、证券投资情况")));
    }

    @Test
    void aCoverWithLabelledFieldsAndASignatureBlockGivesNoTable() throws Exception {
        Layout layout = AlignedTablesTest.layout("cover-fields.pdf");
        assertEquals(List.of(), LayoutFixturesTest.tables(layout));
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        assertTrue(paragraphs.stream().anyMatch(p -> p.contains("报送单位")), paragraphs.toString());
        assertTrue(paragraphs.stream().anyMatch(p -> p.contains("城关区发展和改革局")), paragraphs.toString());
    }

    @Test
    void aSectionRowWithItsFiguresSpansTheColumnsItsLabelCrossesAndKeepsItsFiguresInTheirColumns() throws Exception {
        // the label merged over 序号 and 项目 (as Word and WPS budgets set it), the figures in their columns:
        // in a table with horizontal rules only, and in one without rules
        Layout layout = AlignedTablesTest.layout("section-figures.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(2, tables.size());
        List<Row> rows = tables.get(0).rows();
        assertEquals(9, rows.size());
        assertEquals(List.of("序号", "项目", "预算数", "上年执行数", "增长（%）"), AlignedTablesTest.texts(rows.get(0)));
        assertFigures(rows.get(1), "一、一般公共预算收入", "379750", "361465", "5.1");
        assertEquals(List.of("1", "税收收入", "286540", "271320", "5.6"), AlignedTablesTest.texts(rows.get(2)));
        assertEquals(List.of("2", "非税收入", "93210", "90145", "3.4"), AlignedTablesTest.texts(rows.get(3)));
        assertFigures(rows.get(4), "二、上级补助收入", "213550", "207430", "3.0");
        assertEquals(List.of("3", "返还性收入", "12480", "12480", "0.0"), AlignedTablesTest.texts(rows.get(5)));
        assertEquals(List.of("4", "一般性转移支付收入", "158760", "149830", "6.0"), AlignedTablesTest.texts(rows.get(6)));
        assertEquals(List.of("5", "专项转移支付收入", "42310", "45120", "-6.2"), AlignedTablesTest.texts(rows.get(7)));
        // the total set the same way, the table's last line
        assertFigures(rows.get(8), "收入合计", "593300", "568895", "4.3");
        rows = tables.get(1).rows();
        assertEquals(7, rows.size());
        assertEquals(List.of("序号", "项目", "预算数", "上年执行数", "增长（%）"), AlignedTablesTest.texts(rows.get(0)));
        assertFigures(rows.get(1), "一、一般公共服务支出", "45210", "43980", "2.8");
        assertEquals(List.of("1", "人大事务", "1860", "1790", "3.9"), AlignedTablesTest.texts(rows.get(2)));
        assertEquals(List.of("2", "政府办公厅（室）及相关机构事务", "6420", "6310", "1.7"), AlignedTablesTest.texts(rows.get(3)));
        assertFigures(rows.get(4), "二、教育支出", "128640", "121350", "6.0");
        assertEquals(List.of("3", "普通教育", "109870", "103420", "6.2"), AlignedTablesTest.texts(rows.get(5)));
        assertEquals(List.of("4", "职业教育", "8930", "8610", "3.7"), AlignedTablesTest.texts(rows.get(6)));
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        assertTrue(paragraphs.contains("收入预算与经济发展水平相适应，留有余地。"), paragraphs.toString());
        assertEquals(List.of(), layout.warnings());
    }

    private static void assertFigures(Row row, String label, String... figures) {
        assertEquals(1 + figures.length, row.cells().size(), row.toString());
        assertEquals(label, row.cells().get(0).text());
        assertEquals(2, row.cells().get(0).colSpan());
        for (int i = 0; i < figures.length; i++) assertEquals(figures[i], row.cells().get(1 + i).text());
    }

    @Test
    void aSectionRowWrappedOverTwoLinesIsOneRow() throws Exception {
        // a progress table found by its header, and a budget table with horizontal rules only
        Layout layout = AlignedTablesTest.layout("section-wrapped.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(2, tables.size());
        List<Row> rows = tables.get(0).rows();
        assertEquals(7, rows.size());
        assertEquals(List.of("序号", "工作任务", "责任单位", "进展情况"), AlignedTablesTest.texts(rows.get(0)));
        assertSection(rows.get(1), "一、持续优化营商环境，深化审批制度改革，全面推进政务服务“一网通办”，提升企业和群众办事便利度", 4);
        assertEquals(List.of("1", "推行企业开办一日办结", "区市场监管局", "已实现全程网办，平均用时0.8天。"), AlignedTablesTest.texts(rows.get(2)));
        assertEquals(List.of("2", "工程建设项目审批提速", "区住建局", "审批时限压减至60个工作日以内。"), AlignedTablesTest.texts(rows.get(3)));
        assertSection(rows.get(4), "二、加快推进重点项目建设，扩大有效投资，强化要素保障和全周期服务，确保项目早开工、早竣工、早见效", 4);
        assertEquals(List.of("3", "城东污水处理厂扩建", "区水务局", "主体工程完成80%，计划10月通水。"), AlignedTablesTest.texts(rows.get(5)));
        assertEquals(List.of("4", "南湖片区棚户区改造", "区住建局", "已签约1260户，签约率96%。"), AlignedTablesTest.texts(rows.get(6)));
        rows = tables.get(1).rows();
        assertEquals(8, rows.size());
        assertEquals(List.of("项目", "预算数", "上年执行数", "增长（%）"), AlignedTablesTest.texts(rows.get(0)));
        assertSection(rows.get(1), "一、一般公共预算收入（包括税收收入和非税收入，非税收入含专项收入、行政事业性收费收入、罚没收入和国有资源有偿使用收入）", 4);
        assertEquals(List.of("税收收入", "286540", "271320", "5.6"), AlignedTablesTest.texts(rows.get(2)));
        assertEquals(List.of("非税收入", "93210", "90145", "3.4"), AlignedTablesTest.texts(rows.get(3)));
        // a short section row crosses no gutter: a row with its first cell only, as the page shows it
        assertEquals("二、上级补助收入", rows.get(4).cells().get(0).text());
        assertTrue(rows.get(4).cells().stream().skip(1).allMatch(c -> c.text().isEmpty()), rows.get(4).toString());
        assertEquals(List.of("返还性收入", "12480", "12480", "0.0"), AlignedTablesTest.texts(rows.get(5)));
        assertEquals(List.of("一般性转移支付收入", "158760", "149830", "6.0"), AlignedTablesTest.texts(rows.get(6)));
        assertEquals(List.of("收入合计", "550990", "523775", "5.2"), AlignedTablesTest.texts(rows.get(7)));
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        assertTrue(paragraphs.contains("注：上年执行数为快报数。"), paragraphs.toString());
        assertTrue(paragraphs.contains("下一步，将对进度滞后的任务加强调度，确保年底前全面完成。"), paragraphs.toString());
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aSectionRowWithItsFiguresInATableFoundByItsHeaderIsARowOfIt() throws Exception {
        // a progress table of projects without rules: the section rows merged over 序号, 项目名称 and
        // 建设内容, their total investment in its column; their label spans up to the figure
        Layout layout = AlignedTablesTest.layout("section-figures-header.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        List<Row> rows = tables.get(0).rows();
        assertEquals(8, rows.size());
        assertEquals(List.of("序号", "项目名称", "建设内容", "总投资（万元）", "进展情况"), AlignedTablesTest.texts(rows.get(0)));
        assertEquals(List.of("一、产业项目（2个）", "158000", ""), AlignedTablesTest.texts(rows.get(1)));
        assertEquals(3, rows.get(1).cells().get(0).colSpan());
        assertEquals(List.of("1", "新能源汽车零部件产业园", "建设标准化厂房12万平方米及配套设施", "98000", "主体结构完工，进入设备安装。"),
                AlignedTablesTest.texts(rows.get(2)));
        assertEquals(List.of("2", "精细化工园区循环化改造", "建设污水集中处理和余热利用设施", "60000", "余热利用项目已投产。"),
                AlignedTablesTest.texts(rows.get(3)));
        assertEquals(List.of("二、民生项目（2个）", "67500", ""), AlignedTablesTest.texts(rows.get(4)));
        assertEquals(3, rows.get(4).cells().get(0).colSpan());
        assertEquals(List.of("3", "城东污水处理厂扩建", "新增处理能力5万吨/日", "42000", "主体工程完成80%，计划10月通水。"),
                AlignedTablesTest.texts(rows.get(5)));
        assertEquals(List.of("4", "南湖片区棚户区改造", "改造棚户区住房1310户", "25500", "已签约1260户，签约率96%。"),
                AlignedTablesTest.texts(rows.get(6)));
        // 合计 crosses no column edge: an ordinary row, its figure in its column
        assertEquals(List.of("合计", "", "", "225500", ""), AlignedTablesTest.texts(rows.get(7)));
        assertTrue(LayoutFixturesTest.paragraphs(layout).contains("下一步，将加强项目调度，确保按期完成年度投资计划。"));
        assertEquals(List.of(), layout.warnings());
    }
}
