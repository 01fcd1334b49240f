package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.jindu.Jindu;
import org.jindu.model.Metric;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jindu review on the seed report as PDF and as DOCX. The page is checked twice: parsed as it was
 * written (always), and as headless Chromium leaves it after running its scripts (skipped, and said
 * so, when no Chromium is installed). The records are those of the hand-written seed expected JSON;
 * a box is on the right page when the PDF's own text inside it, read by PDFBox, is that record's.
 */
class ReviewCommandTest {
    static final Path TESTDATA = Path.of(System.getProperty("jindu.testdata", "../testdata"));
    static final Path PDF = TESTDATA.resolve("pdf/seed-landscape-wqy.pdf");
    static final Path DOCX = TESTDATA.resolve("word/seed-portrait.docx");
    private static final Pattern BOX = Pattern.compile(
            "left:([\\d.]+)%;top:([\\d.]+)%;width:([\\d.]+)%;height:([\\d.]+)%");

    /** The pages are written once for all the tests: rendering a PDF's pages takes a while. */
    @TempDir
    static Path shared;
    static Path pdfPage;
    static Path docxPage;

    @BeforeAll
    static void writePages() throws Exception {
        pdfPage = write(PDF, Files.createDirectories(shared.resolve("pdf")));
        docxPage = write(DOCX, Files.createDirectories(shared.resolve("docx")));
    }

    @Test
    void pdfPageHoldsEveryRecordFigureAndABoxOnTheRightPage() throws Exception {
        Document page = parse(pdfPage);
        checkRecords(page, Jindu.parse(PDF));
        Elements pages = page.select("#pages .page");
        assertEquals(5, pages.size());
        for (Element p : pages) assertTrue(p.selectFirst("img").attr("src").startsWith("data:image/png;base64,"));
        checkBoxes(page, Files.readAllBytes(PDF));
    }

    @Test
    void docxPageHoldsEveryRecordAndFigureWithoutPages() throws Exception {
        Document page = parse(docxPage);
        checkRecords(page, Jindu.parse(DOCX));
        assertTrue(page.select("#pages, .box").isEmpty(), "a Word file has no rendered pages");
        assertEquals("table 1, rows 2", page.selectFirst("#record-1 .where").text());
    }

    @Test
    void pageIsSelfContained() throws Exception {
        Document page = parse(pdfPage);
        for (Element e : page.select("[src], link[href]"))
            assertTrue(e.attr("src").startsWith("data:"), "nothing fetched: " + e.outerHtml().substring(0, 60));
        assertFalse(page.html().contains("http://") && !page.html().contains("http://www.w3.org/2000/svg"));
        assertFalse(page.html().contains("https://"));
    }

    @Test
    void warningsAreListedAtTheTopWithTheirPage(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("odd.txt");
        Files.writeString(text, "市教育局1-9月份进展情况\n序号\t来源\t工作内容\t工作部门及负责人\t工作进展情况\n"
                + "1\t第12项\t支持共建研发检测平台\t职成教科\t新增学位3464个。\t多出的一格\n", StandardCharsets.UTF_8);
        Document page = review(text, dir);
        Element warning = page.selectFirst("#warnings li.warning");
        assertNotNull(warning);
        assertEquals("EXTRA_CELLS", warning.attr("data-code"));
        assertEquals("3464", page.selectFirst("mark.figure").attr("data-value"));
    }

    @Test
    void scanShowsItsPagesAndItsWarnings(@TempDir Path dir) throws Exception {
        Path scan = dir.resolve("scan.pdf");
        scanOf(PDF, scan);
        Document page = review(scan, dir);
        assertEquals(5, page.select("#pages .page img").size(), "every page of the scan is shown");
        Report report = Jindu.parse(scan);
        Elements rows = page.select("tr.record");
        assertEquals(report.records().size(), rows.size());
        if (report.records().isEmpty()) {
            // no OCR module: the page says why there is nothing to review
            assertTrue(page.select("#warnings li.warning").eachAttr("data-code").contains("NO_TEXT_LAYER"));
        } else {
            // an OCR module read it: its records are reviewed as a PDF's are, each boxed on its pages
            for (Element row : rows)
                assertFalse(page.select(".box[data-record=" + row.attr("data-record") + "]").isEmpty(), row.id());
        }
    }

