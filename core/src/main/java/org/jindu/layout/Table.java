package org.jindu.layout;

import java.util.List;
import java.util.Objects;

/**
 * A table, or the piece of one that a reader found (a PDF page's part, a text dump's block of lines).
 * The assembler stitches pieces: a piece that starts with the current header row, or with a row whose
 * 序号 is empty, carries on the table before it.
 *
 * @param rows the rows in order
 * @param where where the table starts
 */
public record Table(List<Row> rows, Provenance where) implements Block {
    public Table {
        rows = List.copyOf(rows);
        Objects.requireNonNull(where, "where");
    }
}
