package org.jindu.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jindu.Fixtures;
import org.jindu.read.pdf.PdfReader;
import org.junit.jupiter.api.Test;

class TablesTest {

    static Provenance at(int page, float x, float width) {
        return new Provenance(page, null, null, null, new Provenance.Box(x, 0, width, 10));
    }

    static Row row(int page, String... texts) {
        List<Cell> cells = new ArrayList<>();
        float x = 0;
        for (String t : texts) {
            cells.add(Cell.of(t, at(page, x, 50)));
            x += 50;
        }
        return new Row(cells, at(page, 0, x));
    }

    static Table table(Row... rows) {
        return new Table(List.of(rows), rows[0].where());
    }

    static Layout layout(Block... blocks) {
        return new Layout("pdf", 3, List.of(blocks), List.of());
    }

    @Test
    void joinsAPieceOnTheNextPageAndDropsTheRepeatedHeader() {
        Layout l = layout(
                table(row(1, "序号", "内容"), row(1, "1", "甲")),
                new Paragraph("- 1 -", at(1, 0, 10)),
                table(row(2, "序号", "内容"), row(2, "", "乙")));
        List<Table> tables = Tables.stitched(l);
        assertEquals(1, tables.size());
        assertEquals(List.of(List.of("序号", "内容"), List.of("1", "甲"), List.of("", "乙")), Tables.grid(tables.get(0)));
        assertEquals(List.of(1, 2), Tables.pages(tables.get(0)));
        assertEquals(2, Tables.pieces(l).size());
    }

    @Test
    void keepsTablesApartWhenTextComesBetween() {
        Layout l = layout(
                table(row(1, "a", "b")),
                new Paragraph("二、重大工程", at(2, 0, 10)),
                table(row(2, "a", "b")));
        assertEquals(2, Tables.stitched(l).size());
    }

    @Test
    void joinsAcrossARunningHead() {
        Layout l = layout(
                new Paragraph("某某公司2018年第一季度报告", at(1, 0, 10)),
                table(row(1, "项目", "金额"), row(1, "甲", "1")),
                new Paragraph("某某公司2018年第一季度报告", at(2, 0, 10)),
                table(row(2, "乙", "2")));
        List<Table> tables = Tables.stitched(l);
        assertEquals(1, tables.size());
        assertEquals(3, tables.get(0).rows().size());
    }

    @Test
    void keepsTablesApartWhenTheColumnsDiffer() {
        assertEquals(2, Tables.stitched(layout(table(row(1, "a", "b")), table(row(2, "a", "b", "c")))).size());
        assertEquals(2, Tables.stitched(layout(table(row(1, "a", "b")), table(row(3, "a", "b")))).size());
        assertEquals(2, Tables.stitched(layout(table(row(1, "a", "b")), table(row(1, "a", "b")))).size());
    }

