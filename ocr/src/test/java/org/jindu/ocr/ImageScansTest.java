package org.jindu.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jindu.Jindu;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;

/**
 * Scanned pages saved as image files ({@code testdata/scan/}, made by
 * {@code fixtures/scan/make-image-scans.sh} from the seed report's PDF), read by OCR. What each test
 * expects was read off the pages of the seed report.
 */
class ImageScansTest {

    @Test
    void aGreyPngOfPageOneGivesItsThreeRecords() throws Exception {
        Report report = Jindu.parse(ScanFixtureText.file("scan/seed-landscape-wqy-p1.png"));
        assertEquals("image", report.document().format());
        assertEquals(List.of(1), report.document().ocr().pages());
        Section s = report.sections().get(0);
        assertEquals("一", s.number());
        assertEquals("重点工作", s.title());
        assertEquals(List.of("1", "2", "3"), s.records().stream().map(TaskRecord::seq).toList());
        assertEquals(List.of(12, 19, 59), s.records().stream().map(r -> r.source().item()).toList());
        assertEquals(List.of("教育技术中心"), s.records().get(1).departments());
        // "2021 年全市招聘补充教师 879 人" in record 3's progress
        assertTrue(s.records().get(2).metrics().stream().anyMatch(m -> m.value().compareTo(new BigDecimal("879")) == 0
                && "人".equals(m.unit())), s.records().get(2).metrics().toString());
    }

    @Test
    void aBlackAndWhiteTwoPageTiffGivesTheRecordsOfBothPages() throws Exception {
        Report report = Jindu.parse(ScanFixtureText.file("scan/seed-landscape-wqy-p4-5.tif"));
        assertEquals(2, report.document().pages());
        assertEquals(List.of(1, 2), report.document().ocr().pages());
        // page 4 opens with the end of record 5, whose 序号 is on page 3: kept, and said so
        assertTrue(report.warnings().stream().anyMatch(w -> w.code().equals(Warning.ORPHAN_CONTINUATION)));
        List<TaskRecord> first = report.sections().get(0).records();
        assertEquals(List.of("6", "7"), first.stream().skip(1).map(TaskRecord::seq).toList());
        assertEquals(List.of(117, 118), first.stream().skip(1).map(r -> r.source().item()).toList());
        assertEquals(List.of("发展规划科"), first.get(2).departments());
        Section works = report.sections().get(1);
        assertEquals("重大工程", works.title());
        assertEquals(1, works.records().size());
        assertEquals(118, works.records().get(0).source().item());
        assertEquals("重点建议和提案", report.sections().get(2).title());
        assertTrue(report.sections().get(2).records().isEmpty(), "its only row says 无");
    }

    @Test
    void aJpegThatStatesNoResolutionIsReadAsAnA4Page() throws Exception {
        Report report = Jindu.parse(ScanFixtureText.file("scan/seed-landscape-wqy-p5-nodpi.jpg"));
        assertEquals(List.of(1), report.document().ocr().pages());
        TaskRecord only = report.records().get(0);
        assertEquals("1", only.seq());
        assertEquals(118, only.source().item());
        assertEquals(List.of("发展规划科"), only.departments());
        assertEquals("重点建议和提案", report.sections().get(report.sections().size() - 1).title());
    }
}
