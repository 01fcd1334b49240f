package org.jindu.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jindu.model.Metric;

/**
 * What a figure counts, by rule, and whether it is a level, a change or a share:
 * <ul>
 * <li>a level: the noun phrase before it in its clause ("全市招聘补充教师879人" gives 招聘补充教师), or after
 * a measure word when the clause goes on ("展示了16节示范课" gives 示范课);</li>
 * <li>a change ("比上年增加37867个", "下降到4.5‰", "从140个下降到128个"): what changed, written before the
 * change word or, when nothing is, the subject of the figure before it in the sentence;</li>
 * <li>a share ("占X的68.1%", "为年度计划的96.1%", "完成全年目标数65.3%"): X, the whole.</li>
 * </ul>
 */
final class Subjects {
    private static final String CLAUSE_BREAK = "，。；：！？,;:!?\n";
    private static final String SENTENCE_BREAK = "。；！？;!?\n";
    private static final int MAX_BEFORE = 40;
    private static final int MAX_AFTER = 24;
    /** A time further back than this is taken to belong to another sentence. */
    private static final int MAX_SENTENCE = 400;
    private static final String[] LEADING = {"对上争取", "向上争取", "争取", "力争", "已建成", "已建", "实际完成", "配有", "拥有", "年均", "其中", "全市", "我市", "全省", "全区", "全县", "全州", "全国", "我国",
        "我省", "我县", "我区", "本市", "共有", "共计", "共建", "累计", "已有", "现有", "已经", "已", "从", "由", "共", "并",
        "同时", "另外", "此外", "分别", "合计", "总计", "还", "再", "新增加", "即", "计划", "预计", "实现", "支付",
        "拨付", "安排", "发放", "解决", "建设", "建成", "为", "对", "这", "该工程", "该项目", "全年"};
    /** Verbs before what is counted that say no more than that it was done: 完成机耕面积, 开展各级各类培训. */
    private static final String[] LEADING_VERBS = {"已完成", "完成", "开展", "举办"};
    /** Leading verbs kept before a short noun: 建设里程, 计划投资. */
    private static final java.util.Set<String> VERBS = java.util.Set.of("建设", "建成", "计划", "预计", "实现", "支付",
            "拨付", "安排", "发放", "解决");
    private static final String[] TRAILING = {"分别为", "分别是", "分别", "共计", "合计", "总计", "累计", "已达", "达到",
        "达", "为", "是", "有", "计", "共", "约", "总共", "增加", "增至", "超过", "突破", "已", "就", "已完成", "完成",
        "仅为", "仅", "争取", "力争", "实际控制在", "控制在", "保持在", "稳定在", "新增", "将", "从", "由", "超额", "已落实", "落实"};
    private static final String[] STOPS = {"已经", "已", "正在", "上报", "均", "全部", "都", "将", "被", "的", "进行",
        "参加", "完成", "开工", "竣工", "通过", "得到", "获得", "达到", "投入", "实现", "开展", "建成", "封顶", "和", "及",
        "在", "共", "累计", "顺利", "陆续", "先后", "分别", "并", "覆盖", "受益", "获", "入选", "参与", "纳入",
        "到岗", "到位", "入职", "参训", "参会", "受训", "入学", "就业", "毕业", "返校", "签约", "落地", "投用", "获奖",
        "达标", "合格", "左右", "以上", "以下", "次", "正", "办理", "领取", "享受", "每天", "提档", "改扩建", "实施",
        "今年", "计划", "下降", "增长", "增加", "提高", "减少", "降低", "上升", "施工", "发放", "解决", "全面", "取得",
        "返岗", "复工"};
    /** A change word at the end of the text before a figure, with an optional 了 and a 到/至 saying the figure is where it went. */
    private static final Pattern CHANGE = Pattern.compile(
            "(?<!新)(净增|增长|增加|增产|提高|提升|上升|上涨|拓宽|扩大|延长|增|下降|减产|减少|降低|回落|下滑|缩短|缩小|压减|压缩|减|降"
                    + "|高于|低于|高出|低)(了)?(到|至)?(?:月人均|年人均|人均)?$");
    /** Before a figure that modifies the noun after it: 超额完成5500万人的目标任务, 这70公里的行政村硬化工程. */
    private static final Pattern VERB_BEFORE = Pattern.compile("(^|完成|低于|高于|超过|这|价值|达到|和|及|、)$");
    /** A comparison written before the figure: 高于全省平均水平14.04个百分点. */
    private static final Pattern COMPARED = Pattern.compile("^(高于|低于|高出|超出)");
    /** What the change is measured against: 比上年, 同比, 比2015年, 与上年比较, 按当年价格比上年. */
    private static final Pattern AGAINST = Pattern.compile("(同比|环比|较上年|较去年|比[^，。；]{0,12}|与上年比较|按[^，。；]{0,8})$");
    /** A share's whole: 占X的, 为X的, 占X的比例为, 完成X的. */
    private static final Pattern SHARE = Pattern.compile(
            "(?:占|为|是|完成了|完成|实现|达到|达|超额完成)([^，。；]{1,30}?)的(?:比例|比重)?(?:为|达|是)?$");
    /** Who has what is counted, written before it: 全系统共有医务人员, xx镇拥有公办初级中学. */
    private static final Pattern HAS = Pattern.compile("^[^，。；]{1,8}?(共有|拥有|现有|配有)");
    /** A percentage of the noun after it: 覆盖97%人口. */
    private static final Pattern COVERS = Pattern.compile("(覆盖|惠及|占)$");
    /** A list of subjects before 分别, one for each figure: 基本养老、失业、工伤保险参保人数分别为10.52亿人、…. */
    private static final Pattern LISTED = Pattern.compile("分别(为|是|达到|达)?$");
    /** Where a change starts, per head and month: 由每人每月200元提高到315元. */
    private static final Pattern FROM_PER = Pattern.compile("(由|从)(每人|每生|每户|人均)?(每年|每月|每天|每日)?$");
    /** What a clause says of its subject when the figure follows in the next: 居民健康素养水平稳步提升，2022年达38.2%. */
    private static final Pattern TREND = Pattern.compile(
            "(稳步|持续|不断|进一步|明显|大幅|显著|逐年|再创历史新高|创历史新高|再创新高)?(提升|提高|增长|增加|下降|改善|扩大|上升|降低|减少)?$");
    /** A share written without 的 after a target: 完成全年目标数65.3%. */
    private static final Pattern TARGET = Pattern.compile(
            "(?:完成了|完成|实现)([^，。；的]{0,20}?(?:目标数|目标任务|任务数|任务|计划数|计划))$");

