package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Lost or displaced text is said on stderr, first and once per kind, by {@code tables} and {@code extract}. */
class LossOnStderrTest {
    static final Path LAYOUT = Path.of(System.getProperty("jindu.testdata", "../testdata")).resolve("pdf/layout");
    static final String DAMAGED = LAYOUT.resolve("damaged-no-tounicode.pdf").toString();

    @Test
    void tablesShowsTheLossOfADamagedPdfOnStderr() {
        Run run = Run.jindu("tables", DAMAGED);
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.errLines()[0].startsWith("jindu: " + DAMAGED + ": warning: TEXT_LOST: "), run.err());
        assertTrue(run.err().contains("no ToUnicode"), run.err());
    }

    @Test
    void extractShowsTheLossOnStderrAndListsItFirst() throws Exception {
        Run run = Run.jindu("extract", DAMAGED);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.errLines()[0].startsWith("jindu: " + DAMAGED + ": warning: TEXT_LOST: "), run.err());
        JsonNode warnings = new ObjectMapper().readTree(run.out()).get("warnings");
        assertEquals("TEXT_LOST", warnings.get(0).get("code").asText());
        // the title and table are gone with the text: said too, but after the loss, and not on stderr
        for (JsonNode w : warnings) assertTrue(w.get("code").asText().equals("TEXT_LOST") || !run.err().contains(w.get("code").asText()), run.err());
    }

    @Test
    void aPdfReadWholeSaysNothingOnStderr() {
        Run tables = Run.jindu("tables", LAYOUT.resolve("open-last-row.pdf").toString());
        assertEquals(0, tables.code(), tables.err());
        assertEquals("", tables.err());
        assertTrue(tables.out().contains("\"合计\""), tables.out());
        Run extract = Run.jindu("extract", LAYOUT.resolve("hanging-punctuation.pdf").toString());
        assertEquals(0, extract.code(), extract.err());
        assertEquals("", extract.err());
    }
}
