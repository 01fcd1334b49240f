package org.jindu.read.word;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The visible numbers of paragraphs that Word numbers itself ("1." "（一）" "①"), which are not in the
 * text: counts paragraphs per list and level the way Word does, and renders a level's template
 * ({@code "%1."}, {@code "（%1）"}, {@code "%1.%2"}) in the level's number format.
 */
final class ListNumbers {
    /** One level of a list: OOXML number format name ({@code decimal}, {@code chineseCounting}, ...), template, start, suffix. */
    record Level(String format, String template, int start, String suffix) {
    }

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

    private final Map<Object, int[]> counters = new HashMap<>();

    /**
     * The label of the next paragraph of a list at a level, with its suffix, or "" when the level shows
     * no number (a bullet or {@code none}).
     *
     * @param list identifies the list (paragraphs of one list count together)
     * @param level 0-based level
     * @param levels the list's levels, index = level
     */
    String next(Object list, int level, List<Level> levels) {
        if (level < 0 || level >= levels.size() || level > 8) return "";
        int[] count = counters.computeIfAbsent(list, k -> new int[9]);
        Level here = levels.get(level);
        count[level] = count[level] == 0 ? here.start() : count[level] + 1;
        for (int deeper = level + 1; deeper < count.length; deeper++) count[deeper] = 0;
        if ("bullet".equals(here.format()) || "none".equals(here.format())) return "";
        String template = here.template() == null ? "" : here.template();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length() && template.charAt(i + 1) >= '1' && template.charAt(i + 1) <= '9') {
                int ref = template.charAt(++i) - '1';
                if (ref < levels.size()) {
                    Level l = levels.get(ref);
                    int value = count[ref] == 0 ? l.start() : count[ref];
                    // a lower level shown inside a legal-style number keeps its own format
                    out.append(format(value, l.format()));
                }
            } else {
                out.append(c);
            }
        }
        if (out.length() == 0) return "";
        return out + (here.suffix() == null ? "\t" : here.suffix());
    }

    /** A number in an OOXML number format; unknown formats fall back to decimal. */
    static String format(int n, String format) {
        if (format == null) return Integer.toString(n);
        return switch (format) {
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerLetter" -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting",
                    "taiwaneseCountingThousand", "japaneseCounting", "ideographLegalTraditional" -> chinese(n);
            case "ideographDigital", "taiwaneseDigital" -> ideographDigits(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : Integer.toString(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
            default -> Integer.toString(n);
        };
    }

    /** 1 一, 10 十, 12 十二, 20 二十, 105 一百零五; beyond 999 in digits. */
    static String chinese(int n) {
        if (n <= 0 || n > 999) return Integer.toString(n);
        if (n < 10) return String.valueOf(CHINESE_DIGITS.charAt(n));
        if (n < 20) return "十" + (n == 10 ? "" : CHINESE_DIGITS.charAt(n - 10));
        if (n < 100) return CHINESE_DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : CHINESE_DIGITS.charAt(n % 10));
        int rest = n % 100;
        String hundreds = CHINESE_DIGITS.charAt(n / 100) + "百";
        if (rest == 0) return hundreds;
        if (rest < 10) return hundreds + "零" + CHINESE_DIGITS.charAt(rest);
        return hundreds + (rest < 20 ? "一" + chinese(rest) : chinese(rest));
    }

    private static String ideographDigits(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) s.append(CHINESE_DIGITS.charAt(c - '0'));
        return s.toString();
    }

    private static String fullWidth(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) s.append((char) ('０' + (c - '0')));
        return s.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return Integer.toString(n);
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) while (n >= values[i]) {
            s.append(symbols[i]);
            n -= values[i];
        }
        return s.toString();
    }

    /** A, B, …, Z, AA, BB, … as Word counts letters. */
    private static String letters(int n) {
        if (n <= 0) return Integer.toString(n);
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }
}