    private final String t;
    private final List<Scan.Span> times;
    private final Lexicon lx;

    /** How one figure reads: its subject, and whether it is a change or a share. */
    record Reading(String subject, String change, boolean toValue, String whole, boolean share, boolean inherited) {
        Reading(String subject, String change, boolean toValue, String whole, boolean share) {
            this(subject, change, toValue, whole, share, false);
        }
    }

    Subjects(Lexicon lexicon, String text, List<Scan.Span> times) {
        this.lx = lexicon;
        this.t = text;
        this.times = times;
    }

    /**
     * @param floor where the figure before this one ends: "学校1200所、幼儿园800所" gives 幼儿园, not the
     *     whole list
     * @param previous the figure before this one in the same text, or null
     */
    Reading read(Scan.Found f, int floor, List<Metric> previous) {
        int clause = clauseStart(f.start(), false);
        Metric last = previous.isEmpty() ? null : previous.get(previous.size() - 1);
        if (last != null && last.subject() != null && last.end() == floor && t.startsWith(last.subject(), floor)
                && floor + last.subject().length() <= f.start())
            floor += last.subject().length(); // 向39.3万户企业发放稳岗返还15.7亿元: 企业 is the first figure's
        if (f.kind() == UnitKind.PERCENT) {
            String whole = whole(t.substring(clauseStart(f.start(), true), f.start()).strip());
            if (whole == null && COVERS.matcher(t.substring(Math.max(clause, floor), f.start())).find()
                    && f.end() < t.length() && Chars.isIdeograph(t.charAt(f.end())))
                whole = after(f.end()); // 覆盖97%人口
            if (whole != null) return new Reading(whole, null, false, whole, true);
        }
        String raw = t.substring(Math.max(clause, floor), f.start()).strip();
        boolean near = last != null && sameSentence(last.end(), f.start());
        if (near && (raw.isEmpty() || raw.equals("、") || raw.equals("和") || raw.equals("及")) && !items.isEmpty()) {
            return new Reading(items.remove(0), last.change(), false, null, false, true); // 分别为4.0‰、4.5‰
        }
        if (near && (raw.equals("、") || raw.equals("和") || raw.equals("及")))
            return new Reading(last.subject(), last.change(), false, last.whole(), last.whole() != null, true);
        String after = t.startsWith("的", f.end()) && VERB_BEFORE.matcher(raw).find() ? after(f.end() + 1) : null;
        if (after != null && f.kind() != UnitKind.PERCENT) return new Reading(after, null, false, null, false);
        Matcher m = CHANGE.matcher(raw);
        boolean isChange = m.find();
        Matcher compared = COMPARED.matcher(raw);
        boolean isCompared = !isChange && compared.find();
        if (isChange || isCompared) {
            String word = isChange ? m.group(1) : compared.group(1);
            String before = isChange ? raw.substring(0, m.start()) : "";
            Matcher against = AGAINST.matcher(before);
            if (against.find()) before = before.substring(0, against.start());
            before = FROM_PER.matcher(before).replaceFirst(""); // 幼教补助由每人每月200元提高到315元
            String subject = list(before);
            if (subject.isEmpty() && near && listedSubjects.size() > 1 && t.startsWith("、", f.end())) {
                items.addAll(listedSubjects); // 分别达到19824元、6700元，增长6%、11.1%: the same list, in order
                subject = items.remove(0);
                return new Reading(subject, direction(word), false, null, false, true);
            }
            boolean inherit = subject.isEmpty() && near;
            if (inherit) subject = inherited(f, previous);
            return new Reading(subject == null || subject.isEmpty() ? null : subject, direction(word),
                    isChange && m.group(3) != null, null, false, inherit || !items.isEmpty());
        }
        Matcher listed = LISTED.matcher(raw);
        if (listed.find() && (raw.contains("、") || raw.contains("和"))) { // 基本养老、失业、工伤保险参保人数分别为
            items.clear();
            for (String item : raw.substring(0, listed.start()).split("[、和]")) {
                String i = strip(item);
                if (!i.isEmpty()) items.add(i);
            }
            listed(items);
            if (items.size() > 1) return new Reading(items.remove(0), null, false, null, false);
            items.clear();
        }
        String subject = level(f, floor);
        if (subject == null && near && raw.length() <= 4) subject = last.subject(); // 净增70公里达205公里
        if (subject == null && !near && raw.length() <= 3) subject = previousClause(clauseStart(f.start(), true)); // X稳步提升，2022年达38.2%
        return new Reading(subject, null, false, null, false, subject != null && near && raw.length() <= 4
                && subject.equals(last.subject()));
    }

