package org.jindu.read.pdf;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jindu.exception.JinduException;
import org.jindu.read.ReadContext;

/**
 * The second stage of reading a PDF's pages: one worker thread hands the pages the scanner (and OCR)
 * produce to the next sink in page order, so that one page's analysis runs while the scanner
 * interprets the next page's content. The scanner stays on the caller's thread (a {@code PDDocument}
 * is not thread-safe; the worker never touches it), the sink sees the same pages in the same order
 * on one thread (the unruled-table carry, the blocks and warnings it adds to are unchanged), and at
 * most {@value #DEPTH} pages wait between the two, so memory stays flat.
 *
 * <p>The time budget is checked before each page is analysed, so that a read whose analysis runs
 * behind its scanning still stops when the budget is spent ({@link PageScanner.TimeUp}, as the
 * scanner throws it). A failure of the sink (an exception or an error) is kept and thrown, as it is, from the
 * caller's next {@link #page} or from {@link #finish()}; the worker then drops the pages still
 * coming, so the scanner never waits on it. {@link #close()} stops the worker and waits for it (at
 * most the page it is analysing), whether the read ended or failed.
 */
final class PagePipeline implements OcrPages.Sink, AutoCloseable {
    /** Pages scanned but not yet analysed, at most. */
    static final int DEPTH = 4;

    private record Item(PageScanner.PageContent page, OcrPages.Scanned scanned) {
    }

    private static final Item END = new Item(null, null);

    private final OcrPages.Sink sink;
    private final ReadContext context;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(DEPTH);
    private final Thread worker;
    private volatile Throwable failure;

    /**
     * @param context whose time budget is checked before each page is analysed, as the scanner checks
     *     it before each page is scanned; null for none
     */
    PagePipeline(OcrPages.Sink sink, ReadContext context) {
        this.sink = sink;
        this.context = context;
        this.worker = new Thread(this::work, "jindu-pdf-pages");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void page(PageScanner.PageContent page, OcrPages.Scanned scanned) throws IOException {
        rethrow();
        put(new Item(page, scanned));
    }

    /** Waits until every page handed on has been through the sink; throws the sink's failure. */
    void finish() throws IOException {
        put(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the PDF's pages were analysed");
        }
        rethrow();
    }

    @Override
    public void close() {
        if (!worker.isAlive()) return;
        worker.interrupt();
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true; // the worker stops at its next page; wait for it all the same
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private void put(Item item) throws IOException {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the PDF's pages were analysed");
        }
    }

    /** Throws the sink's failure as it was thrown, on the caller's thread. */
    private void rethrow() throws IOException {
        Throwable f = failure;
        if (f == null) return;
        if (f instanceof IOException e) throw e;
        if (f instanceof RuntimeException e) throw e;
        if (f instanceof Error e) throw e;
        throw new IllegalStateException(f); // the sink throws nothing else
    }

    private void work() {
        try {
            for (Item item = queue.take(); item != END; item = queue.take()) {
                if (failure != null) continue; // drop the rest, so that the scanner never blocks
                try {
                    if (context != null) context.checkTime();
                    sink.page(item.page, item.scanned);
                } catch (JinduException e) { // the time budget: thrown as the scanner throws it
                    failure = new PageScanner.TimeUp(e);
                } catch (Throwable t) { // NOPMD: any failure is the caller's, thrown there as it is
                    failure = t;
                }
            }
        } catch (InterruptedException e) {
            // close(): the read ended without finish(), the caller throws its own failure
        }
    }
}
