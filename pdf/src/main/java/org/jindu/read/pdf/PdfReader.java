package org.jindu.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jindu.CorruptDocumentException;
import org.jindu.EncryptedDocumentException;
import org.jindu.JinduException;
import org.jindu.layout.Block;
import org.jindu.layout.Layout;
import org.jindu.model.Warning;
import org.jindu.read.DocumentReader;
import org.jindu.read.ReadFailures;

/**
 * Reads a PDF with Apache PDFBox into a {@link Layout}: per page, the ruled tables (cells from the
 * ruling lines, found with tabula-java; text put in cells by each glyph's own position) and the text
 * outside them as paragraphs, in reading order, each with its page and box in points.
 *
 * <p>Every table is checked for lost or doubled characters ({@link Warning#TEXT_LOST}). A PDF
 * encrypted with an empty user password is read; one that needs a password throws
 * {@link EncryptedDocumentException}. A PDF without any text (scanned pages) gives a
 * {@link Warning#NO_TEXT_LAYER} warning. PDFBox repairs a broken cross-reference table where it can;
 * past {@value #MAIN_MEMORY_MB} MB its buffers spill to temporary files.
 */
public final class PdfReader implements DocumentReader {
    static final int MAIN_MEMORY_MB = 64;

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Layout read(byte[] bytes, String name) throws JinduException {
        try (PDDocument document = open(bytes, name)) {
            List<Block> blocks = new ArrayList<>();
            List<Warning> warnings = new ArrayList<>();
            int[] totals = new int[3]; // glyphs, images, glyphs without Unicode
            UnruledTables.Carry carry = new UnruledTables.Carry();
            PageScanner scanner = new PageScanner(page -> {
                PageAnalyzer.Result result = PageAnalyzer.analyze(page, carry);
                blocks.addAll(result.blocks());
                warnings.addAll(result.warnings());
                totals[0] += result.glyphs();
                totals[1] += page.images();
                totals[2] += result.unmapped();
            });
            scanner.scan(document);
            int pages = document.getNumberOfPages();
            if (totals[0] == 0 && totals[2] == 0)
                warnings.add(new Warning(Warning.NO_TEXT_LAYER, "the PDF has no text layer"
                        + (totals[1] > 0 ? " (its " + pages + " page(s) are images, a scan?)" : "")
                        + "; jindu cannot read it without OCR"));
            return new Layout(format(), pages, blocks, warnings);
        } catch (IOException e) {
            throw new CorruptDocumentException(name, "the PDF's content could not be read (damaged or cut short)", e);
        } catch (RuntimeException e) {
            throw ReadFailures.of(name, "the PDF's content could not be read (damaged or cut short)", e);
        }
    }

    private static PDDocument open(byte[] bytes, String name) throws JinduException {
        try {
            return PDDocument.load(bytes, "", null, null,
                    MemoryUsageSetting.setupMixed(MAIN_MEMORY_MB * 1024L * 1024L));
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(name, "the PDF needs a password to open; jindu takes none:"
                    + " save a copy without one");
        } catch (IOException e) {
            throw new CorruptDocumentException(name, "is not a readable PDF (damaged or cut short)", e);
        } catch (RuntimeException e) {
            throw ReadFailures.of(name, "is not a readable PDF (damaged or cut short)", e);
        }
    }
}
