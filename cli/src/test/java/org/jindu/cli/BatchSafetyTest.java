package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jindu batch against what a careless user does: its database in the input folder, links, two batches at once. */
class BatchSafetyTest {

    @TempDir
    Path tmp;

    @Test
    void aDatabaseInsideTheInputFolderIsNeverReadAsADocument() throws IOException, SQLException {
        Path in = tmp.resolve("in");
        BatchFixtures.seedCopies(in, 3);
        Path db = in.resolve("jindu.sqlite");
        for (int i = 0; i < 2; i++) {
            Run run = Run.jindu("batch", "--db", db.toString(), in.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(!run.err().contains("jindu.sqlite"), run.err());
        }
        assertEquals(3, BatchFixtures.number(db, "SELECT count(*) FROM documents"));
        assertEquals(0, BatchFixtures.number(db, "SELECT count(*) FROM documents WHERE file LIKE 'jindu.sqlite%'"));
    }

    @Test
    void whatTheWalkPassesOverIsSaidOnALineEach() throws IOException, SQLException {
        Path in = tmp.resolve("in");
        BatchFixtures.seedCopies(in, 1);
        try {
            Files.createSymbolicLink(in.resolve("dangling.txt"), tmp.resolve("gone.txt"));
            Files.createSymbolicLink(in.resolve("up"), tmp);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links cannot be made here: " + e);
        }
        Run run = Run.jindu("batch", "--quiet", "--db", tmp.resolve("jindu.sqlite").toString(), in.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(
                "jindu: " + in.resolve("dangling.txt") + ": skipped: a symbolic link that leads nowhere"
                        + " (its target is missing, or a loop)",
                "jindu: " + in.resolve("up") + ": skipped: a symbolic link to a folder (links to folders are not followed)"),
                List.of(run.errLines()));
        assertEquals(1, BatchFixtures.number(tmp.resolve("jindu.sqlite"), "SELECT count(*) FROM documents"));
    }

    @Test
    void aSecondBatchOnTheSameDatabaseIsRefusedAndTheFirstLosesNothing() throws Exception {
        int documents = 60;
        Path in = tmp.resolve("in");
        BatchFixtures.seedCopies(in, documents);
        Path db = tmp.resolve("jindu.sqlite");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process first = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.jindu.cli.Main", "batch", "--quiet", "--threads", "1", "--db", db.toString(), in.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            waitForADocument(first, db);
            Run second = Run.jindu("batch", "--db", db.toString(), in.toString());
            assertEquals(2, second.code(), second.err());
            assertEquals(List.of("jindu: batch: " + db + ": is in use by another jindu batch (process " + first.pid()
                    + "); wait for it to finish, or name another --db"), List.of(second.errLines()));
            assertTrue(first.waitFor(120, TimeUnit.SECONDS), "the first batch ends");
            assertEquals(0, first.exitValue());
        } finally {
            first.destroyForcibly();
        }
        assertEquals(documents, BatchFixtures.number(db, "SELECT count(*) FROM documents"));
        assertEquals(documents, BatchFixtures.number(db, "SELECT count(DISTINCT sha256) FROM documents"));
        Run rerun = Run.jindu("batch", "--db", db.toString(), in.toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(rerun.err().contains(documents + " skipped"), rerun.err());
    }

    private static void waitForADocument(Process batch, Path db) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(batch.isAlive(), "the first batch ended before the second began");
            if (Files.exists(db)) {
                try {
                    if (BatchFixtures.number(db, "SELECT count(*) FROM documents") >= 1) {
                        return;
                    }
                } catch (SQLException e) {
                    // the tables are not there yet
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the first batch stored nothing within a minute");
    }
}
