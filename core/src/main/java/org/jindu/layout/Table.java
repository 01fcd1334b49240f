package org.jindu.layout;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * A table, or the piece of one that a reader found (a PDF page's part, a text dump's block of lines).
 * The assembler stitches pieces: a piece that starts with the current header row, or with a row whose
 * 序号 is empty, carries on the table before it.
 *
 * <p>The caption and unit are the title line and the unit line printed above the table (表1 2024年…,
 * 单位：万元). Readers leave them null unless their format marks a caption; {@link Captions#attach}
 * finds them in the paragraphs above each table, for every format alike. The paragraphs stay in the
 * layout as well.
 *
 * @param rows the rows in order
 * @param where where the table starts
 * @param caption the table's title line, or null when none was found
 * @param unit the unit its figures are in, as the unit line names it ({@code 万元} for 单位：万元), or null
 * @param restPages pages the table runs onto that no row starts on: a page holding only the rest of a
 *     row that the page break cut, which {@link Tables#stitched} joined to the row above; empty otherwise
 */
public record Table(List<Row> rows, Provenance where, @Nullable String caption, @Nullable String unit,
        List<Integer> restPages) implements Block {
    public Table {
        rows = List.copyOf(rows);
        Objects.requireNonNull(where, "where");
        restPages = List.copyOf(restPages);
    }

    /** A table with caption and unit (either may be null), every page it runs onto holding a row start. */
    public Table(List<Row> rows, Provenance where, @Nullable String caption, @Nullable String unit) {
        this(rows, where, caption, unit, List.of());
    }

    /** A table without caption or unit. */
    public Table(List<Row> rows, Provenance where) {
        this(rows, where, null, null);
    }

    /** This table with another caption and unit (either may be null). */
    public Table withCaption(@Nullable String newCaption, @Nullable String newUnit) {
        return new Table(rows, where, newCaption, newUnit, restPages);
    }

    /** This table with other rows, keeping where it starts, its caption and unit. */
    public Table withRows(List<Row> newRows) {
        return new Table(newRows, where, caption, unit, restPages);
    }

    /** This table with other rows and the pages that only the rest of a cut row runs onto. */
    public Table withRows(List<Row> newRows, List<Integer> newRestPages) {
        return new Table(newRows, where, caption, unit, newRestPages);
    }

    /** True when some cell of the table has text: a grid of empty cells is no table to print. */
    public boolean hasText() {
        for (Row r : rows) if (!r.isBlank()) return true;
        return false;
    }
}
