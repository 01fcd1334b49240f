package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jindu.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jindu extract and batch on the seed as OFD, and on a hostile OFD. */
class ExtractOfdTest {
    static final Path OFD = Path.of(System.getProperty("jindu.testdata", "../testdata"), "ofd");

    @Test
    void extractsTheSeedReportFromItsOfd() throws Exception {
        Run run = Run.jindu("extract", OFD.resolve("seed.ofd").toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(Run.SEED_TITLE, report.get("title").asText());
        assertEquals("ofd", report.get("document").get("format").asText());
        assertEquals(8, report.get("document").get("pages").asInt());
        int records = 0;
        for (JsonNode s : report.get("sections")) records += s.get("records").size();
        assertEquals(8, records);
        assertEquals(0, report.get("warnings").size());
    }

    @TempDir
    Path tmp;

    @Test
    void batchTakesOfdFiles() throws Exception {
        Run run = Run.jindu("batch", "--db", tmp.resolve("t.sqlite").toString(),
                "--format", "jsonl", OFD.resolve("seed.ofd").toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("ofd", ReportJson.reader().readTree(run.out()).path("document").path("format").asText());
    }

    @Test
    void aZipBombIsTooLargeAndSaysSo() {
        Run run = Run.jindu("extract", OFD.resolve("bad-zip-bomb.ofd").toString());
        assertEquals(Main.DOCUMENT_FAILED, run.code());
        assertTrue(run.err().contains("ZIP bomb"), run.err());
    }
}
