package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.jindu.Fixtures;
import org.jindu.layout.Block;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages read as printed (issue 17): a page shown with {@code /Rotate} whose content is drawn turned, a
 * landscape table printed turned on a portrait page, a frame drawn around the text block, and lines
 * nobody sees (white, fully transparent, clipped away). Fixtures under {@code testdata/pdf/layout/};
 * the expected cells are read off the drawn pages.
 */
class PagesAsPrintedTest {

    static Layout layout(String name) throws Exception {
        return new PdfReader().read(Files.readAllBytes(Fixtures.file("pdf/layout/" + name)), name);
    }

    static List<String> paragraphs(Layout layout) {
        return layout.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    }

    static final List<List<String>> BUDGET = List.of(
            List.of("项目编号", "项目名称", "年初预算", "调整预算", "执行数"),
            List.of("XM-01", "城区污水管网改造工程", "3,200.00", "3,450.00", "2,980.50"),
            List.of("XM-02", "中小学校舍维修加固", "1,150.00", "1,150.00", "1,020.00"),
            List.of("XM-03", "农村公路提档升级", "2,480.00", "2,300.00", "1,876.30"),
            List.of("XM-04", "社区养老服务中心建设", "860.00", "920.00", "655.00"));

    static final List<List<String>> PROGRESS = List.of(
            List.of("序号", "工作内容", "责任单位", "进展情况"),
            List.of("1", "新建公办幼儿园三所", "区教育局", "已开工三所完成主体两所"),
            List.of("2", "改造老旧小区十个", "区住房城乡建设局", "完成改造八个两个在建"),
            List.of("3", "新增公交线路两条", "区交通运输局", "已开通一条一条试运行"));

    @ParameterizedTest
    @ValueSource(strings = {"rotated-page.pdf", "turned-table.pdf"})
    void aTableDrawnTurnedIsReadUpright(String name) throws Exception {
        Layout l = layout(name);
        List<Table> tables = Tables.stitched(l);
        assertEquals(1, tables.size());
        assertEquals(BUDGET, Tables.grid(tables.get(0)));
        assertEquals(List.of("某区2023年重点项目资金安排表", "单位：万元", "- 1 -"), paragraphs(l));
        assertEquals(List.of(), l.warnings());
    }

    @Test
    void extractReadsATurnedPageUprightToo() throws Exception {
        org.jindu.model.Report report = org.jindu.Jindu.parse(Fixtures.file("pdf/layout/rotated-page.pdf"));
        assertEquals("某区2023年重点项目资金安排表", report.title());
        assertEquals(2023, report.year());
    }

