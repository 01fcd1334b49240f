package org.jindu.quantity;

import static org.jindu.quantity.Chars.ascii;
import static org.jindu.quantity.Chars.isArabic;
import static org.jindu.quantity.Chars.isAsciiLetter;
import static org.jindu.quantity.Chars.isBigUnit;
import static org.jindu.quantity.Chars.isCapitalDigit;
import static org.jindu.quantity.Chars.isIdeograph;
import static org.jindu.quantity.Chars.isNumeralChar;
import static org.jindu.quantity.Chars.isSpace;
import static org.jindu.quantity.Chars.isUnitChar;
import static org.jindu.quantity.Chars.isWide;
import static org.jindu.quantity.Chars.strip;

import java.math.BigDecimal;
import java.math.MathContext;
import org.jindu.normalize.ChineseNumerals;

/**
 * Reads the number written at a position of one text: Arabic (with separators, decimals, full-width digits,
 * 2e5, 40k), Chinese (两, 〇, 廿, 大写, 点 decimals) and mixed (1.2万), keeping a trailing 万/亿 apart for
 * the unit after it.
 */
final class Numbers {
    /** A number as read: [start, end), its value, and where a trailing 万/亿 begins (or -1). */
    record Num(int start, int end, BigDecimal value, int multiplierAt, boolean chinese) {
    }

    private final Lexicon lx;
    private final String t;
    private final int n;

    Numbers(Lexicon lexicon, String text) {
        this.lx = lexicon;
        this.t = text;
        this.n = text.length();
    }

    /** Does a number begin at {@code i}? */
    boolean isNumberStart(int i) {
        if (i >= n) return false;
        char c = t.charAt(i);
        if (isArabic(c) || ChineseNumerals.digitOf(c) >= 0 || c == '十' || c == '拾' || c == '廿' || c == '卅')
            return !(i > 0 && isAsciiLetter(t.charAt(i - 1)));
        if ((c == '百' || c == '佰' || c == '千' || c == '仟') && i + 1 < n
                && ChineseNumerals.digitOf(t.charAt(i + 1)) > 0 && (i == 0 || !isNumeralChar(t.charAt(i - 1))))
            return true; // 百三 is 130, 千三 1300
        if ((c == '负' || c == '負' || c == '-' || c == '－') && i + 1 < n) {
            char d = t.charAt(i + 1);
            char p = i > 0 ? t.charAt(i - 1) : ' ';
            boolean prevNumber = isArabic(p) || isNumeralChar(p) || p == '-' || p == '－' || isAsciiLetter(p);
            if (c == '负' && "减担抱胜自欠".indexOf(p) >= 0) return false; // 减负1800亿元: a word, not a sign
            boolean point = (d == '.' || d == '．') && i + 2 < n && isArabic(t.charAt(i + 2));
            return !prevNumber && (isArabic(d) || point || ChineseNumerals.digitOf(d) >= 0 || d == '十' || d == '拾');
        }
        if ((c == '.' || c == '．') && i + 1 < n && isArabic(t.charAt(i + 1)))
            return i == 0 || !(isArabic(t.charAt(i - 1)) || t.charAt(i - 1) == '.');
        return false;
    }

    /** The characters of a number collected so far, each with its offset in the text. */
    private static final class Digits {
        final StringBuilder sb = new StringBuilder(16);
        final int[] pos;
        boolean chinese;
        boolean pointInGroup;

        Digits(int capacity) {
            pos = new int[capacity];
        }

        void add(char c, int at) {
            pos[sb.length()] = at;
            sb.append(c);
        }

        int length() {
            return sb.length();
        }
    }

    /** Reads the longest number at {@code i}, or null. */
    Num read(int i) {
        if (i >= n) return null;
        char c0 = t.charAt(i);
        boolean negative = c0 == '负' || c0 == '負' || c0 == '-' || c0 == '－';
        int j = negative ? i + 1 : i;
        Digits d = new Digits(Math.min(64, n - j) + 2);
        int k = j;
        while (k < n && d.length() < d.pos.length - 1) {
            k = step(d, j, k);
            if (k < 0) break;
        }
        if (d.length() == 0) return null;
        if (d.length() >= 3 && approximate(d.sb))
            return new Num(i, d.pos[d.length() - 1] + 1, null, -1, true); // 二三十: twenty or thirty
        return longestValue(i, d, negative);
    }

