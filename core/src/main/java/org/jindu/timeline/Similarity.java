package org.jindu.timeline;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two texts are: the Dice coefficient of their character bigrams, counted with repetition,
 * after whitespace and punctuation are taken out. 1 for the same characters in the same order, 0 for
 * texts sharing no two adjacent characters. Used to link tasks by their content and to tell an
 * unchanged progress text.
 */
public final class Similarity {
    /** Two contents at least this alike are the same task, when their sources cannot say. */
    public static final double SAME_TASK = 0.8;
    /** A progress text at least this alike to the previous period's is {@link Flag#UNCHANGED}. */
    public static final double UNCHANGED = 0.9;

    private Similarity() {
    }

    /** The Dice coefficient of the texts' character bigrams, 0 to 1. */
    public static double of(String a, String b) {
        String x = letters(a == null ? "" : a);
        String y = letters(b == null ? "" : b);
        if (x.equals(y)) return 1;
        if (x.length() < 2 || y.length() < 2) return 0;
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 2 <= x.length(); i++) grams.merge(x.substring(i, i + 2), 1, Integer::sum);
        int shared = 0;
        for (int i = 0; i + 2 <= y.length(); i++) {
            String g = y.substring(i, i + 2);
            Integer n = grams.get(g);
            if (n != null && n > 0) {
                shared++;
                grams.put(g, n - 1);
            }
        }
        return 2.0 * shared / ((x.length() - 1) + (y.length() - 1));
    }

    /** The text without whitespace and punctuation: only letters (Chinese characters too) and digits. */
    static String letters(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