    /** Subjects written as a list before 分别: the first is returned, the rest wait for the next figures. */
    private final List<String> items = new ArrayList<>();
    /** The last such list of levels, whole: changes listed after them go through it again. */
    private final List<String> listedSubjects = new ArrayList<>();

    /**
     * The last item of the list {@code subject} was taken from, which carries the head the items share
     * (城镇、农村居民人均可支配收入: 城镇 is 城镇居民人均可支配收入), or null.
     */
    String listHead(String subject) {
        return subject != null && listedSubjects.size() > 1 && listedSubjects.contains(subject)
                ? listedSubjects.get(listedSubjects.size() - 1) : null;
    }

    private void listed(List<String> subjects) {
        listedSubjects.clear();
        listedSubjects.addAll(subjects);
    }

    private String list(String before) {
        items.clear();
        String s = before.strip();
        if (!s.endsWith("分别") || !s.contains("、")) return strip(s);
        for (String item : s.substring(0, s.length() - 2).split("、")) {
            String i = strip(item);
            if (!i.isEmpty()) items.add(i);
        }
        return items.isEmpty() ? strip(s) : items.remove(0);
    }

    /**
     * The subject of a change with none of its own: a change in 个百分点 is about the last percentage before
     * it (a rate or a share), any other about the last figure that is no share.
     */
    private static String inherited(Scan.Found f, List<Metric> previous) {
        boolean points = f.unit() != null && f.unit().contains("百分点");
        for (int k = previous.size() - 1; k >= 0; k--) {
            Metric p = previous.get(k);
            boolean percent = "%".equals(p.unit()) || "％".equals(p.unit());
            if (points ? percent : p.whole() == null) return p.subject();
        }
        return null;
    }

