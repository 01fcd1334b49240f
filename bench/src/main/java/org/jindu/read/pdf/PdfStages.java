package org.jindu.read.pdf;

import com.sun.management.OperatingSystemMXBean;
import java.io.CharArrayWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jindu.Jindu;
import org.jindu.assembly.ReportAssembler;
import org.jindu.json.ReportJson;
import org.jindu.layout.Layout;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Report;
import org.jindu.quantity.QuantityScanner;
import org.jindu.quantity.ReportMetrics;
import org.jindu.read.ReadContext;

/**
 * Where the time of reading one PDF goes, warm, in one JVM: PDFBox's parse of the file, the scanning
 * pass (content streams interpreted by {@link PageScanner}, nothing analysed; once on one thread, once
 * split over two threads with a {@code PDDocument} each), the whole reader with
 * its pages read one after the other and through {@link PagePipeline}, then assembly, figures and
 * JSON. Each stage runs ROUNDS times after WARMUP rounds; the medians of wall time and of the
 * process's CPU time (all threads, the JIT and the collector included) are printed as a Markdown
 * table. It lives in the reader's package to reach the scanner; see docs/benchmarks.md.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.jindu.read.pdf.PdfStages FILE.pdf [WARMUP [ROUNDS]]</pre>
 */
public final class PdfStages {
    private PdfStages() {
    }

    private interface Stage {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: PdfStages FILE.pdf [WARMUP [ROUNDS]]");
            System.exit(2);
        }
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String name = Path.of(args[0]).getFileName().toString();
        TextFontMapper.install();
        Layout layout = new PdfReader(false, PdfReader.Pages.SEQUENTIAL).read(bytes, name, ReadContext.defaults(name));
        DocumentInfo info = new DocumentInfo(name, "pdf", Jindu.sha256(bytes), layout.pages(), null);
        Report assembled = ReportAssembler.assemble(layout, info);
        QuantityScanner figures = QuantityScanner.standard();
        Report report = ReportMetrics.fill(assembled, figures, () -> false);

        List<String> names = List.of("PDFBox parse (load only)", "scanning pass (load + PageScanner)",
                "scanning pass, two PDDocuments on two threads, half the pages each",
                "reader, pages sequential", "reader, pages pipelined", "assembly", "figures", "JSON");
        List<Stage> stages = List.of(
                () -> {
                    try (PDDocument d = PDDocument.load(bytes)) {
                        return d.getNumberOfPages();
                    }
                },
                () -> {
                    try (PDDocument d = PDDocument.load(bytes)) {
                        int[] n = {0};
                        new PageScanner(p -> n[0] += p.glyphs().size(), ReadContext.defaults(name)).scan(d);
                        return n[0];
                    }
                },
                () -> {
                    // the third design: a PDDocument per thread over the same bytes, each scanning a
                    // page range (the analysis, in page order, would still come on top)
                    int half = layout.pages() / 2;
                    java.util.concurrent.CompletableFuture<Integer> second = java.util.concurrent.CompletableFuture
                            .supplyAsync(() -> scanRange(bytes, name, half + 1, layout.pages()));
                    return scanRange(bytes, name, 1, half) + second.join();
                },
                () -> new PdfReader(false, PdfReader.Pages.SEQUENTIAL).read(bytes, name, ReadContext.defaults(name)),
                () -> new PdfReader(false, PdfReader.Pages.PIPELINED).read(bytes, name, ReadContext.defaults(name)),
                () -> ReportAssembler.assemble(layout, info),
                () -> ReportMetrics.fill(assembled, figures, () -> false),
                () -> {
                    CharArrayWriter out = new CharArrayWriter(1 << 20);
                    ReportJson.write(report, out, false);
                    return out.size();
                });
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] wall = new double[stages.size()][rounds];
        double[][] cpu = new double[stages.size()][rounds];
        // stages interleaved round by round, so that a change in the machine's load touches them alike
        for (int r = -warmup; r < rounds; r++) {
            for (int s = 0; s < stages.size(); s++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                stages.get(s).run();
                long t1 = System.nanoTime();
                long c1 = os.getProcessCpuTime();
                if (r >= 0) {
                    wall[s][r] = (t1 - t0) / 1e6;
                    cpu[s][r] = (c1 - c0) / 1e6;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d pages, %d records; medians of %d rounds after %d warm-up rounds,"
                + " %d processors%n%n", name, layout.pages(), report.records().size(), rounds, warmup,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| stage | wall ms | CPU ms |");
        System.out.println("|---|---:|---:|");
        for (int s = 0; s < stages.size(); s++)
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f |%n", names.get(s), median(wall[s]), median(cpu[s]));
    }

    private static int scanRange(byte[] bytes, String name, int first, int last) {
        try (PDDocument d = PDDocument.load(bytes)) {
            int[] n = {0};
            PageScanner scanner = new PageScanner(p -> n[0] += p.glyphs().size(), ReadContext.defaults(name));
            scanner.setStartPage(first);
            scanner.setEndPage(last);
            scanner.scan(d);
            return n[0];
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
