package org.jindu.timeline;

import org.jindu.model.Period;

/**
 * One report of a timeline: a column of its table.
 *
 * @param label the period as people write it: {@code 1-3月}, {@code 1-9月}, {@code 全年}, {@code 7月};
 *     the file name when the report names no period
 * @param period the months, or null when the report names none
 * @param file the report's file name
 * @param title the report's title, or null
 */
public record PeriodColumn(String label, Period period, String file, String title) {

    /** {@code 全年} for the whole year, {@code 7月} for one month, else {@code 1-9月}. */
    public static String label(Period period) {
        if (period.fromMonth() == 1 && period.toMonth() == 12) return "全年";
        if (period.fromMonth() == period.toMonth()) return period.fromMonth() + "月";
        return period.fromMonth() + "-" + period.toMonth() + "月";
    }
}
