package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.nio.file.Files;
import java.util.List;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.Fixtures;
import org.junit.jupiter.api.Test;
import technology.tabula.Ruling;

/**
 * Vertical rules that make no grid ({@link AlignedTables.Edge}), or a grid that is only part of its
 * table ({@link PageAnalyzer#openGrids}): a header row boxed over a body without column rules, a single
 * rule between the labels and the numbers, a rule between two columns whose text leaves no gutter, rules
 * between the columns but none at the sides; on the LibreOffice exports of {@code testdata/pdf/tables/} made by
 * {@code fixtures/pdf/make-partial-rule-pdfs.sh}. Expected cells are read off the PDFs' pages; the rules'
 * places are the script's: the page's 2 cm margin plus the columns' widths, 1 cm being 28.35 pt.
 */
class PartialRulesTest {
    private static final float CM = 72 / 2.54f;
    private static final float MARGIN = 2 * CM;

    private static float right(Cell cell) {
        return cell.where().box().x() + cell.where().box().width();
    }

    @Test
    void aHeaderBoxedOverAnOpenBodyIsOneTableWithItsBody() throws Exception {
        Layout layout = AlignedTablesTest.layout("header-box.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size(), tables.toString());
        List<Row> rows = tables.get(0).rows();
        assertEquals(8, rows.size());
        assertEquals(List.of("功能分类科目", "上年决算数", "本年预算数", "增减额", "增减%", "备注"), AlignedTablesTest.texts(rows.get(0)));
        assertEquals(List.of("一般公共服务支出", "2865.30", "3012.40", "147.10", "5.1", ""), AlignedTablesTest.texts(rows.get(1)));
        assertEquals(List.of("公共安全支出", "1420.75", "1516.20", "95.45", "6.7", "含政法经费"), AlignedTablesTest.texts(rows.get(2)));
        assertEquals(List.of("科学技术支出", "512.40", "498.10", "-14.30", "-2.8", "项目压减"), AlignedTablesTest.texts(rows.get(4)));
        assertEquals(List.of("合计", "18645.55", "19602.10", "956.55", "5.1", ""), AlignedTablesTest.texts(rows.get(7)));
        // the box's column rules are the body's column edges too: 4.6 cm, then 2.6 cm each
        float[] rules = {MARGIN + 4.6f * CM, MARGIN + 7.2f * CM, MARGIN + 9.8f * CM, MARGIN + 12.4f * CM, MARGIN + 14.8f * CM};
        for (Row row : List.of(rows.get(0), rows.get(5)))
            for (int c = 0; c < rules.length; c++) assertEquals(rules[c], right(row.cells().get(c)), 0.5f, row.toString());
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        assertTrue(paragraphs.contains("注：增减%为本年预算数比上年决算数增减的百分比。"), paragraphs.toString());
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aSingleRuleBetweenTheLabelsAndTheNumbersIsTheirColumnEdge() throws Exception {
        Layout layout = AlignedTablesTest.layout("label-rule.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size(), tables.toString());
        List<Row> rows = tables.get(0).rows();
        assertEquals(7, rows.size());
        assertEquals(List.of("指标名称", "2022年", "2023年", "2024年", "年均增长%"), AlignedTablesTest.texts(rows.get(0)));
        assertEquals(List.of("规模以上工业增加值（亿元）", "612.8", "655.1", "707.5", "7.4"), AlignedTablesTest.texts(rows.get(2)));
        assertEquals(List.of("城镇新增就业（万人）", "3.12", "3.26", "3.35", "3.6"), AlignedTablesTest.texts(rows.get(6)));
        for (Row row : rows) assertEquals(MARGIN + 5.4f * CM, right(row.cells().get(0)), 0.5f, row.toString());
        assertTrue(LayoutFixturesTest.paragraphs(layout).stream()
                .anyMatch(p -> p.replace(" ", "").equals("从结构看，规模以上工业增加值年均增长7.4%，是拉动经济增长的主要力量。")));
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aRuleSeparatesTwoColumnsWhoseTextLeavesNoGutter() throws Exception {
        Layout layout = AlignedTablesTest.layout("rule-separated.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size(), tables.toString());
        List<Row> rows = tables.get(0).rows();
        assertEquals(6, rows.size());
        assertEquals(List.of("项目名称", "主要建设内容", "总投资", "年度计划"), AlignedTablesTest.texts(rows.get(0)));
        assertEquals(List.of("城东片区雨污分流工程", "新建污水管网12公里", "18600", "6200"), AlignedTablesTest.texts(rows.get(1)));
        // the label fills its cell: its last character touches the rule, the next column's text starts at it
        assertEquals(List.of("滨江路综合管廊建设工程", "建设管廊3.6公里", "41200", "12500"), AlignedTablesTest.texts(rows.get(3)));
        assertEquals(List.of("城北公交枢纽站建设工程", "建设枢纽站1座", "8650", "4100"), AlignedTablesTest.texts(rows.get(5)));
        for (Row row : rows) assertEquals(MARGIN + 4.12f * CM, right(row.cells().get(0)), 0.5f, row.toString());
        // the prose under the bottom rule is no row of the table
        assertTrue(LayoutFixturesTest.paragraphs(layout).contains("各项目责任单位要倒排工期，确保年度计划按期完成。"));
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aTableRuledBetweenItsColumnsOnlyKeepsItsOpenSides() throws Exception {
        // the inner rules close cells of the four middle columns: tabula's grid of those alone once left
        // 地区 and 招生数 as a table of their own
        Layout layout = AlignedTablesTest.layout("open-sides.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size(), tables.toString());
        List<Row> rows = tables.get(0).rows();
        assertEquals(7, rows.size());
        assertEquals(List.of("地区", "学校数", "在校学生数", "专任教师数", "毕业生数", "招生数"), AlignedTablesTest.texts(rows.get(0)));
        assertEquals(List.of("城关区", "42", "38615", "2874", "6120", "6540"), AlignedTablesTest.texts(rows.get(1)));
        assertEquals(List.of("合计", "155", "122414", "9571", "19858", "20755"), AlignedTablesTest.texts(rows.get(6)));
        float[] rules = {MARGIN + 3.4f * CM, MARGIN + 6.1f * CM, MARGIN + 8.8f * CM, MARGIN + 11.5f * CM, MARGIN + 14.2f * CM};
        for (Row row : rows)
            for (int c = 0; c < rules.length; c++) assertEquals(rules[c], right(row.cells().get(c)), 0.5f, row.toString());
        assertTrue(LayoutFixturesTest.paragraphs(layout).contains("注：毕业生数为上学年数。"));
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aBoxedRowWithNoTableUnderItStaysAGrid() throws Exception {
        // a rule of the box's width further down (the 抄送 footer's) makes it a header box to try; the prose
        // between is no table, so the box is the one-row grid it was drawn as
        Layout layout = AlignedTablesTest.layout("boxed-row.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of(List.of("报送单位", "城关区财政局", "报送日期", "2025年1月10日")), AlignedTablesTest.cells(tables.get(0)));
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("按照区政府统一部署")), paragraphs.toString());
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("抄送：")), paragraphs.toString());
        assertTrue(paragraphs.stream().noneMatch(p -> p.contains("报送单位")), paragraphs.toString());
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aMarkBesideAGridStaysOutsideItsCells() throws Exception {
        // camelot's row_span_1.pdf draws a '.' a space after 2,176,064, past the grid's right rule
        byte[] bytes = Files.readAllBytes(Fixtures.file("external/pdf-tables/row_span_1.pdf"));
        Layout layout = new PdfReader().read(bytes, "row_span_1.pdf");
        Table table = LayoutFixturesTest.tables(layout).get(0);
        Row total = table.rows().stream().filter(r -> r.cells().stream().anyMatch(c -> c.text().contains("Total COHS")))
                .findFirst().orElseThrow();
        assertEquals("2,176,064", total.cells().get(total.cells().size() - 1).text());
        assertTrue(LayoutFixturesTest.paragraphs(layout).contains("."), LayoutFixturesTest.paragraphs(layout).toString());
        assertFalse(table.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c.text().endsWith(" .")));
        assertEquals(List.of(), layout.warnings());
    }

    private static Ruling line(float x1, float y1, float x2, float y2) {
        return new Ruling(new Point2D.Float(x1, y1), new Point2D.Float(x2, y2));
    }

    @Test
    void aBoxsEdgesFrameNoTableButARuleCrossedInItsMiddleDoes() {
        List<Ruling> rulings = List.of(
                // a box around a note: its rules meet its sides at their ends
                line(60, 100, 500, 100), line(60, 160, 500, 160), line(60, 100, 60, 160), line(500, 100, 500, 160),
                // a table's rules over and under it, one column rule between them, away from their ends
                line(60, 300, 500, 300), line(60, 420, 500, 420), line(200, 300, 200, 420));
        List<AlignedTables.Rule> free = AlignedTables.freeRules(rulings, List.of());
        assertEquals(List.of(300f, 420f), free.stream().map(AlignedTables.Rule::y).toList());
        // every vertical rule outside a grid is offered; which count is the table's to say (inside its area)
        assertEquals(List.of(60f, 200f, 500f), AlignedTables.freeEdges(rulings, List.of()).stream().map(AlignedTables.Edge::x).toList());
    }

    @Test
    void aVerticalRuleDrawnCellByCellIsOneEdge() {
        List<Ruling> rulings = List.of(line(200, 300, 200, 320), line(200, 320, 200, 340), line(200.4f, 340, 200.4f, 360));
        List<AlignedTables.Edge> edges = AlignedTables.freeEdges(rulings, List.of());
        assertEquals(1, edges.size(), edges.toString());
        assertEquals(300f, edges.get(0).top());
        assertEquals(360f, edges.get(0).bottom());
    }
}