    /** A row of cells at the given left edges, the last ending at {@code right}. */
    static Row cells(int page, float right, Object... edgesAndTexts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < edgesAndTexts.length; i += 2) {
            float x = ((Number) edgesAndTexts[i]).floatValue();
            float next = i + 2 < edgesAndTexts.length ? ((Number) edgesAndTexts[i + 2]).floatValue() : right;
            String text = (String) edgesAndTexts[i + 1];
            boolean merged = text.equals("^");
            cells.add(new Cell(merged ? "" : text, 1, merged, at(page, x, next - x)));
        }
        return new Row(cells, at(page, 0, right));
    }

    @Test
    void aContinuationWithMergedColumnsIsPutOnTheTablesGrid() {
        Layout l = layout(
                table(cells(1, 200, 0, "编码", 50, "名称", 100, "预算", 150, "执行"),
                        cells(1, 200, 0, "201", 50, "教育", 100, "9", 150, "8")),
                new Paragraph("- 1 -", at(1, 0, 10)),
                table(cells(2, 200, 0, "合计", 100, "9", 150, "8")));
        List<Table> tables = Tables.stitched(l);
        assertEquals(1, tables.size());
        assertEquals(List.of(List.of("编码", "名称", "预算", "执行"), List.of("201", "教育", "9", "8"),
                List.of("合计", "", "9", "8")), Tables.grid(tables.get(0)));
        assertEquals(2, tables.get(0).rows().get(2).cells().get(0).colSpan());
        // the assembler's view: the same pieces, the later one on the table's grid
        Table second = Tables.pieces(Tables.aligned(l)).get(1);
        assertEquals(2, second.rows().get(0).cells().get(0).colSpan());
    }

    @Test
    void aContinuationWithASplitColumnSpreadsTheTableOverBoth() {
        Layout l = layout(
                table(cells(1, 200, 0, "项目", 100, "金额")),
                table(cells(2, 200, 0, "甲", 50, "子项", 100, "1")));
        List<Table> tables = Tables.stitched(l);
        assertEquals(1, tables.size());
        assertEquals(List.of(List.of("项目", "", "金额"), List.of("甲", "子项", "1")), Tables.grid(tables.get(0)));
    }

    @Test
    void aContinuationEndingAtAnotherRightEdgeIsAnotherTable() {
        Layout l = layout(
                table(cells(1, 200, 0, "项目", 100, "金额")),
                table(cells(2, 260, 0, "甲", 100, "1", 200, "注")));
        assertEquals(2, Tables.stitched(l).size());
    }

    @Test
    void aMergedCellCutByThePageBreakIsRejoined() {
        // 单位 merged down over items 1 to 3: items 1 and 2 on page 1, item 3 on page 2 with the rest of its text
        Layout l = layout(
                table(cells(1, 150, 0, "序号", 50, "单位", 100, "进展"),
                        cells(1, 150, 0, "1", 50, "市发展改革委、", 100, "甲"),
                        cells(1, 150, 0, "2", 50, "^", 100, "乙")),
                table(cells(2, 150, 0, "序号", 50, "单位", 100, "进展"),
                        cells(2, 150, 0, "3", 50, "市财政局", 100, "丙"),
                        cells(2, 150, 0, "4", 50, "市教育局", 100, "丁")));
        List<Table> tables = Tables.stitched(l);
        assertEquals(1, tables.size());
        assertEquals(List.of(List.of("序号", "单位", "进展"), List.of("1", "市发展改革委、市财政局", "甲"),
                List.of("2", "", "乙"), List.of("3", "", "丙"), List.of("4", "市教育局", "丁")),
                Tables.grid(tables.get(0)));
        assertTrue(tables.get(0).rows().get(3).cells().get(1).mergedAbove());
    }

    @Test
    void aCellThatStartsAfreshAtTheHeadOfAPageStaysItsOwn() {
        // no merge on either side of the break: the cell at the head of page 2 is a cell of its own
        Layout l = layout(
                table(cells(1, 150, 0, "序号", 50, "单位", 100, "进展"),
                        cells(1, 150, 0, "1", 50, "市发展改革委", 100, "甲")),
                table(cells(2, 150, 0, "2", 50, "市财政局", 100, "乙"),
                        cells(2, 150, 0, "3", 50, "市教育局", 100, "丙")));
        assertEquals(List.of(List.of("序号", "单位", "进展"), List.of("1", "市发展改革委", "甲"),
                List.of("2", "市财政局", "乙"), List.of("3", "市教育局", "丙")), Tables.grid(Tables.stitched(l).get(0)));
    }

    @Test
    void gridRepeatsNoTextForSpansAndMerges() {
        Provenance p = at(1, 0, 10);
        Table t = new Table(List.of(
                new Row(List.of(new Cell("一、重点工作", 3, false, p)), p),
                new Row(List.of(Cell.of("1", p), new Cell("", 1, true, p), Cell.of("x", p)), p)), p);
        assertEquals(List.of(List.of("一、重点工作", "", ""), List.of("1", "", "x")), Tables.grid(t));
    }

    @Test
    void stitchesTheSeedPdfIntoOneTablePerSection() throws Exception {
        Layout l = new PdfReader().read(Files.readAllBytes(Fixtures.file("pdf/seed-drawn-wqy.pdf")), "seed");
        List<Table> tables = Tables.stitched(l);
        assertEquals(3, tables.size());
        List<List<String>> first = Tables.grid(tables.get(0));
        assertEquals("序号", first.get(0).get(0));
        assertEquals(1, first.stream().filter(r -> r.get(0).equals("序号")).count(), "header kept once");
        assertEquals(List.of(1, 2, 3, 4), Tables.pages(tables.get(0)).subList(0, 4));
    }

    @Test
    void stitchesAnUnruledTableWhoseHeaderIsNotRepeated() throws Exception {
        Layout l = new PdfReader().read(
                Files.readAllBytes(Fixtures.file("pdf/seed-drawn-unruled-norepeat-wqy.pdf")), "seed");
        List<Table> tables = Tables.stitched(l);
        assertEquals(3, tables.size());
        assertEquals(List.of(1, 2, 3, 4), Tables.pages(tables.get(0)));
    }

    // ---- a row the page break cut

    @Test
    void aRowCutByThePageBreakIsOneRowWhenTheFirstColumnIsAKey() {
        Layout l = layout(table(row(1, "序号", "内容", "进展"), row(1, "1", "甲", "完成"), row(1, "2", "支持计", "推进")),
                table(row(2, "序号", "内容", "进展"), row(2, "", "划", "中"), row(2, "3", "丙", "完成")));
        Table t = Tables.stitched(l).get(0);
        assertEquals(List.of(List.of("序号", "内容", "进展"), List.of("1", "甲", "完成"), List.of("2", "支持计划", "推进中"),
                List.of("3", "丙", "完成")), Tables.grid(t));
        Cell joined = t.rows().get(2).cells().get(1);
        assertEquals(1, joined.where().page(), "the joined cell keeps where it starts");
        assertEquals(List.of(1, 2), Tables.pages(t));
        // readers of records get the pieces as they were, and join by 序号 themselves
        assertEquals(l, Tables.aligned(l));
    }

    @Test
    void aRowIsNotJoinedWhenTheFirstColumnIsOftenEmpty() {
        Layout l = layout(table(row(1, "地区", "数"), row(1, "甲", "1"), row(1, "", "2"), row(1, "乙", "3")),
                table(row(2, "", "4")));
        assertEquals(5, Tables.stitched(l).get(0).rows().size());
    }

    @Test
    void aTotalRowIsNotJoined() {
        Layout after = layout(table(row(1, "序号", "项目", "金额"), row(1, "1", "甲", "5"), row(1, "2", "乙", "6")),
                table(row(2, "", "合计", "11")));
        assertEquals(List.of("", "合计", "11"), Tables.grid(Tables.stitched(after).get(0)).get(3));
        Layout before = layout(table(row(1, "序号", "项目", "金额"), row(1, "1", "甲", "5"), row(1, "合计", "", "5")),
                table(row(2, "", "注", "")));
        assertEquals(4, Tables.stitched(before).get(0).rows().size());
    }

    @Test
    void aRowWhoseKeyIsMergedFromAboveIsNotJoined() {
        Provenance p2 = at(2, 0, 50);
        Table top = table(row(1, "序号", "内容"), row(1, "1", "甲"), row(1, "2", "乙"));
        Table rest = new Table(List.of(new Row(List.of(new Cell("", 1, true, p2), Cell.of("丙", at(2, 50, 50))), p2)), p2);
        Table t = Tables.stitched(layout(top, rest)).get(0);
        assertEquals(4, t.rows().size());
        assertEquals(List.of("", "丙"), Tables.grid(t).get(3));
    }

    @Test
    void theSeedPdfsRowCutByThePageBreakIsOneRow() throws Exception {
        // read off the PDF: item 4's 工作内容 runs from the foot of page 1 (抓好重点人群、境内（外）中高风险地区)
        // to the head of page 2 (返堰师生摸排，做到应检尽检。), under the repeated header
        Layout l = new PdfReader().read(Files.readAllBytes(Fixtures.file("pdf/seed-portrait-uming.pdf")), "seed");
        List<List<String>> rows = new ArrayList<>();
        for (Table t : Tables.stitched(l)) rows.addAll(Tables.grid(t));
        List<String> four = rows.stream().filter(r -> r.get(0).equals("4")).findFirst().orElseThrow();
        assertEquals("抓好重点人群、境内（外）中高风险地区返堰师生摸排，做到应检尽检。", four.get(2));
        assertEquals("体卫艺科", four.get(3));
        assertTrue(four.get(4).contains("排查管控工作要求"), four.get(4));
        assertTrue(rows.stream().noneMatch(r -> r.get(0).isEmpty() && r.get(2).startsWith("返堰师生")));
    }
}
