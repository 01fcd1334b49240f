package org.jindu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jindu.json.ReportJson;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed report, end to end, against the expected JSON written by reading the document. */
class SeedReportTest {
    static final String SEED = "seed/000_4744e66be9c0f129.txt";
    static Report report;

    @BeforeAll
    static void parse() throws Exception {
        report = Jindu.parse(Fixtures.file(SEED));
    }

    @Test
    void matchesExpectedJsonFieldByField() throws Exception {
        Path expectedFile = Fixtures.file("seed/000_4744e66be9c0f129.expected.json");
        JsonNode expected = ReportJson.mapper().readTree(Files.readString(expectedFile));
        JsonNode actual = ReportJson.mapper().readTree(ReportJson.toJson(report, false));
        ExpectedJson.assertMatches(expected, actual);
    }

    @Test
    void readsTitleOrganizationYearAndPeriod() {
        assertEquals("市教育局1-9月份分解落实2021年政府工作目标进展情况", report.title());
        assertEquals("市教育局", report.organization());
        assertEquals(2021, report.year());
        assertEquals(1, report.period().fromMonth());
        assertEquals(9, report.period().toMonth());
    }

    @Test
    void findsThreeSectionsWithTheirRecords() {
        List<Section> sections = report.sections();
        assertEquals(List.of("重点工作", "重大工程", "重点建议和提案"), sections.stream().map(Section::title).toList());
        assertEquals(List.of(12, 19, 59, 105, 116, 117, 118),
                sections.get(0).records().stream().map(r -> r.source().item()).toList());
        assertTrue(sections.get(0).records().stream()
                .allMatch(r -> "十政办发〔2021〕1号".equals(r.source().document())));
        assertEquals(List.of(118), sections.get(1).records().stream().map(r -> r.source().item()).toList());
        assertEquals("刘市长督办", sections.get(2).note());
        assertTrue(sections.get(2).records().isEmpty());
        assertNull(sections.get(0).note());
    }

    @Test
    void joinsCellsSplitAcrossPages() {
        TaskRecord r3 = report.sections().get(0).records().get(2);
        assertTrue(r3.progress().contains("2021年全市安排“三区”人才支持计划教师专项计划152人"), r3.progress());
        assertTrue(r3.progress().endsWith("用好中职发展引导奖补资金，改善办学条件。"), r3.progress());
        TaskRecord r6 = report.sections().get(0).records().get(5);
        assertTrue(r6.content().endsWith("加快整合优势资源，筹建综合性大学，建设优势学科和品牌专业"), r6.content());
    }

    @Test
    void splitsDepartments() {
        TaskRecord r3 = report.sections().get(0).records().get(2);
        assertEquals(List.of("技术中心", "人事", "发规", "财务", "基教", "职成教", "学前", "资助"), r3.departments());
    }

    @Test
    void inheritsTheDocumentNamedFirst() {
        List<TaskRecord> records = report.records();
        assertFalse(records.get(0).source().inherited());
        assertTrue(records.subList(1, records.size()).stream().allMatch(r -> r.source().inherited()));
    }

    @Test
    void describesTheDocument() throws Exception {
        assertEquals("text", report.document().format());
        assertEquals("000_4744e66be9c0f129.txt", report.document().file());
        assertEquals(Jindu.sha256(Files.readAllBytes(Fixtures.file(SEED))), report.document().sha256());
        assertEquals(64, report.document().sha256().length());
        assertNull(report.document().pages());
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void locatesRecordsByLine() {
        TaskRecord r3 = report.sections().get(0).records().get(2);
        assertEquals(List.of(12, 15, 18), r3.location().lines());
        assertEquals(List.of(), r3.location().pages());
    }

    @Test
    void roundTripsThroughJson() {
        Report back = ReportJson.fromJson(ReportJson.toJson(report, true));
        assertEquals(report, back);
    }
}
