package org.jindu.quantity;

import static org.jindu.quantity.Chars.isArabic;
import static org.jindu.quantity.Chars.isBigUnit;
import static org.jindu.quantity.Chars.isSpace;

import java.math.BigDecimal;
import org.jindu.normalize.ChineseNumerals;

/** Reads the unit written after a number: from the lexicon, possibly after 万/亿 ("万元", "亿元", "万人次"). */
final class Units {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    /** A unit found at a position, as written, with its end, factor and base unit. */
    record UnitHit(Unit unit, String text, int end, BigDecimal factor, String baseUnit) {
    }

    private final Lexicon lx;
    private final String t;
    private final int n;

    Units(Lexicon lexicon, String text) {
        this.lx = lexicon;
        this.t = text;
        this.n = text.length();
    }

    /** 10000 for 万, 100000000 for 亿. */
    static BigDecimal multiplier(char c) {
        return c == '亿' || c == '億' ? YI : WAN;
    }

    /** The unit at {@code k}, possibly after 万/亿, or null. */
    UnitHit at(int k) {
        if (k >= n) return null;
        int m = k;
        BigDecimal mult = BigDecimal.ONE;
        while (m < n && isBigUnit(t.charAt(m))) {
            mult = mult.multiply(multiplier(t.charAt(m)));
            m++;
        }
        Unit u = lx.unitAt(t, m);
        int[] len = {0};
        Unit spaced = m == k && m + 1 < n && isSpace(t.charAt(m + 1)) || m == k && u != null
                ? lx.spacedUnitAt(t, m, len) : null;
        if (spaced != null && (u == null || spaced.name().length() > u.name().length()))
            return new UnitHit(spaced, spaced.name(), m + len[0], spaced.factor(), spaced.baseUnit());
        if (u == null) return null;
        if (u.kind() == UnitKind.LABEL && t.startsWith("于", m + u.name().length())) return null; // 50小于, 大于10中于
        if (m == k) return new UnitHit(u, u.name(), m + u.name().length(), u.factor(), u.baseUnit());
        if (!u.isFigure() || u.kind() == UnitKind.PERCENT) return null;
        String base = u.baseUnit() == null ? u.name() : u.baseUnit();
        return new UnitHit(u, t.substring(k, m) + u.name(), m + u.name().length(), mult.multiply(u.factor()), base);
    }

    /** A label like 47号, 一标段, 21小学: the index after the label's unit. */
    int afterLabel(int end) {
        int k = Chars.skipSpaces(t, end);
        Unit u = lx.unitAt(t, k);
        return u != null ? k + u.name().length() : end;
    }

    /** 元 followed by 3角5分 or 零5分: the decimal part in 元, or null; {@code end[0]} moves past it. */
    BigDecimal jiaoFen(int[] end) {
        int k = end[0];
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        if (k < n && (t.charAt(k) == '零' || t.charAt(k) == '〇')) k++;
        for (String[] place : new String[][] {{"角毛", "0.1"}, {"分", "0.01"}}) {
            if (k >= n) break;
            int d = isArabic(t.charAt(k)) ? Chars.ascii(t.charAt(k)) - '0' : ChineseNumerals.digitOf(t.charAt(k));
            if (d < 0 || k + 1 >= n || place[0].indexOf(t.charAt(k + 1)) < 0) continue;
            sum = sum.add(new BigDecimal(place[1]).multiply(BigDecimal.valueOf(d)));
            k += 2;
            any = true;
        }
        if (!any) return null;
        end[0] = k;
        return sum;
    }
}
