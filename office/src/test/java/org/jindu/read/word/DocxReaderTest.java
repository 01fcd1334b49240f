package org.jindu.read.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EmptyDocumentException;
import org.jindu.assembly.ReportAssembler;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Table;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Report;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;

/** The DOCX reader on small documents whose XML is written out here, one Word feature each. */
class DocxReaderTest {

    @Test
    void readsParagraphsAndTablesInDocumentOrder() throws Exception {
        Layout layout = read(p("附件") + p("标题") + tbl(tr(tc(p("a")) + tc(p("b")))) + p("之间")
                + tbl(tr(tc(p("c")))) + p("之后"));
        assertEquals(List.of("附件", "标题", "TABLE 0", "之间", "TABLE 1", "之后"), blocks(layout));
        assertEquals("docx", layout.format());
    }

    @Test
    void keepsGridSpanAndVerticalMergeAndTableAndRowIndexes() throws Exception {
        String pr = "<w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>";
        Layout layout = read(p("x") + tbl(
                tr("<w:tc>" + pr + p("一、重点工作") + "</w:tc>")
                        + tr(tc(p("1")) + "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + p("科室") + "</w:tc>" + tc(p("甲")))
                        + tr(tc(p("2")) + "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" + tc(p("乙")))));
        Table table = (Table) layout.blocks().get(1);
        Cell heading = table.rows().get(0).cells().get(0);
        assertEquals(3, heading.colSpan());
        Cell start = table.rows().get(1).cells().get(1);
        Cell continued = table.rows().get(2).cells().get(1);
        assertEquals("科室", start.text());
        assertFalse(start.mergedAbove());
        assertTrue(continued.mergedAbove());
        assertEquals("", continued.text());
        assertEquals(0, continued.where().table());
        assertEquals(2, continued.where().row());
        assertEquals(2, table.rows().get(2).where().row());
    }

    @Test
    void gridBeforeBecomesAnEmptyCellSoColumnsStayAligned() throws Exception {
        Layout layout = read(tbl("<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>" + tc(p("c")) + "</w:tr>"));
        List<Cell> cells = ((Table) layout.blocks().get(0)).rows().get(0).cells();
        assertEquals(2, cells.get(0).colSpan());
        assertEquals("", cells.get(0).text());
        assertEquals("c", cells.get(1).text());
    }

    @Test
    void joinsCellParagraphsWithNewlineAndSoftBreaksLikeWrappedText() throws Exception {
        Layout layout = read(tbl(tr(tc(p("第一段") + "<w:p/>" + p("第二段")) + tc(
                "<w:p><w:r><w:t>工作部门及</w:t><w:br/><w:t>负责人</w:t></w:r></w:p>"
                        + "<w:p><w:r><w:t>QQ</w:t><w:br/><w:t>group</w:t></w:r></w:p>"))));
        List<Cell> cells = ((Table) layout.blocks().get(0)).rows().get(0).cells();
        assertEquals("第一段\n第二段", cells.get(0).text());
        assertEquals("工作部门及负责人\nQQ group", cells.get(1).text());
    }

    @Test
    void keepsNestedTableTextInItsCell() throws Exception {
        Layout layout = read(tbl(tr(tc(p("外") + tbl(tr(tc(p("内一")) + tc(p("内二"))))) + tc(p("右")))));
        assertEquals(1, layout.blocks().size());
        Table table = (Table) layout.blocks().get(0);
        assertEquals("外\n内一\n内二", table.rows().get(0).cells().get(0).text());
        assertEquals("右", table.rows().get(0).cells().get(1).text());
    }

    @Test
    void keepsHyperlinkFieldResultAndContentControlText() throws Exception {
        String body = "<w:p>"
                + "<w:hyperlink w:anchor=\"x\"><w:r><w:t>链接</w:t></w:r></w:hyperlink>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> DOCPROPERTY 单位 </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>教育局</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>3</w:t></w:r></w:fldSimple>"
                + "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>"
                + "</w:p>"
                + "<w:sdt><w:sdtPr/><w:sdtContent>" + p("块级控件") + "</w:sdtContent></w:sdt>";
        assertEquals(List.of("链接教育局3控件", "块级控件"), blocks(read(body)));
    }

    @Test
    void dropsDeletedTrackedChangesAndHiddenTextButKeepsInsertions() throws Exception {
        String body = "<w:p><w:r><w:t>保留</w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>插入</w:t></w:r></w:ins>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
                + "<w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>移走</w:t></w:r></w:moveFrom>"
                + "</w:p>";
        assertEquals(List.of("保留插入"), blocks(read(body)));
    }

    @Test
    void readsRowsAndCellsWrappedInContentControlsAndSkipsDeletedRows() throws Exception {
        Layout layout = read(tbl(tr(tc(p("序号")) + tc(p("内容")))
                + "<w:tr><w:trPr><w:del w:id=\"9\" w:author=\"a\"/></w:trPr>" + tc(p("0")) + tc(p("删掉的行")) + "</w:tr>"
                + "<w:sdt><w:sdtPr/><w:sdtContent>" + tr(tc(p("1"))
                        + "<w:sdt><w:sdtPr/><w:sdtContent>" + tc(p("控件里的格")) + "</w:sdtContent></w:sdt>")
                + "</w:sdtContent></w:sdt>"));
        Table table = (Table) layout.blocks().get(0);
        assertEquals(2, table.rows().size());
        assertEquals(List.of("1", "控件里的格"), table.rows().get(1).cells().stream().map(Cell::text).toList());
        assertEquals(2, table.rows().get(1).where().row()); // the row's place in the file, deleted row counted
    }

    @Test
    void rendersWordNumberingAsVisibleText() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger chinese = list(numbering, 1, "chineseCounting", "%1、");
            BigInteger decimal = list(numbering, 2, "decimal", "（%1）");
            numbered(doc, chinese, "重点工作");
            numbered(doc, decimal, "第一项");
            numbered(doc, decimal, "第二项");
            numbered(doc, chinese, "重大工程");
            Layout layout = new DocxReader().read(bytes(doc), "numbered.docx");
            assertEquals(List.of("一、重点工作", "（1）\t第一项", "（2）\t第二项", "二、重大工程"), blocks(layout));
        }
    }

    @Test
    void numberedHeadingsStartSections() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger chinese = list(doc.createNumbering(), 1, "chineseCounting", "%1、");
            numbered(doc, chinese, "重点工作");
            Layout layout = new DocxReader().read(bytes(doc), "heading.docx");
            Report report = ReportAssembler.assemble(layout, new DocumentInfo("heading.docx", "docx", "0", null));
            assertEquals("一", report.sections().get(0).number());
            assertEquals("重点工作", report.sections().get(0).title());
        }
    }

    @Test
    void unreadableNumberingLosesTheNumberNotTheText() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            numbering.addNum(BigInteger.valueOf(7)); // a list pointing at an abstract definition that is not there
            XWPFParagraph p = doc.createParagraph();
            p.setNumID(BigInteger.ONE);
            p.createRun().setText("正文");
            assertEquals(List.of("正文"), blocks(new DocxReader().read(bytes(doc), "n.docx")));
        }
    }

    @Test
    void documentWithoutTextIsEmpty() {
        assertThrows(EmptyDocumentException.class, () -> read("<w:p/>" + tbl(tr(tc("<w:p/>")))));
    }

    @Test
    void brokenPackageIsCorruptWithoutPoiTypes() {
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class,
                () -> new DocxReader().read("PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1), "x.docx"));
        assertEquals("CORRUPT", e.code());
        assertTrue(e.getMessage().startsWith("x.docx: is not a readable DOCX package"), e.getMessage());
    }

    // ---- building documents

    private static Layout read(String body) throws Exception {
        return new DocxReader().read(docx(body), "test.docx");
    }

    private static List<String> blocks(Layout layout) {
        return layout.blocks().stream()
                .map(b -> b instanceof Paragraph p ? p.text() : "TABLE " + ((Table) b).where().table())
                .toList();
    }

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String tbl(String rows) {
        return "<w:tbl><w:tblPr/><w:tblGrid/>" + rows + "</w:tbl>";
    }

    static String tr(String cells) {
        return "<w:tr>" + cells + "</w:tr>";
    }

    static String tc(String content) {
        return "<w:tc>" + content + "</w:tc>";
    }

    /** The smallest package Word and POI accept: content types, the package relation, the document. */
    static byte[] docx(String body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<w:document xmlns:w=\"" + DocxReader.W + "\"><w:body>" + body + "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static BigInteger list(XWPFNumbering numbering, int id, String format, String text) throws Exception {
        // written as XML: poi-ooxml-lite has no class for w:suff
        String suffix = text.endsWith("、") ? "<w:suff w:val=\"nothing\"/>" : "";
        CTAbstractNum abs = CTAbstractNum.Factory.parse("<w:abstractNum xmlns:w=\"" + DocxReader.W
                + "\" w:abstractNumId=\"" + id + "\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\""
                + format + "\"/>" + suffix + "<w:lvlText w:val=\"" + text + "\"/></w:lvl></w:abstractNum>",
                new XmlOptions().setLoadReplaceDocumentElement(null));
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
    }

    private static void numbered(XWPFDocument doc, BigInteger numId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(text);
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
