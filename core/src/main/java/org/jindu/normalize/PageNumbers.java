package org.jindu.normalize;

import java.util.regex.Pattern;

/**
 * Whether a line is a page number as reports print them: {@code 3}, {@code - 3 -}, {@code —3—},
 * {@code 第3页}, {@code 第3页 共12页}, {@code 共12页}, {@code 3/12}. One rule for every place that must
 * not take a page number for text: table stitching, captions, the ends of tables found without rules,
 * section rows and the assembler.
 */
public final class PageNumbers {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—－–\\s]*\\d{1,4}[-—－–\\s]*|第\\s*\\d+\\s*页.*|共\\s*\\d+\\s*页|\\d+\\s*/\\s*\\d+");

    private PageNumbers() {
    }

    /** Whether the line, stripped, is a page number alone. */
    public static boolean is(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }
}
