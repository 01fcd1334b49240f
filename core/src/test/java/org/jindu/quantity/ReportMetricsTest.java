package org.jindu.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.model.Metric;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;

class ReportMetricsTest {

    private static Report seedWithParts(String parts) throws Exception {
        String text = new String(java.nio.file.Files.readAllBytes(Fixtures.file("seed/000_4744e66be9c0f129.txt")),
                StandardCharsets.UTF_8).replace("市直学校 7 人", parts);
        return Jindu.parse(text.getBytes(StandardCharsets.UTF_8), "changed.txt");
    }

    @Test
    void namesTheRecordInTheWarningOfItsChecks() throws Exception {
        Report report = seedWithParts("市直学校 9 人");
        List<Warning> parts = report.warnings().stream()
                .filter(w -> w.code().equals(Warning.PARTS_DO_NOT_ADD_UP)).toList();
        assertEquals(1, parts.size(), report.warnings().toString());
        assertTrue(parts.get(0).message().startsWith("section 一, record 4: "), parts.get(0).message());
        assertTrue(parts.get(0).message().contains("121 + 40 + 9 = 170, not 168"), parts.get(0).message());
    }

    @Test
    void fillingAgainReplacesMetricsAndTheirWarnings() throws Exception {
        Report once = seedWithParts("市直学校 9 人");
        QuantityScanner mine = QuantityScanner.builder().category("市直学校", "city_schools").build();
        Report twice = ReportMetrics.fill(once, mine);
        assertEquals(once.warnings(), twice.warnings(), "the same checks, not twice");
        TaskRecord r4 = twice.sections().get(0).records().get(3);
        Metric cityParts = r4.metrics().stream().filter(m -> "市直学校".equals(m.subject())).findFirst().orElseThrow();
        assertEquals("city_schools", cityParts.category());
    }

    @Test
    void leavesTheSeedWithoutWarningsOfItsOwn() throws Exception {
        Report seed = Jindu.parse(Fixtures.file("seed/000_4744e66be9c0f129.txt"));
        assertEquals(List.of(), seed.warnings());
    }
}
