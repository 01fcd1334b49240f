package org.jindu.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jindu.normalize.TextCleaner;

/**
 * Glyphs into lines and lines into text: a line is the glyphs on one baseline, left to right; a gap
 * wider than a fifth of an em is a space (which {@link TextCleaner} later drops between Chinese
 * characters); wrapped lines are joined without a space next to a Chinese character.
 */
final class TextLines {
    private static final String SENTENCE_END = "。！？；：!?;:…";
    /** A labelled field ("报送单位：…") or a date line ("2023年7月10日"), which a cover sets on lines of their own. */
    private static final Pattern FIELD_OR_DATE = Pattern.compile(
            "[：:]|^\\s*[\\d〇○零一二三四五六七八九]{4}\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月(\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)?\\s*$");

    private TextLines() {
    }

    /** One line of glyphs. */
    record Line(List<Glyph> glyphs, String text, float left, float right, float baseline, float em) {
        float top() {
            return baseline - 0.88f * em;
        }

        float bottom() {
            return baseline + 0.12f * em;
        }

        /** The middle of the line's characters, as {@link Glyph#centerY()} is a glyph's. */
        float middle() {
            return baseline - 0.38f * em;
        }

        int lastChar() {
            String t = text.stripTrailing();
            return t.isEmpty() ? ' ' : t.codePointBefore(t.length());
        }

        int firstChar() {
            String t = text.stripLeading();
            return t.isEmpty() ? ' ' : t.codePointAt(0);
        }
    }