    private static String direction(String word) {
        return "下降减少减产降低回落下滑缩短缩小压减压缩减降低于低".contains(word) && !word.equals("高于") ? Metric.DECREASE
                : Metric.INCREASE;
    }

    /** The whole of a share written before the figure, or null. */
    private static String whole(String before) {
        Matcher m = SHARE.matcher(before);
        String w = null;
        if (m.find()) w = m.group(1);
        else {
            Matcher target = TARGET.matcher(before);
            if (target.find()) w = target.group(1);
        }
        if (w == null) return null;
        int share = w.lastIndexOf('占');
        if (share >= 0) w = w.substring(share + 1);
        for (int k = 0; k < w.length(); k++) // 年目标任务12500人: the whole's own figure is left out
            if (Chars.isArabic(w.charAt(k))) {
                w = w.substring(0, k);
                break;
            }
        w = w.strip();
        while (!w.isEmpty() && "、，,（(的".indexOf(w.charAt(w.length() - 1)) >= 0) w = w.substring(0, w.length() - 1);
        return w.isEmpty() ? null : w;
    }

    private int clauseStart(int end, boolean overTimes) {
        int b = end;
        int floor = Math.max(0, end - MAX_BEFORE);
        while (b > floor && CLAUSE_BREAK.indexOf(t.charAt(b - 1)) < 0) b--;
        if (overTimes) return b;
        int last = lastEndingBy(times, end);
        if (last >= 0 && times.get(last).end() > b && !t.startsWith("全年", times.get(last).start()))
            b = times.get(last).end(); // 全年 may modify the noun after it: 全年目标任务
        return b;
    }

    private boolean sameSentence(int from, int to) {
        for (int k = from; k < to; k++) if (SENTENCE_BREAK.indexOf(t.charAt(k)) >= 0) return false;
        return true;
    }

    private String level(Scan.Found f, int floor) {
        if (f.kind() == UnitKind.COUNT && f.end() < t.length() && startsPhrase(t.charAt(f.end()))) {
            String after = after(f.end());
            if (after != null && !startsWithStop(after)) return after;
        }
        String before = before(f, floor);
        if ((before == null || before.endsWith("价值") || before.equals("这")) && t.startsWith("的", f.end())) {
            String after = after(f.end() + 1); // 价值4元的营养餐, 这70公里的行政村硬化工程
            if (after != null) return after;
        }
        return before;
    }

    /**
     * The subject a clause with no figure names for the figure in the next one ("全年粮食产量再创历史新高，达到
     * 13908.2亿斤"), or null.
     */
    private String previousClause(int clause) {
        if (clause < 2 || CLAUSE_BREAK.indexOf(t.charAt(clause - 1)) < 0 || SENTENCE_BREAK.indexOf(t.charAt(clause - 1)) >= 0)
            return null;
        int b = clauseStart(clause - 1, false);
        String s = t.substring(b, clause - 1).strip();
        for (int k = 0; k < s.length(); k++) if (Chars.isArabic(s.charAt(k))) return null;
        Matcher m = TREND.matcher(s);
        if (!m.find() || m.start() == s.length()) return null;
        s = strip(s.substring(0, m.start()));
        return s.isEmpty() || s.length() > 12 ? null : s;
    }

    private static boolean startsPhrase(char c) {
        return Chars.isIdeograph(c) && "余多以左的了".indexOf(c) < 0 || c == '“';
    }

    private static boolean startsWithStop(String s) {
        for (String w : STOPS) if (s.startsWith(w)) return true;
        return false;
    }

