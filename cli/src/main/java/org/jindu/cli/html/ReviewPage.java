package org.jindu.cli.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jindu.model.Location;
import org.jindu.read.pdf.PageImages;
import org.jindu.model.Metric;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.jindu.timeline.PeriodColumn;

/**
 * The review page of one report: its warnings at the top, its records as a table with the figures
 * highlighted in the progress text, and, for a document with rendered pages, the pages beside it with a
 * box around each record's rows. Clicking a record shows its boxes; clicking a box shows its record;
 * {@code #record=N} in the address opens the page with record N shown. One self-contained file.
 */
public final class ReviewPage {
    private static final String CSS = """
            main { display: flex; gap: 12px; padding: 12px; align-items: flex-start; }
            #records { flex: 1 1 55%; min-width: 0; }
            #pages { flex: 1 1 45%; min-width: 0; position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; }
            main.no-pages #records { flex-basis: 100%; }
            h2.section { font-size: 15px; margin: 16px 0 6px; }
            h2.section:first-child { margin-top: 0; }
            h2.section .note { color: var(--muted); font-weight: normal; }
            tr.record { cursor: pointer; }
            tr.record:hover td { background: #f3f7fd; }
            tr.record.selected td { background: #e3eefc; }
            td.seq { width: 3em; text-align: center; }
            td.source { width: 7em; }
            td.content { width: 22%; }
            td.departments { width: 9em; }
            td .where { display: block; color: var(--muted); font-size: 12px; margin-top: 4px; }
            #warnings { margin: 0; padding: 8px 20px; background: #fff8e1; border-bottom: 1px solid #f0d98a; }
            #warnings h2 { font-size: 14px; margin: 0 0 4px; }
            #warnings ul { margin: 0; padding-left: 20px; }
            #warnings .code { font-family: ui-monospace, monospace; font-size: 12px; color: var(--warn); }
            .page { margin: 0 0 12px; background: #fff; border: 1px solid var(--line); }
            .sheet { position: relative; width: 100%; }
            .sheet img { display: block; width: 100%; height: auto; }
            .box { position: absolute; border: 1.5px solid rgba(11, 99, 196, .35); background: rgba(11, 99, 196, .04); cursor: pointer; }
            .box:hover { border-color: rgba(11, 99, 196, .8); }
            .box.selected { border: 2.5px solid #d93025; background: rgba(217, 48, 37, .10); }
            .pageno { text-align: center; color: var(--muted); font-size: 12px; padding: 2px; }
            .empty { color: var(--muted); font-style: italic; }
            @media print {
              main { display: block; }
              #pages { position: static; max-height: none; overflow: visible; }
              .page { break-before: page; }
            }
            """;

    private static final String SCRIPT = """
            (function () {
              function select(id, scrollTo) {
                document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
                var row = document.getElementById('record-' + id);
                if (!row) return;
                row.classList.add('selected');
                var boxes = document.querySelectorAll('.box[data-record="' + id + '"]');
                boxes.forEach(function (b) { b.classList.add('selected'); });
                var pane = document.getElementById('pages');
                if (scrollTo.indexOf('box') === 0 && boxes.length && pane) {
                  pane.scrollTop += boxes[0].getBoundingClientRect().top - pane.getBoundingClientRect().top - 24;
                }
                if (scrollTo.indexOf('row') >= 0) row.scrollIntoView({block: 'nearest'});
                document.body.setAttribute('data-selected', id);
              }
              document.querySelectorAll('tr.record').forEach(function (row) {
                row.addEventListener('click', function () { select(row.dataset.record, 'box'); });
                row.addEventListener('keydown', function (e) { if (e.key === 'Enter') select(row.dataset.record, 'box'); });
              });
              document.querySelectorAll('.box').forEach(function (box) {
                box.addEventListener('click', function () { select(box.dataset.record, 'row'); });
              });
              var hash = /^#record=(\\d+)$/.exec(location.hash);
              if (hash) select(hash[1], 'box');
              document.body.setAttribute('data-ready', 'true');
            })();
            """;

