package org.jindu;

import org.jindu.exception.JinduException;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.exception.InternalErrorException;
import org.jindu.read.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jindu.assembly.ReportAssembler;
import org.jindu.layout.Captions;
import org.jindu.layout.Layout;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Report;
import org.jindu.quantity.QuantityScanner;
import org.jindu.quantity.ReportMetrics;
import org.jindu.read.DocumentReader;
import org.jindu.read.detect.FormatDetector;
import org.jindu.read.ReadContext;

/**
 * A configured reader of progress reports: build it once, share it between threads, call
 * {@link #parse} for each document. {@link Jindu#parse} is {@link #defaults()}.
 *
 * <pre>{@code
 * JinduParser parser = JinduParser.builder()
 *         .figures(false)                                  // records only, no metrics
 *         .limits(Limits.DEFAULT.withMaxPages(300))
 *         .build();
 * Report report = parser.parse(Path.of("1-9月进展情况.pdf"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; {@link #newBuilder()} starts a variant.
 */
public final class JinduParser {
    private static final JinduParser DEFAULTS = new Builder().build();

    private final boolean figures;
    private final QuantityScanner scanner;
    private final boolean ocr;
    private final Limits limits;
    private final boolean pageThreads;

    private JinduParser(Builder b) {
        this.figures = b.figures;
        this.scanner = b.scanner != null ? b.scanner
                : b.nounPhrases ? QuantityScanner.standard() : QuantityScanner.builder().nounPhrases(false).build();
        this.ocr = b.ocr;
        this.limits = b.limits;
        this.pageThreads = b.pageThreads;
    }

    /** Figures on, HanLP noun phrases on, OCR on (when an OCR module is installed), {@link Limits#DEFAULT}. */
    public static JinduParser defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this parser's settings. */
    public Builder newBuilder() {
        Builder b = new Builder();
        b.figures = figures;
        b.scanner = scanner;
        b.ocr = ocr;
        b.limits = limits;
        b.pageThreads = pageThreads;
        return b;
    }

    /** Whether records get their {@link org.jindu.model.TaskRecord#metrics() metrics}. */
    public boolean figures() {
        return figures;
    }

    /** Whether image-only pages are read by OCR when an OCR module is installed. */
    public boolean ocr() {
        return ocr;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Reads a report from a file.
     *
     * @throws IOException when the file cannot be read (missing, no permission)
     * @throws JinduException when its content cannot be read as a report, or goes past a limit
     */
    public Report parse(Path path) throws IOException, JinduException {
        Objects.requireNonNull(path, "path");
        Path fileName = path.getFileName();
        String name = fileName == null ? path.toString() : fileName.toString();
        long size = Files.size(path);
        if (size > limits.maxBytes()) throw tooLarge(name, size);
        return parse(Files.readAllBytes(path), name);
    }

    /**
     * Reads a report from a stream, which is read to its end (or to {@link Limits#maxBytes()}) but not
     * closed.
     *
     * @param name the document's name for messages and {@code document.file}
     */
    public Report parse(InputStream in, String name) throws IOException, JinduException {
        Objects.requireNonNull(in, "in");
        long max = limits.maxBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) throw tooLarge(name, bytes.length);
        return parse(bytes, name);
    }

    /**
     * Reads a report from a file's bytes.
     *
     * @param name the document's name for messages and {@code document.file}
     */
    public Report parse(byte[] bytes, String name) throws JinduException {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > limits.maxBytes()) throw tooLarge(name, bytes.length);
        ReadContext context = ReadContext.start(name, limits, ocr, pageThreads);
        return guarded(name, () -> {
            Layout layout = FormatDetector.readerFor(bytes, name).read(bytes, name, context);
            context.checkTime();
            DocumentInfo info = new DocumentInfo(name, layout.format(), Jindu.sha256(bytes), layout.pages(), layout.ocr());
            Report report = ReportAssembler.assemble(layout, info);
            context.checkTime();
            return figures ? ReportMetrics.fill(report, scanner, context::timeUp) : report;
        });
    }

    /**
     * Reads a document into its neutral layout (paragraphs and tables, each cell with its page and box,
     * each table with the caption and unit line found above it by {@link Captions}) without making a
     * report of it: what {@code jindu tables} prints, for documents of any kind.
     *
     * @param name the document's name for messages
     * @throws JinduException when its content cannot be read, or goes past a limit
     */
    public Layout layout(byte[] bytes, String name) throws JinduException {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > limits.maxBytes()) throw tooLarge(name, bytes.length);
        return guarded(name, () -> Captions.attach(FormatDetector.readerFor(bytes, name).read(bytes, name,
                ReadContext.start(name, limits, ocr, pageThreads))));
    }

    /** Work on one document that may fail only with a {@link JinduException}. */
    private interface Work<T> {
        T run() throws JinduException;
    }

    /**
     * Runs {@code work}, turning what escapes the readers into typed failures of this document alone:
     * running out of stack or memory is {@link DocumentTooLargeException}, any other exception a bug of
     * jindu's ({@link InternalErrorException}), never the document's fault.
     */
    private static <T> T guarded(String name, Work<T> work) throws JinduException {
        try {
            return work.run();
        } catch (StackOverflowError e) {
            throw new DocumentTooLargeException(name, "is nested too deeply to read (the reader ran out of stack;"
                    + " a larger thread stack, -Xss, may read it)", e);
        } catch (OutOfMemoryError e) {
            // What this document held is garbage now: the process goes on with the next one.
            throw new DocumentTooLargeException(name, "needs more memory than this Java process has ("
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; raise it with -Xmx)", e);
        } catch (RuntimeException e) {
            // Readers turn their libraries' complaints about the bytes into a JinduException: what is left
            // is a bug of jindu's, never the document's fault.
            throw new InternalErrorException(name, e);
        }
    }

    private DocumentTooLargeException tooLarge(String name, long size) {
        return new DocumentTooLargeException(name, "the file has " + size + " bytes, more than the limit of "
                + limits.maxBytes() + " (raise it with --max-bytes)");
    }

    /** Settings for a {@link JinduParser}; not thread-safe, build once. */
    public static final class Builder {
        private boolean figures = true;
        private boolean nounPhrases = true;
        private QuantityScanner scanner;
        private boolean ocr = true;
        private Limits limits = Limits.DEFAULT;
        private boolean pageThreads = true;

        private Builder() {
        }

        /** Whether to find the figures in each record's progress text (default on). */
        public Builder figures(boolean on) {
            this.figures = on;
            return this;
        }

        /**
         * Whether long subjects are cut to their noun phrase with HanLP (default on). Off, HanLP is
         * never loaded. Ignored when a {@link #scanner} is given.
         */
        public Builder nounPhrases(boolean on) {
            this.nounPhrases = on;
            return this;
        }

        /** The scanner that finds figures, for a lexicon of your own; null for the standard one. */
        public Builder scanner(QuantityScanner scanner) {
            this.scanner = scanner;
            return this;
        }

        /** Whether image-only pages are read by OCR when an OCR module is installed (default on). */
        public Builder ocr(boolean on) {
            this.ocr = on;
            return this;
        }

        /**
         * Whether a reader may use a second thread for the pages of one large document (default on;
         * the PDF reader does when it pays, see {@link ReadContext#pageThreads()}). Turn it off when
         * several documents are read in parallel already, so that they do not compete for the cores.
         */
        public Builder pageThreads(boolean on) {
            this.pageThreads = on;
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public JinduParser build() {
            return new JinduParser(this);
        }
    }
}
