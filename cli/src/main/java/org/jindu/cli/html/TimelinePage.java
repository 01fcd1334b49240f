package org.jindu.cli.html;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jindu.model.Metric;
import org.jindu.timeline.FigureSeries;
import org.jindu.timeline.Flag;
import org.jindu.timeline.PeriodColumn;
import org.jindu.timeline.TaskPeriod;
import org.jindu.timeline.TaskTimeline;
import org.jindu.timeline.Timeline;

/**
 * The timeline page: per organization and year, a row per task with its progress and flags in each
 * period, and a small chart (inline SVG) per figure across the periods. Buttons at the top show only
 * the tasks with a flag; {@code #flag=DROPPED} in the address opens the page so filtered.
 */
public final class TimelinePage {
    private static final int CHART_WIDTH = 168;
    private static final int CHART_HEIGHT = 56;

    private static final String CSS = """
            .filters { margin-top: 6px; }
            .filters button { font: inherit; font-size: 12px; margin-right: 4px; padding: 1px 8px; border: 1px solid var(--line);
                              background: #fff; border-radius: 3px; cursor: pointer; }
            .filters button[aria-pressed=true] { background: var(--ink); color: #fff; }
            section.timeline { padding: 12px 20px; }
            section.timeline h2 { font-size: 16px; margin: 0 0 8px; }
            .notes { color: var(--warn); font-size: 13px; }
            th.task { width: 22%; min-width: 14em; font-weight: normal; }
            th.task .source { color: var(--muted); font-size: 12px; }
            td.period { min-width: 12em; }
            td.absent { background: #f3f4f6; color: var(--muted); }
            .progress { max-height: 11em; overflow: auto; font-size: 13px; }
            .charts { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
            figure.chart { margin: 0; font-size: 11px; color: var(--muted); }
            figure.chart svg { display: block; background: #fbfcfd; border: 1px solid var(--line); }
            figure.chart .line { fill: none; stroke: var(--accent); stroke-width: 1.5; }
            figure.chart .point { fill: var(--accent); }
            figure.chart .point.decreased { fill: var(--bad); }
            figure.chart text { font-size: 9px; fill: var(--ink); }
            tr.task.hidden { display: none; }
            .count { color: var(--muted); font-size: 12px; margin-left: 8px; }
            @media print { .progress { max-height: none; overflow: visible; } }
            """;

    private static final String SCRIPT = """
            (function () {
              var buttons = document.querySelectorAll('.filters button');
              function show(flag) {
                buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.flag === flag)); });
                document.querySelectorAll('section.timeline').forEach(function (s) {
                  var shown = 0;
                  s.querySelectorAll('tr.task').forEach(function (row) {
                    var has = !flag || (' ' + row.dataset.flags + ' ').indexOf(' ' + flag + ' ') >= 0;
                    row.classList.toggle('hidden', !has);
                    if (has) shown++;
                  });
                  s.querySelector('.count').textContent = shown + ' of ' + s.querySelectorAll('tr.task').length + ' tasks';
                });
                document.body.setAttribute('data-filter', flag || '');
              }
              buttons.forEach(function (b) {
                b.addEventListener('click', function () { show(b.getAttribute('aria-pressed') === 'true' ? '' : b.dataset.flag); });
              });
              var m = /^#flag=([A-Z]+)$/.exec(location.hash);
              show(m ? m[1] : '');
              document.body.setAttribute('data-ready', 'true');
            })();
            """;

    private TimelinePage() {
    }

    /** The page for all the timelines. */
    public static String html(List<Timeline> timelines) {
        StringBuilder b = new StringBuilder();
        b.append("<header class=\"top\"><h1>Tasks across periods</h1><div class=\"meta\"><span>")
                .append(timelines.size()).append(timelines.size() == 1 ? " organization" : " organizations")
                .append("</span></div><div class=\"filters noprint\">Show only: ");
        for (Flag f : Flag.values())
            b.append("<button type=\"button\" data-flag=\"").append(f).append("\" aria-pressed=\"false\">").append(f).append("</button>");
        b.append("</div></header>\n");
        for (Timeline t : timelines) section(b, t);
        return Html.page("jindu timeline", CSS, b.toString(), SCRIPT);
    }

