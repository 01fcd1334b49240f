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
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                try (Sink sink = new Sink(out)) {
                    table.read(connection, sink);
                }
            }
            files.add(file);
        }
        return files;
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
            rows.write(values);
        }

        @Override
        public void close() throws Exception {
            if (rows != null) {
                rows.close();
            }
        }
    }
}
