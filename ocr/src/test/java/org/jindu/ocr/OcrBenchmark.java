package org.jindu.ocr;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jindu.Jindu;
import org.jindu.model.Report;

/**
 * Seconds per page and peak heap of reading a scanned PDF by OCR (not a test; run by
 * {@code bench/ocr-bench.sh}, see docs/ocr.md). The scan fixture is repeated until the document has
 * at least PAGES pages; the models are loaded and warmed on one page first, and that is timed apart.
 *
 * <p>Usage: {@code OcrBenchmark PAGES FILE.pdf}
 */
public final class OcrBenchmark {
    private OcrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path source = Path.of(args.length > 1 ? args[1] : "testdata/scan/seed-landscape-wqy-scan-clean.pdf");
        byte[] one = Files.readAllBytes(source);
        byte[] many = repeat(one, pages);
        int total;
        try (PDDocument d = PDDocument.load(many)) {
            total = d.getNumberOfPages();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Report first = Jindu.parse(one, source.getFileName().toString());
        double warm = (System.nanoTime() - t0) / 1e9;
        double warmCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        int firstPages = first.document().pages();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();

        cpu0 = os.getProcessCpuTime();
        t0 = System.nanoTime();
        Report report = Jindu.parse(many, "bench.pdf");
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();

        System.out.printf(Locale.ROOT, "cores %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "first document (%d pages, model load included): %.1f s, %.1f s CPU%n",
                firstPages, warm, warmCpu);
        System.out.printf(Locale.ROOT, "%d-page scan: %.1f s, %.2f s/page, %.2f s CPU/page, %d records, peak heap %d MB%n",
                total, seconds, seconds / total, cpu / total, report.records().size(), peak >> 20);
    }

    private static byte[] repeat(byte[] pdf, int pages) throws Exception {
        try (PDDocument out = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            while (out.getNumberOfPages() < pages) {
                try (PDDocument part = PDDocument.load(pdf)) {
                    merger.appendDocument(out, part);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return bytes.toByteArray();
        }
    }
}
