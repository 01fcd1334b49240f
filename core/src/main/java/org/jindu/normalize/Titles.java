package org.jindu.normalize;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jindu.model.Period;

/**
 * Reads the title line of a report ("市教育局1-9月份分解落实2021年政府工作目标进展情况"): the body that
 * reports, the year and the months covered.
 */
public final class Titles {

    /**
     * What a title says.
     *
     * @param organization the reporting body, or null
     * @param year the year, or null
     * @param period the months covered, or null
     */
    public record Info(String organization, Integer year, Period period) {
    }

    private static final String KEYWORDS_REGEX = "情况|报告|进展|台账|汇总表|一览表|落实";
    private static final Pattern KEYWORDS = Pattern.compile(KEYWORDS_REGEX);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})\\s*年");
    private static final Pattern RANGE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*[-－—–~～至到]\\s*(\\d{1,2})\\s*月");
    private static final Pattern RANGE_CHINESE = Pattern.compile(
            "(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})\\s*[-－—–~～至到]\\s*([一二三四五六七八九十]{1,3})\\s*月");
    private static final Pattern FIRST_THREE_QUARTERS = Pattern.compile("前三季度");
    private static final Pattern QUARTER = Pattern.compile("第?([一二三四1-4])季度");
    private static final Pattern HALF = Pattern.compile("([上下])半年");
    private static final Pattern MONTH = Pattern.compile("(?<![\\d\\-－—–~～至到])(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*日)");
    private static final Pattern WHOLE_YEAR = Pattern.compile("全年|年度");
    private static final String TRIM_CHARS = " \t，,、：:；;。.（(《“\"-—－_";

    private Titles() {
    }

    /**
     * Parses a cleaned title. The year is the first "dddd年"; the period is a month range ("1-9月"),
     * a quarter ("一季度", "前三季度"), a half ("上半年"), a single month ("9月份") or, when no month is
     * named, "全年"/"年度" for 1-12. The organization is the text before the first year or period
     * expression, without a leading "关于" and without trailing punctuation.
     *
     * @param cleanedTitle the title line, may be null
     * @return what was found; each part null when absent or invalid
     */
    public static Info parse(String cleanedTitle) {
        if (cleanedTitle == null || cleanedTitle.isBlank())
            return new Info(null, null, null);
        String t = cleanedTitle.strip();

        Integer year = null;
        int firstExpr = Integer.MAX_VALUE;
        Matcher y = YEAR.matcher(t);
        if (y.find()) {
            year = Integer.valueOf(y.group(1));
            firstExpr = y.start();
        }

        Period period = null;
        int periodStart = -1;
        Matcher m;
        if ((m = RANGE.matcher(t)).find()) {
            period = period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            periodStart = m.start();
        } else if ((m = RANGE_CHINESE.matcher(t)).find()) {
            BigDecimal from = ChineseNumerals.parse(m.group(1));
            BigDecimal to = ChineseNumerals.parse(m.group(2));
            if (from != null && to != null)
                period = period(from.intValue(), to.intValue());
            periodStart = m.start();
        } else if ((m = FIRST_THREE_QUARTERS.matcher(t)).find()) {
            period = new Period(1, 9);
            periodStart = m.start();
        } else if ((m = QUARTER.matcher(t)).find()) {
            int q = "一1".indexOf(m.group(1)) >= 0 ? 1 : "二2".indexOf(m.group(1)) >= 0 ? 2
                    : "三3".indexOf(m.group(1)) >= 0 ? 3 : 4;
            period = new Period(3 * q - 2, 3 * q);
            periodStart = m.start();
        } else if ((m = HALF.matcher(t)).find()) {
            period = m.group(1).equals("上") ? new Period(1, 6) : new Period(7, 12);
            periodStart = m.start();
        } else if ((m = MONTH.matcher(t)).find()) {
            int n = Integer.parseInt(m.group(1));
            period = period(n, n);
            periodStart = m.start();
        } else if ((m = WHOLE_YEAR.matcher(t)).find()) {
            period = new Period(1, 12);
            periodStart = m.start();
        }
        if (periodStart >= 0)
            firstExpr = Math.min(firstExpr, periodStart);

        String organization = null;
        if (firstExpr != Integer.MAX_VALUE)
            organization = organization(t.substring(0, firstExpr));
        return new Info(organization, year, period);
    }

    private static Period period(int from, int to) {
        if (from < 1 || from > 12 || to < from || to > 12)
            return null;
        return new Period(from, to);
    }

    private static String organization(String before) {
        String s = before.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            String old = s;
            if (s.startsWith("关于"))
                s = s.substring(2);
            for (String tail : new String[] {"关于", "截至", "截止"})
                if (s.endsWith(tail))
                    s = s.substring(0, s.length() - tail.length());
            s = trimChars(s);
            changed = !s.equals(old);
        }
        return s.isEmpty() ? null : s;
    }

    private static String trimChars(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && Character.isWhitespace(s.charAt(a)))
            a++;
        while (b > a && (TRIM_CHARS.indexOf(s.charAt(b - 1)) >= 0 || Character.isWhitespace(s.charAt(b - 1))
                || Character.isSpaceChar(s.charAt(b - 1))))
            b--;
        return s.substring(a, b);
    }

    /**
     * Whether a cleaned line looks like a report title: one line of at least 8 characters that contains
     * 情况, 报告, 进展, 台账, 汇总表, 一览表 or 落实.
     *
     * @param cleaned the line, may be null
     * @return true when it looks like a title
     */
    public static boolean looksLikeTitle(String cleaned) {
        if (cleaned == null)
            return false;
        String t = cleaned.strip();
        if (t.indexOf('\n') >= 0)
            return false;
        return t.codePointCount(0, t.length()) >= 8 && KEYWORDS.matcher(t).find();
    }
}
