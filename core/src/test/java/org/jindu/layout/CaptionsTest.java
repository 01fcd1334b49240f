package org.jindu.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The caption rules on small layouts built here; {@code TablesCommandTest} checks them on real
 * documents (a Word file, its PDF, published PDFs).
 */
class CaptionsTest {

    /** A paragraph on {@code page} whose box spans y = top .. top + 14. */
    static Paragraph line(String text, int page, float top, boolean centred) {
        return new Paragraph(text, new Provenance(page, null, null, null, new Provenance.Box(100, top, 300, 14)), 12f, centred);
    }

    static Table table(int page, float top) {
        Provenance where = new Provenance(page, null, null, null, new Provenance.Box(80, top, 400, 60));
        return new Table(List.of(new Row(List.of(Cell.of("项目", where), Cell.of("金额", where)), where)), where);
    }

    static Table only(Block... blocks) {
        Layout layout = Captions.attach(new Layout("pdf", 2, List.of(blocks), List.of()));
        List<Table> tables = new ArrayList<>();
        for (Block b : layout.blocks()) if (b instanceof Table t) tables.add(t);
        assertEquals(1, tables.size());
        return tables.get(0);
    }

    @Test
    void readsTheUnitOfAUnitLine() {
        assertEquals("万元", Captions.unit("单位：万元"));
        assertEquals("人", Captions.unit("单位:人"));
        assertEquals("亩", Captions.unit("（单位：亩）"));
        assertEquals("元", Captions.unit("金额单位：元"));
        assertEquals("万元、%", Captions.unit("单位：万元、%"));
        assertEquals("万元", Captions.unit("填报单位：某区财政局　　　单位：万元"));
        assertEquals("亿元", Captions.unit("表2 重点项目投资进度（单位：亿元）"));
        assertEquals("元", Captions.unit("单位：元  币种：人民币"));
    }

    @Test
    void aBureauNamedAsTheFormsFillerIsNoUnit() {
        assertNull(Captions.unit("填报单位：某区财政局"));
        assertNull(Captions.unit("责任单位：市发改委、市财政局"));
        assertNull(Captions.unit("请各单位：于3月底前报送"));
        assertNull(Captions.unit("万元"));
    }

    @Test
    void takesTheTitleAndTheUnitLineAboveATable() {
        Table t = only(line("表 1 2024 年各街道收入", 1, 100, true), line("单位：万元", 1, 118, false), table(1, 136));
        assertEquals("表1 2024年各街道收入", t.caption());
        assertEquals("万元", t.unit());
    }

    @Test
    void takesATitleAndItsUnitOnOneLine() {
        Table t = only(line("表2 重点项目投资进度（单位：亿元）", 1, 100, true), table(1, 120));
        assertEquals("表2 重点项目投资进度", t.caption());
        assertEquals("亿元", t.unit());
    }

    @Test
    void passesOverFormLinesAndDatesBetweenTitleAndTable() {
        Table t = only(line("1、合并资产负债表", 1, 40, false), line("编制单位：某某股份有限公司", 1, 60, false),
                line("2018年03月31日", 1, 80, true), line("单位：元", 1, 100, false), table(1, 120));
        assertEquals("1、合并资产负债表", t.caption());
        assertEquals("元", t.unit());
    }

    @Test
    void aCentredLineIsATitleOnlyWhereTheFormatSaysSo() {
        assertEquals("2024年重点项目进展情况", only(line("2024年重点项目进展情况", 1, 100, true), table(1, 120)).caption());
        assertNull(only(line("2024年重点项目进展情况", 1, 100, false), table(1, 120)).caption());
    }

    @Test
    void sentencesHeadingsAndPageNumbersAreNoCaptions() {
        assertNull(only(line("全年收入完成情况如下表：", 1, 100, false), table(1, 120)).caption());
        assertNull(only(line("2024年收入完成情况见表1。", 1, 100, true), table(1, 120)).caption());
        assertNull(only(line("一、重点工作", 1, 100, true), table(1, 120)).caption());
        assertNull(only(line("11.4 字型变换", 1, 100, true), table(1, 120)).caption());
        assertNull(only(line("- 3 -", 1, 100, true), table(1, 120)).caption());
    }

    @Test
    void aRunningHeadIsNoCaption() {
        Table t = only(line("某区统计局", 1, 20, true), new Paragraph("正文。", Provenance.UNKNOWN),
                line("某区统计局", 2, 20, true), table(2, 40));
        assertNull(t.caption());
    }

    @Test
    void looksNoFurtherThanTheTablesPageAndThreeLines() {
        assertNull(only(line("表1 收入", 1, 700, true), table(2, 60)).caption());
        assertNull(only(line("表1 收入", 1, 100, true), table(1, 300)).caption());
        assertEquals("表1 收入", only(line("表1 收入", 1, 100, true), table(1, 150)).caption());
    }

    @Test
    void formatsWithoutBoxesTakeTheParagraphsRightBefore() {
        Provenance none = Provenance.UNKNOWN;
        Table word = new Table(List.of(new Row(List.of(Cell.of("a", none)), none)), none);
        Layout layout = new Layout("docx", null, List.of(new Paragraph("附表1 新开工项目", none),
                new Paragraph("（单位：个）", none), word), List.of());
        Table t = (Table) Captions.attach(layout).blocks().get(2);
        assertEquals("附表1 新开工项目", t.caption());
        assertEquals("个", t.unit());
    }

    @Test
    void keepsWhatTheReaderSetAndLeavesALayoutWithoutCaptionsAsItWas() {
        Table set = table(1, 120).withCaption("表9 读者给的", null);
        assertEquals("表9 读者给的", only(line("表1 收入", 1, 100, true), set).caption());
        Layout plain = new Layout("pdf", 1, List.of(line("正文。", 1, 100, false), table(1, 120)), List.of());
        assertSame(plain, Captions.attach(plain));
    }

    @Test
    void aStitchedTableKeepsItsFirstPiecesCaption() {
        Layout layout = Captions.attach(new Layout("pdf", 2,
                List.of(line("表1 收入", 1, 100, true), table(1, 120), table(2, 40)), List.of()));
        List<Table> stitched = Tables.stitched(layout);
        assertEquals(1, stitched.size());
        assertEquals("表1 收入", stitched.get(0).caption());
    }

    @Test
    void aTableOfEmptyCellsHasNoText() {
        Provenance none = Provenance.UNKNOWN;
        assertEquals(false, new Table(List.of(new Row(List.of(Cell.of(" ", none), Cell.of("", none)), none)), none).hasText());
        assertEquals(true, table(1, 0).hasText());
    }
}
