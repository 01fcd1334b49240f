package org.jindu.read.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jindu.exception.JinduException;
import org.jindu.layout.Layout;
import org.jindu.read.ReadContext;

/**
 * The PDF reader's stages for {@link org.jindu.bench.PdfStages}: PDFBox's parse of the file, the
 * scanning pass (content streams interpreted by {@link PageScanner}, nothing analysed; once on one
 * thread, once split over two threads with a {@code PDDocument} each), and the whole reader with its
 * pages read one after the other and through {@link PagePipeline}. It lives in the reader's package
 * to reach the scanner, and knows nothing beyond the reader.
 */
public final class ReaderStages {
    private ReaderStages() {
    }

    /** The layout, its pages read one after the other. */
    public static Layout read(byte[] bytes, String name) throws JinduException {
        TextFontMapper.install();
        return new PdfReader(false, PdfReader.Pages.SEQUENTIAL).read(bytes, name, ReadContext.defaults(name));
    }

    /** The stages by name, in order, for a PDF of {@code pages} pages. */
    public static Map<String, Callable<Object>> stages(byte[] bytes, String name, int pages) {
        Map<String, Callable<Object>> stages = new LinkedHashMap<>();
        stages.put("PDFBox parse (load only)", () -> {
            try (PDDocument d = PDDocument.load(bytes)) {
                return d.getNumberOfPages();
            }
        });
        stages.put("scanning pass (load + PageScanner)", () -> scanRange(bytes, name, 1, pages));
        // the third design: a PDDocument per thread over the same bytes, each scanning a page range
        // (the analysis, in page order, would still come on top)
        stages.put("scanning pass, two PDDocuments on two threads, half the pages each", () -> {
            int half = pages / 2;
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> scanRange(bytes, name, half + 1, pages));
            return scanRange(bytes, name, 1, half) + second.join();
        });
        stages.put("reader, pages sequential",
                () -> new PdfReader(false, PdfReader.Pages.SEQUENTIAL).read(bytes, name, ReadContext.defaults(name)));
        stages.put("reader, pages pipelined",
                () -> new PdfReader(false, PdfReader.Pages.PIPELINED).read(bytes, name, ReadContext.defaults(name)));
        return stages;
    }

    private static int scanRange(byte[] bytes, String name, int first, int last) {
        try (PDDocument d = PDDocument.load(bytes)) {
            int[] n = {0};
            PageScanner scanner = new PageScanner(p -> n[0] += p.glyphs().size(), ReadContext.defaults(name));
            scanner.setStartPage(first);
            scanner.setEndPage(last);
            scanner.scan(d);
            return n[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
