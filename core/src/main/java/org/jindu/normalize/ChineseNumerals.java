package org.jindu.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Chinese numerals into exact values: "三百二十" is 320, "一万零六百" 10600, "1.2万" 12000,
 * "二〇二一" 2021.
 *
 * <p>Supported: the digits 〇零一二两三四五六七八九 and their 大写 forms 壹贰叁肆伍陆柒捌玖, the units
 * 十百千万亿 (拾佰仟萬億), 廿 (20) and 卅 (30), Arabic numbers (ASCII or full-width, with a decimal
 * point) standing before a unit ("3.5亿", "1万600"), and digit-by-digit forms ("二〇二一").
 *
 * <p>Rules chosen where usage varies:
 * <ul>
 *   <li>Only 十 may stand without a digit before it ("十三" is 13); "百万" or "千" alone are not read.</li>
 *   <li>A last Chinese digit right after a unit larger than 十 with no 零 between is the abbreviated
 *       next place: "一百五" is 150, "两万五" is 25000, "三千二" is 3200. After 零 it is the ones
 *       place: "一百零五" is 105.</li>
 *   <li>An Arabic number after a unit is taken literally: "1万600" is 10600.</li>
 *   <li>A string made only of Arabic digits is not a Chinese numeral and gives null.</li>
 * </ul>
 */
public final class ChineseNumerals {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private ChineseNumerals() {
    }

    /**
     * The exact value of a Chinese numeral.
     *
     * @param s the numeral, surrounding whitespace ignored
     * @return its value with no trailing zeros after the decimal point, or null when {@code s} is not a
     *     Chinese numeral
     */
    public static BigDecimal parse(String s) {
        if (s == null)
            return null;
        String t = s.strip().replace("廿", "二十").replace("卅", "三十");
        if (t.isEmpty())
            return null;
        List<Token> tokens = tokenize(t);
        if (tokens == null)
            return null;
        boolean anyChinese = false;
        for (Token tok : tokens)
            if (tok.kind != Kind.ARABIC)
                anyChinese = true;
        if (!anyChinese)
            return null;
        BigDecimal digitByDigit = digitByDigit(t);
        if (digitByDigit != null)
            return digitByDigit;
        BigDecimal value = positional(tokens);
        return value == null ? null : normalise(value);
    }

