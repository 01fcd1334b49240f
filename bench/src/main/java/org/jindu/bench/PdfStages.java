package org.jindu.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.CharArrayWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jindu.Jindu;
import org.jindu.assembly.ReportAssembler;
import org.jindu.json.ReportJson;
import org.jindu.layout.Layout;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Report;
import org.jindu.quantity.QuantityScanner;
import org.jindu.quantity.ReportMetrics;
import org.jindu.read.pdf.ReaderStages;

/**
 * Where the time of reading one PDF goes, warm, in one JVM: the reader's stages
 * ({@link ReaderStages}: PDFBox's parse, the scanning pass, the reader with its pages sequential and
 * pipelined), then assembly, figures and JSON. Each stage runs ROUNDS times after WARMUP rounds,
 * interleaved round by round; the medians of wall time and of the process's CPU time (all threads,
 * the JIT and the collector included) are printed as a Markdown table. See docs/pdf.md.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp bench/target/benchmarks.jar org.jindu.bench.PdfStages FILE.pdf [WARMUP [ROUNDS]]</pre>
 */
public final class PdfStages {
    private PdfStages() {
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
        Layout layout = ReaderStages.read(bytes, name);
        DocumentInfo info = new DocumentInfo(name, "pdf", Jindu.sha256(bytes), layout.pages(), null);
        Report assembled = ReportAssembler.assemble(layout, info);
        QuantityScanner figures = QuantityScanner.standard();
        Report report = ReportMetrics.fill(assembled, figures, () -> false);

        Map<String, Callable<Object>> stages = ReaderStages.stages(bytes, name, layout.pages());
        stages.put("assembly", () -> ReportAssembler.assemble(layout, info));
        stages.put("figures", () -> ReportMetrics.fill(assembled, figures, () -> false));
        stages.put("JSON", () -> {
            CharArrayWriter out = new CharArrayWriter(1 << 20);
            ReportJson.write(report, out, false);
            return out.size();
        });
        List<String> names = new ArrayList<>(stages.keySet());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] wall = new double[names.size()][rounds];
        double[][] cpu = new double[names.size()][rounds];
        // stages interleaved round by round, so that a change in the machine's load touches them alike
        for (int r = -warmup; r < rounds; r++) {
            for (int s = 0; s < names.size(); s++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                stages.get(names.get(s)).call();
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
        for (int s = 0; s < names.size(); s++)
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f |%n", names.get(s), median(wall[s]), median(cpu[s]));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
