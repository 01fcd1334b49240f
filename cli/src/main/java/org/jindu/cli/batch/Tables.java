package org.jindu.cli.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a {@link Store} that the CSV and Excel exports write, one file or sheet each, with the
 * same columns as in the database (see {@code docs/batch.md}). The report JSON is left out: it is what
 * the JSON Lines export writes.
 */
public enum Tables {
    DOCUMENTS("documents", "SELECT * FROM documents ORDER BY id"),
    SECTIONS("sections", "SELECT * FROM sections ORDER BY document_id, position"),
    RECORDS("records", "SELECT * FROM records ORDER BY document_id, position"),
    RECORD_DEPARTMENTS("record_departments",
            "SELECT d.* FROM record_departments d JOIN records r ON r.id = d.record_id"
                    + " ORDER BY r.document_id, r.position, d.position"),
    METRICS("metrics",
            "SELECT m.* FROM metrics m JOIN records r ON r.id = m.record_id"
                    + " ORDER BY r.document_id, r.position, m.position"),
    WARNINGS("warnings", "SELECT * FROM warnings ORDER BY document_id, position");

    private final String tableName;
    private final String query;

    Tables(String tableName, String query) {
        this.tableName = tableName;
        this.query = query;
    }

    /** The table's name, which is also the CSV file's base name and the sheet's name. */
    public String tableName() {
        return tableName;
    }

    /** Receives a table's header, then its rows one by one, without holding the table in memory. */
    public interface RowSink {
        void header(List<String> columns) throws Exception;

        /** A row; values are String, Long, Double or null, as SQLite holds them. */
        void row(List<Object> values) throws Exception;
    }

    /** Streams this table out of the store. */
    public void read(Connection connection, RowSink sink) throws Exception {
        try (PreparedStatement p = connection.prepareStatement(query); ResultSet rs = p.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> columns = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                columns.add(meta.getColumnLabel(i));
            }
            sink.header(columns);
            while (rs.next()) {
                List<Object> values = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    values.add(value(rs.getObject(i)));
                }
                sink.row(values);
            }
        }
    }

    private static Object value(Object o) throws SQLException {
        if (o instanceof Integer i) {
            return i.longValue();
        }
        if (o instanceof Long || o instanceof Double || o instanceof String || o == null) {
            return o;
        }
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        return o.toString();
    }
}
