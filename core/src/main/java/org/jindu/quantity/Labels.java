package org.jindu.quantity;

import static org.jindu.quantity.Chars.isArabic;
import static org.jindu.quantity.Chars.isAsciiLetter;
import static org.jindu.quantity.Chars.isIdeograph;
import static org.jindu.quantity.Chars.isNumeralChar;

/**
 * Text that holds numbers but no figure, to be skipped whole: web addresses, 《titles》, short quoted names
 * (“三区”), document numbers (〔2021〕47号), issuers (十政办发〔), words such as 5G.
 */
final class Labels {
    private final String t;
    private final int n;

    Labels(String text) {
        this.t = text;
        this.n = text.length();
    }

    /** The index after a skipped span starting with the character at {@code i}, or -1. */
    int skipAt(int i) {
        char c = t.charAt(i);
        return switch (c) {
            case 'h' -> url(i);
            case '《' -> title(i);
            case '“', '「', '"', '‘' -> {
                int close = closingQuote(i);
                yield close > 0 ? close + 1 : -1;
            }
            case '〔', '【', '[', '［' -> documentNumber(i);
            default -> -1;
        };
    }

    private int url(int i) {
        if (!t.startsWith("http://", i) && !t.startsWith("https://", i)) return -1;
        int k = i;
        while (k < n && t.charAt(k) > ' ' && t.charAt(k) < 0x2E80) k++;
        return k;
    }

    private int title(int i) {
        int close = t.indexOf('》', i + 1);
        return close > 0 && close - i <= 200 ? close + 1 : -1;
    }

    /** A short quoted name holding a numeral ("“三区”", "“十三五”"): the index of its closing quote, or -1. */
    private int closingQuote(int open) {
        char o = t.charAt(open);
        char want = switch (o) {
            case '“' -> '”';
            case '「' -> '」';
            case '‘' -> '’';
            default -> '"';
        };
        int limit = Math.min(n, open + 20);
        boolean numeral = false;
        boolean other = false;
        for (int k = open + 1; k < limit; k++) {
            char c = t.charAt(k);
            if (c == want) return numeral && other ? k : -1;
            if (isArabic(c) || isNumeralChar(c)) numeral = true;
            else other = true;
        }
        return -1;
    }

    /** "〔2021〕47号", "[2021]47 号": the index after the 号, or -1. */
    private int documentNumber(int open) {
        int k = open + 1;
        int digits = 0;
        while (k < n && isArabic(t.charAt(k))) {
            k++;
            digits++;
        }
        if (digits != 4 || k >= n || "〕】]］".indexOf(t.charAt(k)) < 0) return -1;
        k++;
        int m = Chars.skipSpaces(t, k);
        int d = 0;
        while (m < n && isArabic(t.charAt(m))) {
            m++;
            d++;
        }
        m = Chars.skipSpaces(t, m);
        if (d > 0 && m < n && t.charAt(m) == '号') return m + 1;
        return k; // the year in brackets alone is still no figure
    }

    /** "十政办发〔": the numeral abbreviates a place in a document issuer's name. */
    boolean issuesDocuments(int from) {
        int limit = Math.min(n - 1, from + 10);
        for (int k = from; k < limit; k++) {
            char c = t.charAt(k);
            if (c == '发' && "〔[【［(（".indexOf(t.charAt(k + 1)) >= 0) return true;
            if (!isIdeograph(c)) return false;
        }
        return false;
    }

    /** The end of a word of letters and digits (5G, 3D) starting at {@code e}. */
    int skipWord(int e) {
        int k = e;
        while (k < n && (isAsciiLetter(t.charAt(k)) || isArabic(t.charAt(k)))) k++;
        return k;
    }
}
