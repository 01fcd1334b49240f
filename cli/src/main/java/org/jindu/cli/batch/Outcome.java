package org.jindu.cli.batch;

import java.nio.file.Path;
import java.util.Objects;
import org.jindu.model.Report;

/**
 * What became of one file of a batch: read (with or without warnings), failed with a reason, or skipped
 * because its content is stored already.
 *
 * @param path the file, absolute
 * @param sha256 the SHA-256 of its bytes, or null when it could not be read at all
 * @param report the report, or null unless {@code status} is OK or WARNINGS
 * @param errorCode for a failure: {@code EMPTY}, {@code CORRUPT}, {@code UNSUPPORTED}, {@code IO}, {@code INTERNAL}
 * @param errorMessage for a failure: why, without the file's name
 */
public record Outcome(Status status, Path path, String sha256, Report report, String errorCode, String errorMessage) {

    /** The document's status, as stored in {@code documents.status}; SKIPPED is never stored. */
    public enum Status {
        OK("ok"), WARNINGS("warnings"), FAILED("failed"), SKIPPED("skipped");

        private final String column;

        Status(String column) {
            this.column = column;
        }

        /** The value in the {@code status} column. */
        public String column() {
            return column;
        }
    }

    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(path, "path");
    }

    static Outcome read(Path path, String sha256, Report report) {
        Status status = report.warnings().isEmpty() ? Status.OK : Status.WARNINGS;
        return new Outcome(status, path, sha256, report, null, null);
    }

    static Outcome failed(Path path, String sha256, String code, String message) {
        return new Outcome(Status.FAILED, path, sha256, null, code, message);
    }

    static Outcome skipped(Path path, String sha256) {
        return new Outcome(Status.SKIPPED, path, sha256, null, null, null);
    }

    /** The number of task records, 0 without a report. */
    public int records() {
        return report == null ? 0 : report.records().size();
    }

    /** The number of metrics over all records, 0 without a report. */
    public int metrics() {
        return report == null ? 0 : report.records().stream().mapToInt(r -> r.metrics().size()).sum();
    }
}
