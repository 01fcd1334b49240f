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
 */
public record Location(
        List<Integer> pages,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> lines,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer table,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> rows) {

    public Location {
        pages = List.copyOf(pages);
        lines = lines == null ? List.of() : List.copyOf(lines);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