    /** A scan of a PDF, as a copier makes it: each page a grey image at 100 dpi, no text. */
    static void scanOf(Path pdf, Path scan) throws Exception {
        try (PDDocument source = PDDocument.load(pdf.toFile()); PDDocument out = new PDDocument()) {
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                var size = source.getPage(i).getMediaBox();
                BufferedImage image = renderer.renderImageWithDPI(i, 100, org.apache.pdfbox.rendering.ImageType.GRAY);
                var page = new org.apache.pdfbox.pdmodel.PDPage(size);
                out.addPage(page);
                var picture = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(out, image);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(out, page)) {
                    content.drawImage(picture, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            out.save(scan.toFile());
        }
    }

    @Test
    void unreadableFileIsADocumentFailure(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.docx");
        Files.write(empty, new byte[0]);
        Run run = Run.jindu("review", empty.toString(), "-o", dir.resolve("x.html").toString());
        assertEquals(Main.DOCUMENT_FAILED, run.code());
        assertTrue(run.err().startsWith("jindu: " + empty + ": "), run.err());
        assertEquals(Main.USAGE, Run.jindu("review", "--dpi", "5", PDF.toString()).code());
    }

    // ---- in a browser

    @Test
    void pdfPageInChromiumShowsTheRecordOfTheAddress(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.available(), "Chromium is not installed: the browser tests were not run");
        Path html = pdfPage;
        Document dom = Jsoup.parse(Chromium.dumpDom(html, "record=3", dir));
        assertEquals("true", dom.body().attr("data-ready"), "the page's script ran");
        assertEquals("3", dom.body().attr("data-selected"));
        checkRecords(dom, Jindu.parse(PDF));
        assertTrue(dom.selectFirst("#record-3").hasClass("selected"));
        Elements selected = dom.select(".box.selected");
        assertFalse(selected.isEmpty());
        for (Element box : selected) assertEquals("3", box.attr("data-record"));
        Element hires = dom.select("#record-3 mark.figure").stream().filter(m -> m.text().equals("879人")).findFirst().orElseThrow();
        assertEquals("879 人 · 招聘补充教师 · teacher_hires", hires.attr("title"), "the hover text");

        BufferedImage shot = Chromium.screenshot(html, "record=3", 1366, 860, dir.resolve("review.png"), dir);
        assertEquals(1366, shot.getWidth());
        assertTrue(Chromium.inked(shot) > 0.05, "the screenshot is not blank: " + Chromium.inked(shot));
    }

