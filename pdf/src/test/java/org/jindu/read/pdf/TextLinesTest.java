package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines and cell text from glyphs laid out by hand: 10 pt glyphs, a cell from x=0 to x=100. */
class TextLinesTest {
    static final float EM = 10;

    /** Glyphs of a text set from x on one baseline, each 10 pt wide, with extra space between them. */
    static List<Glyph> set(String text, float x, float baseline, float spacing) {
        List<Glyph> out = new ArrayList<>();
        for (int cp : text.codePoints().toArray()) {
            String s = new String(Character.toChars(cp));
            float width = cp < 0x80 ? EM / 2 : EM;
            out.add(new Glyph(s, x, baseline, width, EM));
            x += width + spacing;
        }
        return out;
    }

    static String cell(List<List<Glyph>> lines) {
        List<Glyph> all = new ArrayList<>();
        lines.forEach(all::addAll);
        return TextLines.cellText(TextLines.lines(all), 0, 100);
    }

    @Test
    void gapsWiderThanAFifthOfAnEmAreSpaces() {
        List<Glyph> gs = new ArrayList<>(set("QQ", 0, 10, 0));
        gs.addAll(set("群", 12.5f, 10, 0)); // a 2.5 pt space after QQ
        assertEquals("QQ 群", TextLines.lines(gs).get(0).text());
        assertEquals("QQ群", TextLines.lines(set("QQ群", 0, 10, 0.5f)).get(0).text());
    }

    @Test
    void sortsGlyphsIntoLinesByBaselineThenX() {
        List<Glyph> gs = new ArrayList<>(set("第二行", 0, 24, 0));
        gs.addAll(set("第一行", 0, 10, 0));
        assertEquals(List.of("第一行", "第二行"), TextLines.lines(gs).stream().map(TextLines.Line::text).toList());
    }

    @Test
    void joinsWrappedLinesWithoutASpaceNextToChinese() {
        assertEquals("支持企业、院校、机构等共建开放研发检测平台",
                cell(List.of(set("支持企业、院校、机构等", 0, 10, 0), set("共建开放研发检测平台", 0, 24, 0))));
        assertEquals("open data", cell(List.of(set("open", 0, 10, 0), set("data", 0, 24, 0))));
        assertEquals("2021-2025", cell(List.of(set("2021-", 0, 10, 0), set("2025", 0, 24, 0))));
    }

    @Test
    void aShortLineEndingASentenceEndsAParagraph() {
        assertEquals("做好服务工作。\n开展全市技能大赛",
                cell(List.of(set("做好服务工作。", 0, 10, 0), set("开展全市技能大赛", 0, 24, 0))));
    }

    @Test
    void aShortLineWithoutASentenceEndIsASoftBreak() {
        // 工作部门及 | 负责人: a line break inside a heading, not a paragraph
        assertEquals("工作部门及负责人", cell(List.of(set("工作部门及", 0, 10, 0), set("负责人", 0, 24, 0))));
    }

    @Test
    void aFullLineEndingASentenceIsNoParagraphBreak() {
        assertEquals("一二三四五六七八九。十一", cell(List.of(set("一二三四五六七八九。", 0, 10, 0), set("十一", 0, 24, 0))));
    }

    @Test
    void aFirstLineIndentStartsAParagraph() {
        String text = cell(List.of(
                set("一二三四五六七八九十", 0, 10, 0),
                set("甲乙丙丁戊己庚辛", 20, 24, 0), // indented two characters, runs to the edge
                set("子丑寅", 0, 38, 0)));
        assertEquals("一二三四五六七八九十\n甲乙丙丁戊己庚辛子丑寅", text);
    }

    @Test
    void aHangingIndentIsNoParagraph() {
        String text = cell(List.of(
                set("1.一二三四五六七八九", 0, 10, 0),
                set("甲乙丙丁戊己庚辛", 20, 24, 0),
                set("子丑寅卯辰巳午未", 20, 38, 0)));
        assertEquals("1.一二三四五六七八九甲乙丙丁戊己庚辛子丑寅卯辰巳午未", text);
    }

    @Test
    void centredLinesAreNoParagraphs() {
        String text = cell(List.of(set("工作部门及", 25, 10, 0), set("负责人（需填写", 15, 24, 0), set("联系方式）", 25, 38, 0)));
        assertEquals("工作部门及负责人（需填写联系方式）", text);
    }

    @Test
    void linesOutsideTablesFormParagraphsBySizeAndDistance() {
        List<Glyph> gs = new ArrayList<>(set("附件", 0, 10, 0));
        List<Glyph> title = new ArrayList<>();
        for (Glyph g : set("市教育局工作目标", 0, 40, 0)) title.add(new Glyph(g.text(), g.x() * 2, g.baseline(), 20, 20));
        for (Glyph g : set("进展情况", 0, 64, 0)) title.add(new Glyph(g.text(), g.x() * 2, g.baseline(), 20, 20));
        gs.addAll(title);
        List<List<TextLines.Line>> paragraphs = TextLines.paragraphs(TextLines.lines(gs));
        assertEquals(List.of("附件", "市教育局工作目标进展情况"),
                paragraphs.stream().map(TextLines::joinLines).toList());
    }

    @Test
    void aLineBreakInsideACjkRunNeverBecomesASpace() {
        assertEquals("", TextLines.joiner("（某政办发〔20", "21〕1号）"));
        assertEquals("", TextLines.joiner("新增学位30", "00个"));
        assertEquals("", TextLines.joiner("工作", "进展"));
        // Latin text keeps its word space
        assertEquals(" ", TextLines.joiner("the year 2020", "2021 report"));
        assertEquals(" ", TextLines.joiner("QQ", "group"));
    }
}
