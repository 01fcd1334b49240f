package org.jindu.quantity;

import java.math.BigDecimal;
import org.jindu.normalize.ChineseNumerals;

/** Character classes the scanner works with, and small helpers on a text. */
final class Chars {
    private Chars() {
    }

    /** The character at {@code k}, or NUL past the end. */
    static char at(String t, int k) {
        return k < t.length() ? t.charAt(k) : '\0';
    }

    static int skipSpaces(String t, int k) {
        int n = t.length();
        while (k < n && isSpace(t.charAt(k))) k++;
        return k;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** A full-width digit: only between these is "，" a thousands separator (４，５６５), elsewhere a list comma. */
    static boolean isWide(char c) {
        return c >= '０' && c <= '９';
    }

    static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static char ascii(char c) {
        return c >= '０' ? (char) ('0' + (c - '０')) : c;
    }

    static boolean isNumeralChar(char c) {
        return ChineseNumerals.digitOf(c) >= 0 || "十拾百佰千仟万萬亿億廿卅兆".indexOf(c) >= 0;
    }

    static boolean isBigUnit(char c) {
        return c == '万' || c == '萬' || c == '亿' || c == '億';
    }

    /** 万 亿 千 百 and their 大写: a trailing one may begin a unit (万元, 千米, 百万元). */
    static boolean isUnitChar(char c) {
        return "万萬亿億千仟百佰兆".indexOf(c) >= 0;
    }

    static boolean isCapitalDigit(char c) {
        return "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".indexOf(c) >= 0;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A value without trailing zeros and never in exponent form: 1.50 is 1.5, 1E+3 is 1000. */
    static BigDecimal strip(BigDecimal v) {
        BigDecimal r = v.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
