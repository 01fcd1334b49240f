package org.jindu.timeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jindu.model.Metric;

/**
 * One figure of a task across the periods, matched by category and subject: "招聘补充教师 152人, 486人,
 * 879人, 1024人".
 *
 * @param category the figure's category ({@code teacher_hires}), or null
 * @param subject its subject as first written ({@code 招聘补充教师}), or null
 * @param unit its unit as first written ({@code 人}), or null
 * @param metrics the figure in each period, null where the period has none; one per period of the timeline
 * @param decreased for each period, true when the figure is cumulative and lower than the period before
 */
public record FigureSeries(String category, String subject, String unit, List<Metric> metrics,
        List<Boolean> decreased) {

    public FigureSeries {
        metrics = Collections.unmodifiableList(new ArrayList<>(metrics));
        decreased = List.copyOf(decreased);
    }

    /** The value in each period in the series' unit (base values are compared), null where absent. */
    @com.fasterxml.jackson.annotation.JsonProperty("values")
    public List<BigDecimal> values() {
        List<BigDecimal> values = new ArrayList<>();
        for (Metric m : metrics) values.add(m == null ? null : m.value());
        return Collections.unmodifiableList(values);
    }
}
