package org.jindu.model;

import org.jspecify.annotations.Nullable;

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
 * @param change for a change ("同比增长11%", "下降到8.9‰", "从140个下降到128个"): {@code "increase"} or
 *     {@code "decrease"}; null for a level or a share
 * @param changeFrom for the value a change went to ("由25%提高到86%"), the index of the value it came from;
 *     otherwise null
 * @param whole for a share ("占全国在园幼儿的比例90.81%", "完成全年任务的35.86%"), the whole as written
 *     (全国在园幼儿, 全年任务); otherwise null
 */
public record Metric(
        String text,
        int start,
        int end,
        BigDecimal value,
        @Nullable BigDecimal valueTo,
        @Nullable String unit,
        @Nullable BigDecimal baseValue,
        @Nullable String baseUnit,
        @Nullable String qualifier,
        @Nullable String subject,
        @Nullable String category,
        @Nullable String time,
        @Nullable Integer partOf,
        @Nullable String change,
        @Nullable Integer changeFrom,
        @Nullable String whole) {

    /** A change upwards. */
    public static final String INCREASE = "increase";
    /** A change downwards. */
    public static final String DECREASE = "decrease";

    /** A figure that is neither a change nor a share. */
    public Metric(String text, int start, int end, BigDecimal value, BigDecimal valueTo, String unit,
            BigDecimal baseValue, String baseUnit, String qualifier, String subject, String category, String time,
            Integer partOf) {
        this(text, start, end, value, valueTo, unit, baseValue, baseUnit, qualifier, subject, category, time, partOf,
                null, null, null);
    }

    /** A figure that is not a range, a change or a share. */
    public Metric(String text, int start, int end, BigDecimal value, String unit, BigDecimal baseValue,
            String baseUnit, String qualifier, String subject, String category, String time, Integer partOf) {
        this(text, start, end, value, null, unit, baseValue, baseUnit, qualifier, subject, category, time, partOf);
    }

    /** This metric with another subject and category. */
    public Metric withSubject(String newSubject, String newCategory) {
        return new Metric(text, start, end, value, valueTo, unit, baseValue, baseUnit, qualifier, newSubject,
                newCategory, time, partOf, change, changeFrom, whole);
    }

    /** This metric marked as part of the metric at {@code total}. */
    public Metric withPartOf(Integer total) {
        return new Metric(text, start, end, value, valueTo, unit, baseValue, baseUnit, qualifier, subject,
                category, time, total, change, changeFrom, whole);
    }

    /** This metric with its offsets moved by {@code delta}, for a text embedded in a longer one. */
    public Metric shifted(int delta) {
        return new Metric(text, start + delta, end + delta, value, valueTo, unit, baseValue, baseUnit, qualifier,
                subject, category, time, partOf, change, changeFrom, whole);
    }
}
