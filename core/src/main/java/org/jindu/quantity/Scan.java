package org.jindu.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.jindu.normalize.ChineseNumerals;

/**
 * One pass over one text: finds numbers, their units and qualifiers, time expressions, and what is not a
 * figure. Not thread-safe; one instance per call.
 */
final class Scan {
    /** A number found in the text, with what stands around it. */
    record Found(int start, int end, BigDecimal value, BigDecimal valueTo, String unit, UnitKind kind,
            BigDecimal baseValue, String baseUnit, String qualifier, int numberStart, int unitEnd) {
    }

    /** A time expression: "2021年", "截止8月28日", "今年". */
    record Span(int start, int end) {
    }

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private final Lexicon lx;
    private final String t;
    private final int n;
    final List<Found> found = new ArrayList<>();
    final List<Span> times = new ArrayList<>();

    Scan(Lexicon lexicon, String text) {
        this.lx = lexicon;
        this.t = text;
        this.n = text.length();
    }

    Scan run() {
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (lx.hasPhrasesAt(c)) {
                Lexicon.Phrase p = lx.phraseAt(t, i);
                if (p != null) {
                    if (p.time()) i = time(i, i + p.text().length());
                    else i += p.text().length();
                    continue;
                }
            }
            switch (c) {
                case 'h' -> {
                    if (t.startsWith("http://", i) || t.startsWith("https://", i)) {
                        int k = i;
                        while (k < n && t.charAt(k) > ' ' && t.charAt(k) < 0x2E80) k++;
                        i = k;
                        continue;
                    }
                }
                case '《' -> {
                    int close = t.indexOf('》', i + 1);
                    if (close > 0 && close - i <= 200) {
                        i = close + 1;
                        continue;
                    }
                }
                case '“', '「', '"', '‘' -> {
                    int close = closingQuote(i);
                    if (close > 0) {
                        i = close + 1;
                        continue;
                    }
                }
                case '〔', '【', '[', '［' -> {
                    int after = documentNumber(i);
                    if (after > 0) {
                        i = after;
                        continue;
                    }
                }
                case '对', '對' -> {
                    if (i > 0 && t.charAt(i - 1) == '打' && i + 1 < n && t.charAt(i + 1) == '折') {
                        add(new Found(i, i + 2, BigDecimal.valueOf(5), null, "折", UnitKind.PERCENT,
                                BigDecimal.valueOf(50), "%", null, i, i + 2));
                        i += 2;
                        continue;
                    }
                }
                case '百', '佰', '千', '仟', '万', '萬' -> {
                    int after = perPrefix(i);
                    if (after > 0) {
                        i = after;
                        continue;
                    }
                }
                default -> {
                }
            }
            if (isNumberStart(i)) {
                i = number(i);
                continue;
            }
            i++;
        }
        return this;
    }

    // ---- what is skipped

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
        int m = skipSpaces(k);
        int d = 0;
        while (m < n && isArabic(t.charAt(m))) {
            m++;
            d++;
        }
        m = skipSpaces(m);
        if (d > 0 && m < n && t.charAt(m) == '号') return m + 1;
        return k; // the year in brackets alone is still no figure
    }

    // ---- numbers

    private boolean isNumberStart(int i) {
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
            boolean point = (d == '.' || d == '．') && i + 2 < n && isArabic(t.charAt(i + 2));
            return !prevNumber && (isArabic(d) || point || ChineseNumerals.digitOf(d) >= 0 || d == '十' || d == '拾');
        }
        if ((c == '.' || c == '．') && i + 1 < n && isArabic(t.charAt(i + 1)))
            return i == 0 || !(isArabic(t.charAt(i - 1)) || t.charAt(i - 1) == '.');
        return false;
    }

    /** A number as read: [start, end), its value, and where a trailing 万/亿 begins (or -1). */
    record Num(int start, int end, BigDecimal value, int multiplierAt, boolean chinese) {
    }

    /** Reads the longest number at {@code i}, or null. */
    Num readNumber(int i) {
        if (i >= n) return null;
        int j = i;
        boolean negative = false;
        char c0 = t.charAt(i);
        if (c0 == '负' || c0 == '負' || c0 == '-' || c0 == '－') {
            negative = true;
            j++;
        }
        StringBuilder sb = new StringBuilder(16);
        int[] pos = new int[Math.min(64, n - j) + 2];
        boolean chinese = false;
        boolean pointInGroup = false;
        int k = j;
        while (k < n && sb.length() < pos.length - 1) {
            char ch = t.charAt(k);
            if (isArabic(ch)) {
                pos[sb.length()] = k;
                sb.append(ascii(ch));
                k++;
            } else if (isNumeralChar(ch)) {
                pos[sb.length()] = k;
                sb.append(ch);
                chinese = true;
                pointInGroup = false;
                k++;
            } else if ((ch == '.' || ch == '．') && !pointInGroup && k + 1 < n && isArabic(t.charAt(k + 1))
                    && (k == j || isArabic(t.charAt(k - 1)))) {
                pos[sb.length()] = k;
                sb.append(k == j ? "0" : "").append('.');
                if (k == j) pos[sb.length() - 1] = k;
                pointInGroup = true;
                k++;
            } else if ((ch == ',' || ch == '，' && isWide(t.charAt(k - 1)) && k + 1 < n && isWide(t.charAt(k + 1)))
                    && k > j && thousands(j, k)) {
                k++;
            } else if ((ch == '点' || ch == '點') && k > j && k + 1 < n
                    && (isArabic(t.charAt(k - 1)) || isNumeralChar(t.charAt(k - 1)) || isSpace(t.charAt(k - 1)))
                    && (isArabic(at(skipSpaces(k + 1)))
                        || ChineseNumerals.digitOf(at(skipSpaces(k + 1))) >= 0
                            && "两兩倆".indexOf(at(skipSpaces(k + 1))) < 0)
                    && sb.indexOf("点") < 0 && sb.indexOf(".") < 0) {
                pos[sb.length()] = k;
                sb.append('点');
                chinese = true;
                k = skipSpaces(k + 1);
            } else if (isSpace(ch) && k > j) {
                int m = k;
                while (m < n && isSpace(t.charAt(m))) m++;
                if (m >= n) break;
                char next = t.charAt(m);
                char prev = t.charAt(k - 1);
                if (isNumeralChar(next) && (chinese || isBigUnit(next))) k = m; // 三千 九百, 1000 万
                else if ((next == '点' || next == '點') && chinese && m + 1 < n
                        && ChineseNumerals.digitOf(at(skipSpaces(m + 1))) >= 0) k = m; // 二十六 点三三
                else if (isArabic(next) && isUnitChar(prev) && followedByUnitChar(m)) k = m; // 7万 5千
                else break;
            } else {
                break;
            }
        }
        if (sb.length() == 0) return null;
        if (sb.length() >= 3 && approximate(sb))
            return new Num(i, pos[sb.length() - 1] + 1, null, -1, true); // 二三十: twenty or thirty
        int len = sb.length();
        while (len > 0) {
            String s = sb.substring(0, len);
            BigDecimal v = value(s);
            if (v != null) {
                int end = pos[len - 1] + 1;
                if (!chinese && !s.contains(".") && end < n && (t.charAt(end) == '.' || t.charAt(end) == '．')
                        && end + 1 < n && isArabic(t.charAt(end + 1)))
                    return null; // "2222.2222.22": a run of points, no number
                int mult = -1;
                char last = s.charAt(len - 1);
                if (len > 1 && isUnitChar(last)) {
                    int m = len - 1;
                    while (m > 0 && isUnitChar(s.charAt(m - 1))) m--;
                    if (m > 0) mult = pos[m];
                }
                if (chinese && len == 1 && isCapitalDigit(last) && end < n && isIdeograph(t.charAt(end))
                        && "又点點分".indexOf(t.charAt(end)) < 0 && lx.unitAt(t, end) == null)
                    return null; // 陆地, 入伍: a 大写 digit alone inside a word
                if (!chinese && len == sb.length()) {
                    int[] endOut = {end};
                    v = scaled(v, endOut);
                    end = endOut[0];
                }
                return new Num(i, end, negative ? v.negate() : v, mult, chinese);
            }
            len--;
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
        if (c == 'e' || c == 'E' || c == 'ｅ' || c == 'Ｅ') {
            int m = k + 1;
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
        if (c == '^') {
            int m = k + 1;
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

    /** 百分之九十, 千分之三: a percentage or per-mille, the index after it, or -1. */
    private int perPrefix(int i) {
        String unit;
        int skip;
        for (String[] big : new String[][] {{"百万万分之", "10000000000"}, {"百万分之", "1000000"}, {"千万分之", "10000000"},
            {"万万分之", "100000000"}}) {
            if (!t.startsWith(big[0], i)) continue;
            int k = i + big[0].length();
            Num v = k < n && isNumberStart(k) ? readNumber(k) : null;
            if (v == null || v.value == null) return -1;
            BigDecimal pct = strip(v.value.multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(big[1])));
            add(new Found(i, v.end, pct, null, "%", UnitKind.PERCENT, null, null, null, i, v.end));
            return v.end;
        }
        if (startsWithSpaced(i, "百分之")) unit = "%";
        else if (startsWithSpaced(i, "佰分之")) unit = "%";
        else if (startsWithSpaced(i, "千分之") || startsWithSpaced(i, "仟分之")) unit = "‰";
        else if (startsWithSpaced(i, "万分之") || startsWithSpaced(i, "萬分之")) unit = "‱";
        else return -1;
        skip = spacedLength(i, 3);
        int k = skipSpaces(i + skip);
        if (k < n && (t.charAt(k) == '百' || t.charAt(k) == '佰')
                && (k + 1 >= n || !isNumeralChar(t.charAt(k + 1)) || t.charAt(k + 1) == '分')) {
            add(new Found(i, k + 1, BigDecimal.valueOf(100), null, unit, UnitKind.PERCENT, null, null, null, i,
                    k + 1));
            return k + 1;
        }
        Num v = k < n && isNumberStart(k) ? readNumber(k) : null;
        if (v == null || v.value == null) return i + skip;
        int end = v.end;
        BigDecimal value = v.value;
        if (unit.equals("‱")) {
            add(new Found(i, end, value, null, "‱", UnitKind.PERCENT, value.divide(BigDecimal.valueOf(100)), "%",
                    null, i, end));
        } else {
            add(new Found(i, end, value, null, unit, UnitKind.PERCENT, null, null, null, i, end));
        }
        return end;
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

    /** Handles the number starting at {@code i}; returns where scanning goes on. */
    private int number(int i) {
        Num num = readNumber(i);
        if (num == null) return i + 1;
        if (num.value == null) return num.end;
        int s = num.start;
        // an ordinal or an item number: 第12项, 第二期
        int before = s - 1;
        while (before >= 0 && isSpace(t.charAt(before))) before--;
        if (before >= 0 && t.charAt(before) == '第') return afterLabel(num.end);
        if (num.chinese && issuesDocuments(num.end)) return num.end; // 十政办发〔2021〕1号: 十 is 十堰
        // a fraction: 三分之一, 3/5, 1 3/5, 三百五又三分之一
        int fr = fraction(num);
        if (fr > 0) return fr;
        fr = slashFraction(num);
        if (fr > 0) return fr;
        fr = mixedFraction(num);
        if (fr > 0) return fr;
        if (s > 0 && "$￥¥".indexOf(t.charAt(s - 1)) >= 0) {
            String sym = String.valueOf(t.charAt(s - 1));
            boolean yuan = !sym.equals("$");
            add(new Found(s - 1, num.end, num.value, null, sym, UnitKind.MONEY, yuan ? num.value : null,
                    yuan ? "元" : null, null, s, num.end));
            return num.end;
        }
        if (s > 0 && (t.charAt(s - 1) == '（' || t.charAt(s - 1) == '(') && num.end < n
                && (t.charAt(num.end) == '）' || t.charAt(num.end) == ')'))
            return num.end + 1; // numbering: （2）

        BigDecimal value = num.value;
        int numberEnd = num.end;
        String postQualifier = null;
        // trailing 万/亿 before a unit belongs to the unit: 12595万元 is 12595 万元
        int k = skipSpaces(numberEnd);
        UnitHit unit = null;
        if (num.multiplierAt > 0) {
            // try the latest 万/亿/千/百 first: 三百万元 is 300 万元, 1.5千米 is 1.5 千米
            for (int m = num.end - 1; m >= num.multiplierAt && unit == null; m--) {
                if (!isUnitChar(t.charAt(m))) continue;
                UnitHit u = unitAt(m);
                if (u == null || !u.unit.isFigure()) continue;
                Num core = readPrefix(num, m);
                if (core != null) {
                    value = core.value;
                    numberEnd = core.end;
                    unit = u;
                    k = u.end;
                }
            }
        }
        // 300余人, 500余万
        if (unit == null && k + 1 < n && (t.charAt(k) == '零' || t.charAt(k) == '〇')
                && (t.charAt(k + 1) == '几' || t.charAt(k + 1) == '幾'))
            k++; // 一百零几万
        if (unit == null && k < n && "余多几幾".indexOf(t.charAt(k)) >= 0) {
            char q = t.charAt(k);
            int after = skipSpaces(k + 1);
            if (after < n && isBigUnit(t.charAt(after))) {
                k = after - 1;
                UnitHit u = unitAt(k + 1);
                if (u != null && u.unit.isFigure()) {
                    unit = u;
                    postQualifier = String.valueOf(q);
                    k = u.end;
                } else if (q == '几' || q == '幾') {
                    value = value.multiply(t.charAt(k + 1) == '亿' || t.charAt(k + 1) == '億' ? YI : WAN);
                    postQualifier = "几";
                    k += 2;
                    numberEnd = k;
                } else {
                    value = value.multiply(t.charAt(k + 1) == '亿' || t.charAt(k + 1) == '億' ? YI : WAN);
                    postQualifier = String.valueOf(q);
                    k += 2;
                    numberEnd = k;
                }
            } else {
                UnitHit u = unitAt(k + 1);
                if (u != null && u.unit.kind() != UnitKind.TIME) {
                    postQualifier = String.valueOf(q);
                    unit = u;
                    k = u.end;
                }
            }
        }
        if (unit == null) {
            unit = unitAt(k);
            if (unit != null) k = unit.end;
        }
        // a range: 3-5个, 3至5个, 7-9月
        BigDecimal valueTo = null;
        int r = unit == null ? numberEnd : k;
        int sep = rangeSeparator(r);
        if (sep > 0 && (unit == null || unit.unit.kind() != UnitKind.TIME) && isNumberStart(sep)
                && !(unit != null && unit.unit.kind() == UnitKind.PERCENT && unit.text.equals("成"))) {
            Num second = readNumber(sep);
            if (second != null && second.value != null && second.value.compareTo(value) > 0) {
                int k2 = skipSpaces(second.end);
                UnitHit u2 = unitAt(k2);
                if (unit == null && u2 != null) {
                    unit = u2;
                    valueTo = second.value;
                    k = u2.end;
                    numberEnd = second.end;
                } else if (unit != null && (u2 == null || u2.text.equals(unit.text))) {
                    valueTo = second.value;
                    k = u2 == null ? second.end : u2.end;
                } else if (unit == null) {
                    valueTo = second.value;
                    numberEnd = second.end;
                }
            }
        }

        if (unit != null && (unit.text.equals("个") || unit.text.equals("個"))
                && (t.startsWith("多月", k) || t.startsWith("余月", k) || t.startsWith("半月", k)))
            return time(s, k + 2); // 3个多月
        if (unit != null && unit.unit.kind() == UnitKind.TIME) return time(s, k);
        if (unit != null && unit.text.equals("期") && k < n && isIdeograph(t.charAt(k))) return k; // 二期工程
        if (unit != null && unit.unit.kind() == UnitKind.LABEL) return afterLabel(k);
        if (unit == null) {
            int e = numberEnd;
            if (e < n && (t.charAt(e) == '.' || t.charAt(e) == '．' || t.charAt(e) == '、')
                    && (e + 1 >= n || !isArabic(t.charAt(e + 1))) && valueTo == null)
                return e + 1; // numbering: "1." "一、"
            if (e < n && isAsciiLetter(t.charAt(e)) && !num.chinese) return skipWord(e); // 5G, 3D
        }
        // qualifiers
        String pre = lx.preQualifierEndingAt(t, s, Math.max(0, s - 4));
        int start = pre == null ? s : s - pre.length();
        int end = unit == null ? numberEnd : k;
        if (postQualifier == null) {
            String q = lx.postQualifierAt(t, end);
            if (q != null && (q.equals("多") || q.equals("余"))
                    && (unit == null || end + 1 < n && isIdeograph(t.charAt(end + 1))))
                q = null; // 3个多月, 两千余: the word goes on, or a bare number
            if (q != null && unit == null && (q.equals("之多") || q.equals("上下")))
                q = null;
            if (q != null) {
                postQualifier = q;
                end += q.length();
            }
        }
        String qualifier = pre == null ? postQualifier : postQualifier == null ? pre : pre + "…" + postQualifier;
        BigDecimal baseValue = null;
        String baseUnit = null;
        String unitText = null;
        UnitKind kind = null;
        if (unit != null) {
            unitText = unit.text;
            kind = unit.unit.kind();
            if (unit.factor.compareTo(BigDecimal.ONE) != 0 || unit.baseUnit != null) {
                baseUnit = unit.baseUnit == null ? unit.unit.name() : unit.baseUnit;
                baseValue = strip(value.multiply(unit.factor));
                if (unitText.equals("成") && end < n && t.charAt(end) == '半') {
                    value = value.add(new BigDecimal("0.5")); // 三成半
                    baseValue = strip(value.multiply(unit.factor));
                    end++;
                }
                if (unitText.equals("折") && value.compareTo(BigDecimal.TEN) >= 0) {
                    if (value.compareTo(BigDecimal.TEN) == 0) return end; // 十折 is no discount
                    baseValue = value; // 75折 is 75%
                }
            }
            if (kind == UnitKind.MONEY && (unitText.equals("元") || unitText.equals("圆"))) {
                int[] endOut = {end};
                BigDecimal cents = jiaoFen(endOut);
                if (cents != null) {
                    value = value.add(cents);
                    if (baseValue != null) baseValue = value;
                    end = endOut[0];
                }
            }
        }
        add(new Found(start, end, value, valueTo, unitText, kind, baseValue, baseUnit, qualifier, s,
                unit == null ? numberEnd : k));
        return Math.max(end, s + 1);
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal r = v.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** 元 followed by 3角5分 or 零5分: the decimal part in 元, or null. */
    private BigDecimal jiaoFen(int[] end) {
        int k = end[0];
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        if (k < n && (t.charAt(k) == '零' || t.charAt(k) == '〇')) k++;
        for (String[] place : new String[][] {{"角毛", "0.1"}, {"分", "0.01"}}) {
            if (k >= n) break;
            int d = isArabic(t.charAt(k)) ? ascii(t.charAt(k)) - '0' : ChineseNumerals.digitOf(t.charAt(k));
            if (d < 0 || k + 1 >= n || place[0].indexOf(t.charAt(k + 1)) < 0) continue;
            sum = sum.add(new BigDecimal(place[1]).multiply(BigDecimal.valueOf(d)));
            k += 2;
            any = true;
        }
        if (!any) return null;
        end[0] = k;
        return sum;
    }

    /** Re-reads a number's text up to {@code limit} (its trailing 万/亿 left off). */
    private Num readPrefix(Num num, int limit) {
        String sub = t.substring(num.start, limit).strip();
        if (sub.isEmpty()) return null;
        Scan inner = new Scan(lx, sub);
        Num v = inner.readNumber(0);
        if (v == null || v.end != sub.length()) return null;
        return new Num(num.start, num.start + v.end, v.value, -1, v.chinese);
    }

    private int fraction(Num num) {
        int k = skipSpaces(num.end);
        if (!t.startsWith("分", k)) return -1;
        int z = skipSpaces(k + 1);
        if (!t.startsWith("之", z)) return -1;
        int m = skipSpaces(z + 1);
        if (m >= n || !isNumberStart(m)) return -1;
        Num top = readNumber(m);
        if (top == null || top.value == null || num.value.signum() == 0) return -1;
        BigDecimal v = top.value.divide(num.value, MathContext.DECIMAL64);
        add(new Found(num.start, top.end, strip(v), null, null, null, null, null, null, num.start, top.end));
        return top.end;
    }

    /** 3/5, -3/2, and "1 3/5" read from its whole part. */
    private int slashFraction(Num num) {
        if (num.chinese) return -1;
        int k = num.end;
        if (k < n && (t.charAt(k) == '/' || t.charAt(k) == '／') && k + 1 < n && isArabic(t.charAt(k + 1))) {
            Num den = readNumber(k + 1);
            if (den == null || den.value.signum() == 0 || den.end < n && (t.charAt(den.end) == '/' || t.charAt(den.end) == '／'))
                return -1;
            add(new Found(num.start, den.end, strip(num.value.divide(den.value, MathContext.DECIMAL64)), null, null,
                    null, null, null, null, num.start, den.end));
            return den.end;
        }
        if (k + 1 < n && isSpace(t.charAt(k)) && isArabic(t.charAt(k + 1)) && num.value.scale() <= 0) {
            Num top = readNumber(k + 1);
            if (top == null || top.chinese || top.end >= n || (t.charAt(top.end) != '/' && t.charAt(top.end) != '／'))
                return -1;
            Num den = top.end + 1 < n && isArabic(t.charAt(top.end + 1)) ? readNumber(top.end + 1) : null;
            if (den == null || den.value.signum() == 0) return -1;
            BigDecimal f = top.value.divide(den.value, MathContext.DECIMAL64);
            BigDecimal v = num.value.signum() < 0 ? num.value.subtract(f) : num.value.add(f);
            add(new Found(num.start, den.end, strip(v), null, null, null, null, null, null, num.start, den.end));
            return den.end;
        }
        return -1;
    }

    /** 三百五又三分之一: a whole number and a fraction joined by 又. */
    private int mixedFraction(Num num) {
        int k = skipSpaces(num.end);
        if (k >= n || t.charAt(k) != '又') return -1;
        int m = skipSpaces(k + 1);
        if (m >= n || !isNumberStart(m)) return -1;
        Num den = readNumber(m);
        if (den == null || den.value == null || den.value.signum() == 0) return -1;
        int z = skipSpaces(den.end);
        if (!t.startsWith("分", z)) return -1;
        z = skipSpaces(z + 1);
        if (!t.startsWith("之", z)) return -1;
        int q = skipSpaces(z + 1);
        if (q >= n || !isNumberStart(q)) return -1;
        Num top = readNumber(q);
        if (top == null || top.value == null) return -1;
        BigDecimal f = top.value.divide(den.value, MathContext.DECIMAL64);
        BigDecimal v = num.value.signum() < 0 ? num.value.subtract(f) : num.value.add(f);
        add(new Found(num.start, top.end, strip(v), null, null, null, null, null, null, num.start, top.end));
        return top.end;
    }

    private int rangeSeparator(int at) {
        if (at >= n) return -1;
        char c = t.charAt(at);
        if (c == '-' || c == '~' || c == '～' || c == '—' || c == '－' || c == '至' || c == '到' || c == '–')
            return at + 1;
        if (t.startsWith("——", at)) return at + 2;
        return -1;
    }

    /** A unit at {@code k}, possibly after 万/亿 ("万元", "亿元", "万人次"). */
    private record UnitHit(Unit unit, String text, int end, BigDecimal factor, String baseUnit) {
    }

    private UnitHit unitAt(int k) {
        if (k >= n) return null;
        int m = k;
        BigDecimal mult = BigDecimal.ONE;
        while (m < n && isBigUnit(t.charAt(m))) {
            char c = t.charAt(m);
            mult = mult.multiply(c == '万' || c == '萬' ? WAN : YI);
            m++;
        }
        Unit u = lx.unitAt(t, m);
        int[] len = {0};
        Unit spaced = m == k && m + 1 < n && isSpace(t.charAt(m + 1)) || m == k && u != null
                ? lx.spacedUnitAt(t, m, len) : null;
        if (spaced != null && (u == null || spaced.name().length() > u.name().length()))
            return new UnitHit(spaced, spaced.name(), m + len[0], spaced.factor(), spaced.baseUnit());
        if (u == null) return null;
        if (m == k) return new UnitHit(u, u.name(), m + u.name().length(), u.factor(), u.baseUnit());
        if (!u.isFigure() || u.kind() == UnitKind.PERCENT) return null;
        String base = u.baseUnit() == null ? u.name() : u.baseUnit();
        return new UnitHit(u, t.substring(k, m) + u.name(), m + u.name().length(), mult.multiply(u.factor()), base);
    }

    /** A label like 47号, 一标段, 21小学: skip it with the label's unit. */
    private int afterLabel(int end) {
        int k = skipSpaces(end);
        Unit u = lx.unitAt(t, k);
        return u != null ? k + u.name().length() : end;
    }

    private int skipWord(int e) {
        int k = e;
        while (k < n && (isAsciiLetter(t.charAt(k)) || isArabic(t.charAt(k)))) k++;
        return k;
    }

    // ---- time

    /** Records a time expression from {@code start} to {@code end} and whatever extends it; returns its end. */
    private int time(int start, int end) {
        int s = start;
        for (String p : new String[] {"截至", "截止到", "截止"}) {
            if (s >= p.length() && t.startsWith(p, s - p.length())) {
                s -= p.length();
                break;
            }
        }
        int e = end;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String w : new String[] {"中下旬", "上旬", "中旬", "下旬", "上半年", "下半年", "底", "初", "末", "中",
                "份", "以来", "前", "后"}) {
                if (t.startsWith(w, e) && !(w.equals("中") && e + 1 < n && isIdeograph(t.charAt(e + 1))
                        && !t.startsWith("中旬", e))) {
                    e += w.length();
                    grew = true;
                    break;
                }
            }
            int k = skipSpaces(e);
            if (k < n && isNumberStart(k)) {
                Num next = readNumber(k);
                if (next != null) {
                    int u = skipSpaces(next.end);
                    Unit unit = lx.unitAt(t, u);
                    boolean day = t.startsWith("号", u) || t.startsWith("日", u);
                    if (day || (unit != null && unit.kind() == UnitKind.TIME)) {
                        e = u + (day ? 1 : unit.name().length());
                        grew = true;
                        continue;
                    }
                }
            }
            int sep = rangeSeparator(e);
            if (sep > 0) {
                int k2 = skipSpaces(sep);
                if (k2 < n && isNumberStart(k2)) {
                    Num next = readNumber(k2);
                    if (next != null) {
                        int u = skipSpaces(next.end);
                        Unit unit = lx.unitAt(t, u);
                        if (unit != null && unit.kind() == UnitKind.TIME) {
                            e = u + unit.name().length();
                            grew = true;
                        }
                    }
                } else if (k2 < n) {
                    Lexicon.Phrase p = lx.hasPhrasesAt(t.charAt(k2)) ? lx.phraseAt(t, k2) : null;
                    if (p != null && p.time()) {
                        e = k2 + p.text().length();
                        grew = true;
                    }
                }
            }
        }
        times.add(new Span(s, e));
        return e;
    }

    // ---- output

    private void add(Found f) {
        found.add(f);
    }

    // ---- characters

    /** The character at {@code k}, or NUL past the end. */
    private char at(int k) {
        return k < n ? t.charAt(k) : '\0';
    }

    private int skipSpaces(int k) {
        while (k < n && isSpace(t.charAt(k))) k++;
        return k;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** A full-width digit: only between these is "，" a thousands separator (４，５６５), elsewhere a list comma. */
    private static boolean isWide(char c) {
        return c >= '０' && c <= '９';
    }

    static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static char ascii(char c) {
        return c >= '０' ? (char) ('0' + (c - '０')) : c;
    }

    static boolean isNumeralChar(char c) {
        return ChineseNumerals.digitOf(c) >= 0 || "十拾百佰千仟万萬亿億廿卅兆".indexOf(c) >= 0;
    }

    private static boolean isBigUnit(char c) {
        return c == '万' || c == '萬' || c == '亿' || c == '億';
    }

    /** 万 亿 千 百 and their 大写: a trailing one may begin a unit (万元, 千米, 百万元). */
    private static boolean isUnitChar(char c) {
        return "万萬亿億千仟百佰兆".indexOf(c) >= 0;
    }

    /** "十政办发〔": the numeral abbreviates a place in a document issuer's name. */
    private boolean issuesDocuments(int from) {
        int limit = Math.min(n - 1, from + 10);
        for (int k = from; k < limit; k++) {
            char c = t.charAt(k);
            if (c == '发' && "〔[【［(（".indexOf(t.charAt(k + 1)) >= 0) return true;
            if (!isIdeograph(c)) return false;
        }
        return false;
    }

    private static boolean isCapitalDigit(char c) {
        return "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".indexOf(c) >= 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
