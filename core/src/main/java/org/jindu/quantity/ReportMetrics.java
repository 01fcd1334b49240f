package org.jindu.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;

/**
 * Fills every record's {@link TaskRecord#metrics()} from its progress text, and adds the checks'
 * warnings to the report. Runs after assembly, so it does not care what format the report came from.
 *
 * <pre>{@code
 * Report withFigures = ReportMetrics.fill(report);
 * }</pre>
 */
public final class ReportMetrics {
    /** The warnings this pass adds; filling again replaces them. */
    private static final Set<String> CODES =
            Set.of(Warning.PARTS_DO_NOT_ADD_UP, Warning.RATE_ABOVE_100, Warning.SHARE_DOES_NOT_MATCH);
    private ReportMetrics() {
    }

    /** The report with metrics found by the standard scanner. */
    public static Report fill(Report report) {
        return fill(report, QuantityScanner.standard());
    }

    /** The report with metrics found by {@code scanner}; earlier metrics and their warnings are replaced. */
    public static Report fill(Report report, QuantityScanner scanner) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(scanner, "scanner");
        List<Warning> warnings = new ArrayList<>();
        for (Warning w : report.warnings()) if (!CODES.contains(w.code())) warnings.add(w); // from an earlier fill
        List<Section> sections = new ArrayList<>();
        for (Section s : report.sections()) {
            List<TaskRecord> records = new ArrayList<>();
            int index = 0;
            for (TaskRecord r : s.records()) {
                index++;
                QuantityScanner.Figures figures = scanner.read(r.progress());
                records.add(r.withMetrics(figures.metrics()));
                Integer page = r.location().pages().isEmpty() ? null : r.location().pages().get(0);
                String where = "section " + (s.number() == null ? "?" : s.number()) + ", record "
                        + (r.seq() == null ? String.valueOf(index) : r.seq()) + ": ";
                for (Warning w : figures.warnings()) warnings.add(new Warning(w.code(), where + w.message(), page));
            }
            sections.add(new Section(s.number(), s.title(), s.note(), s.columns(), records));
        }
        return new Report(report.schemaVersion(), report.document(), report.title(), report.organization(),
                report.year(), report.period(), sections, Warning.grouped(warnings));
    }
}