    private static BigDecimal normalise(BigDecimal v) {
        BigDecimal r = v.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** "二〇二一" read digit by digit; also a single digit. Null when another kind of character occurs. */
    private static BigDecimal digitByDigit(String t) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = digitOf(c);
            if (d < 0 || (c == '两' && t.length() > 1))
                return null;
            digits.append((char) ('0' + d));
        }
        return new BigDecimal(digits.toString());
    }

    private enum Kind { DIGIT, ARABIC, ZERO, SMALL_UNIT, BIG_UNIT }

    private record Token(Kind kind, BigDecimal value) {
    }

    private static List<Token> tokenize(String t) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (isArabicDigit(c)) {
                StringBuilder num = new StringBuilder();
                boolean point = false;
                while (i < t.length()) {
                    char d = t.charAt(i);
                    if (isArabicDigit(d)) {
                        num.append(asciiDigit(d));
                    } else if ((d == '.' || d == '．') && !point && i + 1 < t.length()
                            && isArabicDigit(t.charAt(i + 1))) {
                        point = true;
                        num.append('.');
                    } else {
                        break;
                    }
                    i++;
                }
                out.add(new Token(Kind.ARABIC, new BigDecimal(num.toString())));
                continue;
            }
            if (c == '零' || c == '〇') {
                out.add(new Token(Kind.ZERO, BigDecimal.ZERO));
            } else if (digitOf(c) > 0) {
                out.add(new Token(Kind.DIGIT, BigDecimal.valueOf(digitOf(c))));
            } else if (c == '十' || c == '拾') {
                out.add(new Token(Kind.SMALL_UNIT, TEN));
            } else if (c == '百' || c == '佰') {
                out.add(new Token(Kind.SMALL_UNIT, BigDecimal.valueOf(100)));
            } else if (c == '千' || c == '仟') {
                out.add(new Token(Kind.SMALL_UNIT, BigDecimal.valueOf(1000)));
            } else if (c == '万' || c == '萬') {
                out.add(new Token(Kind.BIG_UNIT, WAN));
            } else if (c == '亿' || c == '億') {
                out.add(new Token(Kind.BIG_UNIT, YI));
            } else {
                return null;
            }
            i++;
        }
        return out;
    }

    /**
     * Positional reading. {@code section} is the part below 万 being built, {@code wanGroup} the part
     * below 亿, {@code total} what stands before the last 亿.
     */
    private static BigDecimal positional(List<Token> tokens) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal wanGroup = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;          // a digit waiting for its unit
        Kind pendingKind = null;
        BigDecimal lastSmallUnit = null;    // within the current section, for ordering
        BigDecimal lastUnit = null;         // the last unit of any size, for "一百五"
        boolean zeroSeen = false;           // a 零 since the last unit
        boolean seenWan = false;            // a 万 in the current 亿 group
        boolean seenYi = false;

        for (int k = 0; k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            switch (tok.kind) {
                case ZERO -> {
                    if (k == 0 || pending != null || k == tokens.size() - 1)
                        return null;
                    zeroSeen = true;
                }
                case DIGIT, ARABIC -> {
                    if (pending != null)
                        return null;
                    pending = tok.value;
                    pendingKind = tok.kind;
                }
                case SMALL_UNIT -> {
                    BigDecimal unit = tok.value;
                    if (lastSmallUnit != null && lastSmallUnit.compareTo(unit) <= 0)
                        return null;
                    BigDecimal multiplier = pending;
                    if (multiplier == null) {
                        if (unit.compareTo(TEN) != 0)
                            return null;
                        multiplier = BigDecimal.ONE;
                    }
                    section = section.add(multiplier.multiply(unit));
                    lastSmallUnit = unit;
                    lastUnit = unit;
                    pending = null;
                    zeroSeen = false;
                }
                case BIG_UNIT -> {
                    BigDecimal unit = tok.value;
                    BigDecimal part = section.add(pending == null ? BigDecimal.ZERO : pending);
                    if (unit.compareTo(WAN) == 0) {
                        if (seenWan || part.signum() == 0 || part.compareTo(WAN) >= 0)
                            return null;
                        wanGroup = wanGroup.add(part.multiply(WAN));
                        seenWan = true;
                    } else {
                        if (seenYi)
                            return null;
                        BigDecimal whole = wanGroup.add(part);
                        if (whole.signum() == 0)
                            return null;
                        total = whole.multiply(YI);
                        wanGroup = BigDecimal.ZERO;
                        seenWan = false;
                        seenYi = true;
                    }
                    section = BigDecimal.ZERO;
                    lastSmallUnit = null;
                    lastUnit = unit;
                    pending = null;
                    zeroSeen = false;
                }
                default -> throw new IllegalStateException();
            }
        }
        if (pending != null) {
            BigDecimal tail = pending;
            if (pendingKind == Kind.DIGIT && !zeroSeen && lastUnit != null && lastUnit.compareTo(TEN) > 0)
                tail = pending.multiply(lastUnit.divide(TEN));
            else if (pendingKind == Kind.ARABIC && lastUnit != null && tail.compareTo(lastUnit) >= 0)
                return null;
            section = section.add(tail);
        }
        return total.add(wanGroup).add(section);
    }

    private static boolean isArabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static char asciiDigit(char c) {
        return c >= '０' ? (char) ('0' + (c - '０')) : c;
    }

    /** The value of a Chinese digit character, or -1. */
    private static int digitOf(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰', '貳' -> 2;
            case '三', '叁', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }
}
