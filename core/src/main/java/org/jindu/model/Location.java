package org.jindu.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where a record stands in its document.
 *
 * @param pages the pages the record spans, in order; empty when the format has no pages
 * @param lines for text input, the 1-based lines its rows came from; omitted otherwise
 * @param table for Word input, the 0-based index of its table in the document; omitted otherwise
 * @param rows for Word input, the 0-based indexes of its rows in that table; omitted otherwise
 * @param boxes for PDF input, the region of each of its rows on its page, in document order; omitted
 *     otherwise
 */
public record Location(
        List<Integer> pages,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> lines,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer table,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> rows,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Box> boxes) {

    public Location {
        pages = List.copyOf(pages);
        lines = lines == null ? List.of() : List.copyOf(lines);
        rows = rows == null ? List.of() : List.copyOf(rows);
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
    }

    /** A location without boxes: text and Word input. */
    public Location(List<Integer> pages, List<Integer> lines, Integer table, List<Integer> rows) {
        this(pages, lines, table, rows, List.of());
    }

    /**
     * A region of a page: where a row of a record is drawn, in PDF points (1/72 inch) from the page's
     * top left corner.
     *
     * @param page the 1-based page
     * @param x left edge
     * @param y top edge
     * @param width width
     * @param height height
     */
    public record Box(int page, float x, float y, float width, float height) {
        public Box {
            if (page < 1) throw new IllegalArgumentException("page < 1: " + page);
        }
    }
}
