package org.jindu.read.ocr;

import java.util.List;
import java.util.Objects;

/**
 * One line of text found on a page image, in pixels from the image's top left.
 *
 * @param chars its characters, left to right, each with its own box and confidence
 * @param left left edge of the text
 * @param top top of the text
 * @param right right edge of the text
 * @param bottom bottom of the text
 */
public record OcrLine(List<OcrChar> chars, float left, float top, float right, float bottom) {
    public OcrLine {
        chars = List.copyOf(chars);
    }

    /** The line's text. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (OcrChar c : chars) sb.append(c.text());
        return sb.toString();
    }

    /**
     * One recognised character.
     *
     * @param text the character (one code point, or a space)
     * @param left left edge in pixels
     * @param right right edge in pixels
     * @param confidence the recogniser's probability for it, 0 to 1
     */
    public record OcrChar(String text, float left, float right, float confidence) {
        public OcrChar {
            Objects.requireNonNull(text, "text");
        }
    }
}
