package org.jindu.model;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The file a report was read from.
 *
 * @param file the file name (without its folder), or "-" for standard input
 * @param format what was read: {@code text}, {@code docx}, {@code doc}, {@code pdf}, or the format of another installed reader
 * @param sha256 the SHA-256 of the file's bytes, lower-case hex
 * @param pages the number of pages, or null when the format has none (text)
 * @param ocr the pages read by OCR and the engine that read them; omitted when no page was
 */
public record DocumentInfo(String file, String format, String sha256, @Nullable Integer pages,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable OcrInfo ocr) {
    public DocumentInfo {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** A document read without OCR. */
    public DocumentInfo(String file, String format, String sha256, Integer pages) {
        this(file, format, sha256, pages, null);
    }
}
