package org.jindu.quantity;

import static org.jindu.quantity.Chars.isArabic;
import static org.jindu.quantity.Chars.isNumeralChar;
import static org.jindu.quantity.Chars.isSpace;
import static org.jindu.quantity.Chars.strip;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.jindu.quantity.Numbers.Num;
import org.jindu.quantity.Scan.Found;

/** Fractions and per-prefixes: 三分之一, 3/5, 1 3/5, 三百五又三分之一, 百分之九十, 千分之三, 万分之五. */
final class Fractions {
    private final Numbers numbers;
    private final String t;
    private final int n;
    private final List<Found> out;

    Fractions(Numbers numbers, String text, List<Found> out) {
        this.numbers = numbers;
        this.t = text;
        this.n = text.length();
        this.out = out;
    }

    /** Reads a fraction starting with {@code num}; returns the index after it, or -1 when there is none. */
    int after(Num num) {
        int fr = chinese(num);
        if (fr > 0) return fr;
        fr = slash(num);
        if (fr > 0) return fr;
        return mixed(num);
    }

    /** 三分之一: the denominator first. */
    private int chinese(Num num) {
        int k = skipSpaces(num.end());
        if (!t.startsWith("分", k)) return -1;
        int z = skipSpaces(k + 1);
        if (!t.startsWith("之", z)) return -1;
        int m = skipSpaces(z + 1);
        if (m >= n || !numbers.isNumberStart(m)) return -1;
        Num top = numbers.read(m);
        if (top == null || top.value() == null || num.value().signum() == 0) return -1;
        BigDecimal v = top.value().divide(num.value(), MathContext.DECIMAL64);
        bare(num.start(), top.end(), strip(v));
        return top.end();
    }

    /** 3/5, -3/2, and "1 3/5" read from its whole part. */
    private int slash(Num num) {
        if (num.chinese()) return -1;
        int k = num.end();
        if (k < n && isSlash(t.charAt(k)) && k + 1 < n && isArabic(t.charAt(k + 1))) {
            int per = perPopulation(num, k + 1);
            if (per > 0) return per;
            Num den = numbers.read(k + 1);
            if (den == null || den.value().signum() == 0 || den.end() < n && isSlash(t.charAt(den.end())))
                return -1;
            bare(num.start(), den.end(), strip(num.value().divide(den.value(), MathContext.DECIMAL64)));
            return den.end();
        }
        if (k + 1 < n && isSpace(t.charAt(k)) && isArabic(t.charAt(k + 1)) && num.value().scale() <= 0) {
            Num top = numbers.read(k + 1);
            if (top == null || top.chinese() || top.end() >= n || !isSlash(t.charAt(top.end()))) return -1;
            Num den = top.end() + 1 < n && isArabic(t.charAt(top.end() + 1)) ? numbers.read(top.end() + 1) : null;
            if (den == null || den.value().signum() == 0) return -1;
            BigDecimal f = top.value().divide(den.value(), MathContext.DECIMAL64);
            BigDecimal v = num.value().signum() < 0 ? num.value().subtract(f) : num.value().add(f);
            bare(num.start(), den.end(), strip(v));
            return den.end();
        }
        return -1;
    }

    /** "15.1/10万", "21.7/10万": a rate per 10 000 or 100 000 people, unit "/10万"; the index after it, or -1. */
    private int perPopulation(Num num, int at) {
        for (String per : new String[] {"10万", "1万", "万", "100000", "10000"}) {
            if (!t.startsWith(per, at)) continue;
            int end = at + per.length();
            if (end < n && (isArabic(t.charAt(end)) || isNumeralChar(t.charAt(end)))) return -1;
            String unit = "/" + (per.startsWith("100000") ? "10万" : per.startsWith("10000") ? "万" : per);
            out.add(new Found(num.start(), end, num.value(), null, unit, UnitKind.PERCENT, null, null, null,
                    num.start(), end));
            return end;
        }
        return -1;
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '／';
    }

