package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jindu.Fixtures;
import org.jindu.layout.Block;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.junit.jupiter.api.Test;

/**
 * Tables without a full grid ({@link AlignedTables}) on the fixtures of {@code testdata/pdf/tables/}
 * (see its README): a statistical-yearbook table with horizontal rules only and a table with no rules
 * and wrapped cells, both exported by LibreOffice. Expected cells are read off the PDFs' pages.
 */
class AlignedTablesTest {

    static Layout layout(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.file("pdf/tables/" + name));
        return new PdfReader().read(bytes, name);
    }

    static List<List<String>> cells(Table table) {
        return table.rows().stream().map(AlignedTablesTest::texts).toList();
    }

    static List<String> texts(Row row) {
        return row.cells().stream().map(c -> c.text()).toList();
    }

    @Test
    void aTableWithHorizontalRulesOnlyGivesEveryCell() throws Exception {
        Layout layout = layout("rules-only.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        assertEquals(List.of(
                List.of("地区", "学校数", "在校学生数", "专任教师数", "其中：女教师"),
                List.of("城关区", "42", "38615", "2874", "2011"),
                List.of("东湖区", "35", "30207", "2356", "1689"),
                List.of("西山区", "28", "19854", "1598", "1102"),
                List.of("南岭区", "31", "22436", "1775", "1240"),
                List.of("北塘区", "19", "11302", "968", "655"),
                // the region's name wraps in its cell ("高新技术产业开发" / "区"): one cell, one row
                List.of("高新技术产业开发区", "12", "9871", "702", "511"),
                List.of("经济开发区", "9", "6540", "488", "342"),
                List.of("合计", "176", "138825", "10761", "7550")), cells(tables.get(0)));
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void theCaptionUnitLineNoteAndProseAroundARulesOnlyTableStayParagraphs() throws Exception {
        Layout layout = layout("rules-only.pdf");
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        assertTrue(paragraphs.contains("单位：所、人"), paragraphs.toString());
        assertTrue(paragraphs.contains("注：本表数据为初步统计数，不含民办学校和教学点。"), paragraphs.toString());
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("表 3-1") || p.startsWith("表3-1")), paragraphs.toString());
        assertTrue(paragraphs.stream().noneMatch(p -> p.contains("38615") || p.contains("合计")), paragraphs.toString());
        // the table sits between its unit line and its note, in reading order
        List<Block> blocks = layout.blocks();
        int unit = -1, table = -1, note = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Table) table = i;
            else if (((Paragraph) blocks.get(i)).text().equals("单位：所、人")) unit = i;
            else if (((Paragraph) blocks.get(i)).text().startsWith("注：")) note = i;
        }
        assertEquals(unit + 1, table);
        assertEquals(table + 1, note);
    }

    @Test
    void aRulesOnlyTableAsWideAsALetterheadsRuleAndAFootersRulesIsTheTableBetweenItsOwnRules() throws Exception {
        Layout layout = LayoutFixturesTest.layout("yearbook-letterhead.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        assertEquals(List.of(
                // the header cell on two lines is one cell; thick rules drawn as filled boxes are rules
                List.of("街道", "户籍人口（万人）", "常住人口", "地区生产总值", "增长（%）"),
                List.of("城南街道", "8.62", "10.15", "126.4", "5.2"),
                List.of("城北街道", "7.94", "9.03", "98.7", "4.8"),
                List.of("滨江街道", "5.31", "7.86", "143.2", "6.1"),
                List.of("开发区管委会", "2.07", "4.55", "211.9", "7.3"),
                List.of("合计", "23.94", "31.59", "580.2", "6.0")), cells(tables.get(0)));
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout);
        // the letterhead, the title and unit line above, the note and the footer (抄送, 印发) below stay text
        assertEquals(List.of("某区统计局文件", "某统〔2023〕5号", "2022年各街道人口与经济主要指标", "单位：万人、亿元",
                "注：地区生产总值按当年价格计算，增长速度按可比价格计算。", "抄送：区委办公室，区人大常委会办公室，区政协办公室。",
                "某区统计局办公室 2023年3月10日印发"), paragraphs);
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aTableWithoutRulesGivesEveryCellWithWrappedCellsKeptTogether() throws Exception {
        Layout layout = layout("unruled.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        assertEquals(List.of(
                List.of("文件名称", "发文字号", "印发日期", "内容摘要"),
                List.of("关于进一步加强中小学课后服务工作的实施意见", "区教发〔2023〕12号", "2023年3月15日",
                        "明确课后服务的时间、内容和收费标准，建立教师参与课后服务的激励机制。"),
                List.of("区属学校校舍安全管理办法", "区教发〔2023〕21号", "2023年5月8日",
                        "规定校舍定期检查、隐患整改和应急处置的责任分工。"),
                List.of("关于做好2023年秋季学期义务教育招生入学工作的通知", "区教函〔2023〕35号", "2023年6月20日",
                        "公布招生范围、报名时间和入学材料要求，全面实行网上报名。"),
                List.of("教师培训经费使用管理细则", "区教财〔2023〕7号", "2023年8月2日",
                        "培训经费按年度公用经费的5%安排，专款专用。")), cells(tables.get(0)));
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void proseAroundATableWithoutRulesStaysProse() throws Exception {
        List<String> paragraphs = LayoutFixturesTest.paragraphs(layout("unruled.pdf"));
        assertEquals("二、近期出台的主要政策文件", paragraphs.get(0));
        assertTrue(paragraphs.get(paragraphs.size() - 1).startsWith("下一步，区教育局将加强"), paragraphs.toString());
        assertTrue(paragraphs.stream().noneMatch(p -> p.contains("区教发") || p.contains("文件名称")), paragraphs.toString());
    }

    /** Each cell as its text, "^" for a cell merged from above, "text/n" for a cell spanning n columns. */
    static List<List<String>> spans(Table table) {
        return table.rows().stream().map(r -> r.cells().stream()
                .map(c -> c.mergedAbove() ? "^" : c.colSpan() > 1 ? c.text() + "/" + c.colSpan() : c.text()).toList()).toList();
    }

    @Test
    void aYearbookHeaderOnTwoLevelsOverAShortRuleIsTwoRowsWithTheGroupsSpanningTheirColumns() throws Exception {
        Layout layout = layout("two-level-header.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        // 2023年 and 2024年 over one short rule (the two cells' borders meet): each takes the columns nearest it
        assertEquals(List.of(
                List.of("地区", "2023年/2", "2024年/2"),
                List.of("^", "总量", "增长%", "总量", "增长%"),
                List.of("城关区", "812.4", "5.6", "861.3", "6.0"),
                List.of("东湖区", "655.0", "4.9", "690.7", "5.5"),
                List.of("西山区", "402.8", "6.3", "425.1", "5.5"),
                List.of("南岭区", "371.6", "3.8", "389.9", "4.9"),
                List.of("北塘区", "226.5", "7.1", "243.2", "7.4"),
                List.of("全区", "2468.3", "5.4", "2610.2", "5.8")), spans(tables.get(0)));
        // the group's box covers its two columns, above the short rule
        Table t = tables.get(0);
        var group = t.rows().get(0).cells().get(1).where().box();
        var total = t.rows().get(1).cells().get(1).where().box();
        var growth = t.rows().get(1).cells().get(2).where().box();
        assertEquals(total.x(), group.x(), 0.01);
        assertEquals(growth.x() + growth.width(), group.x() + group.width(), 0.01);
        assertTrue(group.y() + group.height() <= total.y() + 0.01, group + " above " + total);
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aBudgetsQiZhongGroupHeaderOverAShortRuleSpansItsPartsAndTheCellsBesideItAreMergedDown() throws Exception {
        Layout layout = layout("budget-group-header.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        assertEquals(List.of(
                List.of("项目", "上年预算数", "本年预算数", "其中/2", "增减%"),
                List.of("^", "^", "^", "基本支出", "项目支出", "^"),
                List.of("一般公共服务支出", "3256.40", "3418.90", "2760.30", "658.60", "5.0"),
                List.of("教育支出", "12840.00", "13526.50", "10215.80", "3310.70", "5.3"),
                List.of("社会保障和就业支出", "6021.75", "6388.20", "4905.10", "1483.10", "6.1"),
                List.of("卫生健康支出", "4410.30", "4532.00", "3268.40", "1263.60", "2.8"),
                List.of("城乡社区支出", "2987.60", "2706.40", "812.00", "1894.40", "-9.4"),
                List.of("合计", "29516.05", "30572.00", "21961.60", "8610.40", "3.6")), spans(tables.get(0)));
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aBoldHeaderWrappedOntoTwoLinesOverABodyAtTheSamePitchIsOneHeaderRow() throws Exception {
        Layout layout = layout("bold-wrapped-header.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(1, tables.size());
        // no rule and no padding between rows: only the header's bold tells it from the body, and its
        // second line (名称, with text in the first column) from a row of its own
        assertEquals(List.of(
                List.of("行政区划名称", "常住人口（万人）", "地区生产总值（亿元）", "比上年增长（%）", "一般公共预算收入（亿元）",
                        "城镇居民人均可支配收入（元）", "农村居民人均可支配收入（元）"),
                List.of("城关区", "62.15", "812.4", "6.0", "58.61", "52318", "26470"),
                List.of("东湖区", "48.70", "655.0", "5.5", "44.27", "49806", "25133"),
                List.of("西山区", "33.42", "402.8", "5.5", "25.90", "41275", "21864"),
                List.of("南岭区", "30.96", "371.6", "4.9", "22.14", "40512", "21057"),
                List.of("北塘区", "21.08", "226.5", "7.4", "13.35", "38940", "20318")), cells(tables.get(0)));
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void groupHeadersEachOverAShortRuleOfItsOwnAndAHeaderInARealBoldFace() throws Exception {
        Layout layout = layout("header-styles.pdf");
        List<Table> tables = LayoutFixturesTest.tables(layout);
        assertEquals(2, tables.size());
        // page 1: two short rules side by side with a gap between them, as typesetting software draws them
        assertEquals(List.of(
                List.of("地区", "2023年/2", "2024年/2"),
                List.of("^", "总量", "增长%", "总量", "增长%"),
                List.of("城关区", "58.61", "6.2", "62.04", "5.9"),
                List.of("东湖区", "44.27", "4.8", "46.10", "4.1"),
                List.of("西山区", "25.90", "7.5", "27.33", "5.5"),
                List.of("南岭区", "22.14", "3.1", "23.02", "4.0"),
                List.of("全区", "150.92", "5.6", "158.49", "5.0")), spans(tables.get(0)));
        // page 2: Liberation Sans Bold (a bold face by its name and weight), every line 14 pt apart
        assertEquals(List.of(
                List.of("District name", "Resident population (10k)", "Gross regional product (bn yuan)", "Growth (%)"),
                List.of("Chengguan", "62.15", "81.24", "6.0"),
                List.of("Donghu", "48.70", "65.50", "5.5"),
                List.of("Xishan", "33.42", "40.28", "5.5"),
                List.of("Nanling", "30.96", "37.16", "4.9"),
                List.of("Beitang", "21.08", "22.65", "7.4")), spans(tables.get(1)));
        assertEquals(List.of(), layout.warnings());
    }

    // ---- what is no table (pages given to the engine glyph by glyph, 10 pt, from the top left)

    /** A run of glyphs of one em (10 pt) each, from x on the baseline y, each {@code advance} apart. */
    private static void run(List<Glyph> out, String text, float x, float y, float advance) {
        for (int i = 0; i < text.length(); i++) out.add(new Glyph(text.substring(i, i + 1), x + i * advance, y, 10, 10));
    }

    private static List<Table> tablesOf(List<Glyph> glyphs) {
        PageTables.Result r = new PageTables().page(new PageTables.Page(1, 595, 842, glyphs, List.of()));
        return r.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    @Test
    void textAlignedInThreeColumnsWithoutRulesIsATable() {
        List<Glyph> g = new ArrayList<>();
        String[][] rows = {{"项目", "数量", "说明"}, {"甲类", "12", "已完成"}, {"乙类", "7", "在建"}, {"丙类", "30", "规划中"}};
        for (int r = 0; r < rows.length; r++) {
            run(g, rows[r][0], 72, 100 + 18 * r, 10);
            run(g, rows[r][1], 200, 100 + 18 * r, 10);
            run(g, rows[r][2], 300, 100 + 18 * r, 10);
        }
        List<Table> tables = tablesOf(g);
        assertEquals(1, tables.size());
        assertEquals(List.of(List.of("项目", "数量", "说明"), List.of("甲类", "12", "已完成"), List.of("乙类", "7", "在建"),
                List.of("丙类", "30", "规划中")), cells(tables.get(0)));
    }

    @Test
    void justifiedTextSpreadWideIsNoTable() {
        // three lines of the same number of characters, spread a whole em apart: the gaps line up
        List<Glyph> g = new ArrayList<>();
        run(g, "今年以来我局按照年度工作目标", 72, 100, 20);
        run(g, "扎实推进各项重点任务截至九月", 72, 116, 20);
        run(g, "底全区新增公办学位三千余个超", 72, 132, 20);
        assertEquals(List.of(), tablesOf(g));
    }

    @Test
    void labelledFieldsInTwoColumnsAreNoTable() {
        // a cover's fields: a label and its value, three lines
        List<Glyph> g = new ArrayList<>();
        String[][] rows = {{"报送单位：", "某区教育局"}, {"联系人：", "王某"}, {"联系电话：", "12345678"}};
        for (int r = 0; r < rows.length; r++) {
            run(g, rows[r][0], 150, 500 + 24 * r, 10);
            run(g, rows[r][1], 260, 500 + 24 * r, 10);
        }
        assertEquals(List.of(), tablesOf(g));
    }

    @Test
    void aTableOfContentsWithLeadersIsNoTable() {
        List<Glyph> g = new ArrayList<>();
        String[][] rows = {{"第一部分", "总体情况……………………", "1"}, {"第二部分", "重点工作……………………", "3"},
                {"第三部分", "下步打算……………………", "7"}};
        for (int r = 0; r < rows.length; r++) {
            run(g, rows[r][0], 72, 100 + 20 * r, 10);
            run(g, rows[r][1], 160, 100 + 20 * r, 10);
            run(g, rows[r][2], 400, 100 + 20 * r, 10);
        }
        assertEquals(List.of(), tablesOf(g));
    }
}
