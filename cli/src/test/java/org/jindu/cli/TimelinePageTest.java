package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jindu timeline --format html on the four hand-written periods: the page holds every task with the
 * flags of {@code testdata/timeline/expected.json} and a chart per figure with its values; checked as
 * written and, when Chromium is installed, after its script ran.
 */
class TimelinePageTest {

    @Test
    void pageHoldsEveryTaskFlagAndChart(@TempDir Path dir) throws Exception {
        check(Jsoup.parse(Files.readString(write(dir), StandardCharsets.UTF_8)));
    }

    @Test
    void inChromiumTheFlagInTheAddressFiltersTheTasks(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.available(), "Chromium is not installed: the browser tests were not run");
        Path html = write(dir);
        Document dom = Jsoup.parse(Chromium.dumpDom(html, "flag=DROPPED", dir));
        assertEquals("true", dom.body().attr("data-ready"), "the page's script ran");
        check(dom);
        assertEquals("DROPPED", dom.body().attr("data-filter"));
        Elements shown = dom.select("tr.task:not(.hidden)");
        assertEquals(1, shown.size());
        assertEquals("105", shown.get(0).attr("data-item"));
        assertEquals("1 of 9 tasks", dom.selectFirst("section.timeline .count").text());
        assertEquals("true", dom.selectFirst("button[data-flag=DROPPED]").attr("aria-pressed"));

        Document all = Jsoup.parse(Chromium.dumpDom(html, null, dir));
        assertEquals("9 of 9 tasks", all.selectFirst("section.timeline .count").text());
        BufferedImage shot = Chromium.screenshot(html, null, 1366, 860, dir.resolve("timeline.png"), dir);
        assertTrue(Chromium.inked(shot) > 0.05, "the screenshot is not blank");
    }

    static Path write(Path dir) {
        Path html = dir.resolve("timeline.html");
        Run run = Run.jindu("timeline", "--format", "html", "-o", html.toString(), TimelineCommandTest.TEXT.toString());
        assertEquals(0, run.code(), run.err());
        return html;
    }

    static void check(Document page) throws Exception {
        JsonNode expected = TimelineCommandTest.expected().get(0);
        Element section = page.selectFirst("section.timeline");
        assertEquals("市教育局", section.attr("data-organization"));
        assertEquals(List.of("1-3月", "1-6月", "1-9月", "全年"), section.select("thead th.period").eachText());
        Elements rows = section.select("tr.task");
        assertEquals(expected.get("tasks").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode task = expected.get("tasks").get(i);
            Element row = rows.get(i);
            assertEquals(task.get("item").asText(), row.attr("data-item"));
            Elements cells = row.select("td.period");
            assertEquals(4, cells.size());
            for (int p = 0; p < 4; p++) {
                List<String> flags = new ArrayList<>();
                task.get("periods").get(p).get("flags").forEach(f -> flags.add(f.asText()));
                assertEquals(flags, cells.get(p).select(".flag").eachAttr("data-flag"), "task " + task.get("item") + " period " + p);
                assertEquals(task.get("periods").get(p).get("present").asBoolean(), cells.get(p).hasClass("present"));
            }
            Elements charts = row.select("figure.chart");
            assertEquals(task.get("figures").size(), charts.size(), "charts of task " + task.get("item"));
            for (int f = 0; f < charts.size(); f++) {
                JsonNode figure = task.get("figures").get(f);
                List<String> values = new ArrayList<>();
                figure.get("values").forEach(v -> { if (!v.isNull()) values.add(new java.math.BigDecimal(v.asText()).stripTrailingZeros().toPlainString()); });
                assertEquals(values, charts.get(f).select("svg circle").eachAttr("data-value"));
                assertFalse(charts.get(f).selectFirst("svg") == null);
            }
        }
        // the fall of 694 to 688 schools is drawn in red
        Element schools = rows.get(2).select("figure.chart").get(1);
        assertEquals("义务教育阶段学校", schools.attr("data-subject"));
        assertEquals(List.of("688"), schools.select("circle.decreased").eachAttr("data-value"));
    }
}
