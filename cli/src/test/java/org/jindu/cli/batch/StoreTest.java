package org.jindu.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jindu.model.Contact;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Location;
import org.jindu.model.Metric;
import org.jindu.model.Period;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.SourceRef;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on reports made in the test, with the metrics and pages that today's text reader does not give. */
class StoreTest {

    @TempDir
    Path tmp;

    private Path db() {
        return tmp.resolve("jindu.sqlite");
    }

    private static Metric metric(String text, String value, String unit, String baseValue, String category) {
        return new Metric(text, 0, text.length(), new BigDecimal(value), unit,
                baseValue == null ? null : new BigDecimal(baseValue), baseValue == null ? null : "元", null,
                "资金", category, "2021年", null);
    }

    private static Report report(String sha256, List<Metric> metrics) {
        TaskRecord record = new TaskRecord("1", new SourceRef("第12项", "十政办发〔2021〕1号", 12, true), "建设",
                List.of("基教科", "财务科"), List.of(new Contact("张三", "13800000000")), "下达资金12595万元",
                List.of("下达资金12595万元"), metrics, Map.of("完成时限", "2021年底"),
                new Location(List.of(2, 3), null, 0, List.of(4, 5)));
        Section section = new Section("一", "重点工作", "刘市长督办", List.of("序号", "工作内容"), List.of(record));
        return new Report(1, new DocumentInfo("a.docx", "docx", sha256, 3), "某局全年进展情况", "某局", 2021,
                new Period(1, 12), List.of(section), List.of(new Warning(Warning.UNPLACED_TEXT, "附：说明", 3)));
    }

