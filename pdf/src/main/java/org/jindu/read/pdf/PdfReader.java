package org.jindu.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EncryptedDocumentException;
import org.jindu.exception.JinduException;
import org.jindu.layout.Block;
import org.jindu.layout.Layout;
import org.jindu.model.Warning;
import org.jindu.model.OcrInfo;
import org.jindu.read.DocumentReader;
import org.jindu.read.ReadContext;
import org.jindu.read.ocr.OcrEngine;
import org.jindu.read.ocr.OcrEngines;

/**
 * Reads a PDF with Apache PDFBox into a {@link Layout}: per page, the ruled tables (cells from the
 * ruling lines, found with tabula-java; text put in cells by each glyph's own position) and the text
 * outside them as paragraphs, in reading order, each with its page and box in points.
 *
 * <p>Every table is checked for lost or doubled characters ({@link Warning#TEXT_LOST}). A PDF
 * encrypted with an empty user password is read; one that needs a password throws
 * {@link EncryptedDocumentException}. A PDF without any text (scanned pages) gives a
 * {@link Warning#NO_TEXT_LAYER} warning, unless an OCR engine reads its image-only pages
 * ({@link OcrPages}); a page with text never goes through OCR. PDFBox repairs a broken cross-reference table where it can;
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
        return read(bytes, name, ReadContext.defaults(name));
    }

    /**
     * Reads a PDF; image-only pages go through OCR when the context allows it and an
     * {@link OcrEngine} is installed ({@link OcrPages}).
     */
    @Override
    public Layout read(byte[] bytes, String name, ReadContext context) throws JinduException {
        OcrEngine engine = context.ocr() ? OcrEngines.find().orElse(null) : null;
        try (PDDocument document = open(bytes, name)) {
            List<Block> blocks = new ArrayList<>();
            List<Warning> warnings = new ArrayList<>();
            int[] totals = new int[4]; // glyphs, images, glyphs without Unicode, image-only pages
            UnruledTables.Carry carry = new UnruledTables.Carry();
            try (OcrPages ocr = new OcrPages(document, engine, (page, scanned) -> {
                if (OcrPages.imageOnly(page) || scanned != null) totals[3]++;
                PageAnalyzer.Result result = PageAnalyzer.analyze(page, carry);
                blocks.addAll(scanned == null ? result.blocks() : OcrPages.finish(result.blocks(), scanned, warnings));
                warnings.addAll(result.warnings());
                if (scanned == null) totals[0] += result.glyphs();
                totals[1] += page.images();
                totals[2] += result.unmapped();
            })) {
                PageScanner scanner = new PageScanner(ocr::page);
                scanner.scan(document);
                ocr.finish();
                int pages = document.getNumberOfPages();
                OcrInfo read = ocr.info();
                if (read == null && totals[0] == 0 && totals[2] == 0)
                    warnings.add(new Warning(Warning.NO_TEXT_LAYER, "the PDF has no text layer"
                            + (totals[1] > 0 ? " (its " + pages + " page(s) are images, a scan?)" : "")
                            + "; " + withoutOcr(context, engine, ocr.failure())));
                else if (totals[3] > (read == null ? 0 : read.pages().size()))
                    warnings.add(new Warning(Warning.NO_TEXT_LAYER, (totals[3] - (read == null ? 0 : read.pages().size()))
                            + " of its " + pages + " page(s) are images without text (scanned?); "
                            + withoutOcr(context, engine, ocr.failure())));
                return new Layout(format(), pages, blocks, warnings, read);
            }
        } catch (IOException | RuntimeException e) {
            throw new CorruptDocumentException(name, "the PDF could not be read: " + e.getMessage(), e);
        }
    }

    /** Why the scanned pages were not read, and what to do. */
    private static String withoutOcr(ReadContext context, OcrEngine engine, String failure) {
        if (!context.ocr()) return "OCR was turned off, so they were not read";
        if (engine != null && failure != null) return failure;
        return "jindu reads them by OCR when " + OcrEngines.ARTIFACT + " is on the classpath (the jindu"
                + " command line includes it)";
    }

    private static PDDocument open(byte[] bytes, String name) throws JinduException {
        try {
            return PDDocument.load(bytes, "", null, null,
                    MemoryUsageSetting.setupMixed(MAIN_MEMORY_MB * 1024L * 1024L));
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(name, "the PDF needs a password to open; jindu takes none:"
                    + " save a copy without one");
        } catch (IOException | RuntimeException e) {
            throw new CorruptDocumentException(name, "not a readable PDF: " + e.getMessage(), e);
        }
    }
}
