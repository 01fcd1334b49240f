package org.jindu.model;

import java.math.BigDecimal;

/**
 * A figure found in a record's progress text: "招聘补充教师879人" gives value 879, unit 人,
 * subject 招聘补充教师.
 *
 * @param text the figure as written, {@code progress.substring(start, end)}
 * @param start offset of the figure's first character in the progress text
 * @param end offset just past its last character
 * @param value the exact value as written, without qualifier; for a range the lower end
 * @param valueTo the upper end of a closed range ("3-5个", "3至5个"), or null for a single value
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
        BigDecimal valueTo,
        String unit,
        BigDecimal baseValue,
        String baseUnit,
        String qualifier,
        String subject,
        String category,
        String time,
        Integer partOf) {

    /** A figure that is not a range. */
    public Metric(String text, int start, int end, BigDecimal value, String unit, BigDecimal baseValue,
            String baseUnit, String qualifier, String subject, String category, String time, Integer partOf) {
        this(text, start, end, value, null, unit, baseValue, baseUnit, qualifier, subject, category, time, partOf);
    }

    /** This metric with another subject and category. */
    public Metric withSubject(String newSubject, String newCategory) {
        return new Metric(text, start, end, value, valueTo, unit, baseValue, baseUnit, qualifier, newSubject,
                newCategory, time, partOf);
    }

    /** This metric marked as part of the metric at {@code total}. */
    public Metric withPartOf(Integer total) {
        return new Metric(text, start, end, value, valueTo, unit, baseValue, baseUnit, qualifier, subject,
                category, time, total);
    }

    /** This metric with its offsets moved by {@code delta}, for a text embedded in a longer one. */
    public Metric shifted(int delta) {
        return new Metric(text, start + delta, end + delta, value, valueTo, unit, baseValue, baseUnit, qualifier,
                subject, category, time, partOf);
    }
}
