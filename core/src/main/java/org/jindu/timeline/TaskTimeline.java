package org.jindu.timeline;

import java.util.List;

/**
 * One task across the periods of a {@link Timeline}.
 *
 * @param section the title of its section in the latest report holding it ({@code 重点工作}), or null
 * @param document the decomposition notice it comes from ({@code 十政办发〔2021〕1号}), or null
 * @param item its item in that notice, or null
 * @param seq its 序号 in the latest report holding it, or null
 * @param content the task as the latest report holding it words it
 * @param periods the task in each period, one per period of the timeline, absent ones included
 * @param figures its figures across the periods, in order of first appearance
 */
public record TaskTimeline(
        String section,
        String document,
        Integer item,
        String seq,
        String content,
        List<TaskPeriod> periods,
        List<FigureSeries> figures) {

    public TaskTimeline {
        periods = List.copyOf(periods);
        figures = List.copyOf(figures);
    }

    /** The flags of every period, in period order. */
    public List<List<Flag>> flags() {
        return periods.stream().map(TaskPeriod::flags).toList();
    }
}
