package org.jindu.timeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jindu.model.Metric;
import org.jindu.model.Period;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;

/**
 * Links the tasks of reports across periods. Reports are grouped by organization and year, each group
 * ordered by period (the last month, then the first; reports naming no period come last, in the order
 * given). A record is the same task as one of an earlier period when their source document and item
 * agree (a document named on one side only agrees; the same section, then the most alike content, wins
 * among several), else, when either has no item, when
 * their contents are at least {@link Similarity#SAME_TASK} alike. Figures are matched by category and
 * subject. The rules, with the flags, are in {@code docs/timeline.md}.
 */
public final class Timelines {
    /** A time naming a span of months inside the report's period ("7-9月"): the figure is not cumulative. */
    private static final Pattern MONTHS = Pattern.compile("(\\d{1,2})\\s*[-－—~～至到]\\s*(\\d{1,2})\\s*月");

    private Timelines() {
    }

    /** The timelines of the reports, one per organization and year, in order of first appearance. */
    public static List<Timeline> link(List<Report> reports) {
        Map<List<Object>, List<Report>> groups = new LinkedHashMap<>();
        for (Report r : reports) {
            Objects.requireNonNull(r, "report");
            List<Object> key = new ArrayList<>();
            key.add(r.organization() == null ? null : r.organization().replaceAll("\\s+", ""));
            key.add(r.year());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Timeline> out = new ArrayList<>();
        for (Map.Entry<List<Object>, List<Report>> g : groups.entrySet())
            out.add(one((String) g.getKey().get(0), (Integer) g.getKey().get(1), g.getValue()));
        return out;
    }

    private static Timeline one(String organization, Integer year, List<Report> group) {
        List<Report> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparing((Report r) -> r.period() == null ? 99 : r.period().toMonth())
                .thenComparing(r -> r.period() == null ? 99 : r.period().fromMonth()));
        List<Report> kept = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Report r : sorted) {
            Report same = r.period() == null ? null
                    : kept.stream().filter(k -> r.period().equals(k.period())).findFirst().orElse(null);
            if (same != null) {
                notes.add(r.document().file() + " covers " + PeriodColumn.label(r.period()) + " as "
                        + same.document().file() + " does; it was left out");
            } else {
                kept.add(r);
            }
        }
        List<PeriodColumn> columns = new ArrayList<>();
        for (Report r : kept)
            columns.add(new PeriodColumn(r.period() == null ? r.document().file() : PeriodColumn.label(r.period()),
                    r.period(), r.document().file(), r.title()));

