package org.jindu.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.Jindu;
import org.jindu.exception.JinduException;
import org.jindu.JinduParser;
import org.jindu.read.Limits;
import org.jindu.model.Report;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;

/**
 * One test per class of attack in issue #10: each hostile document gives a report (with a warning
 * naming the limit) or a typed error, fast. The small ones are in {@code testdata/hostile/} (made by
 * {@code fixtures/hostile/make-hostile.py}); the big ones are generated here.
 */
class HostileDocumentsTest {
    private static final Path HOSTILE = Path.of(System.getProperty("jindu.testdata", "../testdata"), "hostile");
    /** A guard against a hang, far above what these take (well under a second each, see docs/limits.md). */
    private static final Duration GUARD = Duration.ofSeconds(60);

    private static Report parse(byte[] bytes, String name, Limits limits) throws JinduException {
        // figures off: what is tested is the reading, and HanLP would only add time
        return assertTimeoutPreemptively(GUARD,
                () -> JinduParser.builder().figures(false).limits(limits).build().parse(bytes, name));
    }

    private static List<String> limitWarnings(Report report) {
        return report.warnings().stream().filter(w -> w.code().equals(Warning.LIMIT)).map(Warning::message).toList();
    }

    @Test
    void aGridSpanOf2147483647IsClampedToTheTablesGrid() throws Exception {
        Report report = parse(Files.readAllBytes(HOSTILE.resolve("grid-span.docx")), "grid-span.docx", Limits.DEFAULT);
        assertEquals(List.of("a row's gridBefore or a cell's gridSpan goes past the table's 3 grid columns;"
                + " it was clamped to the grid"), limitWarnings(report));
        assertEquals(1, report.records().size());
        assertEquals("修建校舍", report.records().get(0).content());
    }

    @Test
    void aGridBeforeOf2147483647IsClampedToTheTablesGrid() throws Exception {
        Report report = parse(Files.readAllBytes(HOSTILE.resolve("grid-before.docx")), "grid-before.docx", Limits.DEFAULT);
        assertEquals(List.of("a row's gridBefore or a cell's gridSpan goes past the table's 3 grid columns;"
                + " it was clamped to the grid"), limitWarnings(report));
    }