    private static void section(StringBuilder b, Timeline t) {
        String name = (t.organization() == null ? "(no organization)" : t.organization()) + (t.year() == null ? "" : " " + t.year());
        b.append("<section class=\"timeline\" data-organization=\"").append(Html.esc(t.organization())).append("\" data-year=\"")
                .append(t.year() == null ? "" : t.year()).append("\"><h2>").append(Html.esc(name))
                .append("<span class=\"count\"></span></h2>\n");
        for (String note : t.notes()) b.append("<p class=\"notes\">").append(Html.esc(note)).append("</p>\n");
        b.append("<table class=\"tasks\"><thead><tr><th>task</th>");
        for (PeriodColumn p : t.periods())
            b.append("<th class=\"period\" data-period=\"").append(Html.esc(p.label())).append("\" title=\"")
                    .append(Html.esc(p.file())).append("\">").append(Html.esc(p.label())).append("</th>");
        b.append("</tr></thead><tbody>\n");
        for (TaskTimeline task : t.tasks()) {
            StringBuilder flags = new StringBuilder();
            task.periods().forEach(p -> p.flags().forEach(f -> {
                if (flags.indexOf(f.name()) < 0) flags.append(flags.length() == 0 ? "" : " ").append(f);
            }));
            b.append("<tr class=\"task\" data-item=\"").append(task.item() == null ? "" : task.item()).append("\" data-flags=\"")
                    .append(flags).append("\"><th class=\"task\"><div class=\"source\">");
            if (task.item() != null) b.append("第").append(task.item()).append("项 · ");
            b.append(Html.esc(task.section())).append("</div><div class=\"content\">").append(Html.esc(task.content())).append("</div>");
            if (!task.figures().isEmpty()) {
                b.append("<div class=\"charts\">");
                for (FigureSeries s : task.figures()) chart(b, s, t.periods());
                b.append("</div>");
            }
            b.append("</th>");
            for (int p = 0; p < t.periods().size(); p++) {
                TaskPeriod tp = task.periods().get(p);
                b.append("<td class=\"period ").append(tp.present() ? "present" : "absent").append("\" data-period=\"")
                        .append(Html.esc(t.periods().get(p).label())).append("\" data-flags=\"")
                        .append(String.join(" ", tp.flags().stream().map(Flag::name).toList())).append("\">");
                for (Flag f : tp.flags()) b.append("<span class=\"flag\" data-flag=\"").append(f).append("\">").append(f).append("</span>");
                if (tp.present()) b.append("<div class=\"progress\">").append(ReviewPage.highlighted(tp.progress(), tp.metrics())).append("</div>");
                else b.append("<div class=\"progress\">—</div>");
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></section>\n");
    }

    /** A line through the figure's values, a dot per period that has one, its value written above. */
    private static void chart(StringBuilder b, FigureSeries s, List<PeriodColumn> periods) {
        List<BigDecimal> values = s.values();
        double max = 0, min = 0;
        for (BigDecimal v : values) if (v != null) max = Math.max(max, v.doubleValue());
        for (BigDecimal v : values) if (v != null) min = Math.min(min, v.doubleValue());
        double span = max - min == 0 ? 1 : max - min;
        int n = periods.size();
        double step = n == 1 ? 0 : (CHART_WIDTH - 24.0) / (n - 1);
        String name = s.subject() != null ? s.subject() : s.category();
        b.append("<figure class=\"chart\" data-category=\"").append(Html.esc(s.category())).append("\" data-subject=\"")
                .append(Html.esc(s.subject())).append("\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH)
                .append("\" height=\"").append(CHART_HEIGHT).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ')
                .append(CHART_HEIGHT).append("\" role=\"img\" aria-label=\"").append(Html.esc(name)).append("\">");
        StringBuilder line = new StringBuilder();
        StringBuilder points = new StringBuilder();
        for (int p = 0; p < n; p++) {
            Metric m = s.metrics().get(p);
            if (m == null) {
                if (line.length() > 0) b.append("<polyline class=\"line\" points=\"").append(line).append("\"/>");
                line.setLength(0);
                continue;
            }
            double x = 12 + step * p;
            double y = CHART_HEIGHT - 8 - (m.value().doubleValue() - min) / span * (CHART_HEIGHT - 24);
            line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
            boolean down = s.decreased().get(p);
            points.append("<circle class=\"point").append(down ? " decreased" : "").append("\" data-period=\"")
                    .append(Html.esc(periods.get(p).label())).append("\" data-value=\"").append(m.value().stripTrailingZeros().toPlainString())
                    .append("\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"3\"><title>")
                    .append(Html.esc(periods.get(p).label() + ": " + m.text().replaceAll("\\s+", ""))).append("</title></circle>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 6)).append("\" text-anchor=\"middle\">")
                    .append(Html.esc(m.value().stripTrailingZeros().toPlainString())).append("</text>");
        }
        if (line.length() > 0) b.append("<polyline class=\"line\" points=\"").append(line).append("\"/>");
        b.append(points).append("</svg><figcaption>").append(Html.esc(name));
        if (s.unit() != null) b.append("（").append(Html.esc(s.unit())).append("）");
        b.append("</figcaption></figure>");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
