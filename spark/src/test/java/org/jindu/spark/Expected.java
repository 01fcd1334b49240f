package org.jindu.spark;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.jindu.Jindu;
import org.jindu.exception.JinduException;
import org.jindu.json.ReportJson;
import org.jindu.model.Contact;
import org.jindu.model.Metric;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;

/**
 * What the tables must hold for a set of files, worked out file by file with {@code Jindu.parse} in
 * this JVM, as rows in a canonical form ({@link #canon}) that Spark's rows and the JSON Lines the job
 * writes are brought to as well. The column names here are written out independently of
 * {@code DocumentRows}, from {@code docs/spark.md}.
 */
final class Expected {
    /** table name to rows, each a column-to-value map in canonical form */
    final Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
    /** the files of distinct content, in path order, by report_id */
    final Map<String, Path> documents = new LinkedHashMap<>();
    /** the number of files, copies included */
    int files;
    /** failures' codes by file name */
    final Map<String, String> failureCodes = new TreeMap<>();

    private Expected() {
        for (String t : ExtractJob.TABLES) {
            tables.put(t, new ArrayList<>());
        }
    }

    /**
     * The rows for every file under {@code folders}, leaving out those Spark's file sources skip (names
     * starting with {@code .} or {@code _}); files with the same bytes count once, under the first path.
     */
    static Expected of(Path... folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> {
                            for (Path part : folder.relativize(p)) {
                                if (part.toString().startsWith(".") || part.toString().startsWith("_")) {
                                    return false;
                                }
                            }
                            return true;
                        })
                        .forEach(files::add);
            }
        }
        files.sort(Comparator.comparing(p -> p.toAbsolutePath().toString()));
        Expected e = new Expected();
        e.files = files.size();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String id = Jindu.sha256(bytes);
            if (e.documents.putIfAbsent(id, file) == null) {
                e.add(id, file.getFileName().toString(), bytes);
            }
        }
        return e;
    }

    private void add(String id, String name, byte[] bytes) {
        Report r;
        try {
            r = Jindu.parse(bytes, name);
        } catch (JinduException ex) {
            tables.get("failures").add(row("report_id", id, "file", name, "error_code", ex.code(),
                    "error_message", ex.reason()));
            failureCodes.put(name, ex.code());
            return;
        }
        int records = 0;
        int metrics = 0;
        int sectionPosition = 0;
        for (Section s : r.sections()) {
            for (TaskRecord t : s.records()) {
                String recordId = id + ":" + records;
                List<Object> contacts = new ArrayList<>();
                for (Contact c : t.contacts()) {
                    contacts.add(row("name", c.name(), "phone", c.phone()));
                }
                tables.get("records").add(row("report_id", id, "record_id", recordId, "position", records,
                        "section_position", sectionPosition, "section_number", s.number(),
                        "section_title", s.title(), "section_note", s.note(), "seq", t.seq(),
                        "source_text", t.source() == null ? null : t.source().text(),
                        "source_document", t.source() == null ? null : t.source().document(),
                        "source_item", t.source() == null ? null : t.source().item(),
                        "source_inherited", t.source() == null ? null : t.source().inherited(),
                        "content", t.content(), "departments", t.departments(), "contacts", contacts,
                        "progress", t.progress(), "progress_items", t.progressItems(), "extra", t.extra(),
                        "location", row("pages", t.location().pages(), "lines", t.location().lines(),
                                "table", t.location().table(), "rows", t.location().rows())));
                for (int i = 0; i < t.metrics().size(); i++) {
                    Metric m = t.metrics().get(i);
                    tables.get("metrics").add(row("report_id", id, "record_id", recordId, "position", i,
                            "text", m.text(), "start_offset", m.start(), "end_offset", m.end(),
                            "value", m.value(), "value_to", m.valueTo(), "unit", m.unit(),
                            "base_value", m.baseValue(), "base_unit", m.baseUnit(), "qualifier", m.qualifier(),
                            "subject", m.subject(), "category", m.category(), "time", m.time(),
                            "part_of", m.partOf(), "change", m.change(), "change_from", m.changeFrom(),
                            "whole", m.whole()));
                }
                metrics += t.metrics().size();
                records++;
            }
            sectionPosition++;
        }
        for (int i = 0; i < r.warnings().size(); i++) {
            Warning w = r.warnings().get(i);
            tables.get("warnings").add(row("report_id", id, "position", i, "code", w.code(),
                    "message", w.message(), "page", w.page()));
        }
        tables.get("reports").add(row("report_id", id, "file", name, "format", r.document().format(),
                "pages", r.document().pages(), "status", r.warnings().isEmpty() ? "ok" : "warnings",
                "title", r.title(), "organization", r.organization(), "year", r.year(),
                "period_from", r.period() == null ? null : r.period().fromMonth(),
                "period_to", r.period() == null ? null : r.period().toMonth(),
                "section_count", r.sections().size(), "record_count", records, "metric_count", metrics,
                "warning_count", r.warnings().size(), "json", ReportJson.toJson(r, false)));
    }

    /** The expected rows of {@code table}, sorted by their keys. */
    List<Map<String, Object>> rows(String table) {
        List<Map<String, Object>> rows = new ArrayList<>(tables.get(table));
        rows.sort(Comparator.comparing(Expected::key));
        return rows;
    }

    /**
     * {@code actual} rows cut to the columns the expected rows of {@code table} name, sorted by their keys;
     * every expected column must be there.
     */
    List<Map<String, Object>> cut(String table, List<Map<String, Object>> actual) {
        List<Map<String, Object>> expected = tables.get(table);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> a : actual) {
            Map<String, Object> r = new TreeMap<>();
            for (String column : expected.isEmpty() ? a.keySet() : expected.get(0).keySet()) {
                if (!a.containsKey(column)) {
                    throw new AssertionError(table + " has no column " + column + ": " + a.keySet());
                }
                r.put(column, a.get(column));
            }
            rows.add(r);
        }
        rows.sort(Comparator.comparing(Expected::key));
        return rows;
    }

    private static String key(Map<String, Object> row) {
        return row.get("report_id") + "/" + row.getOrDefault("record_id", "") + "/"
                + String.format("%08d", row.containsKey("position") ? Long.parseLong((String) row.get("position")) : 0);
    }

    private static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new TreeMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], canon(columnsAndValues[i + 1]));
        }
        return row;
    }

    /**
     * A value as plain Java data: numbers as plain decimal text without trailing zeros, lists and maps
     * (Spark rows and Scala collections included) element by element, texts and booleans as they are.
     */
    @SuppressWarnings("unchecked")
    static Object canon(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().toString();
        }
        if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
            return d.signum() == 0 ? "0" : d.toPlainString();
        }
        if (value instanceof Row r) {
            Map<String, Object> map = new TreeMap<>();
            for (String f : r.schema().fieldNames()) {
                map.put(f, canon(r.get(r.fieldIndex(f))));
            }
            return map;
        }
        if (value instanceof scala.collection.Map<?, ?> m) {
            return canon(scala.jdk.javaapi.CollectionConverters.asJava(m));
        }
        if (value instanceof scala.collection.Iterable<?> s) {
            return canon(scala.jdk.javaapi.CollectionConverters.asJava(s));
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> map = new TreeMap<>();
            m.forEach((k, v) -> map.put(String.valueOf(k), canon(v)));
            return map;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(canon(v)));
            return out;
        }
        throw new IllegalArgumentException("no canonical form for " + value.getClass() + ": " + value);
    }

    /** Spark rows in canonical form. */
    static List<Map<String, Object>> canon(List<Row> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : rows) {
            out.add((Map<String, Object>) canon((Object) r));
        }
        return out;
    }
}
