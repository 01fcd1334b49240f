package org.jindu.read.pdf;

/**
 * One glyph of a fixed-layout page, in points from the top left of the page: what the table engine
 * ({@link PageTables}) takes, whatever the format. The PDF reader makes them from PDFBox's text
 * positions, the OFD reader from {@code TextCode} positions.
 *
 * @param text the Unicode text of the glyph (usually one character)
 * @param x left edge
 * @param baseline the baseline's distance from the top
 * @param width advance width
 * @param em the font size in points, the height of an em box
 * @param bold whether the glyph is set bold: a bold face, or a regular one painted filled and stroked
 *     (the bold an office suite makes from a font that has none); what tells a table's header from its
 *     body when no rule does
 */
public record Glyph(String text, float x, float baseline, float width, float em, boolean bold) {

    /** A glyph of regular weight. */
    public Glyph(String text, float x, float baseline, float width, float em) {
        this(text, x, baseline, width, em, false);
    }

    float right() {
        return x + width;
    }

    /** The middle of the em box: an ideograph's centre; the point that decides which cell a glyph is in. */
    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - 0.38f * em;
    }

    float top() {
        return baseline - 0.88f * em;
    }

    float bottom() {
        return baseline + 0.12f * em;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
