package org.jindu.timeline;

import java.util.List;

/**
 * The reports of one organization and year, ordered by period, with each task linked across them.
 *
 * @param organization the reporting body ({@code 市教育局}), or null when the reports name none
 * @param year the year, or null
 * @param periods the reports, one column each, in period order
 * @param tasks the tasks in order of first appearance: the first report's in its order, then each later
 *     report's new tasks in its order
 * @param notes what was left out and why (a second report of a period already taken)
 */
public record Timeline(String organization, Integer year, List<PeriodColumn> periods, List<TaskTimeline> tasks,
        List<String> notes) {

    public Timeline {
        periods = List.copyOf(periods);
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
    }
}