    /** 三百五又三分之一: a whole number and a fraction joined by 又. */
    private int mixed(Num num) {
        int k = skipSpaces(num.end());
        if (k >= n || t.charAt(k) != '又') return -1;
        int m = skipSpaces(k + 1);
        if (m >= n || !numbers.isNumberStart(m)) return -1;
        Num den = numbers.read(m);
        if (den == null || den.value() == null || den.value().signum() == 0) return -1;
        int z = skipSpaces(den.end());
        if (!t.startsWith("分", z)) return -1;
        z = skipSpaces(z + 1);
        if (!t.startsWith("之", z)) return -1;
        int q = skipSpaces(z + 1);
        if (q >= n || !numbers.isNumberStart(q)) return -1;
        Num top = numbers.read(q);
        if (top == null || top.value() == null) return -1;
        BigDecimal f = top.value().divide(den.value(), MathContext.DECIMAL64);
        BigDecimal v = num.value().signum() < 0 ? num.value().subtract(f) : num.value().add(f);
        bare(num.start(), top.end(), strip(v));
        return top.end();
    }

    private void bare(int start, int end, BigDecimal value) {
        out.add(new Found(start, end, value, null, null, null, null, null, null, start, end));
    }

    private void percent(int start, int end, BigDecimal value, String unit, BigDecimal baseValue, String baseUnit) {
        out.add(new Found(start, end, value, null, unit, UnitKind.PERCENT, baseValue, baseUnit, null, start, end));
    }

    /** 百分之九十, 千分之三: a percentage or per-mille at {@code i}; the index after it, or -1. */
    int perPrefix(int i) {
        for (String[] big : new String[][] {{"百万万分之", "10000000000"}, {"百万分之", "1000000"}, {"千万分之", "10000000"},
            {"万万分之", "100000000"}}) {
            if (!t.startsWith(big[0], i)) continue;
            int k = i + big[0].length();
            Num v = k < n && numbers.isNumberStart(k) ? numbers.read(k) : null;
            if (v == null || v.value() == null) return -1;
            percent(i, v.end(), strip(v.value().multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(big[1]))),
                    "%", null, null);
            return v.end();
        }
        String unit;
        if (startsWithSpaced(i, "百分之")) unit = "%";
        else if (startsWithSpaced(i, "佰分之")) unit = "%";
        else if (startsWithSpaced(i, "千分之") || startsWithSpaced(i, "仟分之")) unit = "‰";
        else if (startsWithSpaced(i, "万分之") || startsWithSpaced(i, "萬分之")) unit = "‱";
        else return -1;
        int skip = spacedLength(i, 3);
        int k = skipSpaces(i + skip);
        if (k < n && (t.charAt(k) == '百' || t.charAt(k) == '佰')
                && (k + 1 >= n || !isNumeralChar(t.charAt(k + 1)) || t.charAt(k + 1) == '分')) {
            percent(i, k + 1, BigDecimal.valueOf(100), unit, null, null);
            return k + 1;
        }
        Num v = k < n && numbers.isNumberStart(k) ? numbers.read(k) : null;
        if (v == null || v.value() == null) return i + skip;
        if (unit.equals("‱")) percent(i, v.end(), v.value(), "‱", v.value().divide(BigDecimal.valueOf(100)), "%");
        else percent(i, v.end(), v.value(), unit, null, null);
        return v.end();
    }

    private boolean startsWithSpaced(int i, String word) {
        return spacedLength(i, word.length()) > 0 && collapse(i, word.length()).equals(word);
    }

    /** Length in the text of the next {@code chars} non-space characters starting at i, or -1. */
    private int spacedLength(int i, int chars) {
        int k = i;
        int got = 0;
        while (k < n && got < chars) {
            if (!isSpace(t.charAt(k))) got++;
            k++;
            if (got < chars) while (k < n && isSpace(t.charAt(k))) k++;
        }
        return got == chars ? k - i : -1;
    }

    private String collapse(int i, int chars) {
        StringBuilder sb = new StringBuilder();
        int k = i;
        while (k < n && sb.length() < chars) {
            if (!isSpace(t.charAt(k))) sb.append(t.charAt(k));
            k++;
        }
        return sb.toString();
    }

    private int skipSpaces(int k) {
        return Chars.skipSpaces(t, k);
    }
}
