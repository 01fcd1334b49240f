package org.jindu.layout;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a piece of a layout came from. Each reader fills what its format knows; the rest is null.
 *
 * @param page 1-based page, or null
 * @param line 1-based line of a text file, or null
 * @param table 0-based index of the table in the document, or null
 * @param row 0-based row index within that table, or null
 * @param box the region on the page in PDF points, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(@Nullable Integer page, @Nullable Integer line, @Nullable Integer table, @Nullable Integer row, @Nullable Box box) {

    /** Nothing known. */
    public static final Provenance UNKNOWN = new Provenance(null, null, null, null, null);

    /** A line of a text file, on a page when the text marks pages. */
    public static Provenance line(int line, Integer page) {
        return new Provenance(page, line, null, null, null);
    }

    /**
     * A region of a page, in PDF user-space points from the top left.
     *
     * @param x left
     * @param y top
     * @param width width
     * @param height height
     */
    public record Box(float x, float y, float width, float height) {
    }
}
