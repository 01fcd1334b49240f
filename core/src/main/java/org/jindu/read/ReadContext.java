package org.jindu.read;

import java.util.Objects;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.read.Limits;

/**
 * What a reader is told besides the bytes: the {@link Limits} to keep to, the moment its time budget
 * runs out, whether image-only pages may go through OCR, and whether the reader may use a thread of its
 * own for the pages of a large document. One context per document; readers call
 * {@link #checkTime()} between pages, tables or other units of work.
 */
public final class ReadContext {
    private final String name;
    private final Limits limits;
    private final boolean ocr;
    private final long deadline;
    private final boolean pageThreads;

    private ReadContext(String name, Limits limits, boolean ocr, boolean pageThreads, long startNanos) {
        this.name = name;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.ocr = ocr;
        this.pageThreads = pageThreads;
        long budget = limits.timeBudget().toNanos();
        this.deadline = startNanos + budget;
    }

    /** A context for reading {@code name} from now on. */
    public static ReadContext start(String name, Limits limits, boolean ocr) {
        return start(name, limits, ocr, true);
    }

    /**
     * A context for reading {@code name} from now on.
     *
     * @param pageThreads whether the reader may use a thread of its own besides the caller's for the
     *     pages of one large document; false when documents are already read in parallel
     */
    public static ReadContext start(String name, Limits limits, boolean ocr, boolean pageThreads) {
        return new ReadContext(name, limits, ocr, pageThreads, System.nanoTime());
    }

    /** The default limits with OCR allowed, for tests and tools that read one document. */
    public static ReadContext defaults(String name) {
        return start(name, Limits.DEFAULT, true);
    }

    /** The document's name, for messages. */
    public String name() {
        return name;
    }

    public Limits limits() {
        return limits;
    }

    /** Whether image-only pages may be read by OCR when an OCR provider is installed. */
    public boolean ocr() {
        return ocr;
    }

    /**
     * Whether the reader may use a thread of its own besides the caller's for the pages of one large
     * document (the PDF reader does when it pays); false when the caller reads documents in parallel.
     */
    public boolean pageThreads() {
        return pageThreads;
    }

    /** Whether the time budget is spent. */
    public boolean timeUp() {
        return System.nanoTime() - deadline > 0;
    }

    /**
     * Throws when the document's time budget is spent.
     *
     * @throws DocumentTooLargeException naming the budget
     */
    public void checkTime() throws DocumentTooLargeException {
        if (timeUp())
            throw new DocumentTooLargeException(name, "reading it took longer than the time budget of "
                    + limits.timeBudget().toSeconds() + " s (raise it with --time-budget)");
    }
}
