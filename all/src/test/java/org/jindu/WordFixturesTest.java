package org.jindu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.List;
import org.jindu.json.ReportJson;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every fixture of the seed report, whatever its format, gives the text fixture's report field by
 * field: any reader's drift shows here. The Word variant gives its hand-written expected JSON.
 */
class WordFixturesTest {
    static final String VARIANT_EXPECTED = "word/variant-one-table.expected.json";

    @ParameterizedTest
    @ValueSource(strings = {"word/seed-landscape.docx", "word/seed-portrait.docx", "word/seed-landscape.doc",
        "word/seed-portrait.doc", "word/seed-doc-named.docx", "word/seed-portrait-libreoffice.docx"})
    void givesTheTextFixturesReportFieldByField(String file) throws Exception {
        JsonNode text = withoutDocumentAndLocations(Jindu.parse(Fixtures.file(SeedReportTest.SEED)));
        JsonNode word = withoutDocumentAndLocations(Jindu.parse(Fixtures.file(file)));
        ExpectedJson.assertMatches(text, word); // lists every difference, field by field
        assertEquals(text, word);               // and nothing more on the Word side
    }

    @ParameterizedTest
    @ValueSource(strings = {"word/seed-landscape.docx", "word/seed-portrait.doc", "word/variant-one-table.docx",
        "word/variant-one-table.doc", "word/seed-portrait-libreoffice.docx"})
    void locatesEveryRecordByTableAndRow(String file) throws Exception {
        Report report = Jindu.parse(Fixtures.file(file));
        assertFalse(report.records().isEmpty());
        for (TaskRecord r : report.records()) {
            assertNotNull(r.location().table(), r.seq() + " has no table");
            assertFalse(r.location().rows().isEmpty(), r.seq() + " has no rows");
            assertEquals(List.of(), r.location().lines());
        }
    }

    @Test
    void locatesSeedRecordsInTheirSectionsTable() throws Exception {
        Report report = Jindu.parse(Fixtures.file("word/seed-landscape.docx"));
        TaskRecord third = report.sections().get(0).records().get(2);
        assertEquals(0, third.location().table());
        assertEquals(List.of(3), third.location().rows()); // row 0 is the header
        TaskRecord engineering = report.sections().get(1).records().get(0);
        assertEquals(1, engineering.location().table());
        assertEquals(List.of(1), engineering.location().rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"word/seed-landscape.docx:docx", "word/seed-landscape.doc:doc",
        "word/seed-doc-named.docx:doc", "seed/000_4744e66be9c0f129.txt:text"})
    void documentFormatSaysWhatWasReadNotWhatTheNameSays(String fileAndFormat) throws Exception {
        String[] parts = fileAndFormat.split(":");
        assertEquals(parts[1], Jindu.parse(Fixtures.file(parts[0])).document().format());
    }

    @ParameterizedTest
    @ValueSource(strings = {"word/variant-one-table.docx", "word/variant-one-table.doc",
        "word/variant-one-table-libreoffice.docx"})
    void variantMatchesItsHandWrittenExpectedJson(String file) throws Exception {
        ObjectNode expected = (ObjectNode) ReportJson.mapper().readTree(Files.readString(Fixtures.file(VARIANT_EXPECTED)));
        String format = file.endsWith(".docx") ? "docx" : "doc";
        ((ObjectNode) expected.get("document")).put("format", format);
        JsonNode actual = ReportJson.mapper().readTree(ReportJson.toJson(Jindu.parse(Fixtures.file(file)), false));
        ExpectedJson.assertMatches(expected, actual);
    }

    @Test
    void variantHasEightRecordsWithExtraColumnsKeptByName() throws Exception {
        Report report = Jindu.parse(Fixtures.file("word/variant-one-table.docx"));
        assertEquals(8, report.records().size());
        for (TaskRecord r : report.records())
            assertEquals(List.of("完成时限", "存在问题及下步打算"), List.copyOf(r.extra().keySet()), r.content());
        assertEquals(List.of("重点工作", "重大工程", "民生实事", "重点建议和提案"),
                report.sections().stream().map(Section::title).toList());
    }

    @Test
    void variantMergedDepartmentCellAppliesToEveryRowItSpans() throws Exception {
        Report report = Jindu.parse(Fixtures.file("word/variant-one-table.docx"));
        List<TaskRecord> first = report.sections().get(0).records();
        for (int i = 1; i <= 3; i++)
            assertEquals(List.of("村镇建设科", "建筑市场科"), first.get(i).departments(), "record " + (i + 1));
        assertEquals(List.of("科技设计科"), first.get(4).departments());
        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
    }

    private static JsonNode withoutDocumentAndLocations(Report report) throws Exception {
        ObjectNode tree = (ObjectNode) ReportJson.mapper().readTree(ReportJson.toJson(report, false));
        tree.remove("document");
        for (JsonNode section : tree.get("sections"))
            for (JsonNode record : section.get("records")) ((ObjectNode) record).remove("location");
        return tree;
    }
}
