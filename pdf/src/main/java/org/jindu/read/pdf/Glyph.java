package org.jindu.read.pdf;

import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

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
        Matrix m = tp.getTextMatrix();
        float a = m.getValue(0, 0);
        float b = m.getValue(0, 1);
        if (tp.getRotation() == 0 && b < 0 && Math.abs(a) < 0.1f * -b) {
            // vertical text running down the page (Word's and WPS's text direction "top to bottom", a label
            // in a tall cell): each glyph stands as an upright one where it is drawn, so that the cell that
            // holds it gets it and its characters read top to bottom, one per line
            float advance = Math.max(tp.getWidthDirAdj(), 0.5f * em);
            float centerX = m.getTranslateX() + 0.38f * em;
            float centerY = tp.getPageHeight() - m.getTranslateY() + advance / 2;
            return new Glyph(tp.getUnicode() == null ? "" : tp.getUnicode(), centerX - em / 2, centerY + 0.38f * em, em, em);
        }
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
