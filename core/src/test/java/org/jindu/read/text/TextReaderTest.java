package org.jindu.read.text;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EmptyDocumentException;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Table;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;

class TextReaderTest {
    private final TextReader reader = new TextReader();

    @Test
    void splitsTabLinesIntoCellsAndOtherLinesIntoParagraphs() throws Exception {
        Layout layout = read("附件\n\n序号\t来源\n1\t第12项\n\n二、重大工程\n");
        assertEquals(3, layout.blocks().size());
        assertEquals("附件", ((Paragraph) layout.blocks().get(0)).text());
        Table table = assertInstanceOf(Table.class, layout.blocks().get(1));
        assertEquals(2, table.rows().size());
        assertEquals("第12项", table.rows().get(1).cells().get(1).text());
        assertEquals(4, table.rows().get(1).where().line());
    }

    @Test
    void keepsEmptyCellsAtBothEnds() throws Exception {
        Table table = (Table) read("\t\t无\t\t\n").blocks().get(0);
        assertEquals(5, table.rows().get(0).cells().size());
    }

    @Test
    void turnsParagraphTagsIntoBreaks() {
        assertEquals("第一段。\n第二段。", TextReader.cellText("<p>第一段。</p> <p>第二段。</p>"));
        assertEquals("划教师", TextReader.cellText("<p>划教师"));
    }

    @Test
    void countsPagesAtFormFeeds() throws Exception {
        Layout layout = read("序号\t来源\n1\t第1项\n\f序号\t来源\n\t续\n");
        assertEquals(2, layout.pages());
        Table second = (Table) layout.blocks().get(1);
        assertEquals(2, second.rows().get(0).where().page());
    }

    @Test
    void readsGbkText() throws Exception {
        byte[] gbk = "序号\t来源\n1\t第12项\n".getBytes(Charset.forName("GBK"));
        Table table = (Table) reader.read(gbk, "gbk.txt").blocks().get(0);
        assertEquals("第12项", table.rows().get(1).cells().get(1).text());
    }

    @Test
    void readsUtf8WithByteOrderMark() throws Exception {
        byte[] body = "附件\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("附件", ((Paragraph) reader.read(withBom, "bom.txt").blocks().get(0)).text());
    }

    @Test
    void rejectsBinaryBytes() {
        byte[] binary = {0x01, 0x02, 0x00, 0x7f, (byte) 0x80, 0x10, 0x11, 0x12};
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> reader.read(binary, "x.txt"));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void rejectsWhitespaceOnly() {
        assertThrows(EmptyDocumentException.class, () -> reader.read(" \n\t\n".getBytes(StandardCharsets.UTF_8), "e.txt"));
    }

    @Test
    void warnsWhenBytesAreNeitherUtf8NorGb18030() throws Exception {
        byte[] text = "市教育局工作进展情况\n序号\t来源\n".repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(text, text.length + 1);
        bad[text.length] = (byte) 0xFF;
        Layout layout = reader.read(bad, "bad.txt");
        assertEquals(Warning.ENCODING, layout.warnings().get(0).code());
    }

    private Layout read(String text) throws Exception {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), "t.txt");
    }
}
