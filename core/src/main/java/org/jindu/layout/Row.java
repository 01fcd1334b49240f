package org.jindu.layout;

import java.util.List;
import java.util.Objects;

/**
 * A table row.
 *
 * @param cells the row's cells left to right; a cell spanning columns counts once
 * @param where where the row is
 */
public record Row(List<Cell> cells, Provenance where) {
    public Row {
        cells = List.copyOf(cells);
        Objects.requireNonNull(where, "where");
    }

    /** True when no cell has any text. */
    public boolean isBlank() {
        return cells.stream().allMatch(c -> c.text().isBlank());
    }
}
