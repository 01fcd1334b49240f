package org.jindu.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import org.jindu.Fixtures;
import org.jindu.JinduParser;
import org.jindu.exception.JinduException;
import org.jindu.model.Contact;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Location;
import org.jindu.model.Metric;
import org.jindu.model.OcrInfo;
import org.jindu.model.Period;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.SourceRef;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;

/**
 * The hand-written report writer writes, byte for byte, what Jackson's object mapper writes from the
 * model's records (the form jindu's JSON had before it was written by hand, and the form
 * {@link ReportJson#writer()} still gives): on every document of testdata that reads, indented and on
 * one line, and on a report with every optional field filled.
 */
class ReportJsonTest {
    private static final List<String> FOLDERS = List.of("seed", "pdf", "word", "excel", "html", "ofd", "timeline",
            "figures", "external");

    @Test
    void writesWhatTheMapperWritesForEveryTestDocument() throws IOException {
        JinduParser parser = JinduParser.builder().ocr(false).build();
        int compared = 0;
        for (String folder : FOLDERS) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Fixtures.file(folder))) {
                files = walk.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().endsWith(".json"))
                        .filter(f -> !f.getFileName().toString().endsWith(".md"))
                        .sorted().toList();
            }
            for (Path file : files) {
                Report report;
                try {
                    report = parser.parse(file);
                } catch (JinduException e) {
                    continue; // not a report jindu reads: nothing to write
                }
                assertSameAsMapper(report, file.toString());
                compared++;
            }
        }
        assertTrue(compared >= 30, "only " + compared + " documents read");
    }

    @Test
    void writesEveryOptionalFieldAsTheMapperDoes() throws IOException {
        assertSameAsMapper(filled(), "a report with every field filled");
    }

    @Test
    void writesNullsAndEmptiesAsTheMapperDoes() throws IOException {
        TaskRecord bare = new TaskRecord(null, null, "内容", List.of(), List.of(new Contact(null, "13800000000")), "",
                List.of(), List.of(), new LinkedHashMap<>(Map.of("备注", "")), new Location(List.of(), null, null, null));
        Report report = new Report(1, new DocumentInfo("-", "text", "0".repeat(64), null), null, null, null, null,
                List.of(new Section(null, null, null, List.of(), List.of(bare))), List.of(new Warning("NO_TITLE", "none")));
        assertSameAsMapper(report, "a report of nulls");
    }

    @Test
    void writesAnArrayOfReportsAsTheMappersSequenceWriterDoes() throws IOException {
        Report filled = filled();
        StringWriter expected = new StringWriter();
        try (SequenceWriter array = ReportJson.writer().withDefaultPrettyPrinter()
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(expected)) {
            array.write(filled);
            array.write(filled);
        }
        StringWriter actual = new StringWriter();
        try (JsonGenerator gen = ReportJson.generator(actual, true)) {
            gen.writeStartArray();
            ReportJson.write(filled, gen);
            ReportJson.write(filled, gen);
            gen.writeEndArray();
        }
        assertEquals(expected.toString(), actual.toString());
    }

    private static Report filled() {
        Metric metric = new Metric("从140个下降到128个", 3, 14, new BigDecimal("128"), new BigDecimal("130.50"), "万元",
                new BigDecimal("1.2E+6"), "元", "近", "中央资金", "funding", "2021年", 0, Metric.DECREASE, 1, "全年任务");
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("完成时限", "年底");
        extra.put("备注", "无");
        Map<String, Float> confidence = new LinkedHashMap<>();
        confidence.put("progress", 0.8125f);
        confidence.put("seq", 1.0f);
        TaskRecord record = new TaskRecord("1", new SourceRef("第1项", "十政办发〔2021〕1号", 1, true), "内容 \"引号\"\t\\",
                List.of("基教科", "人事"), List.of(new Contact("张三", "13800000000")), "进展\n第二段",
                List.of("进展", "第二段"), List.of(metric, metric.withPartOf(null)), extra,
                new Location(List.of(1, 2), List.of(3), 0, List.of(4, 5),
                        List.of(new Location.Box(1, 51.4f, 299.8f, 728.3f, 238.2f), new Location.Box(2, 0.1f, 1e-7f, 1e9f, 89.9f))),
                confidence);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("一", "重点工作", "刘市长督办", List.of("序号", "来源"), List.of(record)));
        sections.add(new Section("二", "无", null, List.of(), List.of()));
        return new Report(1, new DocumentInfo("a.pdf", "pdf", "a".repeat(64), 2,
                new OcrInfo(List.of(1, 2), "PaddleOCR PP-OCRv4 on ONNX Runtime 1.22.0", List.of("det.onnx", "rec.onnx"))),
                "标题", "市教育局", 2021, new Period(1, 9), sections,
                List.of(new Warning("TEXT_LOST", "lost", 2), new Warning("NO_TITLE", "no title")));
    }

    private static void assertSameAsMapper(Report report, String what) throws IOException {
        assertEquals(ReportJson.writer().withDefaultPrettyPrinter().writeValueAsString(report),
                ReportJson.toJson(report, true), what + ", indented");
        assertEquals(ReportJson.writer().writeValueAsString(report), ReportJson.toJson(report, false), what + ", one line");
    }
}
