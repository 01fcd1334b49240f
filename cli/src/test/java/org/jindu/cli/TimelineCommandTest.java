package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jindu timeline on the seed bureau's four reports of 2021 (1-3月, 1-6月, 1-9月, 全年), as text and as
 * DOCX: every task's periods, texts, figures and flags must be those of the hand-written
 * {@code testdata/timeline/expected.json}.
 */
class TimelineCommandTest {
    static final Path TIMELINE = Path.of(System.getProperty("jindu.testdata", "../testdata"), "timeline");
    static final Path TEXT = TIMELINE.resolve("text");
    static final Path DOCX = TIMELINE.resolve("docx");

    @Test
    void textReportsGiveTheExpectedTimeline() throws Exception {
        Run run = Run.jindu("timeline", TEXT.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        compare(expected(), new ObjectMapper().readTree(run.out()));
    }

    @Test
    void wordReportsGiveTheSameTimeline() throws Exception {
        Run run = Run.jindu("timeline", DOCX.toString());
        assertEquals(0, run.code(), run.err());
        compare(expected(), new ObjectMapper().readTree(run.out()));
    }

    @Test
    void filesInAnyOrderAreOrderedByPeriod() throws Exception {
        Run run = Run.jindu("timeline", TEXT.resolve("edu-2021-year.txt").toString(), TEXT.resolve("edu-2021-1-6.txt").toString(),
                TEXT.resolve("edu-2021-1-9.txt").toString(), TEXT.resolve("edu-2021-1-3.txt").toString());
        assertEquals(0, run.code(), run.err());
        compare(expected(), new ObjectMapper().readTree(run.out()));
    }

    @Test
    void aBatchDatabaseGivesTheSameTimeline(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("jindu.sqlite");
        Run batch = Run.jindu("batch", "-q", "--db", db.toString(), TEXT.toString());
        assertEquals(0, batch.code(), batch.err());
        Run run = Run.jindu("timeline", "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        compare(expected(), new ObjectMapper().readTree(run.out()));
    }

    @Test
    void aSecondReportOfTheSamePeriodIsLeftOutWithANote() throws Exception {
        Run run = Run.jindu("timeline", TEXT.toString(), DOCX.resolve("edu-2021-1-6.docx").toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("jindu: timeline: edu-2021-1-6.docx covers 1-6月 as edu-2021-1-6.txt does; it was left out",
                run.err().strip());
        JsonNode timeline = new ObjectMapper().readTree(run.out()).get(0);
        assertEquals(4, timeline.get("periods").size());
        assertEquals(1, timeline.get("notes").size());
    }

    @Test
    void csvHasARowPerTaskAndFlagsAsColumns() throws Exception {
        Run run = Run.jindu("timeline", "--format", "csv", TEXT.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("\uFEFF"), "a byte-order mark for Excel");
        List<List<String>> rows = csv(run.out().substring(1));
        List<String> header = rows.get(0);
        assertEquals(List.of("organization", "year", "section", "document", "item", "seq", "content",
                "1-3月 progress", "1-3月 figures", "1-3月 NEW", "1-3月 DROPPED", "1-3月 UNCHANGED", "1-3月 DECREASED",
                "1-3月 COMPLETED"), header.subList(0, 14));
        assertEquals(7 + 4 * 7, header.size());
        assertEquals(1 + 9, rows.size());
        List<String> education = rows.get(3); // item 59
        assertEquals("59", education.get(4));
        assertEquals("1", education.get(header.indexOf("全年 DECREASED")));
        assertEquals("", education.get(header.indexOf("1-9月 DECREASED")));
        assertTrue(education.get(header.indexOf("1-6月 figures")).contains("招聘补充教师 486人"),
                education.get(header.indexOf("1-6月 figures")));
        List<String> dropped = rows.get(4); // item 105
        assertEquals("1", dropped.get(header.indexOf("全年 DROPPED")));
        assertEquals("", dropped.get(header.indexOf("全年 progress")));
    }

    @Test
    void xlsxHasAGroupOfColumnsPerPeriod(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("timeline.xlsx");
        Run run = Run.jindu("timeline", "--format", "xlsx", "-o", out.toString(), TEXT.toString());
        assertEquals(0, run.code(), run.err());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("市教育局 2021");
            assertEquals("1-3月", sheet.getRow(0).getCell(7).getStringCellValue());
            assertEquals("全年", sheet.getRow(0).getCell(7 + 3 * 7).getStringCellValue());
            assertEquals("progress", sheet.getRow(1).getCell(7).getStringCellValue());
            assertEquals("COMPLETED", sheet.getRow(1).getCell(13).getStringCellValue());
            assertEquals(4, sheet.getNumMergedRegions());
            assertEquals(2 + 9 - 1, sheet.getLastRowNum());
            Row task19 = sheet.getRow(3);
            assertEquals(19, (int) task19.getCell(4).getNumericCellValue());
            assertTrue(task19.getCell(7 + 2 * 7 + 2 + 4).getBooleanCellValue(), "1-9月 COMPLETED");
            assertFalse(task19.getCell(7 + 3 * 7 + 2 + 4).getBooleanCellValue(), "全年 COMPLETED");
        }
    }

    @Test
    void usageErrors() {
        assertEquals(Main.USAGE, Run.jindu("timeline").code());
        assertEquals(Main.USAGE, Run.jindu("timeline", "no/such/folder").code());
        assertEquals(Main.USAGE, Run.jindu("timeline", "--format", "xlsx", TEXT.toString()).code());
        assertEquals(Main.USAGE, Run.jindu("timeline", "--db", TEXT.resolve("edu-2021-1-3.txt").toString()).code());
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndTheOthersLinked(@TempDir Path dir) throws Exception {
        Files.copy(TEXT.resolve("edu-2021-1-3.txt"), dir.resolve("q1.txt"));
        Files.write(dir.resolve("empty.docx"), new byte[0]);
        Run run = Run.jindu("timeline", dir.toString());
        assertEquals(Main.DOCUMENT_FAILED, run.code());
        assertTrue(run.err().contains("empty.docx"), run.err());
        assertEquals(7, new ObjectMapper().readTree(run.out()).get(0).get("tasks").size());
    }

    // ---- comparing with the expected file

    static JsonNode expected() throws Exception {
        return new ObjectMapper().readTree(Files.readString(TIMELINE.resolve("expected.json"), StandardCharsets.UTF_8));
    }

    /** Every field the expected file names; file names without their extension. */
    static void compare(JsonNode expected, JsonNode actual) {
        assertEquals(expected.size(), actual.size(), "timelines");
        for (int t = 0; t < expected.size(); t++) {
            JsonNode e = expected.get(t), a = actual.get(t);
            assertEquals(e.get("organization"), a.get("organization"));
            assertEquals(e.get("year"), a.get("year"));
            assertEquals(e.get("notes"), a.get("notes"));
            assertEquals(e.get("periods").size(), a.get("periods").size(), "periods");
            for (int p = 0; p < e.get("periods").size(); p++) {
                JsonNode ep = e.get("periods").get(p), ap = a.get("periods").get(p);
                assertEquals(ep.get("label"), ap.get("label"));
                assertEquals(ep.get("period"), ap.get("period"));
                assertEquals(ep.get("file").asText(), ap.get("file").asText().replaceAll("\\.[a-z]+$", ""));
            }
            JsonNode tasks = a.get("tasks");
            assertEquals(e.get("tasks").size(), tasks.size(), "tasks");
            for (int i = 0; i < tasks.size(); i++) {
                JsonNode et = e.get("tasks").get(i), at = tasks.get(i);
                String name = "task " + et.get("section").asText() + " " + et.get("item");
                for (String field : List.of("section", "document", "item", "content"))
                    assertEquals(et.get(field), at.get(field), name + " " + field);
                for (int p = 0; p < et.get("periods").size(); p++) {
                    JsonNode ee = et.get("periods").get(p), ae = at.get("periods").get(p);
                    for (String field : List.of("present", "progress", "flags"))
                        assertEquals(ee.get(field), ae.get(field), name + " period " + p + " " + field);
                }
                assertEquals(et.get("figures").size(), at.get("figures").size(), name + " figures");
                for (int f = 0; f < et.get("figures").size(); f++) {
                    JsonNode ef = et.get("figures").get(f), af = at.get("figures").get(f);
                    for (String field : List.of("category", "subject", "unit"))
                        assertEquals(ef.get(field), af.get(field), name + " figure " + f + " " + field);
                    for (int p = 0; p < ef.get("values").size(); p++) {
                        JsonNode ev = ef.get("values").get(p), av = af.get("values").get(p);
                        if (ev.isNull()) assertTrue(av.isNull(), name + " figure " + f + " period " + p + ": " + av);
                        else assertEquals(0, new BigDecimal(ev.asText()).compareTo(new BigDecimal(av.asText())),
                                name + " figure " + f + " period " + p + ": " + av);
                    }
                }
            }
        }
    }

    static List<List<String>> csv(String text) throws Exception {
        var mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        mapper.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (var it = mapper.readerForListOf(String.class).<List<String>>readValues(text)) {
            while (it.hasNext()) rows.add(it.next());
        }
        return rows;
    }
}
