package org.jindu.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits progress text into its paragraphs and numbered points ("1." "（1）" "①" "一、").
 */
public final class ProgressItems {

    /** A numbering marker, matched where an item may start. */
    private static final Pattern MARKER = Pattern.compile(
            "\\d{1,2}[.．、](?!\\d)"
                    + "|[（(]\\d{1,2}[）)]"
                    + "|[\\u2460-\\u2473]"
                    + "|[一二三四五六七八九十]{1,3}、"
                    + "|[（(][一二三四五六七八九十]{1,3}[）)]");
    private static final String ENDERS = "。；;：:！!？?";

    private ProgressItems() {
    }

    /**
     * Splits cleaned progress text. Paragraphs ("\n") are split first; within a paragraph a marker
     * starts a new item when it stands at the paragraph start or right after one of 。；;：:！!？?
     * (spaces allowed between). The punctuation stays with the item before, the marker with its own item.
     *
     * @param cleaned text from {@link TextCleaner#clean(String)}, may be null
     * @return the items, trimmed, none empty; empty for null or blank text
     */
    public static List<String> split(String cleaned) {
        List<String> items = new ArrayList<>();
        if (cleaned == null)
            return items;
        for (String paragraph : cleaned.split("\n")) {
            int start = 0;
            Matcher m = MARKER.matcher(paragraph);
            for (int i = 1; i < paragraph.length(); i++) {
                if (!startsItemAt(paragraph, i, m))
                    continue;
                add(items, paragraph.substring(start, i));
                start = i;
            }
            add(items, paragraph.substring(start));
        }
        return items;
    }

    private static boolean startsItemAt(String p, int i, Matcher m) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(p.charAt(j)))
            j--;
        if (j < 0 || ENDERS.indexOf(p.charAt(j)) < 0)
            return false;
        if (Character.isWhitespace(p.charAt(i)))
            return false;
        m.region(i, p.length());
        return m.lookingAt();
    }

    private static void add(List<String> items, String piece) {
        String t = piece.strip();
        if (!t.isEmpty())
            items.add(t);
    }
}