    private String after(int from) {
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
            if (c == '“' || c == '”' && k > from) { // 239座“厕所革命”改造项目
                k++;
                continue;
            }
            if (c == '、' && k - from <= 2 && k + 1 < limit && Chars.isIdeograph(t.charAt(k + 1))) { // 省、市重点项目
                k++;
                continue;
            }
            if (!Chars.isIdeograph(c) || Chars.isNumeralChar(c) && k > from) break;
            if (k > from && !(c == '在' && k + 1 < t.length() && "校园读编岗职".indexOf(t.charAt(k + 1)) >= 0))
                for (String s : STOPS) if (t.startsWith(s, k)) break outer;
            k++;
        }
        String s = t.substring(from, k);
        int list = s.indexOf('、');
        if (list > 0 && k < t.length() && (Chars.isArabic(t.charAt(k)) || Chars.isNumeralChar(t.charAt(k)))) { // 12个科室、下属31家: no shared head
            s = s.substring(0, list);
            k = from + list;
        }
        if (k > from && t.startsWith("的", k) && k - from <= 4 && (lx == null || lx.categoryOf(s, null) == null)) {
            // 36台崭新的空调: the noun after 的; 3个学校项目的前期研究工作 keeps its noun
            String head = after(k + 1);
            if (head != null && !startsWithStop(head)) return head;
        }
        return s.isEmpty() ? null : s;
    }

    private String before(Scan.Found f, int previousEnd) {
        return before(f.start(), previousEnd);
    }

    /** The label written before {@code end} in its clause, after {@code previousEnd}: 计划改造老旧小区440. */
    String label(int end, int previousEnd) {
        return before(end, previousEnd);
    }

    private String before(int end, int previousEnd) {
        int b = Math.max(clauseStart(end, false), previousEnd);
        String s = t.substring(b, end).strip();
        if (s.isEmpty() && b > 0 && b >= previousEnd && (t.charAt(b - 1) == '：' || t.charAt(b - 1) == ':')) {
            int label = clauseStart(b - 1, false); // 学前教育资助：386人
            s = t.substring(label, b - 1).strip();
        }
        int share = s.lastIndexOf('占');
        if (share >= 0 && s.endsWith("的") && s.length() - share > 2) return s.substring(share + 1, s.length() - 1);
        s = strip(s);
        if (s.matches("(超额)?完成了?[^，。；]*(任务|目标|计划)")) s = s.replaceFirst("^(超额)?完成了?", ""); // 完成年目标任务12500人
        if (s.startsWith("比") && !s.startsWith("比例") && !s.startsWith("比重")) s = strip(s.substring(1)); // 比年目标任务4%
        if (s.endsWith("的")) s = s.substring(0, s.length() - 1); // 完成目标任务的60%
        int of = s.lastIndexOf('的');
        if (of >= 0 && s.length() - of > 2) s = s.substring(of + 1);
        s = strip(FROM_PER.matcher(s).replaceFirst("")); // 幼教补助由每人每月200元
        Matcher has = HAS.matcher(s);
        if (has.find() && s.length() - has.end() >= 2) s = s.substring(has.end()); // 医疗卫生系统共有在建项目
        s = strip(s);
        return s.isEmpty() ? null : s;
    }

    static String strip(String s) {
        boolean again = true;
        while (again && !s.isEmpty()) {
            again = false;
            for (String w : LEADING_VERBS)
                if (s.startsWith(w) && s.length() - w.length() >= 4) { // 完成机耕面积, but 完成投资
                    s = s.substring(w.length());
                    again = true;
                }
            if (s.startsWith("占") && s.length() > 3 && !s.startsWith("占地") && !s.startsWith("占用")) {
                s = s.substring(1); // 占全年目标任务6.9万人的111.2%
                again = true;
            }
            for (String w : LEADING)
                if (s.startsWith(w) && s.length() > w.length()
                        && !(VERBS.contains(w) && s.length() - w.length() <= 2) // 建设里程, not 里程
                        && !(w.equals("全年") && s.substring(2).matches("(目标|任务|计划|资金).*"))
                        && !(w.equals("从") && s.startsWith("从业"))) {
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
            while (!s.isEmpty() && ("、，,；;）)".indexOf(s.charAt(0)) >= 0
                    || (s.charAt(0) == '(' || s.charAt(0) == '（') && s.indexOf(')') < 0 && s.indexOf('）') < 0)) {
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
