package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed midway (a separate JVM, killed without warning) and run again stores every document
 * exactly once, with all its records.
 */
class BatchKillTest {
    private static final int DOCUMENTS = 300;
    private static final int RECORDS_PER_SEED = 8;

    @TempDir
    Path tmp;

    @Test
    void aRerunAfterAKillStoresEveryDocumentExactlyOnce() throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.seedCopies(in, DOCUMENTS);
        Path db = tmp.resolve("jindu.sqlite");
        assertEquals(RECORDS_PER_SEED, org.jindu.Jindu.parse(Run.SEED).records().size());

        Process batch = start(db, in);
        long stored = waitForSomeDocuments(batch, db);
        batch.destroyForcibly();
        assertTrue(batch.waitFor(30, TimeUnit.SECONDS), "the killed batch ends");
        long afterKill = BatchFixtures.number(db, "SELECT count(*) FROM documents");
        assertTrue(stored >= 1 && afterKill < DOCUMENTS,
                "killed midway: " + afterKill + " of " + DOCUMENTS + " documents were stored");
        assertWhole(db);

        Run rerun = Run.jindu("batch", "--db", db.toString(), in.toString());

        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(rerun.err().contains(DOCUMENTS + " documents: " + (DOCUMENTS - afterKill) + " ok"), rerun.err());
        assertTrue(rerun.err().contains(afterKill + " skipped"), rerun.err());
        assertEquals(DOCUMENTS, BatchFixtures.number(db, "SELECT count(*) FROM documents"));
        assertEquals(DOCUMENTS, BatchFixtures.number(db, "SELECT count(DISTINCT path) FROM documents"));
        assertEquals(DOCUMENTS, BatchFixtures.number(db, "SELECT count(DISTINCT sha256) FROM documents"));
        assertEquals((long) DOCUMENTS * RECORDS_PER_SEED, BatchFixtures.number(db, "SELECT count(*) FROM records"));
        assertWhole(db);
    }

    /** No document is stored in part: each has all its records, sections and its report. */
    private static void assertWhole(Path db) throws SQLException {
        assertEquals(0, BatchFixtures.number(db, """
                SELECT count(*) FROM documents d
                WHERE d.record_count != (SELECT count(*) FROM records r WHERE r.document_id = d.id)
                   OR d.section_count != (SELECT count(*) FROM sections s WHERE s.document_id = d.id)
                   OR NOT EXISTS (SELECT 1 FROM reports j WHERE j.document_id = d.id)"""));
        assertEquals(0, BatchFixtures.number(db, "PRAGMA foreign_key_check"));
    }

    /** jindu batch in its own JVM, on the classpath this test runs with, one parser thread. */
    private static Process start(Path db, Path in) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.jindu.cli.Main", "batch", "--quiet", "--threads", "1", "--db", db.toString(), in.toString()));
        return new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /**
     * Polls the database until the batch has committed a few documents, so that the kill comes while it
     * is well under way; returns how many it had then.
     */
    private static long waitForSomeDocuments(Process batch, Path db) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(batch.isAlive(), "the batch ended before it could be killed");
            if (Files.exists(db)) {
                try {
                    long n = BatchFixtures.number(db, "SELECT count(*) FROM documents");
                    if (n >= 10) {
                        return n;
                    }
                } catch (SQLException e) {
                    // the tables are not there yet, or the file is being created
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("not 10 documents were stored within a minute");
    }
}
