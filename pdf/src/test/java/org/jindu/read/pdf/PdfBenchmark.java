package org.jindu.read.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jindu.Jindu;
import org.jindu.model.Report;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Pages per second of {@code jindu extract} (the full structured report) against tabula-java's own
 * lattice extraction of the same files, in the same JVM, rounds interleaved so both see the same
 * machine. Not a test: run by {@code bench/pdf-bench.sh}; see docs/pdf.md.
 *
 * <p>Usage: {@code PdfBenchmark WARMUP_ROUNDS ROUNDS FILE.pdf...}
 */
public final class PdfBenchmark {
    /** PDFBox's font notes off; held so the settings are not garbage-collected. */
    private static final java.util.logging.Logger[] QUIET = {
        java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox")
    };

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (java.util.logging.Logger logger : QUIET) logger.setLevel(java.util.logging.Level.OFF);
        int warmup = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<byte[]> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int pages = 0;
        for (int i = 2; i < args.length; i++) {
            byte[] b = Files.readAllBytes(Path.of(args[i]));
            files.add(b);
            names.add(Path.of(args[i]).getFileName().toString());
            try (PDDocument d = PDDocument.load(b)) {
                pages += d.getNumberOfPages();
            }
        }
        long sink = 0;
        for (int r = 0; r < warmup; r++) {
            sink += jindu(files, names);
            sink += tabula(files);
        }
        long jinduNanos = 0;
        long tabulaNanos = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            sink += jindu(files, names);
            long t1 = System.nanoTime();
            sink += tabula(files);
            long t2 = System.nanoTime();
            jinduNanos += t1 - t0;
            tabulaNanos += t2 - t1;
        }
        double jinduPps = pages * (double) rounds / (jinduNanos / 1e9);
        double tabulaPps = pages * (double) rounds / (tabulaNanos / 1e9);
        System.out.printf("files %d, pages %d, warm-up rounds %d, measured rounds %d (checksum %d)%n",
                files.size(), pages, warmup, rounds, sink);
        System.out.printf("jindu extract (full report)      %8.1f pages/s  %7.1f ms/page%n", jinduPps, 1000 / jinduPps);
        System.out.printf("tabula-java lattice (tables only) %8.1f pages/s  %7.1f ms/page%n", tabulaPps, 1000 / tabulaPps);
        System.out.printf("jindu time / tabula time          %8.2f (target: at most 1.5)%n",
                jinduNanos / (double) tabulaNanos);
    }

    private static long jindu(List<byte[]> files, List<String> names) throws Exception {
        long n = 0;
        for (int i = 0; i < files.size(); i++) {
            Report report = Jindu.parse(files.get(i), names.get(i));
            n += report.records().size();
        }
        return n;
    }

    private static long tabula(List<byte[]> files) throws Exception {
        long n = 0;
        SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
        for (byte[] b : files) {
            try (PDDocument d = PDDocument.load(b); ObjectExtractor extractor = new ObjectExtractor(d)) {
                PageIterator it = extractor.extract();
                while (it.hasNext()) {
                    Page page = it.next();
                    n += lattice.extract(page).size();
                }
            }
        }
        return n;
    }
}