        int n = kept.size();
        List<Builder> tasks = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            for (Section s : kept.get(p).sections()) {
                for (TaskRecord r : s.records()) {
                    Builder task = null;
                    String by = null;
                    Builder bySource = bySource(tasks, p, s.title(), r);
                    if (bySource != null) {
                        task = bySource;
                        by = "source";
                    } else {
                        task = byContent(tasks, p, r);
                        if (task != null) by = "content";
                    }
                    if (task == null) {
                        task = new Builder(n, p);
                        tasks.add(task);
                    }
                    task.put(p, s.title(), r, by);
                }
            }
        }
        List<TaskTimeline> done = new ArrayList<>();
        for (Builder b : tasks) done.add(b.build(kept));
        return new Timeline(organization, year, columns, done, notes);
    }

    private static Builder bySource(List<Builder> tasks, int p, String section, TaskRecord r) {
        if (r.source() == null || r.source().item() == null) return null;
        Builder best = null;
        double bestScore = -1;
        for (Builder t : tasks) {
            if (t.records[p] != null || t.item == null) continue;
            if (!t.item.equals(r.source().item())) continue;
            String document = r.source().document();
            if (t.document != null && document != null && !t.document.equals(document)) continue;
            double score = (Objects.equals(section, t.section) ? 2 : 0) + Similarity.of(r.content(), t.latest().content());
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    private static Builder byContent(List<Builder> tasks, int p, TaskRecord r) {
        boolean hasItem = r.source() != null && r.source().item() != null;
        Builder best = null;
        double bestScore = Similarity.SAME_TASK;
        for (Builder t : tasks) {
            if (t.records[p] != null) continue;
            if (hasItem && t.item != null) continue; // both numbered, and the numbers disagree
            double score = Similarity.of(r.content(), t.latest().content());
            if (score >= bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    /** A task being built: its record in each period. */
    private static final class Builder {
        final TaskRecord[] records;
        final String[] sections;
        final String[] linkedBy;
        final int first;
        String section;
        String document;
        Integer item;

        Builder(int periods, int first) {
            records = new TaskRecord[periods];
            sections = new String[periods];
            linkedBy = new String[periods];
            this.first = first;
        }

        void put(int p, String sectionTitle, TaskRecord r, String by) {
            records[p] = r;
            sections[p] = sectionTitle;
            linkedBy[p] = by;
            section = sectionTitle;
            if (r.source() != null && r.source().item() != null) {
                document = r.source().document();
                item = r.source().item();
            }
        }

        TaskRecord latest() {
            for (int p = records.length - 1; p >= 0; p--) if (records[p] != null) return records[p];
            throw new IllegalStateException("a task without records");
        }

        TaskTimeline build(List<Report> reports) {
            List<FigureSeries> figures = figures(reports);
            List<TaskPeriod> periods = new ArrayList<>();
            for (int p = 0; p < records.length; p++) {
                TaskRecord r = records[p];
                TaskRecord before = p > 0 ? records[p - 1] : null;
                Set<Flag> flags = EnumSet.noneOf(Flag.class);
                if (r == null) {
                    if (before != null) flags.add(Flag.DROPPED);
                    periods.add(TaskPeriod.absent(List.copyOf(flags)));
                    continue;
                }
                if (p == first && p > 0) flags.add(Flag.NEW);
                if (before != null) {
                    if (Similarity.of(r.progress(), before.progress()) >= Similarity.UNCHANGED) flags.add(Flag.UNCHANGED);
                    if (Completion.says(r.progress()) && !Completion.says(before.progress())) flags.add(Flag.COMPLETED);
                }
                final int q = p;
                if (figures.stream().anyMatch(f -> f.decreased().get(q))) flags.add(Flag.DECREASED);
                periods.add(new TaskPeriod(true, linkedBy[p], r.progress(), r.departments(), r.metrics(),
                        r.location(), List.copyOf(flags)));
            }
            TaskRecord last = latest();
            return new TaskTimeline(section, document, item, last.seq(), last.content(), periods, figures);
        }

        /** The figures matched across the periods: same category (or, without one, same subject) and unit. */
        private List<FigureSeries> figures(List<Report> reports) {
            List<Series> series = new ArrayList<>();
            for (int p = 0; p < records.length; p++) {
                if (records[p] == null) continue;
                for (Metric m : records[p].metrics()) {
                    if (m.category() == null && m.subject() == null) continue;
                    Series s = match(series, p, m);
                    if (s == null) {
                        s = new Series(m, records.length);
                        series.add(s);
                    }
                    s.metrics.set(p, m);
                }
            }
            List<FigureSeries> out = new ArrayList<>();
            for (Series s : series) {
                List<Boolean> decreased = new ArrayList<>();
                for (int p = 0; p < records.length; p++)
                    decreased.add(p > 0 && decreased(s.metrics.get(p - 1), s.metrics.get(p), reports.get(p - 1), reports.get(p)));
                out.add(new FigureSeries(s.category, s.subject, s.unit, s.metrics, decreased));
            }
            return out;
        }

        private static Series match(List<Series> series, int p, Metric m) {
            Series contained = null;
            for (Series s : series) {
                if (s.metrics.get(p) != null || !sameUnit(s, m)) continue;
                if (!Objects.equals(s.category, m.category())) continue;
                if (Objects.equals(s.subject, m.subject())) return s;
                if (contained == null && s.subject != null && m.subject() != null && m.category() != null
                        && (s.subject.contains(m.subject()) || m.subject().contains(s.subject))) contained = s;
            }
            return contained;
        }

        private static boolean sameUnit(Series s, Metric m) {
            String unit = m.baseUnit() != null ? m.baseUnit() : m.unit();
            return Objects.equals(s.baseUnit, unit);
        }
    }

    /** True when {@code now} is a cumulative figure lower than {@code before}. */
    static boolean decreased(Metric before, Metric now, Report reportBefore, Report reportNow) {
        if (before == null || now == null) return false;
        if ("%".equals(now.unit()) || "%".equals(before.unit())) return false;
        Period a = reportBefore.period(), b = reportNow.period();
        if (a == null || b == null || a.fromMonth() != b.fromMonth()) return false;
        if (partOfPeriod(before.time(), a) || partOfPeriod(now.time(), b)) return false;
        return base(now).compareTo(base(before)) < 0;
    }

    /** True when the figure's time names months other than the report's whole span ("7-9月" in 1-9月). */
    private static boolean partOfPeriod(String time, Period period) {
        if (time == null) return false;
        Matcher m = MONTHS.matcher(time);
        return m.find() && (Integer.parseInt(m.group(1)) != period.fromMonth() || Integer.parseInt(m.group(2)) != period.toMonth());
    }

    private static BigDecimal base(Metric m) {
        return m.baseValue() != null ? m.baseValue() : m.value();
    }

    private static final class Series {
        final String category;
        final String subject;
        final String unit;
        final String baseUnit;
        final List<Metric> metrics = new ArrayList<>();

        Series(Metric first, int periods) {
            category = first.category();
            subject = first.subject();
            unit = first.unit();
            baseUnit = first.baseUnit() != null ? first.baseUnit() : first.unit();
            for (int i = 0; i < periods; i++) metrics.add(null);
        }
    }
}