    /** The glyphs grouped into lines, top to bottom; lines with no visible character are left out. */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> group = null;
        float base = 0;
        float em = 0;
        for (Glyph g : sorted) {
            if (group != null && Math.abs(g.baseline() - base) <= 0.4f * Math.min(em, g.em())) {
                group.add(g);
            } else {
                group = new ArrayList<>();
                groups.add(group);
                group.add(g);
                base = g.baseline();
                em = g.em();
            }
            if (!g.isSpace()) em = Math.max(em, g.em());
        }
        List<Line> lines = new ArrayList<>(groups.size());
        for (List<Glyph> gs : groups) {
            Line line = line(gs);
            if (line != null) lines.add(line);
        }
        return lines;
    }

    private static Line line(List<Glyph> gs) {
        gs.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float em = 0;
        float baseline = 0;
        int visible = 0;
        Glyph previous = null;
        boolean pendingSpace = false;
        for (Glyph g : gs) {
            if (g.isSpace()) {
                pendingSpace = previous != null;
                continue;
            }
            if (previous != null) {
                float gap = g.x() - previous.right();
                if (pendingSpace || gap > 0.18f * Math.min(previous.em(), g.em())) text.append(' ');
            }
            pendingSpace = false;
            text.append(g.text());
            left = Math.min(left, g.x());
            right = Math.max(right, g.right());
            em = Math.max(em, g.em());
            baseline += g.baseline();
            visible++;
            previous = g;
        }
        if (visible == 0) return null;
        return new Line(List.copyOf(gs), text.toString(), left, right, baseline / visible, em);
    }

    /**
     * The text of a cell's lines: wrapped lines joined, a paragraph break ("\n") before a line when
     * <ul>
     *   <li>the line before ends a sentence ({@code 。！？；：…}) more than 1.2 em short of the cell's
     *       right edge (padding allowed for), or</li>
     *   <li>the line starts a paragraph with a first-line indent: it starts more than 1.5 em right of
     *       the cell's other lines, runs to the right edge, and the line after it (if any) is not
     *       indented. Centred lines never run to the edge when indented, and a hanging indent
     *       indents the lines after it too, so neither is taken for a new paragraph.</li>
     * </ul>
     *
     * @param lines the cell's lines, top to bottom
     * @param left the cell's left edge
     * @param right the cell's right edge
     */
    static String cellText(List<Line> lines, float left, float right) {
        if (lines.isEmpty()) return "";
        float padding = Float.MAX_VALUE;
        float margin = Float.MAX_VALUE;
        for (Line l : lines) {
            padding = Math.max(0, Math.min(padding, l.left() - left));
            margin = Math.min(margin, l.left());
        }
        StringBuilder out = new StringBuilder(lines.get(0).text());
        for (int i = 1; i < lines.size(); i++) {
            Line before = lines.get(i - 1);
            Line line = lines.get(i);
            boolean sentenceEnds = !full(before, right, padding) && SENTENCE_END.indexOf(before.lastChar()) >= 0;
            boolean indentStarts = indented(line, margin) && !indented(before, margin) && full(line, right, padding)
                    && (i + 1 == lines.size() || !indented(lines.get(i + 1), margin));
            if (sentenceEnds || indentStarts) {
                out.append('\n').append(line.text());
            } else {
                out.append(joiner(before.text(), line.text())).append(line.text());
            }
        }
        return out.toString();
    }

    /** Whether a line runs to within 1.2 em of the cell's right edge, padding allowed for. */
    private static boolean full(Line line, float right, float padding) {
        return right - line.right() <= padding + 1.2f * line.em();
    }

    private static boolean indented(Line line, float margin) {
        return line.left() - margin > 1.5f * line.em();
    }

    /**
     * What goes between two wrapped lines: nothing next to a Chinese character or after a hyphen, and
     * nothing inside a run of letters and digits that stands in Chinese text (a document number wrapped
     * inside its year, "〔20" / "21〕": a line break inside a CJK run never becomes a space); else a space.
     */
    static String joiner(String before, String after) {
        String b = before.stripTrailing();
        String a = after.stripLeading();
        if (b.isEmpty() || a.isEmpty()) return "";
        int last = b.codePointBefore(b.length());
        int first = a.codePointAt(0);
        if (isAlnum(last) && isAlnum(first)) {
            int i = b.length();
            while (i > 0 && isAlnum(b.codePointBefore(i))) i -= Character.charCount(b.codePointBefore(i));
            int j = 0;
            while (j < a.length() && isAlnum(a.codePointAt(j))) j += Character.charCount(a.codePointAt(j));
            if ((i > 0 && TextCleaner.isCjkLike(b.codePointBefore(i))) || (j < a.length() && TextCleaner.isCjkLike(a.codePointAt(j))))
                return "";
        }
        return joiner(last, first);
    }

    private static boolean isAlnum(int cp) {
        return cp < 128 && Character.isLetterOrDigit(cp);
    }

    /** What goes between two wrapped lines: nothing next to a Chinese character or after a hyphen, else a space. */
    static String joiner(int last, int first) {
        if (TextCleaner.isCjkLike(last) || TextCleaner.isCjkLike(first)) return "";
        if (last == '-' || last == '/' || last == '‐') return "";
        return " ";
    }

    /**
     * Lines outside tables into paragraphs: a line continues the paragraph above when it has the same
     * font size and follows it closely (less than 0.6 em between them), or, for a centred title set
     * with wide leading, when both are centred on the page and less than 1.2 em apart and neither is a
     * labelled field ("报送单位：…") or a date line; never after a line that ends a sentence.
     *
     * @param pageWidth the page's width in points, to tell centred lines (0: none are)
     */
    static List<List<Line>> paragraphs(List<Line> lines, float pageWidth) {
        List<List<Line>> out = new ArrayList<>();
        List<Line> current = null;
        for (Line l : lines) {
            if (current != null) {
                Line prev = current.get(current.size() - 1);
                boolean sameSize = Math.abs(prev.em() - l.em()) <= 0.5f;
                float gap = l.top() - prev.bottom();
                boolean close = gap < 0.6f * l.em()
                        || (gap < 1.2f * l.em() && centred(prev, pageWidth) && centred(l, pageWidth)
                                && !FIELD_OR_DATE.matcher(prev.text()).find() && !FIELD_OR_DATE.matcher(l.text()).find());
                if (sameSize && close && SENTENCE_END.indexOf(prev.lastChar()) < 0) {
                    current.add(l);
                    continue;
                }
            }
            current = new ArrayList<>();
            current.add(l);
            out.add(current);
        }
        return out;
    }

    static List<List<Line>> paragraphs(List<Line> lines) {
        return paragraphs(lines, 0);
    }

    /**
     * Whether a line is centred on the page: its middle within an em of the page's, with at least 3
     * em free on each side (a full justified line is not centred, it is just wide).
     */
    static boolean centred(Line l, float pageWidth) {
        if (pageWidth <= 0) return false;
        float middle = (l.left() + l.right()) / 2;
        return Math.abs(middle - pageWidth / 2) <= l.em() && l.left() >= Math.max(3 * l.em(), pageWidth * 0.15f);
    }

    static String joinLines(List<Line> lines) {
        StringBuilder out = new StringBuilder(lines.get(0).text());
        for (int i = 1; i < lines.size(); i++)
            out.append(joiner(lines.get(i - 1).text(), lines.get(i).text())).append(lines.get(i).text());
        return out.toString();
    }
}