    /** Takes the character at {@code k} into the number; returns where to go on, or -1 when it ends here. */
    private int step(Digits d, int j, int k) {
        char ch = t.charAt(k);
        if (isArabic(ch)) {
            d.add(ascii(ch), k);
            return k + 1;
        }
        if (isNumeralChar(ch)) {
            d.add(ch, k);
            d.chinese = true;
            d.pointInGroup = false;
            return k + 1;
        }
        if ((ch == '.' || ch == '．') && !d.pointInGroup && k + 1 < n && isArabic(t.charAt(k + 1))
                && (k == j || isArabic(t.charAt(k - 1)))) {
            if (k == j) d.add('0', k);
            d.add('.', k);
            d.pointInGroup = true;
            return k + 1;
        }
        if ((ch == ',' || ch == '，' && isWide(t.charAt(k - 1)) && k + 1 < n && isWide(t.charAt(k + 1)))
                && k > j && thousands(j, k))
            return k + 1;
        if ((ch == '点' || ch == '點') && k > j && k + 1 < n
                && (isArabic(t.charAt(k - 1)) || isNumeralChar(t.charAt(k - 1)) || isSpace(t.charAt(k - 1)))
                && (isArabic(at(skipSpaces(k + 1)))
                    || ChineseNumerals.digitOf(at(skipSpaces(k + 1))) >= 0
                        && "两兩倆".indexOf(at(skipSpaces(k + 1))) < 0)
                && d.sb.indexOf("点") < 0 && d.sb.indexOf(".") < 0) {
            d.add('点', k);
            d.chinese = true;
            return skipSpaces(k + 1);
        }
        if (isSpace(ch) && k > j) return acrossSpace(d, k);
        return -1;
    }

    /** A space inside a number: 三千 九百, 1000 万, 二十六 点三三, 7万 5千. */
    private int acrossSpace(Digits d, int k) {
        int m = k;
        while (m < n && isSpace(t.charAt(m))) m++;
        if (m >= n) return -1;
        char next = t.charAt(m);
        char prev = t.charAt(k - 1);
        if (isNumeralChar(next) && (d.chinese || isBigUnit(next))) return m;
        if ((next == '点' || next == '點') && d.chinese && m + 1 < n
                && ChineseNumerals.digitOf(at(skipSpaces(m + 1))) >= 0)
            return m;
        if (isArabic(next) && isUnitChar(prev) && followedByUnitChar(m)) return m;
        return -1;
    }

    /** The longest prefix of the collected characters that has a value, as a number. */
    private Num longestValue(int i, Digits d, boolean negative) {
        StringBuilder sb = d.sb;
        for (int len = sb.length(); len > 0; len--) {
            String s = sb.substring(0, len);
            BigDecimal v = value(s);
            if (v == null) continue;
            int end = d.pos[len - 1] + 1;
            if (!d.chinese && !s.contains(".") && end < n && (t.charAt(end) == '.' || t.charAt(end) == '．')
                    && end + 1 < n && isArabic(t.charAt(end + 1)))
                return null; // "2222.2222.22": a run of points, no number
            int mult = -1;
            char last = s.charAt(len - 1);
            if (len > 1 && isUnitChar(last)) {
                int m = len - 1;
                while (m > 0 && isUnitChar(s.charAt(m - 1))) m--;
                if (m > 0) mult = d.pos[m];
            }
            if (d.chinese && len == 1 && isCapitalDigit(last) && end < n && isIdeograph(t.charAt(end))
                    && "又点點分".indexOf(t.charAt(end)) < 0 && lx.unitAt(t, end) == null)
                return null; // 陆地, 入伍: a 大写 digit alone inside a word
            if (!d.chinese && len == sb.length()) {
                int[] endOut = {end};
                v = scaled(v, endOut);
                end = endOut[0];
            }
            return new Num(i, end, negative ? v.negate() : v, mult, d.chinese);
        }
        return null;
    }

    /** "二三十", "七八百": two neighbouring digits before a unit, an estimate with no single value. */
    private static boolean approximate(CharSequence sb) {
        int a = ChineseNumerals.digitOf(sb.charAt(0));
        int b = ChineseNumerals.digitOf(sb.charAt(1));
        char u = sb.charAt(2);
        return a > 0 && b == a + 1 && (u == '十' || u == '百' || u == '千' || u == '万');
    }

    /** 2e5, 2.5^-1, 40k, 2.5 M after an Arabic number; {@code end[0]} moves past what was read. */
    private BigDecimal scaled(BigDecimal v, int[] end) {
        int k = end[0];
        if (k >= n) return v;
        char c = t.charAt(k);
        if (c == 'e' || c == 'E' || c == 'ｅ' || c == 'Ｅ') return exponent(v, end);
        if (c == '^') return power(v, end);
        int m = k;
        if (m < n && isSpace(t.charAt(m))) m++;
        if (m < n) {
            char x = t.charAt(m);
            long f = x == 'k' || x == 'K' || x == 'ｋ' || x == 'Ｋ' ? 1000 : x == 'M' || x == 'Ｍ' ? 1_000_000 : 0;
            if (f > 0 && (m + 1 >= n || !isAsciiLetter(t.charAt(m + 1)) && t.charAt(m + 1) != '/')
                    && (m == k || x != 'M')) {
                end[0] = m + 1;
                return v.multiply(BigDecimal.valueOf(f));
            }
            if (f > 0 && x == 'M' && m > k && (m + 1 >= n || !isAsciiLetter(t.charAt(m + 1)))) {
                end[0] = m + 1;
                return v.multiply(BigDecimal.valueOf(f));
            }
        }
        return v;
    }

