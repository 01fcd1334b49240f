package org.jindu.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.model.Metric;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures of the seed report that issue 5's "Done when" names, and the non-figures it lists. */
class SeedMetricsTest {
    static Report report;

    @BeforeAll
    static void parse() throws Exception {
        report = Jindu.parse(Fixtures.file("seed/000_4744e66be9c0f129.txt"));
    }

    private static TaskRecord key(int seq) {
        return report.sections().get(0).records().get(seq - 1);
    }

    /** The metric of {@code r} with this value and unit whose subject contains {@code subject}; fails otherwise. */
    private static Metric find(TaskRecord r, String value, String unit, String subject) {
        for (Metric m : r.metrics())
            if (m.value().compareTo(new BigDecimal(value)) == 0 && unit.equals(m.unit()) && m.subject() != null
                    && m.subject().contains(subject))
                return m;
        fail(value + " " + unit + " " + subject + " not in record " + r.seq() + ": " + r.metrics());
        return null;
    }

    private static int indexOf(TaskRecord r, Metric m) {
        return r.metrics().indexOf(m);
    }

    @Test
    void record3HasTeachersHiredPlacedAndTheSchoolsShare() {
        TaskRecord r = key(3);
        Metric hires = find(r, "879", "人", "招聘补充教师");
        assertEquals("teacher_hires", hires.category());
        assertEquals("2021年", hires.time());
        find(r, "152", "人", "教师专项计划");
        Metric schools = find(r, "694", "所", "学校");
        assertEquals("schools", schools.category());
        find(r, "68.1", "%", "义务教育学校总数");
    }

    @Test
    void record4HasThePartsOfTheReturningTeachersAndStudents() {
        TaskRecord r = key(4);
        Metric total = find(r, "168", "人", "师生");
        assertEquals("师生", total.subject(), "the noun phrase, not the whole clause");
        int t = indexOf(r, total);
        assertEquals(t, find(r, "121", "人", "驻市高校").partOf());
        assertEquals(t, find(r, "40", "人", "各县市区").partOf());
        assertEquals(t, find(r, "7", "人", "市直学校").partOf());
        assertEquals("persons_tested", find(r, "57631", "人", "核酸检测人数").category());
        find(r, "100", "%", "检测率");
        assertTrue(report.warnings().stream().noneMatch(w -> w.code().equals("PARTS_DO_NOT_ADD_UP")),
                report.warnings().toString());
    }

    @Test
    void record5HasPlacesFundsLessonsAndTheEnrolmentQuota() {
        TaskRecord r = key(5);
        find(r, "18", "个", "公办幼儿园项目");
        assertEquals("school_places", find(r, "3464", "个", "公办幼儿园学位").category());
        Metric funds = find(r, "12595", "万元", "中央资金");
        assertEquals("funding", funds.category());
        assertEquals("中央资金", funds.subject());
        assertEquals(0, new BigDecimal("125950000").compareTo(funds.baseValue()));
        assertEquals("元", funds.baseUnit());
        find(r, "8", "个", "县(市、区)");
        find(r, "16", "节", "示范课");
        find(r, "10", "位次", "课堂点评");
        find(r, "9", "场", "高效课堂报告");
        find(r, "10", "场", "优生培育专家报告");
        assertEquals("近", find(r, "300", "名", "骨干教师").qualifier());
        assertEquals("enrollment_quota", find(r, "22840", "人", "普通高中招生计划").category());
    }

    @Test
    void record7AndTheMajorProjectHaveEightStructures() {
        find(key(7), "8", "个", "主体");
        find(report.sections().get(1).records().get(0), "8", "个", "主体");
    }

    @Test
    void offsetsPointIntoTheProgressText() {
        for (TaskRecord r : report.records())
            for (Metric m : r.metrics())
                assertEquals(m.text(), r.progress().substring(m.start(), m.end()), m.toString());
    }

    @Test
    void noYearDateItemDocumentNumberingOrNameComesOut() {
        List<String> notFigures = List.of("2021", "2025", "2022", "十三五", "十四五", "三个课堂", "三区", "万个", "21小学",
                "2021级", "第二期", "47", "五年", "一中", "一标段", "二标段", "9月", "8月", "7-9", "6月", "7月");
        for (TaskRecord r : report.records())
            for (Metric m : r.metrics())
                for (String s : notFigures)
                    assertFalse(m.text().contains(s), () -> m.text() + " in record " + r.seq() + " looks like " + s);
        assertEquals(List.of(4, 6, 10, 0, 0, 1),
                List.of(key(3).metrics().size(), key(4).metrics().size(), key(5).metrics().size(),
                        key(1).metrics().size(), key(2).metrics().size(), key(7).metrics().size()),
                "every figure of the seed and nothing else");
    }

    @Test
    void findsTheSameFiguresInTheWordAndPdfVersionsOfTheSeed() throws Exception {
        for (String word : List.of("word/seed-portrait.docx", "word/seed-landscape.doc",
                "pdf/seed-portrait-noto-zeropad.pdf", "pdf/seed-landscape-wqy.pdf", "pdf/seed-drawn-unruled-uming.pdf")) {
            Report other = Jindu.parse(Fixtures.file(word));
            assertEquals(figures(report), figures(other), word);
        }
    }

    private static List<List<String>> figures(Report r) {
        return r.records().stream().map(t -> t.metrics().stream()
                .map(m -> m.text() + " " + m.subject() + " " + m.category() + " " + m.partOf()).toList()).toList();
    }
}
