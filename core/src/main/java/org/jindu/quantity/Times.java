package org.jindu.quantity;

import static org.jindu.quantity.Chars.isIdeograph;

import java.util.List;
import org.jindu.quantity.Numbers.Num;
import org.jindu.quantity.Scan.Span;

/**
 * Time expressions: "2021年", "8 月 28 日", "9月底", "7-9月", "6月下旬至7月中旬", "截止8月28日", "今年". They are
 * recorded as spans, never as figures, and attached to the figures after them.
 */
final class Times {
    private static final String[] EXTENSIONS = {"中下旬", "上旬", "中旬", "下旬", "上半年", "下半年", "底", "初", "末",
        "中", "份", "以来", "前", "后"};
    private static final String[] AS_OF = {"截至", "截止到", "截止"};

    private final Lexicon lx;
    private final Numbers numbers;
    private final String t;
    private final int n;
    private final List<Span> out;

    Times(Lexicon lexicon, Numbers numbers, String text, List<Span> out) {
        this.lx = lexicon;
        this.numbers = numbers;
        this.t = text;
        this.n = text.length();
        this.out = out;
    }

    /** Records a time expression from {@code start} to {@code end} and whatever extends it; returns its end. */
    int record(int start, int end) {
        int s = start;
        for (String p : AS_OF) {
            if (s >= p.length() && t.startsWith(p, s - p.length())) {
                s -= p.length();
                break;
            }
        }
        int e = end;
        while (true) {
            int grown = extension(e);
            if (grown < 0) grown = nextTimeNumber(e);
            if (grown < 0) grown = rangeEnd(e);
            if (grown < 0) break;
            e = grown;
        }
        out.add(new Span(s, e));
        return e;
    }

    /** 底, 初, 下旬, 以来… right after the time: its end, or -1. */
    private int extension(int e) {
        for (String w : EXTENSIONS) {
            if (t.startsWith(w, e) && !(w.equals("中") && e + 1 < n && isIdeograph(t.charAt(e + 1))
                    && !t.startsWith("中旬", e)))
                return e + w.length();
        }
        return -1;
    }

    /** "8月 28日", "28号": a further time number: its end, or -1. */
    private int nextTimeNumber(int e) {
        int k = Chars.skipSpaces(t, e);
        if (k >= n || !numbers.isNumberStart(k)) return -1;
        Num next = numbers.read(k);
        if (next == null) return -1;
        int u = Chars.skipSpaces(t, next.end());
        Unit unit = lx.unitAt(t, u);
        boolean day = t.startsWith("号", u) || t.startsWith("日", u);
        if (day) return u + 1;
        if (unit != null && unit.kind() == UnitKind.TIME) return u + unit.name().length();
        return -1;
    }

    /** "至7月中旬", "-9月", "至今年": the end of a time range, or -1. */
    private int rangeEnd(int e) {
        int sep = numbers.rangeSeparator(e);
        if (sep < 0) return -1;
        int k2 = Chars.skipSpaces(t, sep);
        if (k2 < n && numbers.isNumberStart(k2)) {
            Num next = numbers.read(k2);
            if (next == null) return -1;
            int u = Chars.skipSpaces(t, next.end());
            Unit unit = lx.unitAt(t, u);
            if (unit != null && unit.kind() == UnitKind.TIME) return u + unit.name().length();
        } else if (k2 < n) {
            Lexicon.Phrase p = lx.hasPhrasesAt(t.charAt(k2)) ? lx.phraseAt(t, k2) : null;
            if (p != null && p.time()) return k2 + p.text().length();
        }
        return -1;
    }
}
