package org.jindu.read;

import org.jindu.exception.JinduException;
import org.jindu.layout.Layout;

/**
 * Reads one format into a neutral {@link Layout}. A reader knows its format and nothing of task
 * records; it reports odd content as warnings in the layout and throws only when the document cannot
 * be read at all.
 *
 * <p>Readers are found through {@link java.util.ServiceLoader}: a reader module lists its readers in
 * {@code META-INF/services/org.jindu.read.DocumentReader}, and {@link FormatDetector} picks one by
 * the {@link #format()} it has detected from the bytes. Each reader needs a public no-argument
 * constructor and must be safe to use from several threads.
 */
public interface DocumentReader {

    /** The format name this reader produces in {@code document.format}: {@code text}, {@code docx}, .... */
    String format();

    /**
     * Reads a document within the context's limits and time budget.
     *
     * @param bytes the whole file
     * @param name the file's name, for messages
     * @param context the limits, the time budget and whether OCR may run
     * @return the document's paragraphs and tables
     * @throws JinduException when the bytes cannot be read as this format, or go past a limit
     */
    Layout read(byte[] bytes, String name, ReadContext context) throws JinduException;

    /**
     * Reads a document within the default limits ({@link ReadContext#defaults(String)}).
     *
     * @throws JinduException when the bytes cannot be read as this format, or go past a limit
     */
    default Layout read(byte[] bytes, String name) throws JinduException {
        return read(bytes, name, ReadContext.defaults(name));
    }
}
