package org.jindu.model;

import java.math.BigDecimal;

/**
 * A figure found in a record's progress text: "招聘补充教师879人" gives value 879, unit 人,
 * subject 招聘补充教师.
 *
 * @param text the figure as written, {@code progress.substring(start, end)}
 * @param start offset of the figure's first character in the progress text
 * @param end offset just past its last character
 * @param value the exact value as written, without qualifier
 * @param unit the unit as written ("万元"), or null for a bare number
 * @param baseValue the value in the base unit (125950000 for 12595 万元), or null when the unit is the base
 * @param baseUnit the base unit ("元"), or null
 * @param qualifier an approximation or bound kept out of the value ("近", "以上"), or null
 * @param subject what the figure counts or measures, or null
 * @param category the subject's category from the lexicon ("teacher_hires"), or null
 * @param time the time expression the figure belongs to ("2021年"), or null
 * @param partOf the index, in the record's metrics, of the total this figure is part of, or null
 */
public record Metric(
        String text,
        int start,
        int end,
        BigDecimal value,
        String unit,
        BigDecimal baseValue,
        String baseUnit,
        String qualifier,
        String subject,
        String category,
        String time,
        Integer partOf) {
}
