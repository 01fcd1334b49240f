package org.jindu.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.exception.EncryptedDocumentException;
import org.jindu.exception.JinduException;
import org.jindu.layout.Block;
import org.jindu.layout.Layout;
import org.jindu.model.OcrInfo;
import org.jindu.model.Warning;
import org.jindu.read.DocumentReader;
import org.jindu.read.Limits;
import org.jindu.read.ReadContext;
import org.jindu.read.ReadFailures;
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
 * past an eighth of the heap (at most {@value #MAIN_MEMORY_MB} MB) its buffers spill to temporary files.
 */
public final class PdfReader implements DocumentReader {
    static final int MAIN_MEMORY_MB = 64;

    /**
     * The fewest pages for which a document's pages are analysed on a second thread
     * ({@link PagePipeline}): below it the thread costs more than it saves (docs/pdf.md, measured).
     */
    static final int PIPELINE_PAGES = 20;

    /** How the pages are read: on a second thread when it pays ({@link #AUTO}), or always one way. */
    enum Pages {
        AUTO, SEQUENTIAL, PIPELINED
    }

    /** Whether the PDF was made of an image file's pages ({@link ImageFileReader}), for the messages. */
    private final boolean ofImages;
    private final Pages mode;
    /** What is made of each page: {@link PageAnalyzer#analyze}; tests put a failing one in its place. */
    private final Analysis analysis;

    /** The analysis of one page, given the carry from the page before. */
    interface Analysis {
        PageAnalyzer.Result analyze(PageScanner.PageContent page, UnruledTables.Carry carry);
    }

    /**
     * The reader the service loader finds. The system property {@code jindu.pdf.pages} set to
     * {@code sequential} or {@code pipelined} forces one way of reading the pages, for benchmarks
     * (bench/speed-bench.sh); unset, or any other value, the reader chooses.
     */
    public PdfReader() {
        this(false, forced(System.getProperty("jindu.pdf.pages")));
    }

    private static Pages forced(String property) {
        if ("sequential".equals(property)) return Pages.SEQUENTIAL;
        if ("pipelined".equals(property)) return Pages.PIPELINED;
        return Pages.AUTO;
    }

    PdfReader(boolean ofImages) {
        this(ofImages, Pages.AUTO);
    }

    PdfReader(boolean ofImages, Pages mode) {
        this(ofImages, mode, PageAnalyzer::analyze);
    }

    PdfReader(boolean ofImages, Pages mode, Analysis analysis) {
        this.ofImages = ofImages;
        this.mode = mode;
        this.analysis = analysis;
    }

    @Override
    public String format() {
        return "pdf";
    }

    /**
     * Reads a PDF; image-only pages go through OCR when the context allows it and an
     * {@link OcrEngine} is installed ({@link OcrPages}).
     */
    @Override
    public Layout read(byte[] bytes, String name, ReadContext context) throws JinduException {
        Limits limits = context.limits();
        OcrEngine engine = context.ocr() ? OcrEngines.find().orElse(null) : null;
        try (PDDocument document = open(bytes, name, limits)) {
            // the page tree's claim (/Count) is not trusted: the pages are counted as they are walked
            int pages = countPages(document, name, limits);
            List<Block> blocks = new ArrayList<>();
            List<Warning> warnings = new ArrayList<>();
            int[] totals = new int[4]; // glyphs, images, glyphs without Unicode, image-only pages
            UnruledTables.Carry carry = new UnruledTables.Carry();
            OcrPages.Sink analysed = (page, scanned) -> {
                if (OcrPages.imageOnly(page) || scanned != null) totals[3]++;
                PageAnalyzer.Result result = analysis.analyze(page, carry);
                blocks.addAll(scanned == null ? result.blocks() : OcrPages.finish(result.blocks(), scanned, warnings));
                warnings.addAll(result.warnings());
                if (scanned == null) totals[0] += result.glyphs();
                totals[1] += page.images();
                totals[2] += result.unmapped();
            };
            // a large document's pages are analysed on a second thread while the next ones are scanned
            // (PagePipeline); the analysis above runs in page order, on one thread, either way
            try (PagePipeline pipeline = pipelined(pages, context) ? new PagePipeline(analysed, context) : null;
                    OcrPages ocr = new OcrPages(document, engine, pipeline != null ? pipeline : analysed)) {
                PageScanner scanner = new PageScanner(ocr::page, context);
                scanner.scan(document);
                ocr.finish();
                if (pipeline != null) pipeline.finish();
                for (int page : scanner.pagesOverLimit)
                    warnings.add(new Warning(Warning.LIMIT, "page " + page + " draws more than "
                            + limits.maxPathSegmentsPerPage() + " path segments or " + limits.maxRulingsPerPage()
                            + " distinct ruling lines; it was read without ruled tables (raise the limits with"
                            + " --max-path-segments and --max-rulings)", page));
                OcrInfo read = ocr.info();
                if (read == null && totals[0] == 0 && totals[2] == 0)
                    warnings.add(new Warning(Warning.NO_TEXT_LAYER, (ofImages
                            ? "its " + pages + " page(s) are scanned images"
                            : "the PDF has no text layer" + (totals[1] > 0 ? " (its " + pages
                                    + " page(s) are images, a scan?)" : ""))
                            + "; " + withoutOcr(context, engine, ocr.failure())));
                else if (totals[3] > (read == null ? 0 : read.pages().size()))
                    warnings.add(new Warning(Warning.NO_TEXT_LAYER, (totals[3] - (read == null ? 0 : read.pages().size()))
                            + " of its " + pages + " page(s) are images without text (scanned?); "
                            + withoutOcr(context, engine, ocr.failure())));
                return new Layout(format(), pages, blocks, warnings, read);
            }
        } catch (PageScanner.TimeUp e) {
            throw e.failure;
        } catch (IOException e) {
            if (scratchFull(e))
                throw new DocumentTooLargeException(name, "its streams inflate to more than the limit of "
                        + Math.min(limits.maxScratchBytes(), limits.maxDecompressedBytes())
                        + " bytes (raise it with --max-scratch-bytes and --max-decompressed-bytes)", e);
            throw new CorruptDocumentException(name, "the PDF's content could not be read (damaged or cut short)", e);
        } catch (RuntimeException e) {
            throw ReadFailures.of(name, "the PDF's content could not be read (damaged or cut short)", e);
        }
    }

    /**
     * Whether the pages go through a {@link PagePipeline}: in {@link Pages#AUTO}, when the document
     * has at least {@value #PIPELINE_PAGES} pages, more than one processor is available and the
     * context allows the reader a thread of its own ({@code jindu batch} with several threads reads
     * documents in parallel already).
     */
    boolean pipelined(int pages, ReadContext context) {
        return switch (mode) {
            case SEQUENTIAL -> false;
            case PIPELINED -> true;
            case AUTO -> pages >= PIPELINE_PAGES && context.pageThreads()
                    && Runtime.getRuntime().availableProcessors() > 1;
        };
    }

    /** Why the scanned pages were not read, and what to do. */
    private static String withoutOcr(ReadContext context, OcrEngine engine, String failure) {
        if (!context.ocr()) return "OCR was turned off, so they were not read";
        if (engine != null && failure != null) return failure;
        return "jindu reads them by OCR when " + OcrEngines.ARTIFACT + " is on the classpath (for the"
                + " jindu command line: jindu-ocr.jar beside jindu.jar)";
    }

    /**
     * The pages of the document, counted by walking its page tree; more than the limit of pages, or a
     * tree nested deeper than the depth limit, is {@link DocumentTooLargeException}.
     */
    private static int countPages(PDDocument document, String name, Limits limits) throws JinduException {
        COSDictionary root = document.getDocumentCatalog().getCOSObject();
        COSBase tree = root.getDictionaryObject(COSName.PAGES);
        int[] count = {0};
        if (tree instanceof COSDictionary node) walk(node, 0, count, name, limits, new java.util.IdentityHashMap<>());
        return count[0];
    }

    private static void walk(COSDictionary node, int depth, int[] count, String name, Limits limits,
            java.util.Map<COSDictionary, Boolean> seen) throws JinduException {
        if (depth > limits.maxDepth())
            throw new DocumentTooLargeException(name, "its page tree is nested more than " + limits.maxDepth()
                    + " levels deep (raise the limit with --max-depth)");
        if (seen.put(node, Boolean.TRUE) != null) return; // a loop in the tree: PDFBox skips it too
        COSBase kids = node.getDictionaryObject(COSName.KIDS);
        if (!(kids instanceof COSArray array)) {
            if (COSName.PAGE.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.CONTENTS)) {
                if (++count[0] > limits.maxPages())
                    throw new DocumentTooLargeException(name, "it has more than " + limits.maxPages()
                            + " pages (raise the limit with --max-pages)");
            }
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSDictionary kid) walk(kid, depth + 1, count, name, limits, seen);
        }
    }

    /** Whether PDFBox gave up because its scratch memory and files reached their limit. */
    private static boolean scratchFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("Maximum allowed scratch file memory exceeded")) return true;
        }
        return false;
    }

    /**
     * How much of PDFBox's scratch (each stream's bytes, copied out of the file as it is parsed, so
     * growing with the file) stays on the heap before the rest goes to a temporary file: an eighth of
     * the heap, at most {@value #MAIN_MEMORY_MB} MB. A fixed 64 MB would not fit beside a large file's
     * own bytes in a small heap; an eighth leaves the rest for the file, the pages being read and the
     * report.
     */
    static long mainMemory(long maxHeap) {
        return Math.max(1024L * 1024L, Math.min(MAIN_MEMORY_MB * 1024L * 1024L, maxHeap / 8));
    }

    private static PDDocument open(byte[] bytes, String name, Limits limits) throws JinduException {
        TextFontMapper.install(); // fonts the PDF does not embed: no scan of the system's fonts to read text
        try {
            // PDFBox inflates streams into its scratch buffers: the smaller of the scratch and the
            // decompressed-bytes limits bounds both
            long scratch = Math.min(limits.maxScratchBytes(), limits.maxDecompressedBytes());
            long mainMemory = Math.min(mainMemory(Runtime.getRuntime().maxMemory()), scratch);
            return PDDocument.load(bytes, "", null, null, MemoryUsageSetting.setupMixed(mainMemory, scratch));
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(name, "the PDF needs a password to open; jindu takes none:"
                    + " save a copy without one");
        } catch (IOException e) {
            if (scratchFull(e))
                throw new DocumentTooLargeException(name, "its streams inflate to more than the limit of "
                        + Math.min(limits.maxScratchBytes(), limits.maxDecompressedBytes())
                        + " bytes (raise it with --max-scratch-bytes and --max-decompressed-bytes)", e);
            throw new CorruptDocumentException(name, "is not a readable PDF (damaged or cut short)", e);
        } catch (RuntimeException e) {
            throw ReadFailures.of(name, "is not a readable PDF (damaged or cut short)", e);
        }
    }
}
