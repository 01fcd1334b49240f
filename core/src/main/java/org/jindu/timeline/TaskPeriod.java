package org.jindu.timeline;

import java.util.List;
import org.jindu.model.Location;
import org.jindu.model.Metric;

/**
 * A task in one period: its progress and figures there, and its flags.
 *
 * @param present true when the period's report holds the task
 * @param linkedBy how the record was linked to the task's earlier records: {@code source} (same
 *     document and item), {@code content} (nearly the same content), or null for the task's first record
 *     and when absent
 * @param progress the progress text, or null when absent
 * @param departments the responsible units, empty when absent
 * @param metrics the figures in the progress text, empty when absent
 * @param location where the record stands in its document, or null when absent
 * @param flags what changed since the previous period, in the order of {@link Flag}
 */
public record TaskPeriod(
        boolean present,
        String linkedBy,
        String progress,
        List<String> departments,
        List<Metric> metrics,
        Location location,
        List<Flag> flags) {

    public TaskPeriod {
        departments = List.copyOf(departments);
        metrics = List.copyOf(metrics);
        flags = List.copyOf(flags);
    }

    /** Absent from this period, with {@code flags} ({@link Flag#DROPPED} or none). */
    static TaskPeriod absent(List<Flag> flags) {
        return new TaskPeriod(false, null, null, List.of(), List.of(), null, flags);
    }
}
