package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jindu.ExpectedJson;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.json.ReportJson;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every PDF of the seed report under {@code testdata/pdf/} gives the records of the text fixture, field
 * by field (the document's identity and the records' locations aside), with no warning at all.
 */
class PdfSeedTest {

    static Stream<Path> seedPdfs() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.file("pdf"))) {
            List<Path> pdfs = files.filter(p -> p.getFileName().toString().startsWith("seed-"))
                    .filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
            if (pdfs.isEmpty()) fail("no seed PDFs under testdata/pdf");
            return pdfs.stream();
        }
    }

    static JsonNode withoutWhereabouts(Report report) throws IOException {
        JsonNode node = ReportJson.mapper().readTree(ReportJson.toJson(report, false));
        ((ObjectNode) node).remove("document");
        for (JsonNode section : node.get("sections"))
            for (JsonNode record : section.get("records")) ((ObjectNode) record).remove("location");
        return node;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPdfs")
    void givesTheRecordsOfTheTextFixture(Path pdf) throws Exception {
        Report text = Jindu.parse(Fixtures.file("seed/000_4744e66be9c0f129.txt"));
        Report fromPdf = Jindu.parse(pdf);
        ExpectedJson.assertMatches(withoutWhereabouts(text), withoutWhereabouts(fromPdf));
        assertEquals("pdf", fromPdf.document().format());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPdfs")
    void losesNoCharacterAndWarnsOfNothing(Path pdf) throws Exception {
        Report report = Jindu.parse(pdf);
        assertEquals(List.of(), report.warnings().stream().filter(w -> w.code().equals(Warning.TEXT_LOST)).toList());
        assertEquals(List.of(), report.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPdfs")
    void recordsTheirPages(Path pdf) throws Exception {
        Report report = Jindu.parse(pdf);
        for (TaskRecord r : report.records()) assertFalse(r.location().pages().isEmpty(), r.seq());
        assertEquals(1, report.records().get(0).location().pages().get(0));
        // the long progress cells run over a page break in every fixture: those records are stitched
        assertTrue(report.records().stream().anyMatch(r -> r.location().pages().size() > 1));
    }

    @ParameterizedTest(name = "rotated {0}°")
    @org.junit.jupiter.params.provider.ValueSource(ints = {90, 180, 270})
    void readsPagesShownRotated(int degrees) throws Exception {
        byte[] rotated;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.pdmodel.PDDocument.load(
                Fixtures.file("pdf/seed-portrait-noto-zeropad.pdf").toFile())) {
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) page.setRotation(degrees);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            rotated = out.toByteArray();
        }
        Report text = Jindu.parse(Fixtures.file("seed/000_4744e66be9c0f129.txt"));
        Report fromPdf = Jindu.parse(rotated, "rotated.pdf");
        ExpectedJson.assertMatches(withoutWhereabouts(text), withoutWhereabouts(fromPdf));
    }
}
