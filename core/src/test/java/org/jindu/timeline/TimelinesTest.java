package org.jindu.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Location;
import org.jindu.model.Metric;
import org.jindu.model.Period;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.SourceRef;
import org.jindu.model.TaskRecord;
import org.junit.jupiter.api.Test;

/** The linking and flag rules on small reports built by hand; the whole genre is in the cli's TimelineCommandTest. */
class TimelinesTest {
    static final String NOTICE = "市政办发〔2022〕3号";

    @Test
    void reportsAreGroupedByOrganizationAndYearAndOrderedByPeriod() {
        List<Timeline> timelines = Timelines.link(List.of(
                report("b.txt", "市卫健委", 2022, 1, 6, List.of(task(1, "建设区域医疗中心", "推进中。"))),
                report("a.txt", "市教育局", 2022, 1, 9, List.of(task(1, "建设区域医疗中心", "推进中。"))),
                report("c.txt", "市 教育局", 2022, 1, 3, List.of(task(1, "建设区域医疗中心", "推进中。"))),
                report("d.txt", "市教育局", 2021, 1, 12, List.of(task(1, "建设区域医疗中心", "推进中。")))));
        assertEquals(3, timelines.size());
        assertEquals("市卫健委", timelines.get(0).organization());
        Timeline education = timelines.get(1);
        assertEquals(2022, education.year());
        assertEquals(List.of("1-3月", "1-9月"), education.periods().stream().map(PeriodColumn::label).toList());
        assertEquals(List.of("c.txt", "a.txt"), education.periods().stream().map(PeriodColumn::file).toList());
        assertEquals("全年", timelines.get(2).periods().get(0).label());
    }

    @Test
    void aRecordWithoutItemIsLinkedByNearlyTheSameContent() {
        Timeline t = Timelines.link(List.of(
                report("q1.txt", "市教育局", 2022, 1, 3, List.of(
                        unnumbered("支持高校校区扩建，加快整合优势资源，筹建综合性大学", "开展调研。"),
                        unnumbered("推动郧阳中学、市一中、东风高中改扩建", "前期工作。"))),
                report("h1.txt", "市教育局", 2022, 1, 6, List.of(
                        unnumbered("推动郧阳中学、市一中、东风高中改扩建工程", "主体施工。"),
                        unnumbered("支持高校校区扩建，加快整合优势资源，筹建一所综合性大学", "开展调研。"))))).get(0);
        assertEquals(2, t.tasks().size());
        TaskTimeline campus = t.tasks().get(0);
        assertEquals("content", campus.periods().get(1).linkedBy());
        assertEquals(List.of(Flag.UNCHANGED), campus.periods().get(1).flags());
        assertEquals("支持高校校区扩建，加快整合优势资源，筹建一所综合性大学", campus.content(), "the latest wording");
        assertEquals("主体施工。", t.tasks().get(1).periods().get(1).progress());
    }

    @Test
    void differentItemsAreDifferentTasksHoweverAlikeTheirContent() {
        Timeline t = Timelines.link(List.of(
                report("q1.txt", "市教育局", 2022, 1, 3, List.of(task(5, "做好疫情防控工作", "开展排查。"))),
                report("h1.txt", "市教育局", 2022, 1, 6, List.of(task(6, "做好疫情防控工作", "开展排查。"))))).get(0);
        assertEquals(2, t.tasks().size());
        assertEquals(List.of(Flag.DROPPED), t.tasks().get(0).periods().get(1).flags());
        assertEquals(List.of(Flag.NEW), t.tasks().get(1).periods().get(1).flags());
        assertTrue(t.tasks().get(1).periods().get(0).flags().isEmpty());
    }

