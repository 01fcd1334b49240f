package org.jindu.read.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OCR engines cannot see whether a comma or bracket is half- or full-width; Chinese text uses the
 * full-width forms (GB/T 15834), so ASCII punctuation next to a Chinese character becomes its
 * full-width form: {@code ,;:?!()} → {@code ，；：？！（）}, and a straight double quote becomes an
 * opening or closing curly quote by whether text follows it.
 */
public final class Punctuation {
    private static final Map<String, String> FULL = Map.of(
            ",", "，", ";", "；", ":", "：", "?", "？", "!", "！", "(", "（", ")", "）");

    private Punctuation() {
    }

    /** The line's characters with punctuation beside Chinese characters in full width. */
    public static List<OcrLine.OcrChar> fullWidth(List<OcrLine.OcrChar> chars) {
        List<OcrLine.OcrChar> out = new ArrayList<>(chars.size());
        for (int i = 0; i < chars.size(); i++) {
            OcrLine.OcrChar c = chars.get(i);
            String t = c.text();
            String before = neighbour(chars, i, -1);
            String after = neighbour(chars, i, 1);
            boolean chinese = ideograph(before) || ideograph(after) || fullPunct(before) || fullPunct(after);
            String mapped = t;
            if (chinese && FULL.containsKey(t)) {
                mapped = FULL.get(t);
            } else if (chinese && t.equals("\"")) {
                mapped = ideograph(after) || (after != null && Character.isLetterOrDigit(after.codePointAt(0)))
                        ? "“" : "”";
                if (ideograph(before) && !ideograph(after)) mapped = "”";
            }
            out.add(mapped.equals(t) ? c : new OcrLine.OcrChar(mapped, c.left(), c.right(), c.confidence()));
        }
        return out;
    }

    /**
     * Curly double quotes put the right way round: OCR often reads a closing ” as an opening “. A
     * quote with text after it and none before is opening, one with text before it and punctuation
     * or the end after it is closing, and one between two pieces of text closes the one opened before it in the same sentence, else
     * opens.
     */
    public static String pairQuotes(String text) {
        if (text.indexOf('“') < 0 && text.indexOf('”') < 0) return text;
        StringBuilder sb = new StringBuilder(text);
        boolean open = false;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == '\n' || c == '。' || c == '！' || c == '？') open = false; // quotes pair within a sentence
            if (c != '“' && c != '”') continue;
            int before = i > 0 ? sb.codePointBefore(i) : -1;
            int after = i + 1 < sb.length() ? sb.codePointAt(i + 1) : -1;
            boolean textBefore = before >= 0 && Character.isLetterOrDigit(before);
            boolean textAfter = after >= 0 && Character.isLetterOrDigit(after);
            char q;
            if (!textBefore && textAfter) q = '“';
            else if (textBefore && !textAfter) q = '”';
            else if (textBefore) q = open ? '”' : '“';
            else q = c;
            open = q == '“';
            sb.setCharAt(i, q);
        }
        return sb.toString();
    }

    private static String neighbour(List<OcrLine.OcrChar> chars, int i, int step) {
        for (int j = i + step; j >= 0 && j < chars.size(); j += step) {
            String t = chars.get(j).text();
            if (!t.isBlank()) return t;
        }
        return null;
    }

    /** A CJK ideograph. */
    public static boolean ideograph(String text) {
        if (text == null || text.isEmpty()) return false;
        return Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static boolean fullPunct(String text) {
        if (text == null || text.isEmpty()) return false;
        int c = text.codePointAt(0);
        return c >= 0x3000 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF60 || c == 0x201C || c == 0x201D;
    }
}
