package org.jindu.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises section headings such as "一、重点工作" or "三、重点建议和提案（刘市长督办）", and the part
 * headings above them in longer reports ("第一部分 工作进展", "第二部分　名词解释").
 */
public final class Headings {

    /**
     * A section heading.
     *
     * @param number the Chinese ordinal as written ("三")
     * @param title the title without the number and without a trailing bracketed note
     * @param note the bracketed note at the end of the title ("刘市长督办"), or null
     */
    public record Heading(String number, String title, String note) {
    }

    private static final Pattern PART = Pattern.compile("^(第[一二三四五六七八九十]{1,3}部分)\\s*[、：:．.]?\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、．.]\\s*(.+)$");
    private static final Pattern NOTE = Pattern.compile(
            "^(.*?)\\s*(?:（([^（）]*)）|\\(([^()]*)\\)|【([^【】]*)】)$");
    private static final int MAX_LENGTH = 60;
    /** "名词：释义" or a heading run into its text ("二、存在问题：资金不足"): text after a colon is no title. */
    private static final Pattern DEFINITION = Pattern.compile("[：:]\\s*\\S");

    private Headings() {
    }

    /**
     * Parses a cleaned line as a section heading.
     *
     * @param cleaned the line, may be null
     * @return the heading, or null when the line is not one: no leading Chinese ordinal with 、 or .,
     *     longer than 60 characters, containing 。 (a sentence), or with text after a colon (a
     *     definition, "一、财政拨款收入：指…", or a heading run into its text). A part heading ("第一部分 工作进展")
     *     has the whole ordinal as its number ("第一部分") and its title, or null when it has none.
     */
    public static Heading parse(String cleaned) {
        if (cleaned == null)
            return null;
        String t = cleaned.strip();
        if (t.isEmpty() || t.codePointCount(0, t.length()) > MAX_LENGTH || t.indexOf('。') >= 0
                || t.indexOf('\n') >= 0)
            return null;
        Matcher part = PART.matcher(t);
        if (part.matches()) {
            String title = part.group(2).strip();
            return new Heading(part.group(1), title.isEmpty() ? null : title, null);
        }
        Matcher m = HEADING.matcher(t);
        if (!m.matches() || ChineseNumerals.parse(m.group(1)) == null)
            return null;
        String title = m.group(2).strip();
        if (DEFINITION.matcher(title).find()) return null;
        String note = null;
        Matcher n = NOTE.matcher(title);
        if (n.matches() && !n.group(1).isBlank()) {
            String inner = n.group(2) != null ? n.group(2) : n.group(3) != null ? n.group(3) : n.group(4);
            title = n.group(1).strip();
            note = inner.strip().isEmpty() ? null : inner.strip();
        }
        return new Heading(m.group(1), title, note);
    }
}
