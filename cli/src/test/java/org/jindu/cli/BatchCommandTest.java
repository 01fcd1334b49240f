package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.jindu.Jindu;
import org.jindu.exception.JinduException;
import org.jindu.json.ReportJson;
import org.jindu.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @TempDir
    Path tmp;

    private Path db() {
        return tmp.resolve("jindu.sqlite");
    }

    private static String path(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @Test
    void storesEveryGoodDocumentsRecordsAndEachBrokenFileAsAFailedRowWithItsReason()
            throws IOException, SQLException {
        Path in = tmp.resolve("in");
        List<Path> good = BatchFixtures.seedCopies(in.resolve("2021"), 5);
        // A text report cut off mid-table still reads, with what it holds.
        Path cut = in.resolve("cut-off.txt");
        byte[] seed = Files.readAllBytes(Run.SEED);
        Files.write(cut, java.util.Arrays.copyOf(seed, seed.length / 2));
        List<Path> broken = BatchFixtures.brokenFiles(in.resolve("broken"));

        Run run = Run.jindu("batch", "--db", db().toString(), in.toString());

        assertEquals(3, run.code(), run.err());
        assertEquals(good.size() + 1 + broken.size(), BatchFixtures.number(db(), "SELECT count(*) FROM documents"));
        for (Path file : concat(good, List.of(cut))) {
            Report expected = parse(file);
            String where = " FROM documents WHERE path = " + quoted(path(file));
            assertEquals(expected.document().sha256(),
                    BatchFixtures.rows(db(), "SELECT sha256" + where).get(0).get(0));
            assertEquals(expected.records().size(), BatchFixtures.number(db(), "SELECT record_count" + where));
            assertEquals(expected.records().size(), BatchFixtures.number(db(),
                    "SELECT count(*) FROM records WHERE document_id = (SELECT id" + where + ")"), file.toString());
            assertEquals(expected.title(), BatchFixtures.rows(db(), "SELECT title" + where).get(0).get(0));
        }
        for (Path file : broken) {
            JinduException expected = failure(file);
            List<List<String>> row = BatchFixtures.rows(db(),
                    "SELECT status, error_code, error_message FROM documents WHERE path = " + quoted(path(file)));
            assertEquals(List.of(List.of("failed", expected.code(), expected.reason())), row, file.toString());
            assertTrue(run.err().contains("jindu: " + path(file) + ": " + expected.reason()), run.err());
        }
        assertTrue(run.err().contains(good.size() + 1 + broken.size() + " documents: "), run.err());
        assertTrue(run.err().contains(broken.size() + " failed"), run.err());
        // The record's departments are also rows of record_departments, in order.
        assertEquals(BatchFixtures.number(db(), "SELECT sum(json_array_length(departments)) FROM records"),
                BatchFixtures.number(db(), "SELECT count(*) FROM record_departments"));
    }

    @Test
    void aSecondRunSkipsEveryDocumentAndWritesNothing() throws IOException, SQLException {
        Path in = tmp.resolve("in");
        BatchFixtures.seedCopies(in, 3);
        BatchFixtures.brokenFiles(in.resolve("broken"));
        assertEquals(3, Run.jindu("batch", "--db", db().toString(), in.toString()).code());
        List<List<String>> before = BatchFixtures.rows(db(), "SELECT id, sha256, path, extracted_at FROM documents");
        long records = BatchFixtures.number(db(), "SELECT count(*) FROM records");

        Run again = Run.jindu("batch", "--db", db().toString(), in.toString());

        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("0 ok, 0 with warnings, 0 failed, 9 skipped"), again.err());
        assertEquals(before, BatchFixtures.rows(db(), "SELECT id, sha256, path, extracted_at FROM documents"));
        assertEquals(records, BatchFixtures.number(db(), "SELECT count(*) FROM records"));
        assertEquals(2, BatchFixtures.number(db(), "SELECT count(*) FROM runs"));
    }

    @Test
    void forceReadsEveryDocumentAgainAndStillStoresItOnce() throws IOException, SQLException {
        Path in = tmp.resolve("in");
        BatchFixtures.seedCopies(in, 3);
        assertEquals(0, Run.jindu("batch", "--db", db().toString(), in.toString()).code());
        long records = BatchFixtures.number(db(), "SELECT count(*) FROM records");

        Run again = Run.jindu("batch", "--force", "--db", db().toString(), in.toString());

        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("3 ok"), again.err());
        assertEquals(3, BatchFixtures.number(db(), "SELECT count(*) FROM documents"));
        assertEquals(3, BatchFixtures.number(db(), "SELECT count(*) FROM documents WHERE run_id = 2"));
        assertEquals(records, BatchFixtures.number(db(), "SELECT count(*) FROM records"));
        assertEquals(0, BatchFixtures.number(db(),
                "SELECT count(*) FROM records WHERE document_id NOT IN (SELECT id FROM documents)"));
    }

    @Test
    void theSameBytesTwiceAreOneDocument() throws IOException, SQLException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Run.SEED, in.resolve("a.txt"));
        Files.copy(Run.SEED, in.resolve("b.txt"));
        Run run = Run.jindu("batch", "--db", db().toString(), "--threads", "2", in.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("1 ok, 0 with warnings, 0 failed, 1 skipped"), run.err());
        assertEquals(1, BatchFixtures.number(db(), "SELECT count(*) FROM documents"));
    }

    @Test
    void includeAndExcludeGlobsChooseTheFiles() throws IOException, SQLException {
        Path in = tmp.resolve("in");
        BatchFixtures.seedCopies(in.resolve("2021"), 2);
        BatchFixtures.seedCopies(in.resolve("drafts"), 2);
        Files.writeString(in.resolve("2021").resolve("notes.md"), "not a report");
        Run run = Run.jindu("batch", "--db", db().toString(), "--include", "*.txt", "--exclude", "drafts",
                in.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(List.of("seed-0001.txt"), List.of("seed-0002.txt")),
                BatchFixtures.rows(db(), "SELECT file FROM documents ORDER BY file"));
        assertEquals(0, BatchFixtures.number(db(), "SELECT count(*) FROM documents WHERE path LIKE '%drafts%'"));
    }

    @Test
    void aMalformedGlobIsAUsageError() {
        Run run = Run.jindu("batch", "--db", db().toString(), "--include", "*.{txt", Run.SEED.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("not a valid --include or --exclude pattern"), run.err());
    }

    @Test
    void aFileNamedOnTheCommandLineIsReadWhateverTheGlobs() throws IOException, SQLException {
        Run run = Run.jindu("batch", "--db", db().toString(), "--include", "*.docx", Run.SEED.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(1, BatchFixtures.number(db(), "SELECT count(*) FROM documents"));
    }

    @Test
    void jsonlExportsOneReportPerStoredDocument() throws IOException {
        Path in = tmp.resolve("in");
        List<Path> copies = BatchFixtures.seedCopies(in, 2);
        BatchFixtures.brokenFiles(in.resolve("broken"));
        Path out = tmp.resolve("reports.jsonl");
        Run run = Run.jindu("batch", "--db", db().toString(), "--format", "jsonl", "-o", out.toString(),
                in.toString());
        assertEquals(3, run.code(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        // Lines come in the order the documents were stored, which parallel parsing may change.
        java.util.Map<String, String> byFile = new java.util.HashMap<>();
        for (String line : lines) {
            byFile.put(ReportJson.fromJson(line).document().file(), line);
        }
        for (Path copy : copies) {
            assertEquals(ReportJson.toJson(parse(copy), false), byFile.get(copy.getFileName().toString()));
        }
    }

    @Test
    void jsonlWithoutOutputGoesToStandardOutput() throws IOException {
        Run run = Run.jindu("batch", "--db", db().toString(), "--format", "jsonl", Run.SEED.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode report = ReportJson.reader().readTree(run.out());
        assertEquals(Run.SEED_TITLE, report.path("title").asText());
    }

    @Test
    void quietPrintsNoSummaryButStillListsFailures() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Run run = Run.jindu("batch", "--quiet", "--db", db().toString(), empty.toString(), Run.SEED.toString());
        assertEquals(3, run.code());
        assertEquals(List.of("jindu: " + path(empty) + ": the file is empty"), List.of(run.errLines()));
    }

    @Test
    void csvAndXlsxNeedAnOutput() {
        for (String format : List.of("csv", "xlsx")) {
            Run run = Run.jindu("batch", "--db", db().toString(), "--format", format, Run.SEED.toString());
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().contains("--output"), run.err());
            assertFalse(Files.exists(db()), "nothing is read on a usage error");
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsAUsageErrorBeforeAnythingIsRead() throws IOException {
        Path file = Files.createFile(tmp.resolve("a-file"));
        Path folder = Files.createDirectories(tmp.resolve("a-folder"));
        List<List<String>> cases = List.of(
                List.of("csv", file.toString(), "not a folder"),
                List.of("xlsx", folder.toString(), "it is a folder"),
                List.of("jsonl", tmp.resolve("gone").resolve("out.jsonl").toString(), "does not exist"));
        for (List<String> c : cases) {
            Run run = Run.jindu("batch", "--db", db().toString(), "--format", c.get(0), "-o", c.get(1),
                    Run.SEED.toString());
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().contains(c.get(2)), run.err());
        }
        Run run = Run.jindu("batch", "--db", tmp.resolve("gone").resolve("x.sqlite").toString(), Run.SEED.toString());
        assertEquals(2, run.code(), run.err());
        assertFalse(Files.exists(db()));
    }

    @Test
    void aMissingPathIsAUsageError() {
        Run run = Run.jindu("batch", "--db", db().toString(), tmp.resolve("nowhere").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no such file or folder"), run.err());
    }

    @Test
    void aFileThatIsNotADatabaseIsAUsageError() throws IOException {
        String note = "this is not a SQLite database, it is a note of sufficient length to be read";
        Files.writeString(db(), note);
        Run run = Run.jindu("batch", "--db", db().toString(), Run.SEED.toString());
        assertEquals(2, run.code(), run.err());
        assertEquals("jindu: batch: " + db() + ": is not a SQLite database; name another --db", run.err().strip());
        assertEquals(note, Files.readString(db()));
    }

    @Test
    void theTablesRecordTheirSchemaVersion() throws SQLException {
        assertEquals(0, Run.jindu("batch", "--db", db().toString(), Run.SEED.toString()).code());
        assertEquals(2, BatchFixtures.number(db(), "SELECT max(version) FROM schema_version"));
    }

    @Test
    void helpListsTheExitCodes() {
        Run run = Run.jindu("batch", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertTrue(run.out().contains("--threads"), run.out());
    }

    private static Report parse(Path file) throws IOException {
        try {
            return Jindu.parse(file);
        } catch (JinduException e) {
            return fail(file + " should read", e);
        }
    }

    private static JinduException failure(Path file) throws IOException {
        try {
            Jindu.parse(file);
        } catch (JinduException e) {
            assertNotNull(e.code());
            return e;
        }
        return fail(file + " should not read");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
