package org.jindu.quantity;

import static org.jindu.quantity.Chars.isArabic;
import static org.jindu.quantity.Chars.isAsciiLetter;
import static org.jindu.quantity.Chars.isBigUnit;
import static org.jindu.quantity.Chars.isIdeograph;
import static org.jindu.quantity.Chars.isUnitChar;
import static org.jindu.quantity.Chars.strip;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jindu.quantity.Numbers.Num;
import org.jindu.quantity.Units.UnitHit;

/**
 * One pass over one text: finds numbers ({@link Numbers}, {@link Fractions}), their units ({@link Units})
 * and qualifiers, time expressions ({@link Times}), and what is not a figure ({@link Labels}, the lexicon's
 * names). Not thread-safe; one instance per call.
 */
final class Scan {
    /** A number found in the text, with what stands around it. */
    record Found(int start, int end, BigDecimal value, BigDecimal valueTo, String unit, UnitKind kind,
            BigDecimal baseValue, String baseUnit, String qualifier, int numberStart, int unitEnd) {
    }

    /** A time expression: "2021年", "截止8月28日", "今年". */
    record Span(int start, int end) {
    }

    /** A digit of any script, or a Chinese numeral: where a figure's own number begins. */
    static boolean isDigitLike(char c) {
        return Chars.isArabic(c) || Chars.isNumeralChar(c);
    }

    private final Lexicon lx;
    private final String t;
    private final int n;
    private final Numbers numbers;
    private final Units units;
    private final Labels labels;
    private final Fractions fractions;
    private final Times timeSpans;
    final List<Found> found = new ArrayList<>();
    final List<Span> times = new ArrayList<>();

    Scan(Lexicon lexicon, String text) {
        this.lx = lexicon;
        this.t = text;
        this.n = text.length();
        this.numbers = new Numbers(lexicon, text);
        this.units = new Units(lexicon, text);
        this.labels = new Labels(text);
        this.fractions = new Fractions(numbers, text, found);
        this.timeSpans = new Times(lexicon, numbers, text, times);
    }

