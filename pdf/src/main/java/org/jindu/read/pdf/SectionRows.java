package org.jindu.read.pdf;

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
 */
final class SectionRows {
    /** The longest label, in characters. */
    private static final int MAX_LENGTH = 40;
    /** How far right of the table's left edge a section row may start, in em (an indented 其中：). */
    static final float INDENT = 2.5f;
    private static final Pattern NOT_A_LABEL = Pattern.compile(
            "^((注|说明|备注|附注)\\s*[0-9０-９]*\\s*[:：]|(资料来源|数据来源|来源|单位|计量单位)\\s*[:：]|(续表|表|图)\\s*[0-9０-９一二三四五六七八九十])"
                    + "|[。！？；…!?;]$");

    /** A note under a table: {@code 注：}, {@code 说明：}, {@code 资料来源：} and their kin. */
    private static final Pattern NOTE = Pattern.compile(
            "^((注|说明|备注|附注)\\s*[0-9０-９]*\\s*[:：]|(资料来源|数据来源|来源)\\s*[:：])");

    private SectionRows() {
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
        String text = line.text().strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_LENGTH) return false;
        if (NOT_A_LABEL.matcher(text).find() || PageNumbers.is(text)) return false;
        if (line.left() < left - line.em() || line.left() > left + INDENT * line.em()) return false;
        return UnruledTables.pieces(line.glyphs(), 0.5f).size() == 1;
    }
}
