package org.jindu.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans cell and paragraph text pulled from Word or PDF: drops leftover {@code <p>} and {@code <br>}
 * tags, removes the spaces PDF extraction puts between Chinese characters ("明 乡 风") and between
 * Chinese and digits ("694 所"), and joins the pieces of a cell that a page break split.
 *
 * <p>Full-width characters are kept as they are: a "，" stays a "，".
 */
public final class TextCleaner {

    private static final String WS = "[\\s\\u00A0\\u3000\\u200B\\uFEFF]";
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p\\s*>" + WS + "*<p\\s*>");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?\\s*>");
    private static final Pattern P_TAG = Pattern.compile("(?i)</?p\\s*>");

    private TextCleaner() {
    }

    /**
     * Cleans raw text: line endings become "\n", {@code </p> <p>} becomes a paragraph break, other
     * {@code <p>} tags go and {@code <br>} becomes a break; within a line, whitespace between two
     * CJK-like characters, or between a CJK-like character and a digit, is removed, and any other run
     * of whitespace becomes one space; lines are trimmed, empty lines dropped.
     *
     * @param raw the text, may be null
     * @return the cleaned text, "" for null; paragraphs separated by exactly one "\n"
     */
    public static String clean(String raw) {
        if (raw == null)
            return "";
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        s = PARAGRAPH_BREAK.matcher(s).replaceAll("\n");
        s = BR.matcher(s).replaceAll("\n");
        s = P_TAG.matcher(s).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\n", -1)) {
            String cleaned = cleanLine(line);
            if (!cleaned.isEmpty())
                lines.add(cleaned);
        }
        return String.join("\n", lines);
    }

    private static String cleanLine(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        int n = line.length();
        int prev = -1; // last non-space code point written
        while (i < n) {
            int cp = line.codePointAt(i);
            if (!isSpace(cp)) {
                out.appendCodePoint(cp);
                prev = cp;
                i += Character.charCount(cp);
                continue;
            }
            int j = i;
            while (j < n && isSpace(line.codePointAt(j)))
                j += Character.charCount(line.codePointAt(j));
            if (prev != -1 && j < n) {
                int next = line.codePointAt(j);
                if (!removable(prev, next))
                    out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    private static boolean removable(int a, int b) {
        boolean ca = isCjkLike(a);
        boolean cb = isCjkLike(b);
        return (ca && cb) || (ca && isDigit(b)) || (isDigit(a) && cb);
    }

    private static boolean isDigit(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= '０' && cp <= '９');
    }

    /** Whitespace as this class counts it: Java whitespace, NBSP, U+3000, other space separators, ZWSP, BOM. */
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF;
    }

    /**
     * Joins two pieces of one cell's text that a page break split. A null piece counts as "". No space
     * is put between the pieces when the last visible character of {@code before} or the first of
     * {@code after} is CJK-like ("支持计" + "划教师" gives "支持计划教师"); otherwise one space is.
     *
     * @param before the text on the earlier page
     * @param after the text on the later page
     * @return the joined text
     */
    public static String join(String before, String after) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        if (b.isEmpty())
            return a;
        if (a.isEmpty())
            return b;
        String bt = stripSpace(b, false);
        String al = stripSpace(a, true);
        if (bt.isEmpty() || al.isEmpty())
            return bt + al;
        int last = bt.codePointBefore(bt.length());
        int first = al.codePointAt(0);
        if (isCjkLike(last) || isCjkLike(first))
            return bt + al;
        return bt + " " + al;
    }

    private static String stripSpace(String s, boolean leading) {
        if (leading) {
            int i = 0;
            while (i < s.length() && isSpace(s.codePointAt(i)))
                i += Character.charCount(s.codePointAt(i));
            return s.substring(i);
        }
        int j = s.length();
        while (j > 0 && isSpace(s.codePointBefore(j)))
            j -= Character.charCount(s.codePointBefore(j));
        return s.substring(0, j);
    }

    /**
     * Whether a character belongs to Chinese running text: Han ideographs (including Extension A and
     * beyond and the compatibility ideographs), CJK symbols and punctuation U+3000-303F, the full-width
     * forms U+FF00-FFEF, the quotes “”‘’, the ellipsis … and the dash —.
     *
     * @param codePoint a Unicode code point
     * @return true when CJK-like
     */
    public static boolean isCjkLike(int codePoint) {
        if ((codePoint >= 0x4E00 && codePoint <= 0x9FFF)
                || (codePoint >= 0x3400 && codePoint <= 0x4DBF)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF))
            return true;
        switch (codePoint) {
            case 0x201C, 0x201D, 0x2018, 0x2019, 0x2026, 0x2014:
                return true;
            default:
                break;
        }
        if (!Character.isValidCodePoint(codePoint))
            return false;
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                && Character.isLetter(codePoint);
    }
}