    @Test
    void aReportNamingNoNoticeAgreesWithOneThatDoes() {
        TaskRecord named = task(7, "任务", "甲。");
        TaskRecord bare = new TaskRecord("1", new SourceRef("第7项", null, 7, false), "任务", List.of(), List.of(), "乙。",
                List.of("乙。"), List.of(), Map.of(), new Location(List.of(), List.of(1), null, List.of()));
        TaskRecord other = new TaskRecord("2", new SourceRef("（市政办发〔2022〕9号）第7项", "市政办发〔2022〕9号", 7, false),
                "任务", List.of(), List.of(), "丙。", List.of("丙。"), List.of(), Map.of(), new Location(List.of(), List.of(2), null, List.of()));
        Timeline t = Timelines.link(List.of(report("q1.txt", "局", 2022, 1, 3, List.of(bare)),
                report("h1.txt", "局", 2022, 1, 6, List.of(named, other)))).get(0);
        assertEquals(2, t.tasks().size(), "item 7 of another notice is another task");
        assertEquals("source", t.tasks().get(0).periods().get(1).linkedBy());
        assertEquals(NOTICE, t.tasks().get(0).document());
        assertEquals(List.of(Flag.NEW), t.tasks().get(1).periods().get(1).flags());
    }

    @Test
    void theSameItemTwiceIsToldApartByItsSection() {
        Report q1 = new Report(1, doc("q1.txt"), "t", "市教育局", 2022, new Period(1, 3), List.of(
                section("重点工作", task(118, "推动改扩建", "甲。")), section("重大工程", task(118, "推动改扩建", "乙。"))), List.of());
        Report h1 = new Report(1, doc("h1.txt"), "t", "市教育局", 2022, new Period(1, 6), List.of(
                section("重大工程", task(118, "推动改扩建", "乙。")), section("重点工作", task(118, "推动改扩建", "甲。"))), List.of());
        Timeline t = Timelines.link(List.of(q1, h1)).get(0);
        assertEquals(2, t.tasks().size());
        for (TaskTimeline task : t.tasks()) {
            assertEquals(task.periods().get(0).progress(), task.periods().get(1).progress(), task.section());
            assertEquals(List.of(Flag.UNCHANGED), task.periods().get(1).flags());
        }
    }

    @Test
    void aDroppedTaskIsFlaggedOnceAndAReturningOneIsNotNew() {
        Timeline t = Timelines.link(List.of(
                report("1.txt", "局", 2022, 1, 3, List.of(task(1, "任务", "甲。"))),
                report("2.txt", "局", 2022, 1, 6, List.of()),
                report("3.txt", "局", 2022, 1, 9, List.of()),
                report("4.txt", "局", 2022, 1, 12, List.of(task(1, "任务", "乙。"))))).get(0);
        List<TaskPeriod> p = t.tasks().get(0).periods();
        assertEquals(List.of(Flag.DROPPED), p.get(1).flags());
        assertEquals(List.of(), p.get(2).flags());
        assertNull(p.get(2).progress());
        assertEquals(List.of(), p.get(3).flags());
        assertEquals("source", p.get(3).linkedBy());
    }

    @Test
    void decreasedOnlyForACumulativeFigure() {
        TaskRecord q1 = task(1, "扩大学位供给", "新增学位860个，2-3月新增学位300个，入学率98%。",
                metric("860个", 860, "个", "学位", "school_places", null),
                metric("300个", 300, "个", "学位", "school_places", "2-3月"),
                metric("98%", 98, "%", "入学率", "rate", null));
        TaskRecord h1 = task(1, "扩大学位供给", "新增学位850个，4-6月新增学位100个，入学率97%。",
                metric("850个", 850, "个", "学位", "school_places", null),
                metric("100个", 100, "个", "学位", "school_places", "4-6月"),
                metric("97%", 97, "%", "入学率", "rate", null));
        Timeline t = Timelines.link(List.of(report("q1.txt", "局", 2022, 1, 3, List.of(q1)),
                report("h1.txt", "局", 2022, 1, 6, List.of(h1)))).get(0);
        TaskTimeline task = t.tasks().get(0);
        assertEquals(3, task.figures().size());
        assertEquals(List.of(false, true), task.figures().get(0).decreased(), "a year-to-date count went down");
        assertEquals(List.of(false, false), task.figures().get(1).decreased(), "a figure of part of the period");
        assertEquals(List.of(false, false), task.figures().get(2).decreased(), "a rate is not cumulative");
        assertEquals(List.of(Flag.DECREASED), task.periods().get(1).flags());
        assertEquals(List.of(new BigDecimal(860), new BigDecimal(850)), task.figures().get(0).values());
    }

