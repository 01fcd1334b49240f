package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jindu.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    @TempDir
    Path tmp;

    private static JsonNode json(String text) throws IOException {
        return ReportJson.reader().readTree(text);
    }

    private static void assertIsSeed(JsonNode report) {
        assertEquals(Run.SEED_TITLE, report.path("title").asText(), report.toString());
        assertEquals(3, report.path("sections").size(), report.toString());
    }

    @Test
    void printsOneIndentedReportForOneFile() throws IOException {
        Run run = Run.jindu("extract", Run.SEED.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().lines().count() > 10, "indented");
        JsonNode report = json(run.out());
        assertTrue(report.isObject());
        assertIsSeed(report);
        assertEquals("000_4744e66be9c0f129.txt", report.path("document").path("file").asText());
    }

    @Test
    void missingFileFailsWithExitCode3WhileTheOtherFileStillComesOut() throws IOException {
        Path missing = tmp.resolve("no-such-report.txt");
        Run run = Run.jindu("extract", missing.toString(), Run.SEED.toString());
        assertEquals(3, run.code());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.errLines()[0].startsWith("jindu: " + missing + ": "), run.err());
        JsonNode reports = json(run.out());
        assertTrue(reports.isArray(), "several files give an array");
        assertEquals(1, reports.size());
        assertIsSeed(reports.get(0));
    }

    @Test
    void emptyFileIsADocumentFailure() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Run run = Run.jindu("extract", empty.toString());
        assertEquals(3, run.code());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("jindu: " + empty + ": "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void severalFilesGiveAnArrayInArgumentOrder() throws IOException {
        Run run = Run.jindu("extract", Run.SEED.toString(), Run.SEED.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode reports = json(run.out());
        assertEquals(2, reports.size());
        assertIsSeed(reports.get(0));
        assertIsSeed(reports.get(1));
    }

    @Test
    void dashReadsStandardInput() throws IOException {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Run.SEED)));
            Run run = Run.jindu("extract", "-");
            assertEquals(0, run.code(), run.err());
            JsonNode report = json(run.out());
            assertIsSeed(report);
            assertEquals("-", report.path("document").path("file").asText());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void jsonlGivesOneParseableLinePerDocument() throws IOException {
        Run run = Run.jindu("extract", "--format", "jsonl", Run.SEED.toString(), Run.SEED.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().endsWith("\n"));
        String[] lines = run.out().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            assertIsSeed(json(line));
        }
    }

    @Test
    void jsonlLeavesOutTheFailedDocument() throws IOException {
        Run run = Run.jindu("extract", "--format=jsonl", tmp.resolve("gone.txt").toString(),
                Run.SEED.toString());
        assertEquals(3, run.code());
        assertEquals(1, run.out().split("\n").length);
        assertIsSeed(json(run.out()));
    }

    @Test
    void outputOptionWritesUtf8ToTheFile() throws IOException {
        Path out = tmp.resolve("seed.json");
        Run run = Run.jindu("extract", "-o", out.toString(), Run.SEED.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        assertIsSeed(json(Files.readString(out, StandardCharsets.UTF_8)));
    }

    @Test
    void outputFileIsCreatedEvenWhenEveryDocumentFails() {
        Path out = tmp.resolve("out.jsonl");
        Run run = Run.jindu("extract", "--format", "jsonl", "--output", out.toString(),
                tmp.resolve("gone.txt").toString());
        assertEquals(3, run.code());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void outputInAMissingFolderIsAUsageError() {
        Path out = tmp.resolve("no-such-folder").resolve("out.json");
        Run run = Run.jindu("extract", "-o", out.toString(), Run.SEED.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("cannot write"), run.err());
    }

    @Test
    void standardOutputIsUtf8WhateverTheStreamsCharset() throws IOException {
        PrintStream stdout = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.ISO_8859_1));
            CommandLine cmd = Main.commandLine();
            assertEquals(0, cmd.execute("extract", "--format", "jsonl", Run.SEED.toString()));
            cmd.getOut().flush();
        } finally {
            System.setOut(stdout);
        }
        assertIsSeed(json(bytes.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run run = Run.jindu("extract", "--format", "xml", Run.SEED.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("xml"), run.err());
    }
}
