package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.Period;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page layouts of real government PDFs (WPS, Word) that jindu once misread, each drawn as a
 * fixture under {@code testdata/pdf/layout/} (see its README); each test names the failure it
 * reproduces. Expected values are read off the drawn pages.
 */
class LayoutFixturesTest {

    static Layout layout(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.file("pdf/layout/" + name));
        return new PdfReader().read(bytes, name);
    }

    static Report report(String name) throws Exception {
        return Jindu.parse(Fixtures.file("pdf/layout/" + name));
    }

    static List<Table> tables(Layout layout) {
        return layout.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    static List<String> paragraphs(Layout layout) {
        return layout.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    }

    static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    // ---- lose nothing

    @Test
    void aLastRowWithoutItsOwnBottomRuleIsStillARowOfTheTable() throws Exception {
        Layout layout = layout("open-last-row.pdf");
        List<Table> tables = tables(layout);
        assertEquals(2, tables.size());
        List<Row> first = tables.get(0).rows();
        assertEquals(5, first.size());
        assertEquals(List.of("20503", "职业教育", "1,449.17"), texts(first.get(4)));
        List<Row> second = tables.get(1).rows();
        assertEquals(4, second.size());
        // the totals row at the end of the continuation page, once lost without notice
        assertEquals(List.of("", "合计", "13,300.00"), texts(second.get(3)));
        assertTrue(paragraphs(layout).stream().noneMatch(p -> p.contains("合计") || p.contains("职业教育")),
                paragraphs(layout).toString());
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void proseRightAboveARuledTableStaysProse() throws Exception {
        Layout layout = layout("open-last-row.pdf");
        Block before = layout.blocks().get(1);
        assertEquals("本表反映部门本年度一般公共预算支出情况，金额单位为万元，按支出功能分类科目列示到项级。",
                ((Paragraph) before).text());
        assertEquals(List.of("科目编码", "科目名称", "预算数（万元）"), texts(tables(layout).get(0).rows().get(0)));
    }

    @Test
    void punctuationHangingPastACellsRuleStaysInItsCell() throws Exception {
        Table table = tables(layout("hanging-punctuation.pdf")).get(0);
        List<String> row = texts(table.rows().get(1));
        assertEquals("新建改扩建公办幼儿园，增加学位三千个", row.get(2));
        // past the table's own right rule: the full stop once came out as a paragraph of its own
        assertEquals("已开工十二所，完工八所，新增学位三千余个，完成全年任务。下一步将加快验收。", row.get(3));
    }

    @Test
    void punctuationHangingPastTheMarginJoinsItsLine() throws Exception {
        Layout layout = layout("hanging-punctuation.pdf");
        String prose = paragraphs(layout).get(2).replace(" ", "");
        assertEquals("今年以来，我局按照年度工作目标，扎实推进各项重点任务，截至九月底，全区新增公办学位三千余个，超额完成全年任务。",
                prose);
        assertTrue(paragraphs(layout).stream().noneMatch(p -> p.strip().equals("。") || p.strip().equals("，")));
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void aNumberWrappedInsideADocumentNumberIsJoinedWithoutASpace() throws Exception {
        Report report = report("hanging-punctuation.pdf");
        TaskRecord record = report.records().get(0);
        assertEquals("（某政办发〔2021〕1号）第12项", record.source().text());
        assertEquals("某政办发〔2021〕1号", record.source().document());
        assertEquals(12, record.source().item());
    }

    @Test
    void verticalTextInAMergedCellIsReadTopToBottomIntoThatCell() throws Exception {
        List<Table> tables = tables(layout("vertical-label.pdf"));
        assertEquals(2, tables.size());
        // one character per line, centred in the tall cell
        assertEquals(List.of("重点工作", "1", "新建幼儿园三所", "已完工两所，一所在建"), texts(tables.get(0).rows().get(1)));
        // set as vertical text (the run turned a quarter): once read as a paragraph outside the table
        assertEquals(List.of("民生实事", "1", "新增公交线路两条", "已开通两条"), texts(tables.get(1).rows().get(1)));
        for (Table t : tables) {
            assertTrue(t.rows().get(2).cells().get(0).mergedAbove());
            assertTrue(t.rows().get(3).cells().get(0).mergedAbove());
        }
        assertEquals(List.of("某区教育局2022年重点工作任务进展情况", "- 1 -"), paragraphs(layout("vertical-label.pdf")));
    }

    // ---- structure

    @Test
    void theTitleIsTheCoversBiggestTextOverBothItsLines() throws Exception {
        Report report = report("cover-toc-body.pdf");
        assertEquals("某区教育局重点工作任务2023年1-6月进展情况报告", report.title());
        assertEquals(2023, report.year());
        assertEquals(new Period(1, 6), report.period());
    }

    @Test
    void theOrganizationComesFromTheCoversLabelledLine() throws Exception {
        // the title alone would give "某区教育局重点工作任务"
        assertEquals("某区教育局", report("cover-toc-body.pdf").organization());
    }

    @Test
    void theTableOfContentsIsSkippedAndSectionsComeOnlyFromTheBody() throws Exception {
        Report report = report("cover-toc-body.pdf");
        List<String> sections = report.sections().stream().map(s -> s.number() + " " + s.title()).toList();
        assertEquals(List.of("第一部分 工作进展", "一 重点工作", "二 重大工程", "第二部分 名词解释"), sections);
        for (Section s : report.sections()) assertFalse(s.title().contains("…"), s.title());
        assertEquals(2, report.sections().get(1).records().size());
        assertEquals("已招聘一百零五名", report.sections().get(1).records().get(1).progress());
        assertEquals(1, report.sections().get(2).records().size());
    }

    @Test
    void glossaryLinesAndCitedDocumentsAreNeitherSectionsNorTheYear() throws Exception {
        Report report = report("cover-toc-body.pdf");
        // the cited 2021 document and the "名词：释义" lines are text outside the tables: one grouped warning
        assertEquals(1, report.warnings().size(), report.warnings().toString());
        Warning w = report.warnings().get(0);
        assertEquals(Warning.UNPLACED_TEXT, w.code());
        assertTrue(w.message().startsWith("4 times on pages 3–4, e.g. "), w.message());
        assertEquals(2023, report.year());
    }

    @Test
    void aBoxedParagraphIsProseNotAOneColumnTable() throws Exception {
        Layout layout = layout("cover-toc-body.pdf");
        assertEquals(2, tables(layout).size());
        assertTrue(paragraphs(layout).contains("说明：本报告所列数据截至2023年6月30日，部分数据为初步统计，以年度决算为准。"),
                paragraphs(layout).toString());
    }

    @Test
    void aPageWithoutTextGivesNoTables() throws Exception {
        // the damaged copy's glyphs have no Unicode mapping: nothing can be read, so its rulings give no table
        Layout layout = layout("damaged-no-tounicode.pdf");
        assertEquals(List.of(), tables(layout));
        assertEquals(Warning.TEXT_LOST, layout.warnings().get(0).code());
        assertNull(layout.warnings().stream().filter(w -> w.code().equals(Warning.NO_TEXT_LAYER)).findFirst().orElse(null));
    }

    @Test
    void rulingsWithoutTextGiveNoTables() throws Exception {
        // a page of rules and no text, as a scan's vector tracing or text drawn as outlines leaves: once
        // one empty table per grid
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var out = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                for (int i = 0; i <= 3; i++) {
                    out.moveTo(100, 600 - 30 * i);
                    out.lineTo(400, 600 - 30 * i);
                    out.moveTo(100 + 100 * i, 600);
                    out.lineTo(100 + 100 * i, 510);
                }
                out.stroke();
            }
            doc.save(bytes);
        }
        Layout layout = new PdfReader().read(bytes.toByteArray(), "rules-only.pdf");
        assertEquals(List.of(), layout.blocks());
        assertEquals(Warning.NO_TEXT_LAYER, layout.warnings().get(0).code());
    }

    // ---- the loss check on every PDF fixture

    static Stream<Path> pdfFixtures() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("pdf", "pdf/layout", "pdf/stitch", "external/pdf-tables"))
            try (Stream<Path> files = Files.list(Fixtures.file(dir))) {
                files.filter(f -> f.toString().endsWith(".pdf")).sorted().forEach(all::add);
            }
        return all.stream().filter(f -> !f.getFileName().toString().startsWith("damaged-"));
    }

    @ParameterizedTest
    @MethodSource("pdfFixtures")
    void everyCharacterOfEveryPdfFixtureIsPlaced(Path pdf) throws Exception {
        Layout layout = new PdfReader().read(Files.readAllBytes(pdf), pdf.getFileName().toString());
        assertEquals(List.of(), layout.warnings().stream().filter(w -> w.code().equals(Warning.TEXT_LOST)).toList());
    }

    @Test
    void theDamagedFixtureShowsItsLossFirst() throws Exception {
        Report report = report("damaged-no-tounicode.pdf");
        Warning first = report.warnings().get(0);
        assertEquals(Warning.TEXT_LOST, first.code());
        assertTrue(first.meansLoss());
        assertTrue(first.message().contains("no ToUnicode"), first.message());
    }
}
