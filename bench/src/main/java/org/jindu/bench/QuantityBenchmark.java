package org.jindu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jindu.Jindu;
import org.jindu.exception.JinduException;
import org.jindu.model.Metric;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.jindu.quantity.QuantityScanner;
import org.jindu.quantity.ReportMetrics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Characters per second of the quantity scanner and of the whole metric pass, on the progress text of the
 * seed report repeated to {@value #CHARS} characters. Every benchmark's score is in characters per second
 * ({@link OperationsPerInvocation} counts one operation per character). Single-threaded: one core.
 *
 * <pre>
 * mvn -B -q package -pl bench -am -DskipTests
 * java -jar bench/target/benchmarks.jar
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuantityBenchmark {
    /** Characters scanned per invocation. */
    public static final int CHARS = 200_000;

    private final QuantityScanner scanner = QuantityScanner.standard();
    private final QuantityScanner rulesOnly = QuantityScanner.builder().nounPhrases(false).build();
    /** The corpus as one text. */
    private String corpus;
    /** The corpus cut at paragraph breaks, as a report's progress texts come. */
    private List<String> paragraphs;
    /** The seed report assembled, metrics not yet filled, repeated to about {@value #CHARS} characters of progress. */
    private List<Report> reports;

    @Setup
    public void setUp() throws IOException, JinduException {
        byte[] seed;
        try (InputStream in = QuantityBenchmark.class.getResourceAsStream("000_4744e66be9c0f129.txt")) {
            if (in == null) throw new IllegalStateException("the seed report is missing from the benchmark jar");
            seed = in.readAllBytes();
        }
        Report report = Jindu.parse(seed, "seed.txt");
        StringBuilder progress = new StringBuilder();
        for (TaskRecord r : report.records()) progress.append(r.progress()).append('\n');
        StringBuilder sb = new StringBuilder(CHARS + progress.length());
        while (sb.length() < CHARS) sb.append(progress);
        corpus = sb.substring(0, CHARS);
        paragraphs = List.of(corpus.split("\n"));
        int perReport = report.records().stream().mapToInt(r -> r.progress().length()).sum();
        reports = new ArrayList<>();
        Report empty = withoutMetrics(report);
        for (int chars = 0; chars < CHARS; chars += perReport) reports.add(empty);
    }

    private static Report withoutMetrics(Report r) {
        return new Report(r.schemaVersion(), r.document(), r.title(), r.organization(), r.year(), r.period(),
                r.sections().stream().map(s -> new org.jindu.model.Section(s.number(), s.title(), s.note(),
                        s.columns(), s.records().stream().map(t -> t.withMetrics(List.of())).toList())).toList(),
                List.of());
    }

    /** The scanner alone on one long text: numbers, units, qualifiers, times, labels. */
    @Benchmark
    @OperationsPerInvocation(CHARS)
    public List<Metric> scanner() {
        return scanner.scanAll(corpus);
    }

    /** Figures with subjects (HanLP for long ones), categories, relations and checks, paragraph by paragraph. */
    @Benchmark
    @OperationsPerInvocation(CHARS)
    public void figures(Blackhole bh) {
        for (String p : paragraphs) bh.consume(scanner.read(p));
    }

    /** As {@link #figures} without HanLP: subjects are the rules' clauses. */
    @Benchmark
    @OperationsPerInvocation(CHARS)
    public void figuresRulesOnly(Blackhole bh) {
        for (String p : paragraphs) bh.consume(rulesOnly.read(p));
    }

    /** The full metric pass over assembled reports, HanLP included: what {@code Jindu.parse} adds after assembly. */
    @Benchmark
    @OperationsPerInvocation(CHARS)
    public void metricPass(Blackhole bh) {
        for (Report r : reports) bh.consume(ReportMetrics.fill(r));
    }
}
