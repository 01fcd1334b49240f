package org.jindu.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jindu.Jindu;
import org.jindu.exception.JinduException;
import org.jindu.JinduParser;
import org.jindu.json.ReportJson;
import org.jindu.model.Contact;
import org.jindu.model.Location;
import org.jindu.model.Metric;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads one document's bytes into one row of {@link Schemas#DOCUMENT}, never throwing: a document
 * that cannot be read becomes a row with status {@code failed}, its code and reason. One instance
 * serves a whole partition (the parser's setup is done once per partition).
 */
final class DocumentRows {
    static final String OK = "ok";
    static final String WARNINGS = "warnings";
    static final String FAILED = "failed";

    private final String version = Jindu.version();
    /** Spark runs a task per core already: a PDF's pages are not given a thread of their own as well. */
    private final JinduParser parser = JinduParser.builder().pageThreads(false).build();

    /**
     * The row for the file at {@code path} (a Hadoop path or URI as Spark lists it) holding
     * {@code bytes}, whose SHA-256 is {@code sha256}; both null when the file could not be read.
     */
    Row read(String path, byte[] bytes, String sha256) {
        String file = fileName(path);
        if (bytes == null) {
            return failed(path, file, null, "IO", "the file could not be read");
        }
        Report report;
        try {
            report = parser.parse(bytes, file);
        } catch (JinduException e) {
            return failed(path, file, sha256, e.code(), e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in jindu, met on this document only: a failure row, and the job goes on.
            return failed(path, file, sha256, "INTERNAL", "internal error: " + e);
        }
        try {
            return read(path, file, report);
        } catch (RuntimeException e) {
            return failed(path, file, sha256, "INTERNAL", "internal error: " + e);
        }
    }

    private Row read(String path, String file, Report r) {
        List<Row> records = new ArrayList<>();
        int sectionPosition = 0;
        int metricCount = 0;
        String id = r.document().sha256();
        for (Section s : r.sections()) {
            for (TaskRecord t : s.records()) {
                records.add(record(id, records.size(), sectionPosition, s, t));
                metricCount += t.metrics().size();
            }
            sectionPosition++;
        }
        List<Row> warnings = new ArrayList<>();
        for (Warning w : r.warnings()) {
            warnings.add(RowFactory.create(warnings.size(), w.code(), w.message(), w.page()));
        }
        return RowFactory.create(
                id, path, file,
                r.warnings().isEmpty() ? OK : WARNINGS, null, null,
                r.document().format(), r.document().pages(),
                r.title(), r.organization(), r.year(),
                r.period() == null ? null : r.period().fromMonth(),
                r.period() == null ? null : r.period().toMonth(),
                r.sections().size(), records.size(), metricCount, warnings.size(),
                Timestamp.from(Instant.now()), version,
                ReportJson.toJson(r, false),
                seq(records), seq(warnings));
    }

    private Row failed(String path, String file, String sha256, String code, String message) {
        return RowFactory.create(
                sha256, path, file, FAILED, code, message,
                null, null, null, null, null, null, null,
                0, 0, 0, 0,
                Timestamp.from(Instant.now()), version, null,
                seq(List.of()), seq(List.of()));
    }

    private static Row record(String reportId, int position, int sectionPosition, Section s, TaskRecord t) {
        List<Row> contacts = new ArrayList<>();
        for (Contact c : t.contacts()) {
            contacts.add(RowFactory.create(c.name(), c.phone()));
        }
        List<Row> metrics = new ArrayList<>();
        for (Metric m : t.metrics()) {
            metrics.add(RowFactory.create(metrics.size(), m.text(), m.start(), m.end(),
                    decimal(m.value()), decimal(m.valueTo()), m.unit(),
                    decimal(m.baseValue()), m.baseUnit(),
                    m.qualifier(), m.subject(), m.category(), m.time(), m.partOf(),
                    m.change(), m.changeFrom(), m.whole()));
        }
        Location l = t.location();
        Row location = RowFactory.create(seq(l.pages()), seq(l.lines()), l.table(), seq(l.rows()));
        return RowFactory.create(
                recordId(reportId, position), position, sectionPosition,
                s.number(), s.title(), s.note(),
                t.seq(),
                t.source() == null ? null : t.source().text(),
                t.source() == null ? null : t.source().document(),
                t.source() == null ? null : t.source().item(),
                t.source() == null ? null : t.source().inherited(),
                t.content(), seq(t.departments()), seq(contacts), t.progress(), seq(t.progressItems()),
                CollectionConverters.asScala(t.extra()), location, seq(metrics));
    }

    /** A list as the row encoder takes it, a Scala sequence (a view, not a copy). */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list);
    }

    /** A record's key: its report's id and its 0-based position in the report, {@code <sha256>:<position>}. */
    static String recordId(String reportId, int position) {
        return reportId + ":" + position;
    }

    /**
     * A value as {@link Schemas#DECIMAL} holds it: exact up to 12 decimal places (more are rounded
     * half-even), null when its integer part has more than 26 digits (the text keeps the figure).
     */
    static BigDecimal decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        int scale = Schemas.DECIMAL.scale();
        BigDecimal v = value.scale() > scale ? value.setScale(scale, RoundingMode.HALF_EVEN) : value;
        return v.precision() - v.scale() > Schemas.DECIMAL.precision() - scale ? null : v;
    }

    /** The last part of a path or URI, as Spark's file sources give it. */
    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
