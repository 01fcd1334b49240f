package org.jindu.read.detect;

import org.jindu.read.DocumentReader;

import org.jindu.read.text.TextReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jindu.read.excel.ExcelReader;
import org.jindu.read.word.DocReader;
import org.jindu.read.word.DocxReader;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EmptyDocumentException;
import org.jindu.exception.EncryptedDocumentException;
import org.jindu.Fixtures;
import org.jindu.exception.UnsupportedFormatException;
import org.jindu.read.pdf.ImageFileReader;
import org.jindu.read.pdf.PdfReader;
import org.junit.jupiter.api.Test;

/** The reader is chosen by content: names never route a file, and what has no reader is named. */
class FormatDetectorTest {

    @Test
    void wordFilesGoToTheirReadersWhateverTheirNames() throws Exception {
        byte[] docx = fixture("word/seed-landscape.docx");
        byte[] doc = fixture("word/seed-landscape.doc");
        assertInstanceOf(DocxReader.class, FormatDetector.readerFor(docx, "report.docx"));
        assertInstanceOf(DocxReader.class, FormatDetector.readerFor(docx, "report"));
        assertInstanceOf(DocxReader.class, FormatDetector.readerFor(docx, "report.doc"));
        assertInstanceOf(DocReader.class, FormatDetector.readerFor(doc, "report.doc"));
        assertInstanceOf(DocReader.class, FormatDetector.readerFor(doc, "report.wps"));
        assertInstanceOf(DocReader.class, FormatDetector.readerFor(doc, "report.docx"));
    }

    @Test
    void textGoesToTheTextReaderInUtf8OrGb18030() throws Exception {
        assertInstanceOf(TextReader.class, FormatDetector.readerFor(fixture("seed/000_4744e66be9c0f129.txt"), "a.txt"));
        byte[] gb = "序号\t来源\t工作内容\n1\t第12项\t支持企业\n".getBytes(Charset.forName("GB18030"));
        assertInstanceOf(TextReader.class, FormatDetector.readerFor(gb, "a"));
    }

    @Test
    void pdfGoesToThePdfReaderWhateverItsName() throws Exception {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        assertInstanceOf(PdfReader.class, FormatDetector.readerFor(pdf, "r.docx"));
        assertInstanceOf(PdfReader.class, FormatDetector.readerFor(pdf, "r"));
    }

    @Test
    void rtfIsNamedAsSuch() {
        UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class,
                () -> FormatDetector.readerFor("{\\rtf1\\ansi 报告}".getBytes(StandardCharsets.UTF_8), "r.doc"));
        assertEquals("an RTF document (application/rtf)", e.detected());
        assertEquals("r.doc: no reader for an RTF document (application/rtf)", e.getMessage());
    }

    @Test
    void workbooksGoToTheExcelReaderWhateverTheirName() throws Exception {
        DocumentReader xlsx = assertDoesNotThrowReader(workbook(new XSSFWorkbook()), "a.docx");
        assertInstanceOf(ExcelReader.class, xlsx);
        assertEquals("xlsx", xlsx.format());
        DocumentReader xls = assertDoesNotThrowReader(workbook(new HSSFWorkbook()), "a.et");
        assertInstanceOf(ExcelReader.class, xls);
        assertEquals("xls", xls.format());
    }

    @Test
    void zipAndImagesAreNamedAndHtmlIsReadWhateverItsName() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("a ZIP archive (application/zip)", assertThrows(UnsupportedFormatException.class,
                () -> FormatDetector.readerFor(zip.toByteArray(), "a.docx")).detected());
        byte[] html = "<html><head><title>进展</title></head><body><table><tr><td>序号</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("html", assertDoesNotThrowReader(html, "saved-from-web.doc").format());
    }

    @Test
    void scannedPagesSavedAsImagesGoToTheImageReaderWhateverTheirNames() throws Exception {
        for (String scan : new String[] {"scan/seed-landscape-wqy-p1.png", "scan/seed-landscape-wqy-p4-5.tif",
                "scan/seed-landscape-wqy-p5-nodpi.jpg"}) {
            assertInstanceOf(ImageFileReader.class, FormatDetector.readerFor(fixture(scan), "scan.doc"), scan);
            assertInstanceOf(ImageFileReader.class, FormatDetector.readerFor(fixture(scan), "scan"), scan);
        }
    }

    @Test
    void encryptedDocxIsTypedBeforeAnyReaderRuns() throws Exception {
        EncryptedDocumentException e = assertThrows(EncryptedDocumentException.class,
                () -> FormatDetector.readerFor(fixture("bad/encrypted.docx"), "encrypted.docx"));
        assertEquals("ENCRYPTED", e.code());
    }

    @Test
    void zipCutBeforeItsFirstEntryIsCorrupt() throws Exception {
        byte[] cut = Arrays.copyOf(fixture("word/seed-landscape.docx"), 40);
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class,
                () -> FormatDetector.readerFor(cut, "cut.docx"));
        assertTrue(e.getMessage().contains("cut short or damaged"), e.getMessage());
    }

    @Test
    void textNamedAsWordIsRefused() {
        byte[] text = "市教育局工作进展情况\n序号\t来源\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(CorruptDocumentException.class, () -> FormatDetector.readerFor(text, "report.docx"));
        assertInstanceOf(TextReader.class, assertDoesNotThrowReader(text, "report.txt"));
        assertInstanceOf(TextReader.class, assertDoesNotThrowReader(text, "report"));
    }

    @Test
    void emptyIsEmpty() {
        assertThrows(EmptyDocumentException.class, () -> FormatDetector.readerFor(new byte[0], "x.docx"));
    }

    private static DocumentReader assertDoesNotThrowReader(byte[] bytes, String name) {
        try {
            return FormatDetector.readerFor(bytes, name);
        } catch (Exception e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] fixture(String path) throws Exception {
        return Files.readAllBytes(Fixtures.file(path));
    }

    private static byte[] workbook(Workbook wb) throws Exception {
        try (wb) {
            wb.createSheet("进展").createRow(0).createCell(0).setCellValue("序号");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
