package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jindu.json.ReportJson;
import org.junit.jupiter.api.Test;

/** {@code jindu extract} over Word files and the bad files of testdata/bad, in one run. */
class ExtractWordTest {
    private static final Path TESTDATA = Path.of(System.getProperty("jindu.testdata", "../testdata"));

    private static String file(String relative) {
        return TESTDATA.resolve(relative).toString();
    }

    @Test
    void goodFilesComeOutAndEachBadFileIsOneLineWithExitCode3() throws Exception {
        List<String> bad = List.of("bad/truncated.docx", "bad/encrypted.docx", "bad/empty.docx", "bad/text-renamed.doc");
        List<String> args = new ArrayList<>(List.of("extract", file("word/seed-landscape.docx")));
        for (String b : bad) args.add(file(b));
        args.add(file("word/variant-one-table.doc"));
        args.add(Run.SEED.toString());

        Run run = Run.jindu(args.toArray(String[]::new));

        assertEquals(Main.DOCUMENT_FAILED, run.code(), run.err());
        JsonNode reports = ReportJson.reader().readTree(run.out());
        assertEquals(3, reports.size(), run.out());
        assertEquals(List.of("docx", "doc", "text"),
                List.of(format(reports.get(0)), format(reports.get(1)), format(reports.get(2))));
        assertEquals(Run.SEED_TITLE, reports.get(0).path("title").asText());
        assertEquals("市住建局2021年上半年重点工作目标任务落实情况", reports.get(1).path("title").asText());
        assertEquals(0, reports.get(0).path("sections").get(0).path("records").get(0).path("location").path("table").asInt(-1));

        String[] lines = run.errLines();
        assertEquals(bad.size(), lines.length, run.err());
        for (int i = 0; i < bad.size(); i++)
            assertTrue(lines[i].startsWith("jindu: " + file(bad.get(i)) + ": "), lines[i]);
        assertTrue(lines[0].contains("DOCX"), lines[0]);
        assertTrue(lines[1].contains("password"), lines[1]);
        assertTrue(lines[2].endsWith("the file is empty"), lines[2]);
        assertTrue(lines[3].contains("plain text"), lines[3]);
    }

    private static String format(JsonNode report) {
        return report.path("document").path("format").asText();
    }
}