    private static Outcome outcome(Report report) {
        return Outcome.read(Path.of("/reports/a.docx"), report.document().sha256(), report);
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void metricsAreNumbersThatSqlCanAddUp() throws SQLException {
        try (Store store = Store.open(db())) {
            long run = store.startRun();
            assertTrue(store.write(outcome(report("a".repeat(64), List.of(
                    metric("12595万元", "12595", "万元", "125950000", "funding"),
                    metric("3.5万元", "3.5", "万元", "35000", "funding"),
                    metric("879人", "879", "人", null, "teacher_hires")))), run, false));
        }
        assertEquals(List.of(
                List.of(2021, "1-12", "funding", "元", 2, 125985000),
                List.of(2021, "1-12", "teacher_hires", "人", 1, 879)), rows("""
                SELECT d.year, d.period_from || '-' || d.period_to AS months, m.category,
                       coalesce(m.base_unit, m.unit) AS unit, count(*), sum(coalesce(m.base_value, m.value))
                FROM metrics m JOIN documents d ON d.id = m.document_id
                GROUP BY d.year, months, m.category, unit ORDER BY m.category"""));
        assertEquals(List.of(List.of("integer", "real")),
                rows("SELECT min(typeof(value)), max(typeof(value)) FROM metrics"));
    }

    @Test
    void rangesKeepBothEnds() throws SQLException {
        Metric range = new Metric("3-5所", 0, 4, new BigDecimal("3"), new BigDecimal("5"), "所", null, null, null,
                "学校", "schools", null, null);
        try (Store store = Store.open(db())) {
            assertTrue(store.write(outcome(report("c".repeat(64), List.of(range))), store.startRun(), false));
        }
        assertEquals(List.of(List.of(3, 5, "所")), rows("SELECT value, value_to, unit FROM metrics"));
    }

    @Test
    void everyPartOfAReportHasItsRow() throws SQLException {
        try (Store store = Store.open(db())) {
            store.write(outcome(report("b".repeat(64), List.of())), store.startRun(), false);
        }
        assertEquals(List.of(List.of("docx", 3, "warnings", "某局", 1, 12, 1, 1, 0, 1)), rows("""
                SELECT format, pages, status, organization, period_from, period_to,
                       section_count, record_count, metric_count, warning_count FROM documents"""));
        assertEquals(List.of(List.of("一", "重点工作", "刘市长督办", "[\"序号\",\"工作内容\"]")),
                rows("SELECT number, title, note, columns FROM sections"));
        assertEquals(List.of(List.of("十政办发〔2021〕1号", 12, 1, "[{\"name\":\"张三\",\"phone\":\"13800000000\"}]",
                "2021年底", "{\"pages\":[2,3],\"table\":0,\"rows\":[4,5]}")), rows("""
                SELECT source_document, source_item, source_inherited, contacts,
                       json_extract(extra, '$.完成时限'), location FROM records"""));
        assertEquals(List.of(List.of(0, "基教科"), List.of(1, "财务科")),
                rows("SELECT position, department FROM record_departments ORDER BY position"));
        assertEquals(List.of(List.of("UNPLACED_TEXT", "附：说明", 3)), rows("SELECT code, message, page FROM warnings"));
    }

    @Test
    void aDocumentThatFailsToWriteLeavesNoRowAtAll() throws SQLException {
        Metric broken = new Metric(null, 0, 0, BigDecimal.ONE, null, null, null, null, null, null, null, null);
        try (Store store = Store.open(db())) {
            long run = store.startRun();
            assertThrows(SQLException.class,
                    () -> store.write(outcome(report("c".repeat(64), List.of(broken))), run, false));
            assertFalse(store.contains("c".repeat(64)));
        }
        for (String table : List.of("documents", "sections", "records", "record_departments", "metrics",
                "warnings", "reports")) {
            assertEquals(List.of(List.of(0)), rows("SELECT count(*) FROM " + table), table);
        }
    }

    @Test
    void replacingADocumentLeavesNothingOfTheOldOne() throws SQLException {
        String sha = "d".repeat(64);
        try (Store store = Store.open(db())) {
            store.write(outcome(report(sha, List.of(metric("1元", "1", "元", null, "funding")))), store.startRun(),
                    false);
            long second = store.startRun();
            assertFalse(store.write(outcome(report(sha, List.of())), second, false), "kept without replace");
            assertTrue(store.write(outcome(report(sha, List.of())), second, true));
            assertFalse(store.write(outcome(report(sha, List.of())), second, true), "replaced once per run");
        }
        assertEquals(List.of(List.of(1, 2, 1, 1, 0, 1)), rows("""
                SELECT (SELECT count(*) FROM documents), (SELECT run_id FROM documents),
                       (SELECT count(*) FROM records), (SELECT count(*) FROM sections),
                       (SELECT count(*) FROM metrics), (SELECT count(*) FROM reports)"""));
    }

    @Test
    void aFailureWithoutBytesIsReplacedByTheNextAttemptAtTheSamePath() throws SQLException {
        Path file = Path.of("/reports/locked.docx");
        try (Store store = Store.open(db())) {
            store.write(Outcome.failed(file, null, "IO", "permission denied"), store.startRun(), false);
            store.write(Outcome.failed(file, null, "IO", "permission denied"), store.startRun(), false);
            assertEquals(List.of(List.of(1)), rows("SELECT count(*) FROM documents"));
            Report report = report("e".repeat(64), List.of());
            store.write(new Outcome(Outcome.Status.OK, file, report.document().sha256(), report, null, null),
                    store.startRun(), false);
        }
        assertEquals(List.of(List.of("ok", "e".repeat(64))), rows("SELECT status, sha256 FROM documents"));
    }

    /** 在园幼儿比上年减少427.03万人，占全国在园幼儿的比例90.81%，由25%提高到86%. */
    private static List<Metric> changesAndShares() {
        return List.of(
                new Metric("427.03万人", 0, 8, new BigDecimal("427.03"), null, "万人", new BigDecimal("4270300"), "人",
                        null, "在园幼儿", "students", null, null, Metric.DECREASE, null, null),
                new Metric("90.81%", 9, 15, new BigDecimal("90.81"), null, "%", null, null, null, "全国在园幼儿的比例",
                        "share", null, null, null, null, "全国在园幼儿"),
                new Metric("25%", 16, 19, new BigDecimal("25"), null, "%", null, null, null, "覆盖率", "rate", null,
                        null, Metric.INCREASE, null, null),
                new Metric("86%", 22, 25, new BigDecimal("86"), null, "%", null, null, null, "覆盖率", "rate", null,
                        null, Metric.INCREASE, 2, null));
    }

    @Test
    void changesAndSharesKeepTheirStructure() throws SQLException {
        try (Store store = Store.open(db())) {
            assertTrue(store.write(outcome(report("f".repeat(64), changesAndShares())), store.startRun(), false));
        }
        assertEquals(List.of(
                List.of(0, "decrease", -1, "-"),
                List.of(1, "-", -1, "全国在园幼儿"),
                List.of(2, "increase", -1, "-"),
                List.of(3, "increase", 2, "-")), rows("""
                SELECT position, coalesce(change, '-'), coalesce(change_from, -1), coalesce(whole, '-')
                FROM metrics ORDER BY position"""));
    }

    @Test
    void aVersionOneDatabaseGainsTheNewColumnsAndKeepsItsRows() throws SQLException {
        try (Store store = Store.open(db())) {
            store.write(outcome(report("a".repeat(64), List.of(metric("1元", "1", "元", null, "funding")))),
                    store.startRun(), false);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            for (String column : List.of("change", "change_from", "whole")) { // the tables as version 1 made them
                s.execute("ALTER TABLE metrics DROP COLUMN " + column);
            }
            s.execute("DELETE FROM schema_version");
            s.execute("INSERT INTO schema_version (version) VALUES (1)");
        }
        try (Store store = Store.open(db())) {
            store.write(outcome(report("f".repeat(64), changesAndShares())), store.startRun(), false);
        }
        assertEquals(List.of(List.of(Store.SCHEMA_VERSION)), rows("SELECT max(version) FROM schema_version"));
        assertEquals(List.of(List.of("1元", "-"), List.of("427.03万人", "decrease")), rows("""
                SELECT text, coalesce(change, '-') FROM metrics WHERE position = 0 ORDER BY document_id"""));
        assertEquals(List.of(List.of("86%", 2)), rows("SELECT text, change_from FROM metrics WHERE change_from IS NOT NULL"));
    }

    @Test
    void refusesADatabaseWithTablesOfAnotherVersion() throws SQLException {
        try (Store store = Store.open(db())) {
            store.startRun();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = 99");
        }
        SQLException e = assertThrows(SQLException.class, () -> Store.open(db()));
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());
    }
}
