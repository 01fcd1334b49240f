package org.jindu.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jindu.ExpectedJson;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.json.ReportJson;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed report as Word exports it to HTML, published in a site's chrome (GB2312 declared, GBK
 * bytes) and saved as Word's single file web page, gives the text fixture's report field by field,
 * with its warnings and nothing more: the chrome gives neither records nor warnings.
 */
class HtmlFixturesTest {
    static final String SEED = "seed/000_4744e66be9c0f129.txt";

    @ParameterizedTest
    @ValueSource(strings = {"html/seed-page.html", "html/seed-word.mht", "html/seed-page-html-named.xls"})
    void givesTheTextFixturesReportFieldByField(String file) throws Exception {
        JsonNode text = withoutDocumentAndLocations(Jindu.parse(Fixtures.file(SEED)));
        JsonNode html = withoutDocumentAndLocations(Jindu.parse(Fixtures.file(file)));
        ExpectedJson.assertMatches(text, html);
        assertEquals(text, html); // the warnings too: the text fixture's, and none from the chrome
    }

    @ParameterizedTest
    @ValueSource(strings = {"html/seed-page.html:html", "html/seed-word.mht:mht", "html/seed-page-html-named.xls:html"})
    void formatSaysWhatWasReadNotWhatTheNameSays(String fileAndFormat) throws Exception {
        String[] parts = fileAndFormat.split(":");
        assertEquals(parts[1], Jindu.parse(Fixtures.file(parts[0])).document().format());
    }

    @Test
    void readsTheGbkCharacterOfAPageDeclaredGb2312() throws Exception {
        Report report = Jindu.parse(Fixtures.file("html/seed-page.html"));
        String progress = report.sections().get(0).records().get(4).progress();
        assertEquals(true, progress.contains("就郟阳中学、市一中"), progress);
    }

    @Test
    void locatesRecordsByTableAndRow() throws Exception {
        Report report = Jindu.parse(Fixtures.file("html/seed-page.html"));
        TaskRecord third = report.sections().get(0).records().get(2);
        assertEquals(0, third.location().table());
        assertEquals(List.of(3), third.location().rows());
        assertEquals(1, report.sections().get(1).records().get(0).location().table());
    }

    private static JsonNode withoutDocumentAndLocations(Report report) throws Exception {
        ObjectNode tree = (ObjectNode) ReportJson.mapper().readTree(ReportJson.toJson(report, false));
        tree.remove("document");
        for (JsonNode section : tree.get("sections"))
            for (JsonNode record : section.get("records")) ((ObjectNode) record).remove("location");
        return tree;
    }
}
