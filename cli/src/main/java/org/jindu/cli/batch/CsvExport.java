package org.jindu.cli.batch;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each of the {@link Tables} to {@code <table>.csv} in a folder: UTF-8 with a byte-order mark so
 * that Excel reads Chinese correctly, a header row, CRLF line ends, and fields holding a comma, quote or
 * line break quoted (RFC 4180). Numbers are written as SQLite holds them, nulls as empty fields.
 *
 * <p>A text cell that a spreadsheet would run as a formula (one beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is neutralised as OWASP's "CSV Injection" page
 * recommends: a single quote goes before it, so that the cell shows as text. Numbers are never changed, so
 * {@code -3} stays a number. Each file is written to a temporary file and renamed when whole.
 */
public final class CsvExport {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .build();

    private CsvExport() {
    }

    /** Writes every table into {@code folder}, which is created when missing; returns the files. */
    public static List<Path> write(Connection connection, Path folder) throws Exception {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (Tables table : Tables.values()) {
            Path file = folder.resolve(table.tableName() + ".csv");
            try (OutputFile output = OutputFile.open(file)) {
                Writer out = output.writer();
                out.write('\uFEFF');
                try (Sink sink = new Sink(out)) {
                    table.read(connection, sink);
                }
                output.commit();
            }
            files.add(file);
        }
        return files;
    }

    /**
     * The text as a spreadsheet shows it without running it: a quote before a leading {@code = + - @},
     * tab or carriage return (OWASP); other text unchanged.
     */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + text;
        }
        return text;
    }

    private static final class Sink implements Tables.RowSink, AutoCloseable {
        private final Writer out;
        private SequenceWriter rows;

        Sink(Writer out) {
            this.out = out;
        }

        @Override
        public void header(List<String> columns) throws Exception {
            // The header goes out as the first row, so that an empty table still has one.
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
            columns.forEach(schema::addColumn);
            rows = MAPPER.writer(schema.build()).writeValues(out);
            rows.write(columns);
        }

        @Override
        public void row(List<Object> values) throws Exception {
            List<Object> safe = new ArrayList<>(values.size());
            for (Object v : values) {
                safe.add(v instanceof String text ? neutralise(text) : v);
            }
            rows.write(safe);
        }

        @Override
        public void close() throws Exception {
            if (rows != null) {
                rows.close();
            }
        }
    }
}
