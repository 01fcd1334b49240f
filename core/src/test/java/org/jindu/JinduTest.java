package org.jindu;

import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EmptyDocumentException;
import org.jindu.exception.UnsupportedFormatException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jindu.model.Report;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade on bad input: typed errors or warnings, never anything else. */
class JinduTest {
    @TempDir
    Path dir;

    @Test
    void emptyFileIsTypedError() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        EmptyDocumentException e = assertThrows(EmptyDocumentException.class, () -> Jindu.parse(empty));
        assertEquals("EMPTY", e.code());
        assertEquals("empty.txt", e.document());
        assertEquals("empty.txt: the file is empty", e.getMessage());
        assertEquals("the file is empty", e.reason());
    }

    @Test
    void binaryFileIsTypedError() throws Exception {
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 4, (byte) 0xFE, 0x10});
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> Jindu.parse(binary));
        assertEquals("CORRUPT", e.code());
    }

    @Test
    void textWithoutHeaderGivesReportWithWarnings() throws Exception {
        Report report = Jindu.parse(new ByteArrayInputStream(
                "市教育局2021年工作进展情况\n今年完成了很多工作。\n".getBytes(StandardCharsets.UTF_8)), "plain.txt");
        assertTrue(report.sections().isEmpty());
        assertEquals("市教育局2021年工作进展情况", report.title());
        assertTrue(report.warnings().stream().anyMatch(w -> w.code().equals(Warning.NO_TABLE)));
    }

    @Test
    void containerFormatsWithoutReaderNameWhatWasFound() {
        // RTF is recognised but has no reader
        byte[] rtf = "{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII);
        UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class, () -> Jindu.parse(rtf, "a.txt"));
        assertTrue(e.detected().contains("RTF"), e.detected());
        assertEquals("UNSUPPORTED", e.code());
    }

    @Test
    void formatWhoseReaderIsNotInstalledNamesTheArtifact() {
        // core alone has only the text reader; the PDF reader lives in jindu-pdf
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class, () -> Jindu.parse(pdf, "a.pdf"));
        assertEquals("a.pdf: no reader for a PDF document (application/pdf); no PDF reader is installed:"
                + " add the artifact org.jindu:jindu-pdf (or org.jindu:jindu-all)", e.getMessage());
    }

    @Test
    void missingFileIsIoException() {
        assertThrows(NoSuchFileException.class, () -> Jindu.parse(dir.resolve("nope.txt")));
    }

    @Test
    void streamAndPathGiveTheSameReport() throws Exception {
        Path seed = Fixtures.file(SeedReportTest.SEED);
        Report fromPath = Jindu.parse(seed);
        Report fromStream = Jindu.parse(Files.newInputStream(seed), "000_4744e66be9c0f129.txt");
        assertEquals(fromPath, fromStream);
    }
}
