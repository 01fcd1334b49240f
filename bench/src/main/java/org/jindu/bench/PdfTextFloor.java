package org.jindu.bench;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The floor that {@code bench/speed-bench.sh} measures jindu against: load a PDF with PDFBox (the
 * version jindu uses) and print its text with {@link PDFTextStripper}, nothing more. Whatever
 * jindu does beyond this (tables, records, figures, JSON) is what its time above the floor buys.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.jindu.bench.PdfTextFloor FILE.pdf</pre>
 */
public final class PdfTextFloor {
    private PdfTextFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PdfTextFloor FILE.pdf");
            System.exit(2);
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (PDDocument document = PDDocument.load(new File(args[0]))) {
            new PDFTextStripper().writeText(document, out);
        }
        out.flush();
    }
}
