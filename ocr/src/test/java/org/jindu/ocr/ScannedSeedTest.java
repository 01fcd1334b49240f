package org.jindu.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jindu.Jindu;
import org.jindu.JinduParser;
import org.jindu.layout.Layout;
import org.jindu.model.Metric;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.jindu.read.ReadContext;
import org.jindu.read.pdf.PdfReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seed report scanned ({@code testdata/scan/}, made by the fixtures module's ScanFixtures from
 * {@code testdata/pdf/seed-landscape-wqy.pdf}) reads into the text fixture's sections and records
 * through OCR. Each scan is read once for all the assertions about it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScannedSeedTest {
    private Report text;
    private Report clean;
    private Report hard;
    private Report mixed;

    @BeforeAll
    void read() throws Exception {
        text = Jindu.parse(ScanFixtureText.file("seed/000_4744e66be9c0f129.txt"));
        clean = Jindu.parse(ScanFixtureText.file("scan/seed-landscape-wqy-scan-clean.pdf"));
        hard = Jindu.parse(ScanFixtureText.file("scan/seed-landscape-wqy-scan-hard.pdf"));
        mixed = Jindu.parse(ScanFixtureText.file("scan/seed-landscape-wqy-scan-mixed.pdf"));
    }

    private void sameSectionsAndRecords(Report scanned) {
        assertEquals(List.of("一", "二", "三"), scanned.sections().stream().map(Section::number).toList());
        assertEquals(List.of("重点工作", "重大工程", "重点建议和提案"),
                scanned.sections().stream().map(Section::title).toList());
        assertEquals(List.of(7, 1, 0), scanned.sections().stream().map(s -> s.records().size()).toList());
        List<TaskRecord> want = text.records();
        List<TaskRecord> got = scanned.records();
        assertEquals(8, got.size());
        for (int i = 0; i < want.size(); i++) {
            assertEquals(want.get(i).seq(), got.get(i).seq(), "序号 of record " + (i + 1));
            assertEquals(want.get(i).source().item(), got.get(i).source().item(), "item of record " + (i + 1));
        }
    }

    @Test
    void cleanScanGivesTheSectionsAndRecords() {
        sameSectionsAndRecords(clean);
        assertEquals(List.of(1, 2, 3, 4, 5), clean.document().ocr().pages());
        assertEquals("PaddleOCR PP-OCRv4 on ONNX Runtime " + onnxRuntimeOnClasspath(), clean.document().ocr().engine());
        assertTrue(clean.warnings().stream().noneMatch(w -> w.code().equals(Warning.NO_TEXT_LAYER)));
    }

    /** The version of the ONNX Runtime jar the tests run on, read from its Maven file name. */
    private static String onnxRuntimeOnClasspath() {
        String jar = ai.onnxruntime.OrtEnvironment.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        var m = java.util.regex.Pattern.compile("onnxruntime-([0-9][^/]*)\\.jar$").matcher(jar);
        assertTrue(m.find(), jar);
        return m.group(1);
    }

    @Test
    void cleanScanReadsAtLeast995PercentOfTheCharacters() {
        double accuracy = ScanFixtureText.characterAccuracy(text, clean);
        assertTrue(accuracy >= 0.995, "character accuracy " + accuracy);
    }

    @Test
    void hardScanGivesTheSectionsAndRecords() {
        sameSectionsAndRecords(hard);
        assertEquals(List.of(1, 2, 3, 4, 5), hard.document().ocr().pages());
    }

    @Test
    void hardScanReadsAtLeast99PercentOfTheCharacters() {
        double accuracy = ScanFixtureText.characterAccuracy(text, hard);
        assertTrue(accuracy >= 0.99, "character accuracy " + accuracy);
    }

    @Test
    void cleanScanRecallsAtLeast90PercentOfTheFigures() {
        List<String> want = figures(text);
        List<String> got = new ArrayList<>(figures(clean));
        int found = 0;
        for (String f : want) if (got.remove(f)) found++;
        assertTrue(want.size() >= 20, "the text fixture has " + want.size() + " figures");
        double recall = found / (double) want.size();
        assertTrue(recall >= 0.9, "figure recall " + recall + " (" + found + " of " + want.size() + ")");
    }

    /** Each record's figures as "record: value unit". */
    private static List<String> figures(Report r) {
        List<String> out = new ArrayList<>();
        List<TaskRecord> records = r.records();
        for (int i = 0; i < records.size(); i++)
            for (Metric m : records.get(i).metrics())
                out.add(i + ": " + m.value().stripTrailingZeros().toPlainString() + " " + m.unit());
        return out;
    }

    @Test
    void aScannedPageInADigitalPdfIsTheOnlyOneReadByOcr() {
        assertNotNull(mixed.document().ocr());
        assertEquals(List.of(2), mixed.document().ocr().pages());
        sameSectionsAndRecords(mixed);
        double accuracy = ScanFixtureText.characterAccuracy(text, mixed);
        assertTrue(accuracy >= 0.995, "character accuracy " + accuracy);
        assertTrue(mixed.warnings().stream().noneMatch(w -> w.code().equals(Warning.NO_TEXT_LAYER)));
    }

    @Test
    void withOcrOffTheScannedPageIsNamedAndNothingElseIsLost() throws Exception {
        Report off = JinduParser.builder().ocr(false).build()
                .parse(ScanFixtureText.file("scan/seed-landscape-wqy-scan-mixed.pdf"));
        assertNull(off.document().ocr());
        Warning w = off.warnings().stream().filter(x -> x.code().equals(Warning.NO_TEXT_LAYER)).findFirst()
                .orElseThrow();
        assertTrue(w.message().contains("1 of its 5 page(s)"), w.message());
        assertTrue(w.message().contains("OCR was turned off"), w.message());
    }

    @Test
    void theMixedScanReadsTheSameWithItsPagesAnalysedOnASecondThread() throws Exception {
        byte[] bytes = Files.readAllBytes(ScanFixtureText.file("scan/seed-landscape-wqy-scan-mixed.pdf"));
        Layout sequential = readPages("sequential", bytes);
        Layout pipelined = readPages("pipelined", bytes);
        // page 2 is the scanned one: read by OCR on the scanner's side, analysed on the worker
        assertEquals(List.of(2), pipelined.ocr().pages());
        assertEquals(sequential.blocks(), pipelined.blocks());
        assertEquals(sequential.warnings(), pipelined.warnings());
        assertEquals(sequential, pipelined);
    }

    /** The PDF read with its pages one after the other or pipelined, as {@code -Djindu.pdf.pages} forces. */
    private static Layout readPages(String way, byte[] bytes) throws Exception {
        String before = System.getProperty("jindu.pdf.pages");
        System.setProperty("jindu.pdf.pages", way);
        try {
            return new PdfReader().read(bytes, "mixed.pdf", ReadContext.defaults("mixed.pdf"));
        } finally {
            if (before == null) System.clearProperty("jindu.pdf.pages");
            else System.setProperty("jindu.pdf.pages", before);
        }
    }
}