    @Test
    void figuresOfAQuarterAreNotComparedWithAYearToDate() {
        TaskRecord a = task(1, "扩大学位供给", "新增学位860个。", metric("860个", 860, "个", "学位", "school_places", null));
        TaskRecord b = task(1, "扩大学位供给", "新增学位300个。", metric("300个", 300, "个", "学位", "school_places", null));
        Timeline t = Timelines.link(List.of(report("h1.txt", "局", 2022, 1, 6, List.of(a)),
                report("q3.txt", "局", 2022, 7, 9, List.of(b)))).get(0);
        assertEquals(List.of(), t.tasks().get(0).periods().get(1).flags());
    }

    @Test
    void completedWhenTheTextFirstSaysSo() {
        Timeline t = Timelines.link(List.of(
                report("1.txt", "局", 2022, 1, 3, List.of(task(1, "任务", "正在招标。"))),
                report("2.txt", "局", 2022, 1, 6, List.of(task(1, "任务", "建设已完成，投入使用。"))),
                report("3.txt", "局", 2022, 1, 9, List.of(task(1, "任务", "已全面完成，正在验收。"))))).get(0);
        assertEquals(List.of(Flag.COMPLETED), t.tasks().get(0).periods().get(1).flags());
        assertEquals(List.of(), t.tasks().get(0).periods().get(2).flags());
    }

    @Test
    void aSecondReportOfAPeriodIsLeftOutWithANote() {
        Timeline t = Timelines.link(List.of(
                report("a.txt", "局", 2022, 1, 3, List.of(task(1, "任务", "甲。"))),
                report("a.docx", "局", 2022, 1, 3, List.of(task(1, "任务", "甲。"))))).get(0);
        assertEquals(1, t.periods().size());
        assertEquals(List.of("a.docx covers 1-3月 as a.txt does; it was left out"), t.notes());
    }

    @Test
    void reportsWithoutPeriodComeLastUnderTheirFileName() {
        Report undated = new Report(1, doc("undated.txt"), null, "局", 2022, null,
                List.of(section("重点工作", task(1, "任务", "乙。"))), List.of());
        Timeline t = Timelines.link(List.of(undated, report("a.txt", "局", 2022, 1, 3, List.of(task(1, "任务", "甲。"))))).get(0);
        assertEquals(List.of("1-3月", "undated.txt"), t.periods().stream().map(PeriodColumn::label).toList());
    }

    @Test
    void labels() {
        assertEquals("全年", PeriodColumn.label(new Period(1, 12)));
        assertEquals("7月", PeriodColumn.label(new Period(7, 7)));
        assertEquals("1-9月", PeriodColumn.label(new Period(1, 9)));
    }

    @Test
    void nullReportIsMisuse() {
        List<Report> reports = new ArrayList<>();
        reports.add(null);
        assertThrows(NullPointerException.class, () -> Timelines.link(reports));
    }

    // ---- building reports

    static DocumentInfo doc(String file) {
        return new DocumentInfo(file, "text", "0".repeat(64), null);
    }

    static Report report(String file, String organization, int year, int from, int to, List<TaskRecord> records) {
        return new Report(1, doc(file), organization + year, organization, year, new Period(from, to),
                List.of(section("重点工作", records.toArray(new TaskRecord[0]))), List.of());
    }

    static Section section(String title, TaskRecord... records) {
        return new Section("一", title, null, List.of("序号", "来源", "工作内容", "责任单位", "工作进展情况"), List.of(records));
    }

    static TaskRecord task(int item, String content, String progress, Metric... metrics) {
        return new TaskRecord(String.valueOf(item), new SourceRef("第" + item + "项", NOTICE, item, true), content,
                List.of("基教科"), List.of(), progress, List.of(progress), List.of(metrics), Map.of(),
                new Location(List.of(), List.of(1), null, List.of()));
    }

    static TaskRecord unnumbered(String content, String progress) {
        return new TaskRecord(null, null, content, List.of(), List.of(), progress, List.of(progress), List.of(), Map.of(),
                new Location(List.of(), List.of(1), null, List.of()));
    }

    static Metric metric(String text, int value, String unit, String subject, String category, String time) {
        return new Metric(text, 0, text.length(), new BigDecimal(value), unit, null, null, null, subject, category, time, null);
    }
}
