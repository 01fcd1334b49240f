package org.jindu.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jindu.exception.InternalErrorException;
import org.jindu.Jindu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected into a batch: the store fails (a full disk, a read-only database), the listener
 * throws, a reader has a bug. The run ends within seconds with the real cause, and a rerun stores every
 * good document exactly once.
 */
class BatchFailureTest {
    private static final Path SEED = Path.of(System.getProperty("jindu.testdata", "../testdata"),
            "seed", "000_4744e66be9c0f129.txt");
    private static final int DOCUMENTS = 30;
    /** Generous: a hang would be minutes; a run of 30 small documents takes a few seconds. */
    private static final Duration ENDS_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private Path in() {
        return tmp.resolve("in");
    }

    private Path db() {
        return tmp.resolve("jindu.sqlite");
    }

    /** Distinct copies of the seed (each with i blank lines more), so each is its own document. */
    private void copies() throws IOException {
        Files.createDirectories(in());
        byte[] seed = Files.readAllBytes(SEED);
        for (int i = 1; i <= DOCUMENTS; i++) {
            byte[] bytes = java.util.Arrays.copyOf(seed, seed.length + i);
            java.util.Arrays.fill(bytes, seed.length, bytes.length, (byte) '\n');
            Files.write(in().resolve(String.format("seed-%02d.txt", i)), bytes);
        }
    }

    private Summary run(Store store, Batch.Listener listener) throws Exception {
        FileWalker walker = new FileWalker(List.of(), List.of()).never(FileWalker.databaseFiles(db()));
        return new Batch(store, 2, false).run(walker, List.of(in()), listener);
    }

    private long number(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db().toAbsolutePath());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every copy stored exactly once, read, with all its records. */
    private void assertEveryDocumentStoredOnce() throws SQLException {
        assertEquals(DOCUMENTS, number("SELECT count(*) FROM documents"));
        assertEquals(DOCUMENTS, number("SELECT count(DISTINCT sha256) FROM documents"));
        assertEquals(DOCUMENTS, number("SELECT count(*) FROM documents WHERE status = 'ok'"));
        assertEquals(0, number("""
                SELECT count(*) FROM documents d
                WHERE d.record_count != (SELECT count(*) FROM records r WHERE r.document_id = d.id)"""));
    }

    private static String trace(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    @Test
    void aFullDiskEndsTheRunSayingSoAndARerunStoresTheRest() throws Exception {
        copies();
        try (Store store = Store.open(db())) {
            long pages;
            try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                pages = rs.getLong(1);
            }
            // SQLite's own cap on the file's size: past it every write fails with SQLITE_FULL, as on a full disk
            try (Statement s = store.connection().createStatement()) {
                s.execute("PRAGMA max_page_count = " + (pages + 40));
            }
            StoreException e = assertTimeoutPreemptively(ENDS_WITHIN,
                    () -> assertThrows(StoreException.class, () -> run(store, o -> { })));
            assertTrue(e.getMessage().contains("the disk is full"), e.getMessage() + trace(e));
            assertTrue(e.environment());
            assertTrue(!e.getMessage().contains("no transaction is active"), e.getMessage());
        }
        long stored = number("SELECT count(*) FROM documents");
        assertTrue(stored < DOCUMENTS, stored + " stored before the disk filled");

        try (Store store = Store.open(db())) {
            Summary summary = run(store, o -> { });
            assertEquals(DOCUMENTS - stored, summary.ok());
        }
        assertEveryDocumentStoredOnce();
    }

    @Test
    void aReadOnlyDatabaseEndsTheRunSayingSo() throws Exception {
        copies();
        try (Store store = Store.open(db())) {
            try (Statement s = store.connection().createStatement()) {
                s.execute("PRAGMA query_only = 1"); // every write now fails as SQLITE_READONLY
            }
            StoreException e = assertTimeoutPreemptively(ENDS_WITHIN,
                    () -> assertThrows(StoreException.class, () -> run(store, o -> { })));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
        assertEquals(0, number("SELECT count(*) FROM documents"));
    }

    @Test
    void aListenerThatThrowsEndsTheRunAndARerunStoresTheRest() throws Exception {
        copies();
        AtomicInteger heard = new AtomicInteger();
        try (Store store = Store.open(db())) {
            Batch.ListenerException e = assertTimeoutPreemptively(ENDS_WITHIN,
                    () -> assertThrows(Batch.ListenerException.class, () -> run(store, o -> {
                        if (heard.incrementAndGet() == 5) {
                            throw new IllegalStateException("the progress bar broke");
                        }
                    })));
            assertTrue(e.getMessage().contains("the progress bar broke"), e.getMessage());
        }
        long stored = number("SELECT count(*) FROM documents");
        assertTrue(stored >= 5 && stored < DOCUMENTS, stored + " stored");
        try (Store store = Store.open(db())) {
            assertEquals(DOCUMENTS - stored, run(store, o -> { }).ok());
        }
        assertEveryDocumentStoredOnce();
    }

    @Test
    void aReaderBugIsInternalNotCorruptAndTheNextRunReadsTheDocumentAgain() throws Exception {
        copies();
        Path buggy = in().resolve("seed-07.txt");
        List<String> names = new ArrayList<>();
        Batch.Parser withABug = (bytes, name) -> {
            if (name.equals(buggy.getFileName().toString())) {
                throw new InternalErrorException(name, new IndexOutOfBoundsException("Index 3 out of bounds for length 3"));
            }
            return Jindu.parse(bytes, name);
        };
        Batch.Parser thrownRaw = (bytes, name) -> {
            if (name.equals("seed-08.txt")) {
                throw new NullPointerException("a reader's bug that escaped");
            }
            return Jindu.parse(bytes, name);
        };
        try (Store store = Store.open(db())) {
            FileWalker walker = new FileWalker(List.of(), List.of());
            Summary first = new Batch(store, 2, false, (bytes, name) -> {
                names.add(name);
                return name.equals("seed-08.txt") ? thrownRaw.parse(bytes, name) : withABug.parse(bytes, name);
            }).run(walker, List.of(in()), o -> { });
            assertEquals(2, first.failed());
            List<Store.Failure> failures = store.failures(first.run());
            assertEquals(List.of("INTERNAL", "INTERNAL"), failures.stream().map(Store.Failure::code).toList());
            assertTrue(failures.stream().allMatch(f -> f.message().contains("a bug in jindu")), failures.toString());

            // the bug is fixed: the next run reads exactly those two again, and skips the rest
            Summary second = new Batch(store, 2, false).run(walker, List.of(in()), o -> { });
            assertEquals(2, second.ok());
            assertEquals(DOCUMENTS - 2, second.skipped());
        }
        assertEveryDocumentStoredOnce();
    }

    @Test
    void aSecondStoreOnTheSameDatabaseIsRefusedAtOnce() throws Exception {
        try (Store first = Store.open(db())) {
            StoreException e = assertThrows(StoreException.class, () -> Store.open(db()));
            assertTrue(e.getMessage().contains("is in use by another jindu batch"), e.getMessage());
            assertTrue(e.environment());
        }
        try (Store again = Store.open(db())) {
            assertEquals(0, number("SELECT count(*) FROM documents"));
        }
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db().toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
            s.execute("INSERT INTO notes (text) VALUES ('mine')");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(db()));
        assertTrue(e.getMessage().contains("a SQLite database of another program"), e.getMessage());
        assertEquals(1, number("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
        assertEquals(1, number("SELECT count(*) FROM notes"));
    }
}
