package org.jindu.read;

import org.jindu.JinduException;
import org.jindu.layout.Layout;

/**
 * Reads one format into a neutral {@link Layout}. A reader knows its format and nothing of task
 * records; it reports odd content as warnings in the layout and throws only when the document cannot
 * be read at all.
 */
public interface DocumentReader {

    /** The format name this reader produces in {@code document.format}: {@code text}, {@code docx}, .... */
    String format();

    /**
     * Reads a document.
     *
     * @param bytes the whole file
     * @param name the file's name, for messages
     * @return the document's paragraphs and tables
     * @throws JinduException when the bytes cannot be read as this format
     */
    Layout read(byte[] bytes, String name) throws JinduException;
}
