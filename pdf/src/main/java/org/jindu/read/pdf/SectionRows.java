package org.jindu.read.pdf;

import java.util.List;
import java.util.regex.Pattern;
import org.jindu.normalize.PageNumbers;

/**
 * Section rows inside tables without a full grid: a budget's {@code 一、一般公共预算收入}, a progress
 * report's {@code 二、加快推进重点项目建设}, {@code 其中：}, a region's name, set on a line of its own
 * across the columns, the other columns empty. Such a line crosses the gutters of the table around
 * it, as a heading or prose does; it is a row of the table, not the table's end, when it is one piece
 * of text (no gap of half an em in it), starts where the table's first column does, reads as a label
 * (short, no sentence ending, not a note or a caption or a unit line) and the table goes on below it
 * in the same columns. What says the table goes on is the caller's: {@link AlignedTables} and
 * {@link UnruledTables} each know their columns.
 *
 * <p>Two more shapes: a section row <b>with its figures</b> ({@code 一、一般公共预算收入  379750
 * 361465  5.1}, the label set across the first columns, as a cell merged over 序号 and 项目 or text
 * running into the empty cell beside it sets it), {@link #withFigures}; and a section row <b>wrapped</b>
 * over two lines, its first line running to the table's right edge, {@link #wrapped}.
 */
final class SectionRows {
    /** The longest label, in characters. */
    private static final int MAX_LENGTH = 40;
    /** How far right of the table's left edge a section row may start, in em (an indented 其中：). */
    static final float INDENT = 2.5f;
    /** How a note under a table begins: {@code 注：}, {@code 说明：}, {@code 资料来源：} and their kin. */
    private static final String NOTE_START = "(注|说明|备注|附注)\\s*[0-9０-９]*\\s*[:：]|(资料来源|数据来源|来源)\\s*[:：]";
    /** A note under a table. */
    private static final Pattern NOTE = Pattern.compile("^(" + NOTE_START + ")");
    /** What is no section's label: a note, a unit line, a caption, a sentence. */
    private static final Pattern NOT_A_LABEL = Pattern.compile(
            "^(" + NOTE_START + "|(单位|计量单位)\\s*[:：]|(续表|表|图)\\s*[0-9０-９一二三四五六七八九十])|[。！？；…!?;]$");

    /** A figure as a table's cell shows it: signs, thousands separators, a decimal part, a per cent sign. */
    static final Pattern NUMBER = Pattern.compile("[-+−－]?\\d[\\d,，]*(\\.\\d+)?\\s*[%％‰]?");

    private SectionRows() {
    }

    /** Whether the text reads as a section's label: short, no sentence ending, not a note, caption, unit line or page number. */
    private static boolean label(String text, int maxLength) {
        String t = text.strip();
        return !t.isEmpty() && t.codePointCount(0, t.length()) <= maxLength && !NOT_A_LABEL.matcher(t).find() && !PageNumbers.is(t);
    }

    /**
     * The label of a section row with its figures: a line whose first piece is label-like and starts
     * where the table's first column does, and whose other pieces (at least one) are all figures; null
     * for any other line. Whether the label crosses a gutter and each figure keeps within a column is
     * the caller's to check.
     */
    static List<Glyph> withFigures(TextLines.Line line, float left) {
        List<List<Glyph>> pieces = UnruledTables.pieces(line.glyphs(), 0.5f);
        if (pieces.size() < 2 || line.left() < left - line.em() || line.left() > left + INDENT * line.em()) return null;
        if (!label(UnruledTables.text(pieces.get(0)), MAX_LENGTH)) return null;
        for (int i = 1; i < pieces.size(); i++) if (!NUMBER.matcher(UnruledTables.text(pieces.get(i)).strip()).matches()) return null;
        return pieces.get(0);
    }

    /**
     * Whether {@code next} carries on the section row {@code head} wraps: the head one piece of label-like
     * text (at most twice the usual length over both lines) running to the table's right edge
     * {@code right} without a sentence ending, {@code next} one piece starting where the head does, at
     * the distance of a wrapped line (not of a new row), itself short.
     */
    static boolean wrapped(TextLines.Line head, TextLines.Line next, float left, float right) {
        float em = head.em();
        if (head.left() < left - em || head.left() > left + INDENT * em || head.right() < right - 1.5f * em) return false;
        if (Math.abs(next.left() - head.left()) > 0.5f * em || Math.abs(next.em() - em) > 0.1f * em) return false;
        if (next.baseline() - head.baseline() > 2f * em) return false;
        String both = head.text().strip() + next.text().strip();
        if (!label(head.text(), 2 * MAX_LENGTH) || !label(next.text(), MAX_LENGTH) || !label(both, 2 * MAX_LENGTH)) return false;
        return UnruledTables.pieces(head.glyphs(), 0.5f).size() == 1 && UnruledTables.pieces(next.glyphs(), 0.5f).size() == 1;
    }

    /**
     * Whether the line is a note under a table ({@code 注：常住人口为抽样调查推算数。}): one piece of text
     * starting with a note's label. It is no row of a table without rules: it ends the table.
     */
    static boolean note(TextLines.Line line) {
        return NOTE.matcher(line.text().strip()).find() && UnruledTables.pieces(line.glyphs(), 0.5f).size() == 1;
    }

    /**
     * Whether the line may be a section row of a table whose first column starts at {@code left}: one
     * piece of label-like text starting there. It still has to be followed by the table.
     */
    static boolean candidate(TextLines.Line line, float left) {
        if (!label(line.text(), MAX_LENGTH)) return false;
        if (line.left() < left - line.em() || line.left() > left + INDENT * line.em()) return false;
        return UnruledTables.pieces(line.glyphs(), 0.5f).size() == 1;
    }
}