    private ReviewPage() {
    }

    /**
     * The page.
     *
     * @param report the report
     * @param pages its rendered pages, empty for a document without pages (text, Word)
     */
    public static String html(Report report, List<PageImages.Page> pages) {
        StringBuilder b = new StringBuilder();
        String title = report.title() != null ? report.title() : report.document().file();
        b.append("<header class=\"top\"><h1>").append(Html.esc(title)).append("</h1><div class=\"meta\">");
        meta(b, "file", report.document().file());
        meta(b, "format", report.document().format());
        if (report.organization() != null) meta(b, "organization", report.organization());
        if (report.year() != null) meta(b, "year", String.valueOf(report.year()));
        if (report.period() != null) meta(b, "period", PeriodColumn.label(report.period()));
        if (report.document().pages() != null) meta(b, "pages", report.document().pages() + " pages");
        meta(b, "records", report.records().size() + " records");
        b.append("</div></header>\n");

        if (!report.warnings().isEmpty()) {
            b.append("<section id=\"warnings\"><h2>Warnings (").append(report.warnings().size()).append(")</h2><ul>\n");
            for (Warning w : report.warnings()) {
                b.append("<li class=\"warning\" data-code=\"").append(Html.esc(w.code())).append('"');
                if (w.page() != null) b.append(" data-page=\"").append(w.page()).append('"');
                b.append("><span class=\"code\">").append(Html.esc(w.code())).append("</span> ");
                if (w.page() != null) b.append("<a href=\"#page-").append(w.page()).append("\">page ").append(w.page()).append("</a>: ");
                b.append(Html.esc(w.message())).append("</li>\n");
            }
            b.append("</ul></section>\n");
        }

        b.append("<main class=\"").append(pages.isEmpty() ? "no-pages" : "with-pages").append("\">\n<div id=\"records\">\n");
        Map<Integer, List<Box>> boxesByPage = new TreeMap<>();
        int id = 0;
        for (Section s : report.sections()) {
            b.append("<h2 class=\"section\">");
            if (s.number() != null) b.append(Html.esc(s.number())).append('、');
            b.append(Html.esc(s.title() != null ? s.title() : "(no heading)"));
            if (s.note() != null) b.append(" <span class=\"note\">（").append(Html.esc(s.note())).append("）</span>");
            b.append("</h2>\n");
            if (s.records().isEmpty()) {
                b.append("<p class=\"empty\">no records</p>\n");
                continue;
            }
            b.append("<table class=\"records\"><thead><tr><th>序号</th><th>来源</th><th>工作内容</th><th>部门</th>"
                    + "<th>工作进展情况</th></tr></thead><tbody>\n");
            for (TaskRecord r : s.records()) {
                id++;
                Location at = r.location();
                for (Location.Box box : at.boxes())
                    boxesByPage.computeIfAbsent(box.page(), k -> new ArrayList<>()).add(new Box(id, box));
                b.append("<tr class=\"record\" tabindex=\"0\" id=\"record-").append(id).append("\" data-record=\"").append(id)
                        .append("\" data-pages=\"").append(join(at.pages())).append("\" data-figures=\"")
                        .append(r.metrics().size()).append("\">");
                b.append("<td class=\"seq\">").append(Html.esc(r.seq())).append("</td>");
                b.append("<td class=\"source\">").append(r.source() == null ? "" : Html.esc(r.source().text())).append("</td>");
                b.append("<td class=\"content\">").append(Html.lines(r.content())).append("</td>");
                b.append("<td class=\"departments\">").append(Html.esc(String.join("、", r.departments()))).append("</td>");
                b.append("<td class=\"progress\">").append(highlighted(r.progress(), r.metrics()));
                b.append("<span class=\"where\">").append(Html.esc(where(at))).append("</span></td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        b.append("</div>\n");
        if (!pages.isEmpty()) {
            b.append("<div id=\"pages\">\n");
            for (PageImages.Page p : pages) {
                b.append("<div class=\"page\" id=\"page-").append(p.number()).append("\" data-page=\"").append(p.number())
                        .append("\"><div class=\"sheet\"><img alt=\"page ").append(p.number()).append("\" width=\"")
                        .append(Math.round(p.width())).append("\" height=\"").append(Math.round(p.height()))
                        .append("\" src=\"").append(p.dataUrl()).append("\">");
                for (Box box : boxesByPage.getOrDefault(p.number(), List.of())) {
                    Location.Box r = box.box();
                    b.append("<div class=\"box\" data-record=\"").append(box.record()).append("\" data-page=\"")
                            .append(p.number()).append("\" style=\"left:").append(pct(r.x(), p.width()))
                            .append(";top:").append(pct(r.y(), p.height())).append(";width:").append(pct(r.width(), p.width()))
                            .append(";height:").append(pct(r.height(), p.height())).append("\"></div>");
                }
                b.append("</div><div class=\"pageno\">page ").append(p.number()).append("</div></div>\n");
            }
            b.append("</div>\n");
        }
        b.append("</main>");
        return Html.page(title + " — jindu review", CSS, b.toString(), SCRIPT);
    }

    private record Box(int record, Location.Box box) {
    }

    private static void meta(StringBuilder b, String name, String value) {
        b.append("<span class=\"").append(name).append("\">").append(Html.esc(value)).append("</span>");
    }

    /**
     * The progress text with each figure in a {@code <mark class="figure">} carrying its value, unit,
     * subject and category; a figure overlapping an earlier one is left plain.
     */
    static String highlighted(String progress, List<Metric> metrics) {
        List<Metric> sorted = new ArrayList<>(metrics);
        sorted.sort((x, y) -> Integer.compare(x.start(), y.start()));
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Metric m : sorted) {
            if (m.start() < at || m.end() > progress.length()) continue;
            b.append(Html.lines(progress.substring(at, m.start())));
            b.append("<mark class=\"figure\" data-value=\"").append(plain(m.value()));
            if (m.valueTo() != null) b.append("-").append(plain(m.valueTo()));
            b.append("\" data-unit=\"").append(Html.esc(m.unit())).append("\" data-subject=\"").append(Html.esc(m.subject()))
                    .append("\" data-category=\"").append(Html.esc(m.category())).append("\" title=\"")
                    .append(Html.esc(hover(m))).append("\">")
                    .append(Html.lines(progress.substring(m.start(), m.end()))).append("</mark>");
            at = m.end();
        }
        b.append(Html.lines(progress.substring(at)));
        return b.toString();
    }

    /** "879 人 · 招聘补充教师 · teacher_hires": what a figure is, shown on hover; ? for what is unknown. */
    static String hover(Metric m) {
        String value = plain(m.value()) + (m.valueTo() == null ? "" : "-" + plain(m.valueTo()));
        return (m.qualifier() == null ? "" : m.qualifier()) + value + (m.unit() == null ? "" : " " + m.unit())
                + " · " + (m.subject() == null ? "?" : m.subject()) + " · " + (m.category() == null ? "?" : m.category());
    }

    private static String where(Location at) {
        if (!at.pages().isEmpty()) return (at.pages().size() == 1 ? "page " : "pages ") + join(at.pages()).replace(' ', ',');
        if (!at.lines().isEmpty()) return "lines " + join(at.lines()).replace(' ', ',');
        if (at.table() != null) return "table " + (at.table() + 1) + ", rows " + join(at.rows().stream().map(r -> r + 1).toList()).replace(' ', ',');
        return "";
    }

    private static String join(List<Integer> numbers) {
        StringBuilder b = new StringBuilder();
        for (Integer n : numbers) b.append(b.length() == 0 ? "" : " ").append(n);
        return b.toString();
    }

    private static String pct(float value, float whole) {
        return String.format(Locale.ROOT, "%.3f%%", 100.0 * value / whole);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
