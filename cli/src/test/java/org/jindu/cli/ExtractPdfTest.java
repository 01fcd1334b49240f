package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** jindu extract on a PDF of the seed: the report on stdout, nothing on stderr. */
class ExtractPdfTest {
    static final Path PDF = Path.of(System.getProperty("jindu.testdata", "../testdata"),
            "pdf", "seed-landscape-noto-zeropad.pdf");

    @Test
    void extractsTheSeedReportFromItsPdf() throws Exception {
        Run run = Run.jindu("extract", PDF.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(Run.SEED_TITLE, report.get("title").asText());
        assertEquals("pdf", report.get("document").get("format").asText());
        assertEquals(5, report.get("document").get("pages").asInt());
        int records = 0;
        for (JsonNode s : report.get("sections")) records += s.get("records").size();
        assertEquals(8, records);
        assertEquals(0, report.get("warnings").size());
    }
}