    @Test
    void docxPageInChromiumRunsItsScript(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.available(), "Chromium is not installed: the browser tests were not run");
        Path html = docxPage;
        Document dom = Jsoup.parse(Chromium.dumpDom(html, "record=5", dir));
        assertEquals("true", dom.body().attr("data-ready"));
        checkRecords(dom, Jindu.parse(DOCX));
        assertTrue(dom.selectFirst("#record-5").hasClass("selected"));
        for (Element m : dom.select("mark.figure")) assertFalse(m.attr("title").isEmpty(), m.outerHtml());
        BufferedImage shot = Chromium.screenshot(html, null, 1280, 800, dir.resolve("docx.png"), dir);
        assertTrue(Chromium.inked(shot) > 0.05, "the screenshot is not blank");
    }

    // ---- shared checks

    static Path write(Path input, Path dir) {
        Path html = dir.resolve("review.html");
        Run run = Run.jindu("review", input.toString(), "-o", html.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        return html;
    }

    static Document review(Path input, Path dir) throws Exception {
        return parse(write(input, dir));
    }

    static Document parse(Path html) throws Exception {
        return Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
    }

    /**
     * Every record of the seed expected JSON in order, with its content, and every figure of the report
     * highlighted in its progress text with value, unit, subject and category.
     */
    static void checkRecords(Document page, Report report) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(TESTDATA.resolve("seed/000_4744e66be9c0f129.expected.json").toFile());
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode s : expected.get("sections")) s.get("records").forEach(records::add);
        Elements rows = page.select("tr.record");
        assertEquals(records.size(), rows.size(), "records");
        List<TaskRecord> read = report.records();
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            assertEquals("record-" + (i + 1), row.id());
            assertEquals(records.get(i).get("seq").asText(), row.selectFirst("td.seq").text());
            assertEquals(records.get(i).get("content").asText(), row.selectFirst("td.content").text());
            Elements marks = row.select("td.progress mark.figure");
            List<Metric> metrics = read.get(i).metrics();
            assertEquals(metrics.size(), marks.size(), "figures of record " + (i + 1));
            for (int m = 0; m < marks.size(); m++) {
                Metric metric = metrics.get(m);
                Element mark = marks.get(m);
                assertEquals(metric.text(), mark.text());
                assertEquals(0, metric.value().compareTo(new java.math.BigDecimal(mark.attr("data-value"))));
                assertEquals(metric.unit() == null ? "" : metric.unit(), mark.attr("data-unit"));
                assertEquals(metric.subject() == null ? "" : metric.subject(), mark.attr("data-subject"));
                assertEquals(metric.category() == null ? "" : metric.category(), mark.attr("data-category"));
                assertTrue(mark.attr("title").contains(" · "), mark.outerHtml());
            }
        }
        // figures a reader of the seed picks out, whatever the scanner does
        assertTrue(page.select("#record-3 mark.figure").eachText().containsAll(List.of("879人", "152人", "694所", "68.1%")));
        assertTrue(page.select("#record-5 mark.figure").eachText().containsAll(List.of("3464个", "12595万元", "22840人")));
    }

    /**
     * Each record has a box on each of its pages, and the PDF's text inside its boxes holds the record's
     * content and the end of its progress.
     */
    static void checkBoxes(Document page, byte[] pdf) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(TESTDATA.resolve("seed/000_4744e66be9c0f129.expected.json").toFile());
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode s : expected.get("sections")) s.get("records").forEach(records::add);
        try (PDDocument doc = PDDocument.load(pdf)) {
            for (int i = 1; i <= records.size(); i++) {
                Element row = page.getElementById("record-" + i);
                Elements boxes = page.select(".box[data-record=" + i + "]");
                assertFalse(boxes.isEmpty(), "record " + i + " has a box");
                List<String> pages = new ArrayList<>();
                for (Element b : boxes) if (!pages.contains(b.attr("data-page"))) pages.add(b.attr("data-page"));
                assertEquals(row.attr("data-pages"), String.join(" ", pages), "record " + i + ": a box on each of its pages");
                StringBuilder inside = new StringBuilder();
                for (Element b : boxes) {
                    Element sheet = b.parent();
                    assertEquals(b.attr("data-page"), sheet.parent().attr("data-page"), "the box is drawn on its page");
                    int n = Integer.parseInt(b.attr("data-page"));
                    var media = doc.getPage(n - 1).getCropBox();
                    Matcher m = BOX.matcher(b.attr("style"));
                    assertTrue(m.find(), b.attr("style"));
                    PDFTextStripperByArea strip = new PDFTextStripperByArea();
                    strip.addRegion("box", new Rectangle2D.Float(
                            Float.parseFloat(m.group(1)) / 100 * media.getWidth(), Float.parseFloat(m.group(2)) / 100 * media.getHeight(),
                            Float.parseFloat(m.group(3)) / 100 * media.getWidth(), Float.parseFloat(m.group(4)) / 100 * media.getHeight()));
                    strip.extractRegions(doc.getPage(n - 1));
                    inside.append(strip.getTextForRegion("box"));
                }
                String text = inside.toString().replaceAll("\\s+", "");
                JsonNode r = records.get(i - 1);
                String content = r.get("content").asText().replaceAll("\\s+", "");
                String progress = r.get("progress").asText().replaceAll("\\s+", "");
                assertTrue(text.contains(content.substring(0, 8)), "record " + i + "'s boxes hold its content: " + text);
                assertTrue(text.contains(progress.substring(progress.length() - 6)), "record " + i + "'s boxes hold its progress: " + text);
            }
        }
    }
}
