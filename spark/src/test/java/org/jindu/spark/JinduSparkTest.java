package org.jindu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JinduSpark} and {@link ExtractJob} in one JVM on Spark in {@code local[2]}, over a folder made
 * of the fixtures: the seed report (also under a Chinese name with a space, and a second copy of its
 * bytes), the Word fixtures, two PDFs and the bad files; the job over a smaller one. Every record, metric,
 * warning and failure is compared with what {@code Jindu.parse} gives for the same file.
 */
class JinduSparkTest {
    static SparkSession spark;
    @TempDir
    static Path folder;
    static Path input;
    static Expected expected;
    /** a smaller folder for the job, which parses everything again: the seed twice, the bad files */
    static Path small;
    static Expected expectedSmall;
    static JinduTables tables;

    @BeforeAll
    static void start() throws IOException {
        Path testdata = Path.of(System.getProperty("jindu.testdata", "../testdata"));
        input = folder.resolve("input");
        copy(testdata.resolve("seed/000_4744e66be9c0f129.txt"), input.resolve("seed/000_4744e66be9c0f129.txt"));
        copy(testdata.resolve("seed/000_4744e66be9c0f129.txt"), input.resolve("中文 名/市教育局 1-9月.txt"));
        copy(testdata.resolve("seed/000_4744e66be9c0f129.txt"), input.resolve("zz-copy/same-bytes.txt"));
        try (var word = Files.list(testdata.resolve("word"))) {
            for (Path p : word.filter(p -> !p.toString().endsWith(".md")).toList()) {
                copy(p, input.resolve("word").resolve(p.getFileName()));
            }
        }
        copy(testdata.resolve("pdf/seed-drawn-wqy.pdf"), input.resolve("pdf/seed-drawn-wqy.pdf"));
        copy(testdata.resolve("pdf/variant-one-table-noto-zeropad.pdf"),
                input.resolve("pdf/variant-one-table-noto-zeropad.pdf"));
        for (String bad : List.of("encrypted.docx", "text-renamed.doc", "empty.docx", "truncated.docx")) {
            copy(testdata.resolve("bad").resolve(bad), input.resolve("bad").resolve(bad));
        }
        expected = Expected.of(input);
        small = folder.resolve("small");
        copy(testdata.resolve("seed/000_4744e66be9c0f129.txt"), small.resolve("seed/000_4744e66be9c0f129.txt"));
        copy(testdata.resolve("seed/000_4744e66be9c0f129.txt"), small.resolve("copy/市教育局 1-9月.txt"));
        copy(testdata.resolve("word/variant-one-table.docx"), small.resolve("word/variant-one-table.docx"));
        for (String bad : List.of("encrypted.docx", "empty.docx", "truncated.docx")) {
            copy(testdata.resolve("bad").resolve(bad), small.resolve("bad").resolve(bad));
        }
        expectedSmall = Expected.of(small);
        spark = SparkSession.builder().master("local[2]").appName("JinduSparkTest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        tables = JinduSpark.read(spark, input.toString());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static List<Map<String, Object>> rows(org.apache.spark.sql.Dataset<Row> table) {
        return Expected.canon(table.collectAsList());
    }

    @Test
    void recordsAreThoseOfJinduParse() {
        assertTrue(expected.rows("records").size() > 50, "the fixtures hold records");
        assertEquals(expected.rows("records"), expected.cut("records", rows(tables.records())));
    }

    @Test
    void metricsAreThoseOfJinduParse() {
        assertFalse(expected.rows("metrics").isEmpty(), "the seed report has figures");
        assertEquals(expected.rows("metrics"), expected.cut("metrics", rows(tables.metrics())));
    }

    @Test
    void reportsAndWarningsAreThoseOfJinduParse() {
        assertEquals(expected.rows("reports"), expected.cut("reports", rows(tables.reports())));
        assertEquals(expected.rows("warnings"), expected.cut("warnings", rows(tables.warnings())));
    }

    @Test
    void badFilesAreFailuresWithTheirCodes() {
        // the codes testdata/bad/README.md gives for each file
        assertEquals(Map.of("encrypted.docx", "ENCRYPTED", "text-renamed.doc", "CORRUPT", "empty.docx", "EMPTY",
                "truncated.docx", "CORRUPT"), expected.failureCodes);
        assertEquals(expected.rows("failures"), expected.cut("failures", rows(tables.failures())));
        Map<String, String> codes = tables.failures().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("file")),
                        r -> r.getString(r.fieldIndex("error_code")), (a, b) -> a, TreeMap::new));
        assertEquals(expected.failureCodes, codes);
    }

    @Test
    void theSameBytesAreOneDocumentUnderTheFirstPath() {
        List<Row> seed = tables.reports().where("title like '%1-9月份%' and format = 'text'").collectAsList();
        assertEquals(1, seed.size(), "three copies of the seed's bytes are one document");
        String path = seed.get(0).getString(seed.get(0).fieldIndex("path"));
        assertTrue(path.endsWith("/seed/000_4744e66be9c0f129.txt"),
                "the first path in path order, not another copy: " + path);
        assertEquals(expected.documents.size(), tables.documents().count());
    }

    @Test
    void recordsKeepTheSeedReportsSourceAsWritten() {
        // testdata/seed/000_4744e66be9c0f129.expected.json, written by reading the report: record 1
        Row first = tables.records().where("seq = '1' and section_number = '一' and source_item = 12")
                .where("array_contains(location.lines, 10)").first();
        assertEquals("十政办发〔2021〕1号", first.getString(first.fieldIndex("source_document")));
        assertEquals(List.of("职成教科"), first.getList(first.fieldIndex("departments")));
        assertEquals("重点工作", first.getString(first.fieldIndex("section_title")));
    }

    @Test
    void extractJobWritesEachTableAndASecondRunAddsNothing() throws IOException {
        Path out = folder.resolve("out-parquet");
        ExtractJob.Summary first = ExtractJob.run(spark, List.of(small.toString()), out.toString(),
                ExtractJob.Format.parquet);
        assertEquals(expectedSmall.documents.size(), first.documents());
        assertEquals(expectedSmall.rows("failures").size(), first.failed());
        assertEquals(1, first.skipped(), "the second copy of the seed's bytes");
        assertEquals(expectedSmall.rows("records").size(), first.records());
        assertEquals(expectedSmall.rows("records"),
                expectedSmall.cut("records", rows(spark.read().parquet(out.resolve("records").toString()))));
        assertEquals(expectedSmall.rows("metrics"),
                expectedSmall.cut("metrics", rows(spark.read().parquet(out.resolve("metrics").toString()))));

        // a run stopped half-way left rows behind and no row in runs
        Path stray = out.resolve("records/run_id=20260101T000000000Z");
        Files.createDirectories(stray);
        Files.copy(Files.list(out.resolve("records").resolve("run_id=" + first.runId()))
                .filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow(), stray.resolve("part-0.parquet"));

        ExtractJob.Summary second = ExtractJob.run(spark, List.of(small.toString()), out.toString(),
                ExtractJob.Format.parquet);
        assertEquals(0, second.documents());
        assertEquals(expectedSmall.files, second.skipped());
        assertFalse(Files.exists(stray), "the unfinished run's rows are removed");
        for (String table : ExtractJob.TABLES) {
            assertEquals(expectedSmall.rows(table).size(), spark.read().parquet(out.resolve(table).toString()).count(),
                    table);
        }
        assertEquals(2, spark.read().json(out.resolve("runs").toString()).count());
        assertThrows(ExtractJob.UsageException.class, () -> ExtractJob.run(spark, List.of(small.toString()),
                out.toString(), ExtractJob.Format.csv));
    }

    @Test
    void csvHoldsListsAsJsonText() throws IOException {
        Path out = folder.resolve("out-csv");
        Path seed = small.resolve("seed");
        ExtractJob.run(spark, List.of(seed.toString()), out.toString(), ExtractJob.Format.csv);
        Row row = spark.read().option("header", "true").option("multiLine", "true")
                .csv(out.resolve("records").toString()).where("seq = '1' and section_number = '一'").first();
        assertEquals("[\"职成教科\"]", row.getString(row.fieldIndex("departments")));
        assertEquals(1, ExtractJob.run(spark, List.of(seed.toString()), out.toString(), ExtractJob.Format.csv)
                .skipped());
    }
}
