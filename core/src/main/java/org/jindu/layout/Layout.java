package org.jindu.layout;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;
import org.jindu.model.OcrInfo;
import org.jindu.model.Warning;

/**
 * What a reader makes of a document before anything is known about records: paragraphs and tables
 * in reading order, each with where it came from. Readers produce layouts; the assembler turns them
 * into a {@link org.jindu.model.Report}. Neither knows the other's business.
 *
 * @param format the format that was read ({@code text}, {@code docx}, ...)
 * @param pages the page count, or null when the format has no pages
 * @param blocks paragraphs and tables in reading order
 * @param warnings what the reader found odd
 * @param ocr the pages read by OCR and the engine, or null when none was
 */
public record Layout(String format, @Nullable Integer pages, List<Block> blocks, List<Warning> warnings,
        @Nullable OcrInfo ocr) {
    public Layout {
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /** A layout read without OCR. */
    public Layout(String format, Integer pages, List<Block> blocks, List<Warning> warnings) {
        this(format, pages, blocks, warnings, null);
    }
}
