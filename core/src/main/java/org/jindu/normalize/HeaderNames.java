package org.jindu.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The genre's column names ({@link Field}): which field a header cell names, and whether a row of cell
 * texts reads as a report table's header. Format-neutral and record-free, for readers (a PDF table
 * without rules is found by its header) and for assembly alike.
 */
public final class HeaderNames {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern BRACKETED = Pattern.compile("[（(【\\[][^（）()【】\\[\\]]*[）)】\\]]");
    /** Header cells are short; a longer cell is data. */
    public static final int MAX_HEADER_LENGTH = 24;

    private HeaderNames() {
    }

    /**
     * Whether these cell texts, left to right, read as a report table's header row: they name at least
     * two of the genre's fields, one of them the content or the progress, and every cell is short.
     */
    public static boolean isHeaderRow(List<String> cells) {
        List<Field> named = new ArrayList<>();
        for (String cell : cells) {
            String key = key(cell);
            if (key.length() > MAX_HEADER_LENGTH) return false;
            Field field = fieldOf(key);
            if (field != null && field != Field.EXTRA && !named.contains(field)) named.add(field);
        }
        return named.size() >= 2 && (named.contains(Field.CONTENT) || named.contains(Field.PROGRESS));
    }

    /** The header as shown: cleaned, with a wrap inside it closed up. */
    public static String display(String cell) {
        return TextCleaner.clean(cell.replace('\n', ' ')).replace("\n", "");
    }

    /** The header reduced for matching: no whitespace, no bracketed note. */
    public static String key(String cell) {
        String s = WHITESPACE.matcher(cell).replaceAll("");
        String stripped = BRACKETED.matcher(s).replaceAll("");
        return stripped.isEmpty() ? s : stripped;
    }

    /** The field a reduced header names: an exact header of the vocabulary first, then one it contains; else null. */
    public static Field fieldOf(String key) {
        if (key.isEmpty()) return null;
        for (Field f : Field.values()) if (f.headers().contains(key)) return f;
        Field best = null;
        int bestLength = 0;
        for (Field f : Field.values()) {
            for (String h : f.headers()) {
                if (h.length() >= 2 && key.contains(h) && h.length() > bestLength) {
                    best = f;
                    bestLength = h.length();
                }
            }
        }
        return best;
    }
}
