package org.jindu.layout;

import java.util.Objects;

/**
 * A table cell.
 *
 * <p>Paragraph breaks inside the cell are "\n"; lines that the layout merely wrapped are already joined.
 * A cell covered by a vertical merge from the row above has {@code mergedAbove} set and usually no text
 * of its own: the assembler gives it the text of the cell it continues.
 *
 * @param text the cell's text
 * @param colSpan how many columns of the grid the cell covers, at least 1
 * @param mergedAbove true when the cell continues a vertically merged cell of the row above
 * @param where where the cell is
 * @param confidence for text read by OCR, the mean confidence of its characters (0 to 1); null for
 *     text the document holds as text
 */
public record Cell(String text, int colSpan, boolean mergedAbove, Provenance where, Float confidence) {
    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
        if (colSpan < 1) throw new IllegalArgumentException("colSpan < 1: " + colSpan);
    }

    /** A cell whose text the document holds as text (no OCR). */
    public Cell(String text, int colSpan, boolean mergedAbove, Provenance where) {
        this(text, colSpan, mergedAbove, where, null);
    }

    /** This cell with other text and an OCR confidence. */
    public Cell withOcr(String newText, Float newConfidence) {
        return new Cell(newText, colSpan, mergedAbove, where, newConfidence);
    }

    /** A plain cell covering one column. */
    public static Cell of(String text, Provenance where) {
        return new Cell(text, 1, false, where);
    }
}