    /** 2e5, 2E-3. */
    private BigDecimal exponent(BigDecimal v, int[] end) {
        int m = end[0] + 1;
        boolean neg = false;
        if (m < n && "+-－＋".indexOf(t.charAt(m)) >= 0) {
            neg = t.charAt(m) == '-' || t.charAt(m) == '－';
            m++;
        }
        int d = m;
        while (m < n && isArabic(t.charAt(m))) m++;
        if (m > d && m - d <= 3 && (m >= n || !isAsciiLetter(t.charAt(m)))) {
            int exp = Integer.parseInt(asciiDigits(d, m));
            end[0] = m;
            return strip(v.scaleByPowerOfTen(neg ? -exp : exp));
        }
        return v;
    }

    /** 2^5, 2.5^-1. */
    private BigDecimal power(BigDecimal v, int[] end) {
        int m = end[0] + 1;
        int signs = 0;
        boolean neg = false;
        while (m < n && "+-".indexOf(t.charAt(m)) >= 0 && signs < 2) {
            if (t.charAt(m) == '-') neg = !neg;
            m++;
            signs++;
        }
        int d = m;
        while (m < n && isArabic(t.charAt(m))) m++;
        if (m > d && m - d < 4 && !(neg && v.signum() == 0)) {
            int exp = Integer.parseInt(asciiDigits(d, m));
            end[0] = m;
            BigDecimal p = v.pow(exp, MathContext.DECIMAL64);
            return strip(neg ? BigDecimal.ONE.divide(p, MathContext.DECIMAL64) : p);
        }
        return v;
    }

    private String asciiDigits(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) sb.append(ascii(t.charAt(k)));
        return sb.toString();
    }

    private boolean followedByUnitChar(int m) {
        int k = m;
        while (k < n && isArabic(t.charAt(k))) k++;
        return k < n && "十百千万亿萬億".indexOf(t.charAt(k)) >= 0;
    }

    private static BigDecimal value(String s) {
        boolean chinese = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(c >= '0' && c <= '9') && c != '.') {
                chinese = true;
                break;
            }
        }
        if (!chinese) {
            if (s.endsWith(".")) return null;
            return new BigDecimal(s);
        }
        if (s.matches("[0-9]+(\\.[0-9]+)?[万萬亿億]+")) { // 30187.3万: Arabic digits of any size before 万/亿
            BigDecimal v = new BigDecimal(s.replaceAll("[万萬亿億]", ""));
            for (char c : s.replaceAll("[0-9.]", "").toCharArray()) v = v.multiply(Units.multiplier(c));
            return v;
        }
        if (s.contains("万万") || s.contains("萬萬")) s = s.replace("万万", "亿").replace("萬萬", "億"); // 四万万
        if ("百佰千仟".indexOf(s.charAt(0)) >= 0) s = "一" + s; // 百三, 千三
        return ChineseNumerals.parse(s);
    }

    /** Is the comma at {@code k} a thousands separator: 1-3 digits before (from the run start or a comma), 3 after. */
    private boolean thousands(int runStart, int k) {
        int before = 0;
        int b = k - 1;
        while (b >= runStart && isArabic(t.charAt(b))) {
            before++;
            b--;
        }
        if (before < 1 || before > 3) return false;
        if (b >= runStart && t.charAt(b) != ',' && t.charAt(b) != '，') return false;
        for (int a = 1; a <= 3; a++) if (k + a >= n || !isArabic(t.charAt(k + a))) return false;
        return k + 4 >= n || !isArabic(t.charAt(k + 4));
    }

    /** Re-reads a number's text up to {@code limit} (its trailing 万/亿 left off). */
    Num readPrefix(Num num, int limit) {
        String sub = t.substring(num.start(), limit).strip();
        if (sub.isEmpty()) return null;
        Num v = new Numbers(lx, sub).read(0);
        if (v == null || v.end() != sub.length()) return null;
        return new Num(num.start(), num.start() + v.end(), v.value(), -1, v.chinese());
    }

    /** The end of a range separator (- ~ 至 到 ——) at {@code at}, or -1. */
    int rangeSeparator(int at) {
        if (at >= n) return -1;
        char c = t.charAt(at);
        if (c == '-' || c == '~' || c == '～' || c == '—' || c == '－' || c == '至' || c == '到' || c == '–')
            return at + 1;
        if (t.startsWith("——", at)) return at + 2;
        return -1;
    }

    private char at(int k) {
        return Chars.at(t, k);
    }

    private int skipSpaces(int k) {
        return Chars.skipSpaces(t, k);
    }
}