    @Test
    void randomBytesNamedPdfAreCorruptNotText() {
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class,
                () -> Jindu.parse(HOSTILE.resolve("random-bytes.pdf")));
        assertEquals("is named .pdf but its bytes are not a PDF document, nor any format jindu reads"
                + " (damaged, or another kind of file)", e.reason());
    }

    @Test
    void aPdfClaiming2147483647PagesReportsThePagesItHas() throws Exception {
        Report report = parse(Files.readAllBytes(HOSTILE.resolve("page-count.pdf")), "page-count.pdf", Limits.DEFAULT);
        assertEquals(1, report.document().pages());
    }

    @Test
    void morePagesThanTheLimitIsTooLarge() throws Exception {
        byte[] pdf = Pdfs.pages(12);
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
                () -> parse(pdf, "many.pdf", Limits.DEFAULT.withMaxPages(10)));
        assertEquals("it has more than 10 pages (raise the limit with --max-pages)", e.reason());
        assertEquals(12, parse(pdf, "many.pdf", Limits.DEFAULT).document().pages());
    }

    @Test
    void aPageTree20000LevelsDeepIsTooLargeNotAStackOverflow() {
        byte[] pdf = Pdfs.deepPageTree(20_000);
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
                () -> parse(pdf, "deep.pdf", Limits.DEFAULT));
        assertEquals("its page tree is nested more than 200 levels deep (raise the limit with --max-depth)", e.reason());
    }

    @Test
    void aPageRuled800By800IsReadWithoutRuledTablesAndSaysSo() throws Exception {
        byte[] pdf = Pdfs.ruled(800, 800);
        assertTrue(pdf.length < 20_000, "a small file: " + pdf.length + " bytes");
        Report report = parse(pdf, "ruled.pdf", Limits.DEFAULT);
        assertEquals(List.of("page 1 draws more than 2000000 path segments or 400 distinct ruling lines; it was read"
                + " without ruled tables (raise the limits with --max-path-segments and --max-rulings)"),
                limitWarnings(report));
    }

    @Test
    void aPathOfMillionsOfSegmentsIsCutAtTheLimit() throws Exception {
        // the default limit is 2,000,000 segments; a smaller one keeps the test quick
        byte[] pdf = Pdfs.pathBomb(300_000);
        assertTrue(pdf.length < 200_000, "a small file: " + pdf.length + " bytes");
        Report report = parse(pdf, "path.pdf", Limits.DEFAULT.withMaxPathSegmentsPerPage(100_000));
        assertEquals(1, limitWarnings(report).size(), report.warnings().toString());
        assertTrue(limitWarnings(report).get(0).startsWith("page 1 draws more than 100000 path segments"));
    }

    @Test
    void aFlateBombStopsAtTheScratchLimit() throws Exception {
        byte[] pdf = Pdfs.flateBomb(256L << 20);
        assertTrue(pdf.length < 1_000_000, "a small file: " + pdf.length + " bytes");
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
                () -> parse(pdf, "bomb.pdf", Limits.DEFAULT.withMaxScratchBytes(32L << 20)));
        assertTrue(e.reason().startsWith("its streams inflate to more than the limit of 33554432 bytes"), e.reason());
    }

    @Test
    void aTimeBudgetStopsAReaderOnAPdf() {
        byte[] pdf = Pdfs.pages(50);
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
                () -> parse(pdf, "slow.pdf", Limits.DEFAULT.withTimeBudget(Duration.ofNanos(1))));
        assertEquals("reading it took longer than the time budget of 0 s (raise it with --time-budget)", e.reason());
    }

    @Test
    void aLineLongerThanTheCellLimitIsCutAndSaysSo() throws Exception {
        String text = "市教育局进展情况\n" + "进".repeat(5_000) + "\n";
        Report report = parse(text.getBytes(StandardCharsets.UTF_8), "long.txt", Limits.DEFAULT.withMaxCellChars(1_000));
        assertEquals(List.of("line 2 has more than 1000 characters; it and any other such line were cut there"
                + " (raise the limit with --max-cell-chars)"), limitWarnings(report));
    }

    @Test
    void moreLinesThanTheRowLimitStopThereAndSaySo() throws Exception {
        StringBuilder text = new StringBuilder("市教育局进展情况\n");
        for (int i = 0; i < 600; i++) text.append(i).append("\t工作\t已完成\n");
        Report report = parse(text.toString().getBytes(StandardCharsets.UTF_8), "rows.txt",
                Limits.DEFAULT.withMaxRows(200));
        assertEquals(List.of("the text has more than 200 lines; the rest, from line 201, was not read"
                + " (raise the limit with --max-rows)"), limitWarnings(report));
    }

    @Test
    void aDocxWithMoreRowsThanTheLimitStopsThereAndSaysSo() throws Exception {
        byte[] docx = Docx.rows(600);
        Report report = parse(docx, "rows.docx", Limits.DEFAULT.withMaxRows(200));
        assertEquals(List.of("the document has more than 200 paragraphs and table rows; the rest was not read"
                + " (raise the limit with --max-rows)"), limitWarnings(report));
    }

    @Test
    void aFileOverTheByteLimitIsRefusedBeforeItIsRead() {
        byte[] text = "市教育局进展情况\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
                () -> parse(text, "big.txt", Limits.DEFAULT.withMaxBytes(1000)));
        assertTrue(e.reason().contains("more than the limit of 1000 (raise it with --max-bytes)"), e.reason());
    }

    /** Hostile PDFs, written byte by byte (PDFBox would refuse to write some of them). */
    static final class Pdfs {
        private Pdfs() {
        }

        /** A PDF of numbered objects with a correct cross-reference table; object 1 is the catalog. */
        static byte[] pdf(List<byte[]> objects) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, "%PDF-1.4\n");
            long[] offsets = new long[objects.size()];
            for (int i = 0; i < objects.size(); i++) {
                offsets[i] = out.size();
                write(out, (i + 1) + " 0 obj\n");
                out.writeBytes(objects.get(i));
                write(out, "\nendobj\n");
            }
            long xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
            for (long o : offsets) table.append(String.format("%010d 00000 n \n", o));
            table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            write(out, table.toString());
            return out.toByteArray();
        }

        private static void write(ByteArrayOutputStream out, String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }

        static byte[] ascii(String s) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }

        static byte[] stream(byte[] data, boolean deflate) {
            byte[] body = deflate ? deflate(data) : data;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(ascii("<< /Length " + body.length + (deflate ? " /Filter /FlateDecode" : "") + " >>\nstream\n"));
            out.writeBytes(body);
            out.writeBytes(ascii("\nendstream"));
            return out.toByteArray();
        }

        static byte[] deflate(byte[] data) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
                d.write(data);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toByteArray();
        }

        /** n pages, each with one line of text. */
        static byte[] pages(int n) {
            StringBuilder kids = new StringBuilder();
            for (int i = 0; i < n; i++) kids.append(4 + 2 * i).append(" 0 R ");
            List<byte[]> objects = new java.util.ArrayList<>(List.of(
                    ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                    ascii("<< /Type /Pages /Kids [" + kids + "] /Count " + n + " >>"),
                    ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")));
            for (int i = 0; i < n; i++) {
                objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + (5 + 2 * i)
                        + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>"));
                objects.add(stream(ascii("BT /F1 12 Tf 72 720 Td (page " + (i + 1) + ") Tj ET"), false));
            }
            return pdf(objects);
        }

        /** One page at the bottom of a chain of {@code depth} page-tree nodes. */
        static byte[] deepPageTree(int depth) {
            List<byte[]> objects = new java.util.ArrayList<>();
            objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
            for (int i = 0; i < depth; i++) {
                int self = 2 + i;
                objects.add(ascii("<< /Type /Pages /Kids [" + (self + 1) + " 0 R] /Count 1"
                        + (i == 0 ? "" : " /Parent " + (self - 1) + " 0 R") + " >>"));
            }
            int page = 2 + depth;
            objects.add(ascii("<< /Type /Page /Parent " + (page - 1) + " 0 R /MediaBox [0 0 612 792] /Contents "
                    + (page + 1) + " 0 R >>"));
            objects.add(stream(ascii("0 0 m 10 10 l S"), false));
            return pdf(objects);
        }

        /** A page ruled with {@code rows} horizontal and {@code columns} vertical lines, deflated. */
        static byte[] ruled(int rows, int columns) {
            StringBuilder ops = new StringBuilder("0.1 w\n");
            for (int i = 0; i <= rows; i++) {
                float y = 20 + i * (750f / rows);
                ops.append(String.format("20 %.2f m 590 %.2f l S\n", y, y));
            }
            for (int i = 0; i <= columns; i++) {
                float x = 20 + i * (570f / columns);
                ops.append(String.format("%.2f 20 m %.2f 770 l S\n", x, x));
            }
            return onePage(stream(ascii(ops.toString()), true));
        }

        /** One path of {@code segments} line segments, never painted till the end, deflated. */
        static byte[] pathBomb(int segments) {
            ByteArrayOutputStream ops = new ByteArrayOutputStream();
            ops.writeBytes(ascii("10 10 m\n"));
            byte[] pair = ascii("20 10 l 10 10 l\n");
            for (int i = 0; i < segments / 2; i++) ops.writeBytes(pair);
            ops.writeBytes(ascii("S\n"));
            return onePage(stream(ops.toByteArray(), true));
        }

        /** A content stream that inflates to {@code size} bytes of spaces, without holding them. */
        static byte[] flateBomb(long size) {
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            try (OutputStream d = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
                for (long n = 0; n < size; n += block.length) d.write(block);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            byte[] body = deflated.toByteArray();
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            stream.writeBytes(ascii("<< /Length " + body.length + " /Filter /FlateDecode >>\nstream\n"));
            stream.writeBytes(body);
            stream.writeBytes(ascii("\nendstream"));
            return onePage(stream.toByteArray());
        }

        private static byte[] onePage(byte[] contents) {
            return pdf(List.of(
                    ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                    ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                    ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"),
                    contents));
        }
    }

    /** Hostile DOCX packages, written as XML into a ZIP. */
    static final class Docx {
        private Docx() {
        }

        static byte[] rows(int n) throws IOException {
            StringBuilder body = new StringBuilder("<w:p><w:r><w:t>市教育局进展情况</w:t></w:r></w:p><w:tbl>"
                    + "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>");
            body.append(row("序号", "工作内容", "工作进展情况"));
            for (int i = 1; i <= n; i++) body.append(row(String.valueOf(i), "工作" + i, "已完成"));
            body.append("</w:tbl>");
            return docx(body.toString());
        }

        private static String row(String... cells) {
            StringBuilder tr = new StringBuilder("<w:tr>");
            for (String c : cells) tr.append("<w:tc><w:p><w:r><w:t>").append(c).append("</w:t></w:r></w:p></w:tc>");
            return tr.append("</w:tr>").toString();
        }

        static byte[] docx(String body) throws IOException {
            String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
                entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
                entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
                entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + w
                        + "><w:body>" + body + "</w:body></w:document>");
            }
            return out.toByteArray();
        }

        private static void entry(java.util.zip.ZipOutputStream zip, String name, String text) throws IOException {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
