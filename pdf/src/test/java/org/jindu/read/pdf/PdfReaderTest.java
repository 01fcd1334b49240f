package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EncryptedDocumentException;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.exception.JinduException;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Table;
import org.jindu.model.Report;
import org.jindu.model.Warning;
import org.jindu.read.detect.FormatDetector;
import org.junit.jupiter.api.Test;

/** Odd and bad PDFs, and what the reader puts in the layout. */
class PdfReaderTest {
    static final String DRAWN = "pdf/seed-drawn-wqy.pdf";

    static byte[] fixture(String name) throws Exception {
        return Files.readAllBytes(Fixtures.file(name));
    }

    static byte[] encrypted(String owner, String user) throws Exception {
        return encrypted(owner, user, 128);
    }

    static byte[] encrypted(String owner, String user, int keyLength) throws Exception {
        try (PDDocument doc = PDDocument.load(fixture(DRAWN))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, new AccessPermission());
            policy.setEncryptionKeyLength(keyLength);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void choosesThePdfReaderByContent() throws Exception {
        assertInstanceOf(PdfReader.class, FormatDetector.readerFor(fixture(DRAWN), "report.txt"));
    }

    @Test
    void opensAPdfEncryptedWithAnEmptyUserPassword() throws Exception {
        Report report = Jindu.parse(encrypted("owner-secret", ""), "encrypted.pdf");
        assertEquals(8, report.records().size());
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void opensAes256WithTheJdksCiphersAlone() throws Exception {
        // Bouncy Castle is kept out of the build; PDFBox's standard security handler needs only the JDK
        Report report = Jindu.parse(encrypted("owner-secret", "", 256), "aes256.pdf");
        assertEquals(8, report.records().size());
        assertThrows(EncryptedDocumentException.class,
                () -> Jindu.parse(encrypted("owner-secret", "user-secret", 256), "locked.pdf"));
    }

    @Test
    void aPdfThatNeedsAPasswordIsATypedError() throws Exception {
        byte[] bytes = encrypted("owner-secret", "user-secret");
        EncryptedDocumentException e = assertThrows(EncryptedDocumentException.class, () -> Jindu.parse(bytes, "locked.pdf"));
        assertEquals("ENCRYPTED", e.code());
        assertEquals("locked.pdf", e.document());
    }

    @Test
    void anImageOnlyPdfWarnsThatItHasNoTextLayer() throws Exception {
        byte[] scanned;
        try (PDDocument source = PDDocument.load(fixture(DRAWN)); PDDocument scan = new PDDocument()) {
            BufferedImage image = new PDFRenderer(source).renderImageWithDPI(0, 50, ImageType.GRAY);
            PDPage page = new PDPage(source.getPage(0).getMediaBox());
            scan.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(scan, image);
            try (PDPageContentStream out = new PDPageContentStream(scan, page)) {
                out.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            scan.save(bytes);
            scanned = bytes.toByteArray();
        }
        Report report = Jindu.parse(scanned, "scan.pdf");
        assertEquals(Warning.NO_TEXT_LAYER, report.warnings().get(0).code());
        assertTrue(report.warnings().get(0).message().contains("no text layer"), report.warnings().get(0).message());
        assertEquals(0, report.records().size());
    }

    @Test
    void glyphsWithoutUnicodeAreReportedAsLostNotAsAScan() throws Exception {
        // PDFBox silently skips glyphs of a CJK font with no ToUnicode; the reader counts and reports them
        byte[] bytes;
        try (PDDocument doc = PDDocument.load(fixture(DRAWN))) {
            for (PDPage page : doc.getPages())
                for (var name : page.getResources().getFontNames())
                    page.getResources().getFont(name).getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.TO_UNICODE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            bytes = out.toByteArray();
        }
        Report report = Jindu.parse(bytes, "no-tounicode.pdf");
        List<Warning> lost = report.warnings().stream().filter(w -> w.code().equals(Warning.TEXT_LOST)).toList();
        // one warning for all pages, grouped, and the first of all
        assertEquals(1, lost.size(), lost.toString());
        assertEquals(lost.get(0), report.warnings().get(0));
        assertEquals(1, lost.get(0).page());
        assertTrue(lost.get(0).message().startsWith(report.document().pages() + " times on pages 1–"
                + report.document().pages() + ", e.g. "), lost.get(0).message());
        assertTrue(lost.get(0).message().contains("no ToUnicode"), lost.get(0).message());
        assertTrue(report.warnings().stream().noneMatch(w -> w.code().equals(Warning.NO_TEXT_LAYER)));
    }

    @Test
    void repairsABrokenCrossReferenceTable() throws Exception {
        String pdf = new String(fixture(DRAWN), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("startxref\\s+(\\d+)").matcher(pdf);
        assertTrue(m.find());
        // point startxref into the middle of nowhere, and garble the xref table itself
        String broken = pdf.substring(0, m.start(1)) + "12345" + pdf.substring(m.end(1));
        broken = broken.replaceFirst("\nxref\n", "\nxrex\n");
        Report report = Jindu.parse(broken.getBytes(StandardCharsets.ISO_8859_1), "broken-xref.pdf");
        assertEquals(8, report.records().size());
    }

    @Test
    void bytesThatAreNoPdfAreCorrupt() {
        byte[] bytes = "%PDF-1.7\nnothing else here\n".getBytes(StandardCharsets.US_ASCII);
        JinduException e = assertThrows(JinduException.class, () -> Jindu.parse(bytes, "bad.pdf"));
        assertInstanceOf(CorruptDocumentException.class, e);
    }

    @Test
    void putsEachCellsPageAndBoxInItsProvenance() throws Exception {
        Layout layout = new PdfReader().read(fixture("pdf/seed-landscape-noto-zeropad.pdf"), "seed.pdf");
        assertEquals(5, layout.pages());
        List<Table> tables = layout.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertTrue(tables.size() >= 5, "one piece per page at least: " + tables.size());
        for (Table t : tables) {
            for (var row : t.rows()) {
                for (Cell c : row.cells()) {
                    assertNotNull(c.where().page());
                    assertNotNull(c.where().box());
                    assertTrue(c.where().box().width() > 0 && c.where().box().height() > 0);
                }
            }
        }
        Cell first = tables.get(0).rows().get(0).cells().get(0);
        assertEquals("序号", first.text());
        assertEquals(1, first.where().page());
        assertEquals(2, tables.get(1).where().page());
    }

    @Test
    void keepsTheTextAroundTablesInReadingOrder() throws Exception {
        Layout layout = new PdfReader().read(fixture("pdf/seed-portrait-noto-zeropad.pdf"), "seed.pdf");
        List<String> before = layout.blocks().stream().takeWhile(b -> b instanceof Paragraph)
                .map(b -> ((Paragraph) b).text()).toList();
        assertEquals("附件", before.get(0));
        // the title wraps on a portrait page: its lines are one paragraph
        assertEquals("市教育局1-9月份分解落实2021年政府工作目标进展情况", before.get(1).replace(" ", ""));
        assertEquals("一、重点工作", before.get(2));
        Block last = layout.blocks().get(layout.blocks().size() - 1);
        assertInstanceOf(Table.class, last);
    }

    @Test
    void findsATableWithoutRulesByItsHeader() throws Exception {
        Layout layout = new PdfReader().read(fixture("pdf/seed-drawn-unruled-uming.pdf"), "unruled.pdf");
        List<Table> tables = layout.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertTrue(tables.size() >= 5, "a piece on each page: " + tables.size());
        assertEquals(List.of("序号", "来源", "工作内容", "工作部门及负责人（需填写联系方式）", "工作进展情况"),
                tables.get(0).rows().get(0).cells().stream().map(Cell::text).toList());
        assertEquals(List.of("1", "（十政办发〔2021〕1号）第12项"),
                tables.get(0).rows().get(1).cells().stream().map(Cell::text).toList().subList(0, 2));
        // the section headings between the tables stay paragraphs
        assertTrue(layout.blocks().stream().anyMatch(b -> b instanceof Paragraph p && p.text().equals("二、重大工程")));
    }

    @Test
    void pdfBoxKeepsAnEighthOfTheHeapForItsBuffersAtMost64Megabytes() {
        long mb = 1024L * 1024L;
        // a small heap: 128 MB keeps 16 MB on the heap, the rest of the scratch goes to a temporary file
        assertEquals(16 * mb, PdfReader.mainMemory(128 * mb));
        // a large heap: never more than 64 MB
        assertEquals(64 * mb, PdfReader.mainMemory(4096 * mb));
        // a tiny heap still gets one megabyte, not nothing
        assertEquals(mb, PdfReader.mainMemory(4 * mb));
    }
}
