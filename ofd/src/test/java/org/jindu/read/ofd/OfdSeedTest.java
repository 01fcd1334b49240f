package org.jindu.read.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.jindu.ExpectedJson;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.json.ReportJson;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.junit.jupiter.api.Test;

/**
 * The seed report as OFD ({@code testdata/ofd/seed.ofd}, written by the fixtures module's
 * {@code OfdFixtures} from the text fixture's layout) gives the text fixture's report, field by field.
 */
class OfdSeedTest {

    static JsonNode withoutWhereabouts(Report report) throws IOException {
        JsonNode node = ReportJson.mapper().readTree(ReportJson.toJson(report, false));
        ((ObjectNode) node).remove("document");
        for (JsonNode section : node.get("sections"))
            for (JsonNode record : section.get("records")) ((ObjectNode) record).remove("location");
        return node;
    }

    @Test
    void givesTheRecordsOfTheTextFixture() throws Exception {
        Report text = Jindu.parse(Fixtures.file("seed/000_4744e66be9c0f129.txt"));
        Report ofd = Jindu.parse(Fixtures.file("ofd/seed.ofd"));
        ExpectedJson.assertMatches(withoutWhereabouts(text), withoutWhereabouts(ofd));
        assertEquals("ofd", ofd.document().format());
        assertEquals(8, ofd.document().pages());
        assertEquals(8, ofd.records().size());
    }

    @Test
    void losesNoCharacterAndWarnsOfNothing() throws Exception {
        assertEquals(List.of(), Jindu.parse(Fixtures.file("ofd/seed.ofd")).warnings());
    }

    @Test
    void stitchesRecordsAcrossPages() throws Exception {
        Report report = Jindu.parse(Fixtures.file("ofd/seed.ofd"));
        for (TaskRecord r : report.records()) assertFalse(r.location().pages().isEmpty(), r.seq());
        // record 3 runs from page 1 over two page breaks; the word 支持计|划 is split at the first
        TaskRecord third = report.records().get(2);
        assertEquals(List.of(1, 2, 3), third.location().pages());
        assertTrue(third.progress().contains("人才支持计划教师专项计划152人"), third.progress());
    }
}
