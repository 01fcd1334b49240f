package org.jindu.read.ofd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.Fixtures;
import org.jindu.read.Limits;
import org.jindu.read.ReadContext;
import org.jindu.read.zip.ZipDirectory;
import org.jindu.Jindu;
import org.jindu.layout.Block;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Table;
import org.jindu.model.Warning;
import org.jindu.read.detect.FormatDetector;
import org.junit.jupiter.api.Test;

/**
 * The OFD reader on small packages written here, one feature of GB/T 33190 each, and on the hostile
 * packages under testdata/ofd/.
 */
class OfdReaderTest {
    static final String NS = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /** A package of one document whose pages have these contents; templates by ID. */
    static byte[] ofd(List<String> pages, Map<String, String> templates) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", HEAD + "<ofd:OFD " + NS + " Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody>"
                + "<ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        StringBuilder doc = new StringBuilder(HEAD + "<ofd:Document " + NS + "><ofd:CommonData>"
                + "<ofd:PageArea><ofd:PhysicalBox>0 0 100 100</ofd:PhysicalBox></ofd:PageArea>"
                + "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>");
        for (String id : templates.keySet())
            doc.append("<ofd:TemplatePage ID=\"").append(id).append("\" BaseLoc=\"Tpls/Tpl_").append(id).append("/Content.xml\"/>");
        doc.append("</ofd:CommonData><ofd:Pages>");
        for (int i = 0; i < pages.size(); i++)
            doc.append("<ofd:Page ID=\"").append(i + 1).append("\" BaseLoc=\"Pages/Page_").append(i).append("/Content.xml\"/>");
        doc.append("</ofd:Pages></ofd:Document>");
        parts.put("Doc_0/Document.xml", doc.toString());
        parts.put("Doc_0/PublicRes.xml", HEAD + "<ofd:Res " + NS + " BaseLoc=\"Res\"><ofd:Fonts>"
                + "<ofd:Font ID=\"1\" FontName=\"宋体\"/></ofd:Fonts></ofd:Res>");
        for (int i = 0; i < pages.size(); i++) parts.put("Doc_0/Pages/Page_" + i + "/Content.xml", pages.get(i));
        for (Map.Entry<String, String> t : templates.entrySet())
            parts.put("Doc_0/Tpls/Tpl_" + t.getKey() + "/Content.xml", t.getValue());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String page(String body) {
        return HEAD + "<ofd:Page " + NS + "><ofd:Content>" + body + "</ofd:Content></ofd:Page>";
    }

    static Layout read(byte[] ofd) throws Exception {
        return new OfdReader().read(ofd, "test.ofd");
    }

    static List<List<String>> cells(Table t) {
        return t.rows().stream().map(r -> r.cells().stream().map(c -> c.text()).toList()).toList();
    }

    /**
     * A 2 × 2 table: horizontal rules stroked (one path of three lines), vertical rules as thin filled
     * boxes in another layer; each cell's text placed another way.
     */
    static final String TABLE = ""
            + "<ofd:Layer ID=\"2\" Type=\"Background\">"
            + "<ofd:PathObject ID=\"3\" Boundary=\"10 10 80 20\" LineWidth=\"0.25\">"
            + "<ofd:AbbreviatedData>M 0 0 L 80 0 M 0 10 L 80 10 M 0 20 L 80 20</ofd:AbbreviatedData></ofd:PathObject>"
            + "<ofd:PathObject ID=\"4\" Boundary=\"9.85 10 0.3 20\" Stroke=\"false\" Fill=\"true\">"
            + "<ofd:AbbreviatedData>M 0 0 L 0.3 0 L 0.3 20 L 0 20 C</ofd:AbbreviatedData></ofd:PathObject>"
            + "<ofd:PathObject ID=\"5\" Boundary=\"49.85 10 0.3 20\" Stroke=\"false\" Fill=\"true\">"
            + "<ofd:AbbreviatedData>M 0 0 L 0.3 0 L 0.3 20 L 0 20 C</ofd:AbbreviatedData></ofd:PathObject>"
            + "<ofd:PathObject ID=\"6\" Boundary=\"89.85 10 0.3 20\" Stroke=\"false\" Fill=\"true\">"
            + "<ofd:AbbreviatedData>M 0 0 L 0.3 0 L 0.3 20 L 0 20 C</ofd:AbbreviatedData></ofd:PathObject>"
            + "</ofd:Layer>"
            + "<ofd:Layer ID=\"7\">"
            // plain: Boundary origin plus TextCode X/Y, one DeltaX for two characters
            + "<ofd:TextObject ID=\"8\" Boundary=\"12 12 20 5\" Font=\"1\" Size=\"4\">"
            + "<ofd:TextCode X=\"0\" Y=\"3.5\" DeltaX=\"4\">序号</ofd:TextCode></ofd:TextObject>"
            // in a page block, sized in points under a CTM that scales them to millimetres, g n v deltas
            + "<ofd:PageBlock ID=\"9\"><ofd:TextObject ID=\"10\" Boundary=\"52 12 30 5\" CTM=\"0.3528 0 0 0.3528 0 0\""
            + " Font=\"1\" Size=\"11.34\"><ofd:TextCode X=\"0\" Y=\"10\" DeltaX=\"g 3 11.34\">工作内容</ofd:TextCode>"
            + "</ofd:TextObject></ofd:PageBlock>"
            // one character, no deltas
            + "<ofd:TextObject ID=\"11\" Boundary=\"12 22 5 5\" Font=\"1\" Size=\"4\">"
            + "<ofd:TextCode X=\"0\" Y=\"3.5\">1</ofd:TextCode></ofd:TextObject>"
            // two TextCodes, the second taking Y from the first; an invisible object beside them
            + "<ofd:TextObject ID=\"12\" Boundary=\"52 22 30 5\" Font=\"1\" Size=\"4\">"
            + "<ofd:TextCode X=\"0\" Y=\"3.5\" DeltaX=\"4\">推进</ofd:TextCode>"
            + "<ofd:TextCode X=\"8\" DeltaX=\"4\">改革</ofd:TextCode></ofd:TextObject>"
            + "<ofd:TextObject ID=\"13\" Boundary=\"70 22 10 5\" Font=\"1\" Size=\"4\" Visible=\"false\">"
            + "<ofd:TextCode X=\"0\" Y=\"3.5\" DeltaX=\"4\">秘密</ofd:TextCode></ofd:TextObject>"
            + "</ofd:Layer>";

    /** A line of text objects at these x (mm) on the baseline y, of the given weight (null: none said). */
    private static String line(float y, String weight, float[] xs, String... texts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < texts.length; i++)
            b.append("<ofd:TextObject ID=\"").append(100 + (int) y * 10 + i).append("\" Boundary=\"0 0 100 100\" Font=\"1\" Size=\"3\"")
                    .append(weight == null ? "" : " Weight=\"" + weight + "\"").append("><ofd:TextCode X=\"").append(xs[i])
                    .append("\" Y=\"").append(y).append("\">").append(texts[i]).append("</ofd:TextCode></ofd:TextObject>");
        return b.toString();
    }

    @Test
    void aHeaderInTextObjectsOfWeight700IsOneHeaderRowOverABodyAtTheSamePitch() throws Exception {
        // no rules, every line 4 mm apart: only the weight tells the header's second line (名称 in the
        // first column) from a row of its own
        float[] xs = {5, 35, 65};
        String body = line(10, "700", xs, "区域", "常住", "地区")
                + line(14, "700", xs, "名称", "人口", "总值")
                + line(18, null, xs, "城关", "62万", "812亿")
                + line(22, null, xs, "东湖", "48万", "655亿")
                + line(26, "400", xs, "西山", "33万", "402亿");
        Layout layout = read(ofd(List.of(page("<ofd:Layer ID=\"2\">" + body + "</ofd:Layer>")), Map.of()));
        List<Table> tables = layout.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertEquals(1, tables.size());
        assertEquals(List.of(List.of("区域名称", "常住人口", "地区总值"), List.of("城关", "62万", "812亿"),
                List.of("东湖", "48万", "655亿"), List.of("西山", "33万", "402亿")), cells(tables.get(0)));
    }

    @Test
    void readsARuledTableFromStrokesAndThinFilledBoxes() throws Exception {
        Layout layout = read(ofd(List.of(page(TABLE)), Map.of()));
        assertEquals("ofd", layout.format());
        assertEquals(1, layout.pages());
        assertEquals(List.of(), layout.warnings());
        List<Table> tables = layout.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertEquals(1, tables.size());
        assertEquals(List.of(List.of("序号", "工作内容"), List.of("1", "推进改革")), cells(tables.get(0)));
        // boxes in points from the top left: the table's left rule is at 10 mm
        assertEquals(10 * 72 / 25.4, tables.get(0).where().box().x(), 0.6);
    }

    @Test
    void readsTheTemplatesAPageUses() throws Exception {
        String template = page("<ofd:Layer ID=\"20\"><ofd:TextObject ID=\"21\" Boundary=\"10 50 80 6\" Font=\"1\""
                + " Size=\"4\"><ofd:TextCode X=\"0\" Y=\"3.5\" DeltaX=\"4\">模板里的说明文字</ofd:TextCode></ofd:TextObject>"
                + "</ofd:Layer>");
        String withTemplate = HEAD + "<ofd:Page " + NS + "><ofd:Template TemplateID=\"50\" ZOrder=\"Background\"/>"
                + "<ofd:Content>" + TABLE + "</ofd:Content></ofd:Page>";
        Layout layout = read(ofd(List.of(withTemplate), Map.of("50", template)));
        List<Block> blocks = layout.blocks();
        assertEquals(2, blocks.size());
        assertInstanceOf(Table.class, blocks.get(0));
        // a DeltaX list shorter than the text repeats its last value: the characters stay apart and in order
        assertEquals("模板里的说明文字", ((Paragraph) blocks.get(1)).text());
    }

    @Test
    void expandsTheGShortFormOfDeltas() {
        assertArrayEquals(new float[] {1, 2.5f, 2.5f, 2.5f, 4}, ContentReader.deltas("1 g 3 2.5 4", 100));
        assertArrayEquals(new float[] {3, 3}, ContentReader.deltas(" g 2 3 ", 100));
        assertNull(ContentReader.deltas(null, 100));
        // never more values than the text could use, whatever the count says
        assertEquals(5, ContentReader.deltas("g 2000000000 1 g 2000000000 1", 5).length);
    }

    @Test
    void aPathWithCurvesGivesNoRulings() {
        ContentReader.Path p = ContentReader.Path.parse("M 0 0 L 10 0 B 10 5 5 10 0 10 C");
        assertTrue(p.curved);
        ContentReader.Path straight = ContentReader.Path.parse("S 0 0 L 10 0 L 10 5 C");
        assertFalse(straight.curved);
        assertEquals(3, straight.segments.size()); // two lines and the closing one
    }

    @Test
    void aPackageOfImagesOnlyWarnsThatItHasNoText() throws Exception {
        Layout layout = read(ofd(List.of(page("<ofd:Layer ID=\"2\"><ofd:ImageObject ID=\"3\" Boundary=\"0 0 100 100\""
                + " ResourceID=\"9\"/></ofd:Layer>")), Map.of()));
        assertEquals(List.of(Warning.NO_TEXT_LAYER), layout.warnings().stream().map(Warning::code).toList());
        assertTrue(layout.warnings().get(0).message().contains("scan"), layout.warnings().get(0).message());
    }

    @Test
    void isFoundByContentWhateverItsName() throws Exception {
        byte[] bytes = ofd(List.of(page(TABLE)), Map.of());
        assertInstanceOf(OfdReader.class, FormatDetector.readerFor(bytes, "report.pdf"));
        assertEquals("ofd", Jindu.parse(bytes, "report.zip").document().format());
    }

    @Test
    void xxeIsATypedErrorThatReadsNoFile() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.file("ofd/bad-xxe.ofd"));
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> Jindu.parse(bytes, "bad-xxe.ofd"));
        assertEquals("CORRUPT", e.code());
        assertTrue(e.getMessage().contains("OFD.xml") && e.getMessage().contains("XXE"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage()); // nothing of /etc/passwd
    }

    @Test
    void aZipBombIsATypedErrorWithinTheBudget() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.file("ofd/bad-zip-bomb.ofd"));
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class, () -> Jindu.parse(bytes, "bad-zip-bomb.ofd"));
        assertEquals("TOO_LARGE", e.code());
        assertTrue(e.getMessage().contains("Doc_0/Pages/Page_0/Content.xml") && e.getMessage().contains("ZIP bomb"),
                e.getMessage());
    }

    @Test
    void aCutShortPackageIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(Fixtures.file("ofd/seed.ofd"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> Jindu.parse(half, "half.ofd"));
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void aPartThatIsNotXmlIsCorruptAndNamed() throws Exception {
        byte[] bytes = ofd(List.of("<ofd:Page " + NS + "><ofd:Content>"), Map.of());
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> read(bytes));
        assertTrue(e.getMessage().contains("Doc_0/Pages/Page_0/Content.xml"), e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreCorruptAndNamed() throws Exception {
        byte[] bytes = ofd(List.of(page(TABLE)), Map.of());
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (String name : ZipDirectory.open(bytes, "t", Limits.DEFAULT).names()) parts.put(name, unzip(bytes, name));
        byte[] content = parts.get("Doc_0/Pages/Page_0/Content.xml").clone();
        content[content.length / 2] = (byte) 0xFF;
        parts.put("Doc_0/Pages/Page_0/Content.xml", content);
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> read(zip(parts)));
        assertTrue(e.getMessage().contains("Doc_0/Pages/Page_0/Content.xml") && e.getMessage().contains("UTF-8"),
                e.getMessage());
    }

    @Test
    void aMissingPageIsReportedAndTheOthersRead() throws Exception {
        byte[] bytes = ofd(List.of(page(TABLE)), Map.of());
        // the same package with a second page listed but not packed
        String doc = new String(unzip(bytes, "Doc_0/Document.xml"), StandardCharsets.UTF_8)
                .replace("</ofd:Pages>", "<ofd:Page ID=\"9\" BaseLoc=\"Pages/Page_9/Content.xml\"/></ofd:Pages>");
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (String name : ZipDirectory.open(bytes, "t", Limits.DEFAULT).names()) parts.put(name, unzip(bytes, name));
        parts.put("Doc_0/Document.xml", doc.getBytes(StandardCharsets.UTF_8));
        Layout layout = read(zip(parts));
        assertEquals(2, layout.pages());
        assertEquals(1, layout.blocks().size());
        assertEquals(List.of(Warning.TEXT_LOST), layout.warnings().stream().map(Warning::code).toList());
        assertEquals(2, layout.warnings().get(0).page());
    }

    @Test
    void keepsToThePageAndRulingLimits() throws Exception {
        byte[] bytes = ofd(List.of(page(TABLE), page(TABLE)), Map.of());
        Layout layout = new OfdReader().read(bytes, "t.ofd",
                ReadContext.start("t.ofd", Limits.DEFAULT.withMaxPages(1).withMaxRulingsPerPage(4), false));
        assertEquals(List.of(Warning.TEXT_LOST, Warning.TEXT_LOST), layout.warnings().stream().map(Warning::code).toList());
        assertTrue(layout.warnings().get(0).message().contains("only the first 1"), layout.warnings().get(0).message());
        assertTrue(layout.warnings().get(1).message().contains("without ruled tables"), layout.warnings().get(1).message());
        assertTrue(layout.blocks().stream().noneMatch(b -> b instanceof Table));
        // the text is still there
        assertTrue(layout.blocks().stream().anyMatch(b -> b instanceof Paragraph p && p.text().contains("工作内容")));
    }

    static byte[] unzip(byte[] ofd, String name) throws Exception {
        return ZipDirectory.open(ofd, "t", Limits.DEFAULT).read(name);
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
