package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jindu.Fixtures;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.exception.InternalErrorException;
import org.jindu.exception.JinduException;
import org.jindu.layout.Layout;
import org.jindu.layout.Table;
import org.jindu.read.Limits;
import org.jindu.read.ReadContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages of a PDF analysed on a second thread ({@link PagePipeline}) give what reading them one
 * after the other gives: the same layout on every PDF under testdata, the same typed failure when the
 * analysis fails, the same time-up; and no thread is left behind.
 */
class PagePipelineTest {

    static Stream<Path> pdfs() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.testdata())) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList().stream();
        }
    }

    /** A layout, or the failure as its type and message. */
    private static Object read(byte[] bytes, String name, PdfReader.Pages mode, Limits limits) {
        try {
            return new PdfReader(false, mode).read(bytes, name, ReadContext.start(name, limits, true));
        } catch (JinduException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void everyPdfUnderTestdataReadsTheSameWithItsPagesPipelined(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        String name = pdf.getFileName().toString();
        Object sequential = read(bytes, name, PdfReader.Pages.SEQUENTIAL, Limits.DEFAULT);
        Object pipelined = read(bytes, name, PdfReader.Pages.PIPELINED, Limits.DEFAULT);
        assertEquals(sequential, pipelined, name);
        assertNoWorkerLeft();
    }

    @Test
    void theSeedJoinedTwelveTimesReadsTheSameAndItsTablesGoOnAcrossPages() throws IOException {
        byte[] bytes = seedTimes(12);
        Layout sequential = (Layout) read(bytes, "seed-60.pdf", PdfReader.Pages.SEQUENTIAL, Limits.DEFAULT);
        Layout pipelined = (Layout) read(bytes, "seed-60.pdf", PdfReader.Pages.PIPELINED, Limits.DEFAULT);
        assertEquals(60, pipelined.pages());
        // the seed's table runs over its five pages: the last copy's pages have tables too
        assertTrue(pipelined.blocks().stream().anyMatch(b -> b instanceof Table t && t.where().page() != null
                && t.where().page() > 55));
        assertEquals(sequential.blocks(), pipelined.blocks());
        assertEquals(sequential.warnings(), pipelined.warnings());
        assertEquals(sequential, pipelined);
    }

    @Test
    void aBugInThePageAnalysisIsTheSameInternalErrorBothWays() throws IOException {
        byte[] bytes = seedTimes(12);
        IllegalStateException bug = new IllegalStateException("analysis failed on page 7");
        PdfReader.Analysis failing = (page, carry) -> {
            if (page.number() == 7) throw bug;
            return PageAnalyzer.analyze(page, carry);
        };
        for (PdfReader.Pages mode : PdfReader.Pages.values()) {
            InternalErrorException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                    InternalErrorException.class, () -> new PdfReader(false, mode, failing)
                            .read(bytes, "seed-60.pdf", ReadContext.defaults("seed-60.pdf"))), mode.name());
            assertSame(bug, e.getCause(), mode.name());
            assertNoWorkerLeft();
        }
    }

    @Test
    void anErrorInThePageAnalysisIsThrownAsItIs() throws IOException {
        byte[] bytes = seedTimes(12);
        for (PdfReader.Pages mode : List.of(PdfReader.Pages.SEQUENTIAL, PdfReader.Pages.PIPELINED)) {
            StackOverflowError deep = new StackOverflowError("page 3");
            PdfReader.Analysis failing = (page, carry) -> {
                if (page.number() == 3) throw deep;
                return PageAnalyzer.analyze(page, carry);
            };
            StackOverflowError e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                    StackOverflowError.class, () -> new PdfReader(false, mode, failing)
                            .read(bytes, "seed-60.pdf", ReadContext.defaults("seed-60.pdf"))), mode.name());
            assertSame(deep, e, mode.name());
            assertNoWorkerLeft();
        }
    }

    @Test
    void theTimeBudgetStopsTheReadBothWays() throws IOException {
        byte[] bytes = seedTimes(12);
        Limits tight = Limits.DEFAULT.withTimeBudget(Duration.ofSeconds(1));
        for (PdfReader.Pages mode : List.of(PdfReader.Pages.SEQUENTIAL, PdfReader.Pages.PIPELINED)) {
            // each page's analysis takes 50 ms: 60 pages take 3 s, three times the budget
            PdfReader.Analysis slow = (page, carry) -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return PageAnalyzer.analyze(page, carry);
            };
            DocumentTooLargeException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                    DocumentTooLargeException.class, () -> new PdfReader(false, mode, slow)
                            .read(bytes, "seed-60.pdf", ReadContext.start("seed-60.pdf", tight, true))), mode.name());
            assertEquals("seed-60.pdf: reading it took longer than the time budget of 1 s (raise it with --time-budget)",
                    e.getMessage(), mode.name());
            assertNoWorkerLeft();
        }
    }

    @Test
    void aFailureOfTheSinkIsThrownToTheScannerAndThePagesAfterItAreDropped() throws Exception {
        IOException broken = new IOException("sink broken");
        int[] seen = {0};
        OcrPages.Sink sink = (page, scanned) -> {
            seen[0]++;
            if (page.number() == 2) throw broken;
        };
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (PagePipeline pipeline = new PagePipeline(sink, null)) {
                return assertThrows(IOException.class, () -> {
                    // far more pages than the queue holds: the scanner must neither block nor go on for ever
                    for (int n = 1; n <= 1000; n++)
                        pipeline.page(new PageScanner.PageContent(n, 100, 100, List.of(), List.of(), 0, 0, null), null);
                    pipeline.finish();
                });
            }
        });
        assertSame(broken, e);
        assertEquals(2, seen[0]);
        assertNoWorkerLeft();
    }

    @Test
    void batchesWithSeveralThreadsAndShortDocumentsAreReadOnOneThread() {
        ReadContext batch = ReadContext.start("a.pdf", Limits.DEFAULT, true, false);
        ReadContext alone = ReadContext.start("a.pdf", Limits.DEFAULT, true);
        PdfReader reader = new PdfReader(false, PdfReader.Pages.AUTO);
        assertFalse(reader.pipelined(1000, batch));
        assertFalse(reader.pipelined(PdfReader.PIPELINE_PAGES - 1, alone));
        assertEquals(Runtime.getRuntime().availableProcessors() > 1, reader.pipelined(PdfReader.PIPELINE_PAGES, alone));
        assertTrue(new PdfReader(false, PdfReader.Pages.PIPELINED).pipelined(1, batch));
        assertFalse(new PdfReader(false, PdfReader.Pages.SEQUENTIAL).pipelined(1000, alone));
    }

    /** The seed PDF (five pages, one table running over them) joined {@code times} times. */
    private static byte[] seedTimes(int times) throws IOException {
        byte[] seed = Files.readAllBytes(Fixtures.file("pdf/seed-landscape-noto-zeropad.pdf"));
        try (PDDocument source = PDDocument.load(seed); PDDocument joined = new PDDocument()) {
            for (int i = 0; i < times; i++)
                for (PDPage page : source.getPages()) joined.importPage(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            joined.save(out);
            return out.toByteArray();
        }
    }

    /** The worker thread of every pipeline has ended by the time the read returns or throws. */
    private static void assertNoWorkerLeft() {
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("jindu-pdf-pages") && t.isAlive()), "a page worker is left running");
    }
}
