package org.jindu.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jindu.Jindu;
import org.jindu.json.ReportJson;
import org.jindu.model.Metric;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file a batch writes: one row per document (keyed by the SHA-256 of its bytes), its
 * sections, records, departments, metrics and warnings, and the report as JSON. The tables are
 * described in {@code docs/batch.md}; they are created on first use.
 *
 * <p>Each document is written in one transaction, so a killed batch leaves whole documents or none.
 * One thread writes ({@link #write}); any thread may ask {@link #contains}. The file is in WAL mode so
 * that reading does not wait for writing.
 */
public final class Store implements AutoCloseable {

    /**
     * The version of the tables below; raised when they change, recorded in {@code schema_version}. Version 2
     * added {@code metrics.change}, {@code change_from} and {@code whole}; a version-1 database gains them when
     * opened (see {@link #MIGRATIONS}).
     */
    public static final int SCHEMA_VERSION = 2;

    /** What turns a database of version {@code k + 1} into one of version {@code k + 2}. */
    private static final String[][] MIGRATIONS = {
        {
            "ALTER TABLE metrics ADD COLUMN change TEXT",
            "ALTER TABLE metrics ADD COLUMN change_from INTEGER",
            "ALTER TABLE metrics ADD COLUMN whole TEXT",
        },
    };

    private static final String[] SCHEMA = {
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        """
        CREATE TABLE runs (
          id INTEGER PRIMARY KEY,
          started_at TEXT NOT NULL,
          finished_at TEXT,
          jindu_version TEXT NOT NULL
        )""",
        """
        CREATE TABLE documents (
          id INTEGER PRIMARY KEY,
          sha256 TEXT UNIQUE,
          path TEXT NOT NULL,
          file TEXT NOT NULL,
          format TEXT,
          pages INTEGER,
          status TEXT NOT NULL CHECK (status IN ('ok', 'warnings', 'failed')),
          error_code TEXT,
          error_message TEXT,
          title TEXT,
          organization TEXT,
          year INTEGER,
          period_from INTEGER,
          period_to INTEGER,
          section_count INTEGER NOT NULL,
          record_count INTEGER NOT NULL,
          metric_count INTEGER NOT NULL,
          warning_count INTEGER NOT NULL,
          extracted_at TEXT NOT NULL,
          jindu_version TEXT NOT NULL,
          run_id INTEGER REFERENCES runs(id)
        )""",
        "CREATE INDEX documents_path ON documents(path)",
        """
        CREATE TABLE sections (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          number TEXT,
          title TEXT,
          note TEXT,
          columns TEXT NOT NULL,
          UNIQUE (document_id, position)
        )""",
        """
        CREATE TABLE records (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          seq TEXT,
          source_text TEXT,
          source_document TEXT,
          source_item INTEGER,
          source_inherited INTEGER,
          content TEXT,
          departments TEXT NOT NULL,
          contacts TEXT NOT NULL,
          progress TEXT,
          progress_items TEXT NOT NULL,
          extra TEXT NOT NULL,
          location TEXT NOT NULL,
          UNIQUE (document_id, position)
        )""",
        "CREATE INDEX records_section ON records(section_id)",
        """
        CREATE TABLE record_departments (
          record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          department TEXT NOT NULL,
          PRIMARY KEY (record_id, position)
        )""",
        "CREATE INDEX record_departments_document ON record_departments(document_id)",
        "CREATE INDEX record_departments_department ON record_departments(department)",
        """
        CREATE TABLE metrics (
          id INTEGER PRIMARY KEY,
          record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          text TEXT NOT NULL,
          start_offset INTEGER NOT NULL,
          end_offset INTEGER NOT NULL,
          value NUMERIC,
          value_to NUMERIC,
          unit TEXT,
          base_value NUMERIC,
          base_unit TEXT,
          qualifier TEXT,
          subject TEXT,
          category TEXT,
          time TEXT,
          part_of INTEGER,
          change TEXT,
          change_from INTEGER,
          whole TEXT,
          UNIQUE (record_id, position)
        )""",
        "CREATE INDEX metrics_document ON metrics(document_id)",
        "CREATE INDEX metrics_category ON metrics(category)",
        """
        CREATE TABLE warnings (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          code TEXT NOT NULL,
          message TEXT NOT NULL,
          page INTEGER,
          UNIQUE (document_id, position)
        )""",
        """
        CREATE TABLE reports (
          document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
          json TEXT NOT NULL
        )""",
    };

    private final Connection writer;
    private final Connection reader;
    private final PreparedStatement findSha;
    private final PreparedStatement containsSha;
    private final StoreLock lock;
    private final Path file;

    private Store(Path file, Connection writer, Connection reader, StoreLock lock) throws SQLException {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.lock = lock;
        this.findSha = writer.prepareStatement("SELECT id, run_id, error_code FROM documents WHERE sha256 = ?");
        // A document that failed through a bug of jindu's (INTERNAL) is read again on the next run.
        this.containsSha = reader.prepareStatement(
                "SELECT 1 FROM documents WHERE sha256 = ? AND (error_code IS NULL OR error_code <> 'INTERNAL')");
    }

    /**
     * Opens the store in {@code file}, creating the file and its tables when they do not exist. Only one
     * store is open on a file at a time, in this process or any other: {@link StoreLock}.
     *
     * @throws StoreException when the file is in use by another batch, is not a SQLite database, is
     *     another program's database, is one made by a newer jindu, or cannot be written
     */
    public static Store open(Path file) throws StoreException {
        StoreLock lock = StoreLock.acquire(file);
        Connection writer = null;
        try {
            writer = connect(file);
            createTables(writer);
            return new Store(file, writer, connect(file), lock);
        } catch (SQLException e) {
            closeQuietly(writer);
            lock.close();
            throw new StoreException(file, e);
        } catch (RuntimeException | Error e) {
            closeQuietly(writer);
            lock.close();
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // already failing: the first error is the one to tell
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // WAL with NORMAL: a killed process loses nothing committed, and commits need no fsync each.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(30_000);
        // a write transaction takes the write lock at its start: no read-then-upgrade that fails as BUSY
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static void createTables(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = s.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
                exists = rs.next();
            }
            if (!exists) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        throw new StoreException.NotOurs();
                    }
                }
            }
            if (exists) {
                int version;
                try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
                    version = rs.next() ? rs.getInt(1) : 0;
                }
                if (version >= 1 && version < SCHEMA_VERSION) { // an older jindu's tables: add what is new
                    for (int v = version; v < SCHEMA_VERSION; v++) {
                        for (String sql : MIGRATIONS[v - 1]) {
                            s.execute(sql);
                        }
                    }
                    s.execute("INSERT INTO schema_version (version) VALUES (" + SCHEMA_VERSION + ")");
                } else if (version != SCHEMA_VERSION) {
                    throw new SQLException("the database has tables of version " + version
                            + "; this jindu reads version " + SCHEMA_VERSION);
                }
            } else {
                for (String sql : SCHEMA) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_version (version) VALUES (" + SCHEMA_VERSION + ")");
            }
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            rollback(c, e);
            throw e;
        }
    }

    /**
     * Rolls back what {@code e} interrupted. SQLite rolls back by itself on some errors (a full disk),
     * after which a rollback fails with "no transaction is active": that must not hide the real cause.
     */
    private static void rollback(Connection c, Exception e) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException again) {
            e.addSuppressed(again);
        }
        try {
            c.setAutoCommit(true);
        } catch (SQLException again) {
            e.addSuppressed(again);
        }
    }

    /** Records the start of a batch run and returns its id, stored with each document it writes. */
    public long startRun() throws SQLException {
        try (PreparedStatement p = writer.prepareStatement(
                "INSERT INTO runs (started_at, jindu_version) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, now());
            p.setString(2, Jindu.version());
            p.executeUpdate();
            return generatedId(p);
        }
    }

    public void finishRun(long run) throws SQLException {
        try (PreparedStatement p = writer.prepareStatement("UPDATE runs SET finished_at = ? WHERE id = ?")) {
            p.setString(1, now());
            p.setLong(2, run);
            p.executeUpdate();
        }
    }

    /** Whether a document with these bytes is stored, read or failed. Safe from any thread. */
    public boolean contains(String sha256) throws SQLException {
        synchronized (containsSha) {
            containsSha.setString(1, sha256);
            try (ResultSet rs = containsSha.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Writes one document, all of it or nothing, and returns true; or returns false and writes nothing
     * when a document with the same bytes is stored already and is not to be replaced: always without
     * {@code replace}, and with it when this same run stored it (a second copy in the batch).
     * A failure without bytes (the file could not be read) replaces an earlier such failure of the same
     * path; a document read replaces one.
     */
    public boolean write(Outcome outcome, long run, boolean replace) throws SQLException {
        return write(prepare(outcome), run, replace);
    }

    /**
     * A document made ready to write: its JSON columns (the whole report, each section's columns,
     * each record's lists and maps) written out already. {@link #prepare} runs on any thread, so that a
     * batch's parser threads do this share of the work and the one writer thread only runs SQL.
     */
    public static final class Prepared {
        private final Outcome outcome;
        private final String report;
        private final List<String> sections = new ArrayList<>();
        /** Per record, in order: departments, contacts, progress items, extra, location. */
        private final List<String[]> records = new ArrayList<>();

        private Prepared(Outcome outcome) {
            this.outcome = outcome;
            Report r = outcome.report();
            if (r == null) {
                this.report = null;
                return;
            }
            for (Section s : r.sections()) {
                sections.add(json(s.columns()));
                for (TaskRecord t : s.records()) {
                    records.add(new String[] {json(t.departments()), json(t.contacts()), json(t.progressItems()),
                        json(t.extra()), json(t.location())});
                }
            }
            this.report = ReportJson.toJson(r, false);
        }

        /** The outcome this was made from. */
        public Outcome outcome() {
            return outcome;
        }
    }

    /** Writes out the JSON columns of {@code outcome}'s report; safe on any thread, touches no database. */
    public static Prepared prepare(Outcome outcome) {
        return new Prepared(outcome);
    }

    /** {@link #write(Outcome, long, boolean)} for a document prepared already. */
    public boolean write(Prepared prepared, long run, boolean replace) throws SQLException {
        Outcome outcome = prepared.outcome;
        if (outcome.status() == Outcome.Status.SKIPPED) {
            throw new IllegalArgumentException("a skipped document is not stored: " + outcome.path());
        }
        writer.setAutoCommit(false);
        try {
            if (outcome.sha256() != null) {
                findSha.setString(1, outcome.sha256());
                try (ResultSet rs = findSha.executeQuery()) {
                    if (rs.next()) {
                        long id = rs.getLong(1);
                        long storedBy = rs.getLong(2);
                        boolean bug = "INTERNAL".equals(rs.getString(3)) && storedBy != run;
                        if (!bug && (!replace || storedBy == run)) {
                            writer.rollback();
                            writer.setAutoCommit(true);
                            return false;
                        }
                        delete("DELETE FROM documents WHERE id = ?", id);
                    }
                }
            }
            try (PreparedStatement p = writer.prepareStatement(
                    "DELETE FROM documents WHERE sha256 IS NULL AND path = ?")) {
                p.setString(1, outcome.path().toString());
                p.executeUpdate();
            }
            insert(prepared, run);
            writer.commit();
            writer.setAutoCommit(true);
            return true;
        } catch (SQLException | RuntimeException e) {
            rollback(writer, e);
            throw e;
        }
    }

    private void delete(String sql, long id) throws SQLException {
        try (PreparedStatement p = writer.prepareStatement(sql)) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    private void insert(Prepared prepared, long run) throws SQLException {
        Outcome o = prepared.outcome;
        Report r = o.report();
        long documentId;
        try (PreparedStatement p = writer.prepareStatement("""
                INSERT INTO documents (sha256, path, file, format, pages, status, error_code, error_message,
                  title, organization, year, period_from, period_to,
                  section_count, record_count, metric_count, warning_count, extracted_at, jindu_version, run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            Path name = o.path().getFileName();
            p.setString(1, o.sha256());
            p.setString(2, o.path().toString());
            p.setString(3, name == null ? o.path().toString() : name.toString());
            p.setString(4, r == null ? null : r.document().format());
            setInt(p, 5, r == null ? null : r.document().pages());
            p.setString(6, o.status().column());
            p.setString(7, o.errorCode());
            p.setString(8, o.errorMessage());
            p.setString(9, r == null ? null : r.title());
            p.setString(10, r == null ? null : r.organization());
            setInt(p, 11, r == null ? null : r.year());
            setInt(p, 12, r == null || r.period() == null ? null : r.period().fromMonth());
            setInt(p, 13, r == null || r.period() == null ? null : r.period().toMonth());
            p.setInt(14, r == null ? 0 : r.sections().size());
            p.setInt(15, o.records());
            p.setInt(16, o.metrics());
            p.setInt(17, r == null ? 0 : r.warnings().size());
            p.setString(18, now());
            p.setString(19, Jindu.version());
            p.setLong(20, run);
            p.executeUpdate();
            documentId = generatedId(p);
        }
        if (r == null) {
            return;
        }
        insertSections(documentId, prepared);
        insertWarnings(documentId, r.warnings());
        try (PreparedStatement p = writer.prepareStatement("INSERT INTO reports (document_id, json) VALUES (?, ?)")) {
            p.setLong(1, documentId);
            p.setString(2, prepared.report);
            p.executeUpdate();
        }
    }

    private void insertSections(long documentId, Prepared prepared) throws SQLException {
        Report report = prepared.outcome.report();
        try (PreparedStatement section = writer.prepareStatement("""
                INSERT INTO sections (document_id, position, number, title, note, columns)
                VALUES (?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement record = writer.prepareStatement("""
                INSERT INTO records (document_id, section_id, position, seq, source_text, source_document,
                  source_item, source_inherited, content, departments, contacts, progress, progress_items,
                  extra, location)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement department = writer.prepareStatement("""
                INSERT INTO record_departments (record_id, document_id, position, department)
                VALUES (?, ?, ?, ?)""");
             PreparedStatement metric = writer.prepareStatement("""
                INSERT INTO metrics (record_id, document_id, position, text, start_offset, end_offset, value,
                  value_to, unit, base_value, base_unit, qualifier, subject, category, time, part_of, change,
                  change_from, whole)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int sectionPosition = 0;
            int recordPosition = 0;
            for (Section s : report.sections()) {
                section.setLong(1, documentId);
                section.setString(6, prepared.sections.get(sectionPosition));
                section.setInt(2, sectionPosition++);
                section.setString(3, s.number());
                section.setString(4, s.title());
                section.setString(5, s.note());
                section.executeUpdate();
                long sectionId = generatedId(section);
                for (TaskRecord t : s.records()) {
                    String[] json = prepared.records.get(recordPosition);
                    record.setLong(1, documentId);
                    record.setLong(2, sectionId);
                    record.setInt(3, recordPosition++);
                    record.setString(4, t.seq());
                    record.setString(5, t.source() == null ? null : t.source().text());
                    record.setString(6, t.source() == null ? null : t.source().document());
                    setInt(record, 7, t.source() == null ? null : t.source().item());
                    setInt(record, 8, t.source() == null ? null : t.source().inherited() ? 1 : 0);
                    record.setString(9, t.content());
                    record.setString(10, json[0]);
                    record.setString(11, json[1]);
                    record.setString(12, t.progress());
                    record.setString(13, json[2]);
                    record.setString(14, json[3]);
                    record.setString(15, json[4]);
                    record.executeUpdate();
                    long recordId = generatedId(record);
                    for (int i = 0; i < t.departments().size(); i++) {
                        department.setLong(1, recordId);
                        department.setLong(2, documentId);
                        department.setInt(3, i);
                        department.setString(4, t.departments().get(i));
                        department.addBatch();
                    }
                    department.executeBatch();
                    for (int i = 0; i < t.metrics().size(); i++) {
                        Metric m = t.metrics().get(i);
                        metric.setLong(1, recordId);
                        metric.setLong(2, documentId);
                        metric.setInt(3, i);
                        metric.setString(4, m.text());
                        metric.setInt(5, m.start());
                        metric.setInt(6, m.end());
                        // Plain decimal text into a NUMERIC column: SQLite keeps it as an exact integer,
                        // or as a real when it has a fraction, so sums and comparisons work in SQL.
                        metric.setString(7, m.value() == null ? null : m.value().toPlainString());
                        metric.setString(8, m.valueTo() == null ? null : m.valueTo().toPlainString());
                        metric.setString(9, m.unit());
                        metric.setString(10, m.baseValue() == null ? null : m.baseValue().toPlainString());
                        metric.setString(11, m.baseUnit());
                        metric.setString(12, m.qualifier());
                        metric.setString(13, m.subject());
                        metric.setString(14, m.category());
                        metric.setString(15, m.time());
                        setInt(metric, 16, m.partOf());
                        metric.setString(17, m.change());
                        setInt(metric, 18, m.changeFrom());
                        metric.setString(19, m.whole());
                        metric.addBatch();
                    }
                    metric.executeBatch();
                }
            }
        }
    }

    private void insertWarnings(long documentId, List<Warning> warnings) throws SQLException {
        try (PreparedStatement p = writer.prepareStatement("""
                INSERT INTO warnings (document_id, position, code, message, page) VALUES (?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < warnings.size(); i++) {
                Warning w = warnings.get(i);
                p.setLong(1, documentId);
                p.setInt(2, i);
                p.setString(3, w.code());
                p.setString(4, w.message());
                setInt(p, 5, w.page());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** A failure of a run: the file and why. */
    public record Failure(String path, String code, String message) {
    }

    /** The documents that failed in this run, in the order they were written. */
    public List<Failure> failures(long run) throws SQLException {
        List<Failure> failures = new ArrayList<>();
        failures(run, failures::add);
        return failures;
    }

    /** Hands each document that failed in this run to {@code action}, without holding them all. */
    public void failures(long run, Consumer<Failure> action) throws SQLException {
        try (PreparedStatement p = writer.prepareStatement("""
                SELECT path, error_code, error_message FROM documents
                WHERE run_id = ? AND status = 'failed' ORDER BY id""")) {
            p.setLong(1, run);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    action.accept(new Failure(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The connection for reading the tables out (exports); do not write through it. */
    public Connection connection() {
        return writer;
    }

    @Override
    public void close() throws SQLException {
        try {
            containsSha.close();
            findSha.close();
            reader.close();
        } finally {
            try {
                writer.close();
            } finally {
                lock.close();
            }
        }
    }

    private static String json(Object value) {
        try {
            return ReportJson.writer().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write as JSON: " + value, e);
        }
    }

    private static void setInt(PreparedStatement p, int index, Integer value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setInt(index, value);
        }
    }

    private static long generatedId(PreparedStatement p) throws SQLException {
        try (ResultSet keys = p.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id was generated");
            }
            return keys.getLong(1);
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
