package org.jindu.quantity;

import java.util.List;

/**
 * What a figure counts, by rule: the noun phrase before it in its clause ("全市招聘补充教师879人" gives
 * 招聘补充教师), or after a measure word when the clause goes on ("展示了16节示范课" gives 示范课); for
 * "占X的68.1%", X.
 */
final class Subjects {
    private static final String CLAUSE_BREAK = "，。；：！？,;:!?\n";
    private static final String SENTENCE_BREAK = "。；！？;!?\n";
    private static final int MAX_BEFORE = 40;
    private static final int MAX_AFTER = 14;
    /** A time further back than this is taken to belong to another sentence. */
    private static final int MAX_SENTENCE = 400;
    private static final String[] LEADING = {"其中", "全市", "我市", "全省", "全区", "全县", "本市", "共有", "共计",
        "累计", "已有", "现有", "已经", "已", "有", "从", "共", "并", "同时", "另外", "此外", "分别", "合计", "总计",
        "还", "再", "新增加", "即"};
    private static final String[] TRAILING = {"分别为", "分别是", "共计", "合计", "总计", "累计", "已达", "达到", "达",
        "为", "是", "有", "计", "共", "约", "总共", "增加", "增至", "超过", "突破", "已", "就", "已完成", "完成"};
    private static final String[] STOPS = {"已经", "已", "正在", "上报", "均", "全部", "都", "将", "被", "的", "进行",
        "参加", "完成", "开工", "竣工", "通过", "得到", "获得", "达到", "投入", "实现", "开展", "建成", "封顶", "和", "及",
        "在", "共", "累计", "顺利", "陆续", "先后", "分别", "并", "覆盖", "受益", "获", "入选", "参与", "纳入",
        "到岗", "到位", "入职", "参训", "参会", "受训", "入学", "就业", "毕业", "返校", "签约", "落地", "投用", "获奖",
        "达标", "合格", "左右", "以上", "以下", "次", "正"};

    private Subjects() {
    }

    /**
     * @param floor where the figure before this one ends: "学校1200所、幼儿园800所" gives 幼儿园, not the
     *     whole list
     */
    static String subject(String t, Scan.Found f, List<Scan.Span> times, int floor) {
        if (f.kind() == UnitKind.COUNT && f.end() < t.length() && startsPhrase(t.charAt(f.end()))) {
            String after = after(t, f.end());
            if (after != null && !startsWithStop(after)) return after;
        }
        return before(t, f, times, floor);
    }

    private static boolean startsPhrase(char c) {
        return Chars.isIdeograph(c) && "余多以左的了".indexOf(c) < 0;
    }

    private static boolean startsWithStop(String s) {
        for (String w : STOPS) if (s.startsWith(w)) return true;
        return false;
    }

    private static String after(String t, int from) {
        int k = from;
        int limit = Math.min(t.length(), from + MAX_AFTER);
        int depth = 0;
        outer:
        while (k < limit) {
            char c = t.charAt(k);
            if (c == '(' || c == '（') {
                depth++;
                k++;
                continue;
            }
            if (c == ')' || c == '）') {
                if (depth == 0) break;
                depth--;
                k++;
                continue;
            }
            if (depth > 0) {
                k++;
                continue;
            }
            if (!Chars.isIdeograph(c) || Chars.isNumeralChar(c) && k > from) break;
            if (k > from) for (String s : STOPS) if (t.startsWith(s, k)) break outer;
            k++;
        }
        String s = t.substring(from, k);
        return s.isEmpty() ? null : s;
    }

    private static String before(String t, Scan.Found f, List<Scan.Span> times, int previousEnd) {
        int end = f.start();
        int b = end;
        int floor = Math.max(previousEnd, Math.max(0, end - MAX_BEFORE));
        while (b > floor && CLAUSE_BREAK.indexOf(t.charAt(b - 1)) < 0) b--;
        int last = lastEndingBy(times, end);
        if (last >= 0 && times.get(last).end() > b) b = times.get(last).end();
        String s = t.substring(b, end).strip();
        int share = s.lastIndexOf('占');
        if (share >= 0 && s.endsWith("的") && s.length() - share > 2) return s.substring(share + 1, s.length() - 1);
        s = strip(s);
        if (s.endsWith("的")) s = s.substring(0, s.length() - 1); // 完成目标任务的60%
        int of = s.lastIndexOf('的');
        if (of >= 0 && s.length() - of > 2) s = s.substring(of + 1);
        s = strip(s);
        return s.isEmpty() ? null : s;
    }

    private static String strip(String s) {
        boolean again = true;
        while (again && !s.isEmpty()) {
            again = false;
            for (String w : LEADING)
                if (s.startsWith(w)) {
                    s = s.substring(w.length());
                    again = true;
                    break;
                }
            for (String w : TRAILING)
                if (s.endsWith(w)) {
                    s = s.substring(0, s.length() - w.length());
                    again = true;
                    break;
                }
            while (!s.isEmpty() && "、，,（(".indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1);
                again = true;
            }
            while (!s.isEmpty() && "、，,；;）)".indexOf(s.charAt(0)) >= 0) {
                s = s.substring(1);
                again = true;
            }
        }
        return s;
    }

    /** The index of the last time span ending at or before {@code pos}, or -1; spans come in text order. */
    static int lastEndingBy(List<Scan.Span> times, int pos) {
        int lo = 0;
        int hi = times.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times.get(mid).end() <= pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The last time expression before the figure in its sentence, as written, or null. */
    static String timeOf(String t, Scan.Found f, List<Scan.Span> times) {
        int last = lastEndingBy(times, f.start());
        Scan.Span best = last < 0 ? null : times.get(last);
        if (best == null || f.start() - best.end() > MAX_SENTENCE) return null;
        for (int k = best.end(); k < f.start(); k++) if (SENTENCE_BREAK.indexOf(t.charAt(k)) >= 0) return null;
        return t.substring(best.start(), best.end());
    }
}
