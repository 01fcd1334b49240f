package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jindu.json.ReportJson;
import org.jindu.model.Metric;
import org.jindu.quantity.QuantityScanner;
import org.junit.jupiter.api.Test;

class QuantitiesCommandTest {

    private static JsonNode json(String text) throws IOException {
        return ReportJson.reader().readTree(text);
    }

    private static Run withStdin(String input, String... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return Run.jindu(args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void printsTheFiguresOfATextAsJson() throws IOException {
        Run run = Run.jindu("quantities", "2021年全市招聘补充教师879人，中央资金共计12595万元。");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        JsonNode metrics = json(run.out());
        assertEquals(2, metrics.size(), run.out());
        JsonNode hires = metrics.get(0);
        assertEquals(879, hires.path("value").asInt());
        assertEquals("人", hires.path("unit").asText());
        assertEquals("招聘补充教师", hires.path("subject").asText());
        assertEquals("teacher_hires", hires.path("category").asText());
        assertEquals("2021年", hires.path("time").asText());
        assertEquals("125950000", metrics.get(1).path("baseValue").asText());
    }

    @Test
    void readsStandardInputForADash() throws IOException {
        Run run = withStdin("培训骨干教师近300名", "quantities", "-");
        assertEquals(0, run.code(), run.err());
        assertEquals("近", json(run.out()).get(0).path("qualifier").asText());
    }

    @Test
    void leavesBareNumbersOutUnlessAllIsAsked() throws IOException {
        assertEquals(0, json(Run.jindu("quantities", "总数是1502222").out()).size());
        JsonNode all = json(Run.jindu("quantities", "--all", "总数是1502222").out());
        assertEquals(1, all.size());
        assertTrue(all.get(0).path("unit").isNull());
    }

    @Test
    void printsOneCompactArrayPerLineWithLines() throws IOException {
        Run run = withStdin("一百五十二\n\n2021年\n三分之一和5%\n", "quantities", "--lines", "--all");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(4, lines.length, run.out());
        assertEquals(152, json(lines[0]).get(0).path("value").asInt());
        assertEquals("[]", lines[1]);
        assertEquals("[]", lines[2], "a year is a time, not a figure");
        assertEquals(2, json(lines[3]).size());
    }

    /** The way into the external suites: their inputs through --lines --all give what the API gives. */
    @Test
    void linesAllAgreesWithTheApiOnTheRecognizersNumberInputs() throws IOException {
        Path file = Path.of(System.getProperty("jindu.testdata", "../testdata"),
                "external", "recognizers-text", "Number", "Chinese", "NumberModel.json");
        List<String> inputs = new ArrayList<>();
        for (JsonNode c : json(Files.readString(file))) inputs.add(c.get("Input").asText());
        Run run = withStdin(String.join("\n", inputs) + "\n", "quantities", "--lines", "--all");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(inputs.size(), lines.length);
        for (int i = 0; i < inputs.size(); i++) {
            List<Metric> api = QuantityScanner.standard().scanAll(inputs.get(i));
            JsonNode cli = json(lines[i]);
            assertEquals(api.size(), cli.size(), inputs.get(i));
            for (int k = 0; k < api.size(); k++) {
                assertEquals(api.get(k).start(), cli.get(k).path("start").asInt(), inputs.get(i));
                assertEquals(0, api.get(k).value().compareTo(cli.get(k).path("value").decimalValue()), inputs.get(i));
            }
        }
    }
}
