package org.jindu.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Location;
import org.jindu.model.Metric;
import org.jindu.model.Period;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.SourceRef;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What jindu writes is what docs/report.schema.json says, and nothing more. */
class SchemaTest {
    static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        Path file = Fixtures.testdata().resolveSibling("docs").resolve("report.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode node = ReportJson.reader().readTree(in);
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                    withoutAdditionalProperties(node));
        }
    }

    /** The schema as published, made strict: no property that it does not name. */
    private static JsonNode withoutAdditionalProperties(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            if (o.has("properties") && !o.has("additionalProperties")) o.put("additionalProperties", false);
            o.forEach(SchemaTest::withoutAdditionalProperties);
        } else if (node.isArray()) {
            node.forEach(SchemaTest::withoutAdditionalProperties);
        }
        return node;
    }

    @Test
    void seedReportFollowsTheSchema() throws Exception {
        Report report = Jindu.parse(Fixtures.file("seed/000_4744e66be9c0f129.txt"));
        assertValid(report);
    }

    @Test
    void pdfReportFollowsTheSchema() throws Exception {
        assertValid(Jindu.parse(Fixtures.file("pdf/seed-landscape-noto-zeropad.pdf")));
    }

    @Test
    void everyOptionalFieldFilledFollowsTheSchema() {
        Metric metric = new Metric("12595万元", 3, 10, new BigDecimal("12595"), "万元", new BigDecimal("125950000"),
                "元", "近", "中央资金", "funding", "2021年", 0);
        TaskRecord record = new TaskRecord("1", new SourceRef("第1项", "十政办发〔2021〕1号", 1, true), "内容",
                List.of("基教科"), List.of(new org.jindu.model.Contact("张三", "13800000000")), "进展",
                List.of("进展"), List.of(metric), Map.of("完成时限", "年底"),
                new Location(List.of(1, 2), List.of(3), 0, List.of(4, 5),
                        List.of(new Location.Box(1, 51.4f, 299.8f, 728.3f, 238.2f), new Location.Box(2, 51.4f, 106.6f, 728.3f, 89.9f))));
        Report report = new Report(1, new DocumentInfo("a.docx", "docx", "a".repeat(64), 2), "t", "o", 2021,
                new Period(1, 9), List.of(new Section("一", "重点工作", "注", List.of("序号"), List.of(record))),
                List.of(new Warning("NO_TITLE", "m", 3), new Warning("NO_TABLE", "m")));
        assertValid(report);
        assertEquals(record.location(), ReportJson.fromJson(ReportJson.toJson(report, false)).records().get(0).location(),
                "the location, boxes included, reads back as written");
    }

    @Test
    void schemaRejectsAnUnknownField() throws Exception {
        ObjectNode json = (ObjectNode) ReportJson.reader().readTree(
                ReportJson.toJson(Jindu.parse(Fixtures.file("seed/000_4744e66be9c0f129.txt")), false));
        json.put("surprise", 1);
        assertFalse(schema.validate(json).isEmpty());
    }

    private static void assertValid(Report report) {
        JsonNode json = ReportJson.mapper().valueToTree(report);
        assertTrue(json.has("schemaVersion"));
        Set<ValidationMessage> errors = schema.validate(json);
        assertEquals(Set.of(), errors);
    }
}