    @ParameterizedTest(name = "/Rotate {0}")
    @ValueSource(ints = {0, 90, 180, 270})
    void aPageShownRotatedWithItsContentTurnedBackReadsUpright(int degrees) throws Exception {
        // a 500 x 300 landscape frame; the page is 300 x 500 for a quarter turn, and its content is drawn
        // turned the other way, so that a viewer turning the page by /Rotate shows it upright
        float w = 500;
        float h = 300;
        boolean quarter = degrees % 180 != 0;
        org.apache.pdfbox.util.Matrix turn = switch (degrees) {
            case 90 -> new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, h, 0);
            case 180 -> new org.apache.pdfbox.util.Matrix(-1, 0, 0, -1, w, h);
            case 270 -> new org.apache.pdfbox.util.Matrix(0, -1, 1, 0, 0, w);
            default -> new org.apache.pdfbox.util.Matrix();
        };
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
                    new org.apache.pdfbox.pdmodel.common.PDRectangle(quarter ? h : w, quarter ? w : h));
            page.setRotation(degrees);
            doc.addPage(page);
            try (var out = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                out.transform(turn);
                // y from the top of the frame
                for (float y : new float[] {100, 130, 160}) {
                    out.moveTo(50, h - y);
                    out.lineTo(350, h - y);
                }
                for (float x : new float[] {50, 150, 250, 350}) {
                    out.moveTo(x, h - 100);
                    out.lineTo(x, h - 160);
                }
                out.stroke();
                write(out, "Budget", 50, h - 60);
                for (int r = 0; r < 2; r++)
                    for (int c = 0; c < 3; c++) write(out, "abc".charAt(c) + String.valueOf(r + 1), 55 + 100 * c, h - (120 + 30 * r));
            }
            doc.save(bytes);
        }
        Layout l = new PdfReader().read(bytes.toByteArray(), "turned.pdf");
        assertEquals(List.of("Budget"), paragraphs(l));
        List<Table> tables = Tables.pieces(l);
        assertEquals(1, tables.size());
        assertEquals(List.of(List.of("a1", "b1", "c1"), List.of("a2", "b2", "c2")), Tables.grid(tables.get(0)));
    }

    private static void write(org.apache.pdfbox.pdmodel.PDPageContentStream out, String text, float x, float y)
            throws java.io.IOException {
        out.beginText();
        out.setFont(org.apache.pdfbox.pdmodel.font.PDType1Font.HELVETICA, 12);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    @Test
    void aTurnedPageIsMeasuredUpright() throws Exception {
        // boxes are given on the page as read: landscape, the title above the table
        Layout l = layout("rotated-page.pdf");
        Paragraph title = (Paragraph) l.blocks().get(0);
        Table table = Tables.pieces(l).get(0);
        assertTrue(title.where().box().y() < table.where().box().y(), title.where() + " " + table.where());
        assertTrue(table.where().box().width() > 650, table.where().toString());
        assertTrue(title.centred());
    }

    @ParameterizedTest
    @ValueSource(strings = {"page-frame.pdf", "invisible-rules.pdf"})
    void framesAndInvisibleLinesAreNoRulings(String name) throws Exception {
        Layout l = layout(name);
        List<Table> tables = Tables.pieces(l);
        assertEquals(1, tables.size(), "one table, not a cell around the page");
        assertEquals(PROGRESS, Tables.grid(tables.get(0)));
        List<String> text = paragraphs(l);
        assertTrue(text.contains("某区2023年民生实事进展情况"), text.toString());
        assertTrue(text.contains("以上事项将于年底前全部完成。"), text.toString());
        assertEquals(List.of(), l.warnings());
    }

    @Test
    void glyphsOfARegionThatNoCellHoldsAreHandedBack() {
        // tabula's region can be larger than the cells in it: what falls outside them is read as text
        technology.tabula.Rectangle area = new technology.tabula.Rectangle(100, 100, 200, 100);
        List<technology.tabula.Rectangle> cells = new java.util.ArrayList<>(List.of(
                new technology.tabula.Rectangle(100, 100, 100, 50), new technology.tabula.Rectangle(100, 200, 100, 50)));
        PageAnalyzer.TableRegion region = new PageAnalyzer.TableRegion(area, cells);
        Glyph inCell = new Glyph("甲", 120, 130, 12, 12);
        Glyph outside = new Glyph("乙", 150, 190, 12, 12);
        region.glyphs.addAll(List.of(inCell, outside));
        Table table = region.build(1, Hanging.of(region.glyphs));
        assertEquals(List.of(List.of("甲", "")), Tables.grid(table));
        assertEquals(List.of(outside), region.unplaced);
    }

    @Test
    void anLShapedGridLosesNoText() throws Exception {
        // two rows of two cells, and one more cell right of the top row: tabula's region is their bounding box
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var out = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                // an L of rules: two rows, two columns; tabula's region is wider than the cells it found
                out.addRect(100, 600, 200, 100);
                out.moveTo(200, 600);
                out.lineTo(200, 700);
                out.moveTo(100, 650);
                out.lineTo(300, 650);
                out.moveTo(300, 650);
                out.lineTo(400, 650);
                out.moveTo(400, 650);
                out.lineTo(400, 700);
                out.moveTo(300, 700);
                out.lineTo(400, 700);
                out.stroke();
                var font = org.apache.pdfbox.pdmodel.font.PDType1Font.HELVETICA;
                for (String[] t : new String[][] {{"a1", "110", "670"}, {"b1", "210", "670"}, {"a2", "110", "620"},
                        {"b2", "210", "620"}, {"c1", "310", "670"}}) {
                    out.beginText();
                    out.setFont(font, 12);
                    out.newLineAtOffset(Float.parseFloat(t[1]), Float.parseFloat(t[2]));
                    out.showText(t[0]);
                    out.endText();
                }
            }
            doc.save(bytes);
        }
        Layout l = new PdfReader().read(bytes.toByteArray(), "l.pdf");
        assertEquals(List.of(), l.warnings().stream().filter(w -> w.code().equals(Warning.TEXT_LOST)).toList());
        StringBuilder all = new StringBuilder();
        for (Block b : l.blocks()) {
            if (b instanceof Paragraph p) all.append(p.text()).append(' ');
            if (b instanceof Table t) Tables.grid(t).forEach(r -> all.append(String.join(" ", r)).append(' '));
        }
        for (String s : List.of("a1", "b1", "a2", "b2", "c1")) assertTrue(all.toString().contains(s), all.toString());
    }
}
