package org.jindu.read.pdf;

import org.apache.pdfbox.text.TextPosition;

/**
 * One glyph as PDFBox decoded it, in points from the top left of the page.
 *
 * @param text the Unicode text of the glyph (usually one character)
 * @param x left edge
 * @param baseline the baseline's distance from the top
 * @param width advance width
 * @param em the font size in points, the height of an em box
 */
record Glyph(String text, float x, float baseline, float width, float em) {

    static Glyph of(TextPosition tp) {
        float em = tp.getFontSizeInPt();
        if (!(em >= 1 && em <= 300)) em = Math.max(1f, tp.getHeightDir() * 1.4f);
        return new Glyph(tp.getUnicode() == null ? "" : tp.getUnicode(), tp.getXDirAdj(), tp.getYDirAdj(),
                Math.max(0f, tp.getWidthDirAdj()), em);
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
