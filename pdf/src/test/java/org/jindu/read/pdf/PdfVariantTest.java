package org.jindu.read.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import org.jindu.ExpectedJson;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.json.ReportJson;
import org.jindu.model.Report;
import org.junit.jupiter.api.Test;

/**
 * The one-table variant (sections as full-width rows, a 责任单位 cell merged down over three rows)
 * exported to PDF gives the records written by hand for its Word file.
 */
class PdfVariantTest {

    @Test
    void readsSectionRowsAndCellsMergedDown() throws Exception {
        Report report = Jindu.parse(Fixtures.file("pdf/variant-one-table-noto-zeropad.pdf"));
        JsonNode expected = ReportJson.mapper().readTree(
                Files.readString(Fixtures.file("word/variant-one-table.expected.json")));
        ((ObjectNode) expected).remove("document");
        // Word locations (table, rows) do not apply; PDF pages are checked in PdfSeedTest
        for (JsonNode section : expected.get("sections"))
            for (JsonNode record : section.get("records")) ((ObjectNode) record).remove("location");
        JsonNode actual = ReportJson.mapper().readTree(ReportJson.toJson(report, false));
        ExpectedJson.assertMatches(expected, actual);
    }
}
