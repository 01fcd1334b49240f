package org.jindu.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Something odd in a document that did not stop it from being read.
 *
 * @param code a stable, upper-case code, one of the constants here or of later readers
 * @param message what happened, for a person
 * @param page the page it happened on, or null when unknown or the format has no pages
 */
public record Warning(
        String code,
        String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer page) {

    /** No table header with the column names of the genre was found. */
    public static final String NO_TABLE = "NO_TABLE";
    /** A table row came before any header row and could not be placed. */
    public static final String ROW_WITHOUT_HEADER = "ROW_WITHOUT_HEADER";
    /** A continued row (empty 序号) came with no record above it; it was kept as a record of its own. */
    public static final String ORPHAN_CONTINUATION = "ORPHAN_CONTINUATION";
    /** A row had more cells than the header; the surplus text was appended to the last column. */
    public static final String EXTRA_CELLS = "EXTRA_CELLS";
    /** A header row differing from the table's header started a new column layout in the same section. */
    public static final String HEADER_CHANGED = "HEADER_CHANGED";
    /** A paragraph after the first table that is neither a section heading nor a page number. */
    public static final String UNPLACED_TEXT = "UNPLACED_TEXT";
    /** The text could not be decoded cleanly; undecodable bytes were replaced. */
    public static final String ENCODING = "ENCODING";
    /** No title line naming the report was found. */
    public static final String NO_TITLE = "NO_TITLE";

    /**
     * Characters that a PDF page shows inside a table did not come out of its cells exactly once
     * (missing or doubled), or glyphs on the page have no Unicode mapping: the text cannot be trusted
     * as it is.
     */
    public static final String TEXT_LOST = "TEXT_LOST";
    /** A PDF has no text layer (scanned pages): there is nothing to read without OCR. */
    public static final String NO_TEXT_LAYER = "NO_TEXT_LAYER";
    /**
     * Text read by OCR whose characters the engine was unsure of: the message names the page, the
     * cell (row and column of the table on that page) and its text, to check against the scan.
     */
    public static final String OCR_LOW_CONFIDENCE = "OCR_LOW_CONFIDENCE";
    /** The parts of a total ("其中 A 121人，B 40人") do not add up to it. */
    public static final String PARTS_DO_NOT_ADD_UP = "PARTS_DO_NOT_ADD_UP";
    /** A share ("占总数的68.1%") is not what its part divided by its total gives. */
    public static final String SHARE_DOES_NOT_MATCH = "SHARE_DOES_NOT_MATCH";
    /** A rate or a share of a whole is above 100%. */
    public static final String RATE_ABOVE_100 = "RATE_ABOVE_100";

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public Warning(String code, String message) {
        this(code, message, null);
    }
}
