package org.jindu.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
