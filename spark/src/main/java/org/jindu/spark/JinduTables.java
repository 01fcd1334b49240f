package org.jindu.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tables read from a set of documents, as DataFrames: {@link #reports()}, {@link #records()},
 * {@link #metrics()}, {@link #warnings()} and {@link #failures()}. Their columns are described in
 * {@code docs/spark.md}; they are those of the SQLite tables {@code jindu batch} writes, keyed by
 * {@code report_id} (the SHA-256 of the document's bytes) and {@code record_id}.
 *
 * <p>All five are selected from one DataFrame of one row per document ({@link #documents()}), which
 * is persisted (memory, then disk) the first time any of them is computed, so that each document is
 * parsed once however many of the tables are used. Call {@link #unpersist()} when done.
 */
public final class JinduTables {
    private final Dataset<Row> documents;

    JinduTables(Dataset<Row> documents) {
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /** One row per document read or failed, with its records and warnings nested (arrays of structs). */
    public Dataset<Row> documents() {
        return documents;
    }

    /**
     * One row per document read: {@code report_id}, {@code path}, {@code file}, {@code format},
     * {@code pages}, {@code status} ({@code ok} or {@code warnings}), {@code title}, {@code organization},
     * {@code year}, {@code period_from}, {@code period_to}, the counts, {@code extracted_at},
     * {@code jindu_version} and {@code json}, the whole report in JSON schema v1.
     */
    public Dataset<Row> reports() {
        return documents.where(col("status").notEqual(DocumentRows.FAILED))
                .select("report_id", "path", "file", "format", "pages", "status", "title", "organization",
                        "year", "period_from", "period_to", "section_count", "record_count", "metric_count",
                        "warning_count", "extracted_at", "jindu_version", "json");
    }

    /**
     * One row per task record: {@code report_id}, {@code record_id}, {@code position}, its section,
     * and the record's fields; {@code departments}, {@code contacts}, {@code progress_items},
     * {@code extra} and {@code location} are arrays, a map and a struct.
     */
    public Dataset<Row> records() {
        return documents.select(col("report_id"), explode(col("records")).as("r"))
                .select(col("report_id"), col("r.record_id"), col("r.position"), col("r.section_position"),
                        col("r.section_number"), col("r.section_title"), col("r.section_note"), col("r.seq"),
                        col("r.source_text"), col("r.source_document"), col("r.source_item"),
                        col("r.source_inherited"), col("r.content"), col("r.departments"), col("r.contacts"),
                        col("r.progress"), col("r.progress_items"), col("r.extra"), col("r.location"));
    }

    /** One row per figure in a progress text: {@code report_id}, {@code record_id} and the metric's fields. */
    public Dataset<Row> metrics() {
        return documents.select(col("report_id"), explode(col("records")).as("r"))
                .select(col("report_id"), col("r.record_id"), explode(col("r.metrics")).as("m"))
                .select(col("report_id"), col("record_id"), col("m.*"));
    }

    /** One row per warning: {@code report_id}, {@code position}, {@code code}, {@code message}, {@code page}. */
    public Dataset<Row> warnings() {
        return documents.select(col("report_id"), explode(col("warnings")).as("w"))
                .select(col("report_id"), col("w.*"));
    }

    /**
     * One row per document that could not be read: {@code report_id}, {@code path}, {@code file},
     * {@code error_code} ({@code EMPTY}, {@code CORRUPT}, {@code ENCRYPTED}, {@code UNSUPPORTED},
     * {@code INTERNAL}), {@code error_message}, {@code extracted_at}, {@code jindu_version}.
     */
    public Dataset<Row> failures() {
        return documents.where(col("status").equalTo(DocumentRows.FAILED))
                .select("report_id", "path", "file", "error_code", "error_message", "extracted_at",
                        "jindu_version");
    }

    /** Releases the persisted documents. */
    public void unpersist() {
        documents.unpersist();
    }
}