    Scan run() {
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (lx.hasPhrasesAt(c)) {
                Lexicon.Phrase p = lx.phraseAt(t, i);
                if (p != null) {
                    i = p.time() ? timeSpans.record(i, i + p.text().length()) : i + p.text().length();
                    continue;
                }
            }
            int after = special(i, c);
            if (after > 0) {
                i = after;
            } else if (numbers.isNumberStart(i)) {
                i = number(i);
            } else {
                i++;
            }
        }
        return this;
    }

    /** What the character at {@code i} may begin other than a plain number; the index after it, or -1. */
    private int special(int i, char c) {
        int skip = labels.skipAt(i);
        if (skip > 0) return skip;
        if ((c == '对' || c == '對') && i > 0 && t.charAt(i - 1) == '打' && i + 1 < n && t.charAt(i + 1) == '折') {
            found.add(new Found(i, i + 2, BigDecimal.valueOf(5), null, "折", UnitKind.PERCENT,
                    BigDecimal.valueOf(50), "%", null, i, i + 2));
            return i + 2;
        }
        if ("百佰千仟万萬".indexOf(c) >= 0) return fractions.perPrefix(i);
        return -1;
    }

    /** A number being read with what follows it: its unit, a range's upper end, a qualifier after it. */
    private static final class Reading {
        final Num num;
        BigDecimal value;
        BigDecimal valueTo;
        int numberEnd;
        /** Where the text after the number (and its unit) goes on. */
        int k;
        UnitHit unit;
        String postQualifier;

        Reading(Num num) {
            this.num = num;
            this.value = num.value();
            this.numberEnd = num.end();
        }
    }

    /** Handles the number starting at {@code i}; returns where scanning goes on. */
    private int number(int i) {
        Num num = numbers.read(i);
        if (num == null) return i + 1;
        if (num.value() == null) return num.end();
        int skip = notAFigure(num);
        if (skip >= 0) return skip;
        Reading r = new Reading(num);
        r.k = Chars.skipSpaces(t, r.numberEnd);
        unitAfter(r);
        range(r);
        skip = timeOrLabel(r);
        if (skip >= 0) return skip;
        return emit(r);
    }

    /**
     * An ordinal (第12项), an issuer's abbreviation (十政办发), a fraction, a currency symbol before the number,
     * numbering in brackets (（2）): the index after it, or -1 when the number is to be read as a figure.
     */
    private int notAFigure(Num num) {
        int s = num.start();
        int before = s - 1;
        while (before >= 0 && Chars.isSpace(t.charAt(before))) before--;
        if (before >= 0 && t.charAt(before) == '第') return units.afterLabel(num.end());
        if (num.chinese() && labels.issuesDocuments(num.end())) return num.end(); // 十政办发〔2021〕1号
        int fr = fractions.after(num);
        if (fr > 0) return fr;
        if (s > 0 && "$￥¥".indexOf(t.charAt(s - 1)) >= 0) {
            String sym = String.valueOf(t.charAt(s - 1));
            boolean yuan = !sym.equals("$");
            found.add(new Found(s - 1, num.end(), num.value(), null, sym, UnitKind.MONEY, yuan ? num.value() : null,
                    yuan ? "元" : null, null, s, num.end()));
            return num.end();
        }
        if (s > 0 && (t.charAt(s - 1) == '（' || t.charAt(s - 1) == '(') && num.end() < n
                && (t.charAt(num.end()) == '）' || t.charAt(num.end()) == ')'))
            return num.end() + 1; // numbering: （2）
        return -1;
    }

    /** The unit after the number; a trailing 万/亿 of the number belongs to it (12595万元 is 12595 万元). */
    private void unitAfter(Reading r) {
        Num num = r.num;
        if (num.multiplierAt() > 0) {
            // try the latest 万/亿/千/百 first: 三百万元 is 300 万元, 1.5千米 is 1.5 千米
            for (int m = num.end() - 1; m >= num.multiplierAt() && r.unit == null; m--) {
                if (!isUnitChar(t.charAt(m)) || m > num.multiplierAt() && isBigUnit(t.charAt(m - 1))) continue; // 万亿斤
                UnitHit u = units.at(m);
                if (u == null || !u.unit().isFigure()) continue;
                Num core = numbers.readPrefix(num, m);
                if (core != null) {
                    r.value = core.value();
                    r.numberEnd = core.end();
                    r.unit = u;
                    r.k = u.end();
                }
            }
        }
        if (r.unit == null) approximateUnit(r);
        if (r.unit == null) {
            r.unit = units.at(r.k);
            if (r.unit != null) r.k = r.unit.end();
        }
    }

    /** 300余人, 500余万元, 两千多万, 一百零几万: 余/多/几 between the number and its unit. */
    private void approximateUnit(Reading r) {
        int k = r.k;
        if (k + 1 < n && (t.charAt(k) == '零' || t.charAt(k) == '〇') && (t.charAt(k + 1) == '几' || t.charAt(k + 1) == '幾'))
            k++; // 一百零几万
        r.k = k;
        if (k >= n || "余多几幾".indexOf(t.charAt(k)) < 0) return;
        char q = t.charAt(k);
        int after = Chars.skipSpaces(t, k + 1);
        if (after < n && isBigUnit(t.charAt(after))) {
            k = after - 1;
            UnitHit u = units.at(k + 1);
            if (u != null && u.unit().isFigure()) {
                r.unit = u;
                r.postQualifier = String.valueOf(q);
                r.k = u.end();
            } else {
                r.value = r.value.multiply(Units.multiplier(t.charAt(k + 1)));
                r.postQualifier = q == '幾' ? "几" : String.valueOf(q);
                r.k = k + 2;
                r.numberEnd = r.k;
            }
        } else {
            UnitHit u = units.at(k + 1);
            if (u != null && u.unit().kind() != UnitKind.TIME) {
                r.postQualifier = String.valueOf(q);
                r.unit = u;
                r.k = u.end();
            }
        }
    }

    /** A closed range: 3-5个, 3至5个, 三至五个, 10000与20000之间. */
    private void range(Reading r) {
        UnitHit unit = r.unit;
        int sep = numbers.rangeSeparator(unit == null ? r.numberEnd : r.k);
        if (sep < 0) sep = between(unit == null ? r.numberEnd : r.k);
        if (sep < 0 || unit != null && unit.unit().kind() == UnitKind.TIME || !numbers.isNumberStart(sep)
                || unit != null && unit.unit().kind() == UnitKind.PERCENT && unit.text().equals("成"))
            return;
        Num second = numbers.read(sep);
        if (second == null || second.value() == null || second.value().compareTo(r.value) <= 0) return;
        UnitHit u2 = units.at(Chars.skipSpaces(t, second.end()));
        if (unit == null && u2 != null) {
            r.unit = u2;
            r.valueTo = second.value();
            r.k = u2.end();
            r.numberEnd = second.end();
        } else if (unit != null && (u2 == null || u2.text().equals(unit.text()))) {
            r.valueTo = second.value();
            r.k = u2 == null ? second.end() : u2.end();
        } else if (unit == null) {
            r.valueTo = second.value();
            r.numberEnd = second.end();
        }
    }

    /** "20和30之间", "10000与20000间": where the second number begins when 之间 or 间 follows it, or -1. */
    private int between(int at) {
        if (at >= n || t.charAt(at) != '与' && t.charAt(at) != '和' && t.charAt(at) != '至') return -1;
        if (!numbers.isNumberStart(at + 1)) return -1;
        Num second = numbers.read(at + 1);
        if (second == null) return -1;
        int k = Chars.skipSpaces(t, second.end());
        UnitHit u = units.at(k);
        if (u != null) k = Chars.skipSpaces(t, u.end());
        return t.startsWith("之间", k) || t.startsWith("间", k) ? at + 1 : -1;
    }

    /**
     * A time (2021年, 3个多月), a label (47号, 二期工程), numbering (1. 一、), a word (5G): the index after it,
     * or -1 for a figure.
     */
    private int timeOrLabel(Reading r) {
        int s = r.num.start();
        UnitHit unit = r.unit;
        int k = r.k;
        if (unit != null && (unit.text().equals("个") || unit.text().equals("個"))
                && (t.startsWith("多月", k) || t.startsWith("余月", k) || t.startsWith("半月", k)))
            return timeSpans.record(s, k + 2); // 3个多月
        if (unit != null && unit.unit().kind() == UnitKind.TIME) return timeSpans.record(s, k);
        if (unit != null && unit.text().equals("期") && k < n && isIdeograph(t.charAt(k))) return k; // 二期工程
        if (unit != null && unit.unit().kind() == UnitKind.LABEL) return units.afterLabel(k);
        if (unit != null && (unit.text().equals("岁") || unit.text().equals("周岁"))
                && (r.valueTo != null || t.startsWith("以下", k) || t.startsWith("以上", k) || t.startsWith("及以上", k)
                    || t.startsWith("以内", k)))
            return k; // an age band: 0-6岁儿童, 5岁以下, 65岁及以上
        if (unit == null) {
            int e = r.numberEnd;
            if (e < n && (t.charAt(e) == '.' || t.charAt(e) == '．' || t.charAt(e) == '、')
                    && (e + 1 >= n || !isArabic(t.charAt(e + 1))) && r.valueTo == null)
                return e + 1; // numbering: "1." "一、"
            if (e < n && isAsciiLetter(t.charAt(e)) && !r.num.chinese()) return labels.skipWord(e); // 5G, 3D
        }
        return -1;
    }

    /** Adds the figure with its qualifiers and base value; returns where scanning goes on. */
    private int emit(Reading r) {
        int s = r.num.start();
        int qEnd = s;
        while (qEnd > 0 && Chars.isSpace(t.charAt(qEnd - 1))) qEnd--; // 突破 300人
        String pre = lx.preQualifierEndingAt(t, qEnd, Math.max(0, qEnd - 6));
        int start = pre == null ? s : qEnd - pre.length();
        int end = r.unit == null ? r.numberEnd : r.k;
        if (r.postQualifier == null) {
            String q = postQualifier(end, r.unit == null);
            if (q != null) {
                r.postQualifier = q;
                end += q.length();
            }
        }
        String qualifier = pre == null ? r.postQualifier
                : r.postQualifier == null ? pre : pre + "…" + r.postQualifier;
        BigDecimal value = r.value;
        BigDecimal baseValue = null;
        String baseUnit = null;
        String unitText = null;
        UnitKind kind = null;
        UnitHit unit = r.unit;
        if (unit != null) {
            unitText = unit.text();
            kind = unit.unit().kind();
            if (unit.factor().compareTo(BigDecimal.ONE) != 0 || unit.baseUnit() != null) {
                baseUnit = unit.baseUnit() == null ? unit.unit().name() : unit.baseUnit();
                baseValue = strip(value.multiply(unit.factor()));
                if (unitText.equals("成") && end < n && t.charAt(end) == '半') {
                    value = value.add(new BigDecimal("0.5")); // 三成半
                    baseValue = strip(value.multiply(unit.factor()));
                    end++;
                }
                if (unitText.equals("折") && value.compareTo(BigDecimal.TEN) >= 0) {
                    if (value.compareTo(BigDecimal.TEN) == 0) return end; // 十折 is no discount
                    baseValue = value; // 75折 is 75%
                }
            }
            if ((kind == UnitKind.MEASURE || kind == UnitKind.COUNT) && r.valueTo == null && t.startsWith("半", end)
                    && (end + 1 >= n || !isIdeograph(t.charAt(end + 1)) || t.charAt(end + 1) == '的')) {
                value = value.add(new BigDecimal("0.5")); // 一吨半
                if (baseValue != null) baseValue = strip(value.multiply(unit.factor()));
                end++;
            }
            if (kind == UnitKind.MONEY && (unitText.equals("元") || unitText.equals("圆"))) {
                int[] endOut = {end};
                BigDecimal cents = units.jiaoFen(endOut);
                if (cents != null) {
                    value = value.add(cents);
                    if (baseValue != null) baseValue = value;
                    end = endOut[0];
                }
            }
        }
        found.add(new Found(start, end, value, r.valueTo, unitText, kind, baseValue, baseUnit, qualifier, s,
                unit == null ? r.numberEnd : r.k));
        return Math.max(end, s + 1);
    }

    /** A qualifier written after the figure ending at {@code end} (左右, 以上, 余), or null. */
    private String postQualifier(int end, boolean bare) {
        String q = lx.postQualifierAt(t, end);
        if (q != null && (q.equals("多") || q.equals("余")) && (bare || end + 1 < n && isIdeograph(t.charAt(end + 1))))
            return null; // 3个多月, 两千余: the word goes on, or a bare number
        if (q != null && bare && (q.equals("之多") || q.equals("上下"))) return null;
        return q;
    }
}
