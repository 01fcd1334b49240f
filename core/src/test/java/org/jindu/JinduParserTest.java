package org.jindu;

import org.jindu.exception.DocumentTooLargeException;
import org.jindu.read.Limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jindu.json.ReportJson;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.junit.jupiter.api.Test;

/** The options object: what each switch changes, and limits checked before anything is read. */
class JinduParserTest {
    private static final Path SEED = Fixtures.file("seed/000_4744e66be9c0f129.txt");

    @Test
    void defaultsAreWhatJinduParseUses() throws Exception {
        JinduParser p = JinduParser.defaults();
        assertTrue(p.figures());
        assertTrue(p.ocr());
        assertSame(Limits.DEFAULT, p.limits());
        assertEquals(ReportJson.toJson(Jindu.parse(SEED), false), ReportJson.toJson(p.parse(SEED), false));
    }

    @Test
    void figuresOffLeavesRecordsAndNoMetrics() throws Exception {
        Report with = Jindu.parse(SEED);
        Report without = JinduParser.builder().figures(false).build().parse(SEED);
        assertTrue(with.records().stream().mapToInt(r -> r.metrics().size()).sum() > 0);
        assertEquals(0, without.records().stream().mapToInt(r -> r.metrics().size()).sum());
        assertEquals(with.records().stream().map(TaskRecord::progress).toList(),
                without.records().stream().map(TaskRecord::progress).toList());
    }

    @Test
    void newBuilderMakesAVariantAndLeavesTheOriginal() {
        JinduParser base = JinduParser.builder().figures(false).build();
        JinduParser variant = base.newBuilder().ocr(false).build();
        assertNotSame(base, variant);
        assertFalse(variant.figures());
        assertFalse(variant.ocr());
        assertTrue(base.ocr());
    }

    @Test
    void fileOverMaxBytesIsTooLargeBeforeReading() throws Exception {
        long size = Files.size(SEED);
        JinduParser small = JinduParser.builder().limits(Limits.DEFAULT.withMaxBytes(size - 1)).build();
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class, () -> small.parse(SEED));
        assertEquals("TOO_LARGE", e.code());
        assertTrue(e.getMessage().contains(String.valueOf(size - 1)), e.getMessage());
        byte[] bytes = Files.readAllBytes(SEED);
        assertThrows(DocumentTooLargeException.class,
                () -> small.parse(new ByteArrayInputStream(bytes), "seed.txt"));
        assertEquals(8, JinduParser.builder().limits(Limits.DEFAULT.withMaxBytes(size)).build()
                .parse(SEED).records().size());
    }

    @Test
    void limitsRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.withMaxPages(0));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.withTimeBudget(Duration.ZERO));
        assertEquals(12, Limits.DEFAULT.withMaxPages(12).maxPages());
        assertEquals(Limits.DEFAULT.maxBytes(), Limits.DEFAULT.withMaxPages(12).maxBytes());
    }

    @Test
    void sharedJsonWriterCannotBeReconfiguredByOneCaller() throws Exception {
        ReportJson.mapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        String json = ReportJson.toJson(Jindu.parse("进展情况".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.txt"), false);
        assertFalse(json.contains("\n"), "another caller's mapper settings leaked into toJson");
    }
}
