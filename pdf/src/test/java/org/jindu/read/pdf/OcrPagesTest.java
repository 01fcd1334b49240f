package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.Report;
import org.jindu.model.Warning;
import org.jindu.read.ocr.OcrEngines;
import org.junit.jupiter.api.Test;

/** What happens around OCR that needs no engine: core alone, and the finishing of an OCR page's cells. */
class OcrPagesTest {

    private static Provenance box(float x, float y, float w, float h) {
        return new Provenance(3, null, null, null, new Provenance.Box(x, y, w, h));
    }

    @Test
    void aCellGetsTheMeanConfidenceOfItsCharactersAndALowOneIsWarnedOf() {
        Table table = new Table(List.of(new Row(List.of(
                Cell.of("第12项", box(0, 0, 100, 20)),
                Cell.of("十政办发(2021〕1号", box(100, 0, 100, 20))), box(0, 0, 200, 20))), box(0, 0, 200, 20));
        List<OcrPages.CharBox> chars = List.of(
                new OcrPages.CharBox(10, 5, 20, 15, 1.0f), new OcrPages.CharBox(20, 5, 30, 15, 0.9f),
                new OcrPages.CharBox(110, 5, 120, 15, 0.5f), new OcrPages.CharBox(120, 5, 130, 15, 0.7f));
        List<Warning> warnings = new ArrayList<>();
        List<Block> out = OcrPages.finish(List.of(table), new OcrPages.Scanned(3, chars, 0), warnings);
        List<Cell> cells = ((Table) out.get(0)).rows().get(0).cells();
        assertEquals(0.95f, cells.get(0).confidence(), 1e-6);
        assertEquals(0.6f, cells.get(1).confidence(), 1e-6);
        assertEquals("十政办发〔2021〕1号", cells.get(1).text());
        assertEquals(1, warnings.size());
        assertEquals(Warning.OCR_LOW_CONFIDENCE, warnings.get(0).code());
        assertEquals(3, warnings.get(0).page());
        assertEquals("page 3, table row 1, column 2: OCR confidence 0.60 for \"十政办发〔2021〕1号\"",
                warnings.get(0).message());
    }

    private static List<org.jindu.read.ocr.OcrLine.OcrChar> chars(String text, float... confidence) {
        List<org.jindu.read.ocr.OcrLine.OcrChar> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++)
            out.add(new org.jindu.read.ocr.OcrLine.OcrChar(Character.toString(cps[i]), i, i + 1, confidence[i]));
        return out;
    }

    @Test
    void aLoneDigitReadWithLowConfidenceIsASpeck() {
        assertTrue(OcrPages.strayDigit(chars("9支持", 0.4f, 1f, 1f), 0));
        assertTrue(OcrPages.strayDigit(chars("引1导", 1f, 0.3f, 1f), 1));
        // read with confidence, or among other digits, it is text
        assertTrue(!OcrPages.strayDigit(chars("第2期", 1f, 0.9f, 1f), 1));
        assertTrue(!OcrPages.strayDigit(chars("152人", 1f, 0.4f, 1f, 1f), 1));
    }

    @Test
    void documentNumbersGetOfficialBracketsOnlyWhereOcrReadOneOfThem() {
        assertEquals("（十政办发〔2021〕1号）", OcrPages.officialBrackets("（十政办发(2021〕1号）"));
        assertEquals("十政办发〔2021〕1号", OcrPages.officialBrackets("十政办发〔2021]1号"));
        // the same bracket on both sides may be the document's own
        assertEquals("十肺炎防指办发[2021]47号", OcrPages.officialBrackets("十肺炎防指办发[2021]47号"));
        assertEquals("2021年(3月)", OcrPages.officialBrackets("2021年(3月)"));
    }

    @Test
    void withoutAnOcrModuleAScannedPageIsNamedWithTheArtifactToAdd() throws Exception {
        assertTrue(OcrEngines.find().isEmpty(), "core's tests run without jindu-ocr");
        Report report = Jindu.parse(Fixtures.file("scan/seed-landscape-wqy-scan-mixed.pdf"));
        assertNull(report.document().ocr());
        Warning w = report.warnings().stream().filter(x -> x.code().equals(Warning.NO_TEXT_LAYER)).findFirst()
                .orElseThrow();
        assertEquals("1 of its 5 page(s) are images without text (scanned?); jindu reads them by OCR when "
                + "org.jindu:jindu-ocr is on the classpath (for the jindu command line: jindu-ocr.jar beside jindu.jar)", w.message());
        // the digital pages are still read: the records on pages 1 and 3 to 5 are there
        assertTrue(report.records().size() >= 5, report.records().size() + " records");
    }
}
