package org.jindu.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.Set;
import org.jindu.model.Metric;
import org.jindu.model.Warning;

/**
 * Finds the figures in Chinese text: value, unit, qualifier, what they count, their time, and which are
 * parts of which total. Rules only; no model is loaded.
 *
 * <pre>{@code
 * QuantityScanner scanner = QuantityScanner.standard();
 * for (Metric m : scanner.scan("2021年全市招聘补充教师879人"))
 *     System.out.println(m.value() + " " + m.unit() + " " + m.subject() + " " + m.category());
 * // 879 人 招聘补充教师 teacher_hires
 *
 * QuantityScanner mine = QuantityScanner.builder()
 *         .unit(Unit.of("台", UnitKind.COUNT))
 *         .category("多媒体教室", "classrooms")
 *         .name("双减")
 *         .build();
 * }</pre>
 *
 * <p>What it reads: Arabic numbers with thousands separators and decimals, full-width digits, Chinese
 * numerals (两, 〇, 廿, 大写, 点 decimals), mixed forms (1.2万, 3.5亿, 1万600), fractions (三分之一),
 * percentages (68.1%, 百分之九十, 个百分点, ‰, 成), closed ranges (3-5个, 3至5个). Values are exact.
 *
 * <p>What it leaves out: times (2021年, 8月28日, 9月底, 7-9月, 6月下旬至7月中旬, 今年) are recognised and
 * attached to the figures after them as {@link Metric#time()}; ordinals and item numbers (第12项),
 * document numbers (〔2021〕47号), numbering (1. （2） 一、), names holding numbers (十三五, 三个课堂,
 * quoted “三区”, 21小学, 2021级, 市一中) and numbers inside 《book titles》.
 *
 * <p>Subjects come from rules; a subject longer than eight characters is cut to the noun phrase it ends
 * in with HanLP's segmentation (see {@link Builder#nounPhrases}), which loads its dictionaries the first
 * time, once per JVM.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class QuantityScanner {
    private static final QuantityScanner STANDARD = builder().build();
    /** Units that count people: a figure in them with no other category is {@code persons}. */
    private static final Set<String> PEOPLE = Set.of("人", "名", "人次", "位");

    private final Lexicon lexicon;
    private final boolean nounPhrases;

    private QuantityScanner(Lexicon lexicon, boolean nounPhrases) {
        this.lexicon = lexicon;
        this.nounPhrases = nounPhrases;
    }

    /** The scanner with the standard lexicon of the genre. */
    public static QuantityScanner standard() {
        return STANDARD;
    }

    /** A builder holding the standard lexicon, to extend. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The figures in {@code text} that count or measure something: each has a unit. Offsets are into
     * {@code text}; {@link Metric#partOf()} indexes this list.
     */
    public List<Metric> scan(String text) {
        return read(text).metrics();
    }

    /**
     * Like {@link #scan} but also reports bare numbers (unit null), for checking against number test
     * suites. Times, ordinals, numbering and names are still left out.
     */
    public List<Metric> scanAll(String text) {
        Objects.requireNonNull(text, "text");
        Scan scan = new Scan(lexicon, text).run();
        return Figures.build(lexicon, nounPhrases, text, scan, true).metrics();
    }

    /** The figures of {@link #scan} with the warnings their checks raised (parts not adding up, rates above 100%). */
    public Figures read(String text) {
        Objects.requireNonNull(text, "text");
        Scan scan = new Scan(lexicon, text).run();
        return Figures.build(lexicon, nounPhrases, text, scan, false);
    }

    /** The figures of a text and what their checks found. */
    public record Figures(List<Metric> metrics, List<Warning> warnings) {
        public Figures {
            metrics = List.copyOf(metrics);
            warnings = List.copyOf(warnings);
        }

        static Figures build(Lexicon lx, boolean nounPhrases, String text, Scan scan, boolean all) {
            Subjects subjects = new Subjects(lx, text, scan.times);
            List<Metric> metrics = new ArrayList<>();
            int previousEnd = 0;
            for (Scan.Found found : scan.found) {
                Scan.Found f = all ? found : bigUnitAlone(text, found);
                String label = f.unit() == null && !all ? labelledCount(text, f, previousEnd, subjects) : null;
                if (f.unit() == null && !all && label == null) continue;
                Metric m = label != null ? counted(lx, text, f, scan, label)
                        : f.unit() == null ? bare(text, f, scan)
                        : figure(lx, nounPhrases, text, f, scan, subjects.read(f, previousEnd, metrics), metrics,
                                subjects);
                previousEnd = f.end();
                metrics.add(m);
            }
            for (int k = 1; k < metrics.size(); k++) {
                Metric m = metrics.get(k);
                if (m.changeFrom() == null) continue;
                Metric from = metrics.get(k - 1);
                metrics.set(k - 1, new Metric(from.text(), from.start(), from.end(), from.value(), from.valueTo(),
                        from.unit(), from.baseValue(), from.baseUnit(), from.qualifier(), from.subject(),
                        from.category(), from.time(), from.partOf(), m.change(), null, from.whole()));
                metrics.set(k, new Metric(m.text(), m.start(), m.end(), m.value(), m.valueTo(), m.unit(),
                        m.baseValue(), m.baseUnit(), m.qualifier(), from.subject(), from.category(), m.time(),
                        m.partOf(), m.change(), k - 1, m.whole()));
            }
            List<Warning> warnings = new ArrayList<>();
            metrics = Relations.link(text, metrics, warnings);
            for (int k = 0; k < metrics.size(); k++) { // people with no other category, once parts took their total's
                Metric m = metrics.get(k);
                if (m.category() == null && m.unit() != null && PEOPLE.contains(m.baseUnit() != null ? m.baseUnit() : m.unit()))
                    metrics.set(k, m.withSubject(m.subject(), "persons"));
            }
            return new Figures(metrics, warnings);
        }

        /** Label endings that make the number after them a code, a name or a place, not a count: 国道245, 3号线. */
        private static final Pattern CODE_LABEL = Pattern.compile(
                ".*(第|号|编号|代码|代号|编码|电话|手机|邮编|序号|国道|省道|县道|高速|路|街|道|线|版|期|年|月|日|室|楼|栋|层|村|组|队|届|级|"
                        + "型|款|约|近|超过|达|为|是|共|计|有|完成|开工|竣工|完工|达到|实现|增加|增长|提高|减少|下降|降低|"
                        + "累计|合计|总计|共计)$");

        /**
         * "老旧小区440", "学前教育资助：386": a whole number with no unit right after a label of two or more
         * characters and before the end of its clause counts what the label names. Numbers with a letter or
         * another numeral beside them, years (1900 to 2100), more than seven digits and labels that make a code
         * (国道245, 3号线, 电话) are no counts.
         */
        static String labelledCount(String text, Scan.Found f, int floor, Subjects subjects) {
            if (f.valueTo() != null || f.value().signum() <= 0 || f.value().stripTrailingZeros().scale() > 0) return null;
            String digits = text.substring(f.numberStart(), f.end());
            if (!digits.matches("[1-9][0-9]{0,6}")) return null;
            if (digits.length() == 4 && f.value().intValue() >= 1900 && f.value().intValue() <= 2100) return null;
            if (f.end() < text.length() && "，。；、,;）)\n \t".indexOf(text.charAt(f.end())) < 0) return null;
            int k = f.start();
            if (k > 0 && (text.charAt(k - 1) == '：' || text.charAt(k - 1) == ':')) k--;
            int end = k;
            while (k > floor && end - k < 12 && Chars.isIdeograph(text.charAt(k - 1)) && !Chars.isNumeralChar(text.charAt(k - 1)))
                k--;
            if (end == f.start() && end - k == 0) return null;
            String raw = text.substring(k, end);
            String label = subjects.label(end, floor);
            if (label == null || label.length() < 2 || CODE_LABEL.matcher(raw).matches()
                    || CODE_LABEL.matcher(label).matches()) return null;
            return label;
        }

        private static Metric counted(Lexicon lx, String text, Scan.Found f, Scan scan, String label) {
            return new Metric(text.substring(f.start(), f.end()), f.start(), f.end(), f.value(), null, null, null,
                    null, f.qualifier(), label, lx.categoryOf(label, null, null), Subjects.timeOf(text, f, scan.times),
                    null);
        }

        private static Metric bare(String text, Scan.Found f, Scan scan) {
            return new Metric(text.substring(f.start(), f.end()), f.start(), f.end(), f.value(), f.valueTo(), null,
                    null, null, f.qualifier(), null, null, Subjects.timeOf(text, f, scan.times), null);
        }

        private static Metric figure(Lexicon lx, boolean nounPhrases, String text, Scan.Found f, Scan scan,
                Subjects.Reading r, List<Metric> earlier, Subjects subjects) {
            Metric previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            String subject = r.subject();
            if (nounPhrases && r.whole() == null && !r.inherited()) subject = NounPhrases.trim(subject);
            if (subject != null && r.whole() == null && !r.inherited()) {
                subject = Subjects.strip(subject);
                if (subject.isEmpty()) subject = null;
            }
            String category;
            if (r.inherited() && previous != null && Objects.equals(subject, previous.subject())
                    && previous.category() != null && !r.share() && Objects.equals(previous.unit(), f.unit()))
                category = previous.category(); // 29项民生实事完成22项: the same things
            else if (r.share()) category = "share";
            else if (r.change() != null) category = previousCategory(subject, earlier, lx);
            else if (f.baseUnit() == null && f.baseValue() != null) category = lx.categoryOf(subject, null, null); // 万 alone
            else category = lx.categoryOf(subject, f.unit(), f.baseUnit());
            String head = category == null && !r.share() ? subjects.listHead(subject) : null;
            if (head != null) category = lx.categoryOf(head, r.change() == null ? f.unit() : null, f.baseUnit());
            if (category == null && r.change() == null && !r.share() && subject != null && STAGE.matcher(subject).matches())
                category = sameThings(text, f, earlier);
            if (category == null) category = lx.categoryOfUnit(f.unit(), f.baseUnit());
            if (category == null && f.kind() == UnitKind.MONEY) category = "funding";
            if (category == null && f.kind() == UnitKind.PERCENT && r.change() == null)
                category = completion(text, f.start()) ? "progress" : "rate";
            Integer from = null;
            if (r.toValue() && previous != null && previous.change() == null && Objects.equals(previous.unit(), f.unit())
                    && text.substring(previous.end(), f.start()).matches("[^，。；,;]{0,6}"))
                from = -1; // linked below, once the list index is known
            return new Metric(text.substring(f.start(), f.end()), f.start(), f.end(), f.value(), f.valueTo(),
                    f.unit(), f.baseValue(), f.baseUnit(), f.qualifier(), subject, category,
                    Subjects.timeOf(text, f, scan.times), null, r.change(), from, r.whole());
        }

        /**
         * A stage or a target with no noun of its own (开工57个, 基本建成902套, 完成年目标任务12500人): it counts
         * the same things as the figure before it in the sentence.
         */
        private static final Pattern STAGE = Pattern.compile("(基本|已|全部|累计)?(新开工|开工建设|开工|新建|续建|在建|竣工|"
                + "完工|建成|投用|交付)|.{0,8}(目标任务|目标数|任务数|目标|任务)");

        private static String sameThings(String text, Scan.Found f, List<Metric> earlier) {
            for (int k = earlier.size() - 1; k >= 0; k--) {
                Metric p = earlier.get(k);
                if (text.substring(p.end(), f.start()).matches(".*[。；;！？!?\\n].*")) return null;
                boolean same = Objects.equals(p.unit(), f.unit())
                        || p.baseUnit() != null && Objects.equals(p.baseUnit(), f.baseUnit() != null ? f.baseUnit() : f.unit());
                if (same && p.change() == null && p.whole() == null && p.category() != null) return p.category();
            }
            return null;
        }

        /** "主体工程完成70%": a percentage right after 完成 says how much of a task is done. */
        private static boolean completion(String text, int start) {
            String before = text.substring(Math.max(0, start - 4), start).strip();
            return before.endsWith("完成") || before.endsWith("完成了") || before.endsWith("完工") || before.endsWith("进度");
        }

        /** A change about a figure before it has that figure's category; otherwise its subject's, whatever the unit. */
        private static String previousCategory(String subject, List<Metric> earlier, Lexicon lx) {
            for (int k = earlier.size() - 1; k >= 0 && subject != null; k--) {
                Metric p = earlier.get(k);
                if (subject.equals(p.subject()) && p.category() != null) return p.category();
            }
            return lx.categoryOf(subject, null, null);
        }

        /**
         * "新增学位149万", "在村卫生室工作的人员132.7万": a number ending in 万 or 亿 with no unit after it
         * is counted in 万 (亿), as written.
         */
        private static Scan.Found bigUnitAlone(String text, Scan.Found f) {
            if (f.unit() != null || f.qualifier() != null && f.qualifier().contains("几")) return f;
            String number = text.substring(f.numberStart(), f.unitEnd());
            String unit = number.endsWith("万亿") ? "万亿" : number.endsWith("万") || number.endsWith("萬") ? "万"
                    : number.endsWith("亿") || number.endsWith("億") ? "亿" : null;
            if (unit == null || f.valueTo() != null) return f;
            BigDecimal factor = BigDecimal.TEN.pow(unit.equals("万") ? 4 : unit.equals("亿") ? 8 : 12);
            BigDecimal value = Chars.strip(f.value().divide(factor));
            if (value.compareTo(BigDecimal.ONE) < 0) return f;
            return new Scan.Found(f.start(), f.end(), value, null, unit, UnitKind.COUNT, f.value(), null,
                    f.qualifier(), f.numberStart(), f.unitEnd());
        }
    }

    /**
     * Builds a scanner. Starts from the standard lexicon; what is added wins over a standard entry of the
     * same name.
     */
    public static final class Builder {
        private final Map<String, Unit> units = Lexicon.newUnitMap();
        private final Map<String, Lexicon.Phrase> phrases = new LinkedHashMap<>();
        private final List<Lexicon.Category> categories = new ArrayList<>();
        private final List<String> pre = new ArrayList<>(Lexicon.standardPreQualifiers());
        private final List<String> post = new ArrayList<>(Lexicon.standardPostQualifiers());
        private boolean nounPhrases = true;

        private Builder() {
            Lexicon.standardUnits(units);
            Lexicon.standardPhrases(phrases);
            Lexicon.standardCategories(categories);
        }

        /** Adds or replaces a unit: {@code unit(Unit.of("万亩", UnitKind.MEASURE, "亩", 10000))}. */
        public Builder unit(Unit unit) {
            Objects.requireNonNull(unit, "unit");
            units.put(unit.name(), unit);
            return this;
        }

        /**
         * Adds a category keyword: a subject containing {@code keyword} gets {@code category}; when several
         * match, the keyword ending last in the subject wins. With {@code units}, only for figures in them.
         */
        public Builder category(String keyword, String category, String... units) {
            if (keyword == null || keyword.isEmpty() || category == null || category.isEmpty())
                throw new IllegalArgumentException("a category needs a keyword and a name");
            categories.add(0, new Lexicon.Category(keyword, category, Set.of(units)));
            return this;
        }

        /** Adds a name that holds a number and is never a figure ("双减", "十五五"). */
        public Builder name(String name) {
            if (name == null || name.isEmpty()) throw new IllegalArgumentException("a name may not be empty");
            phrases.put(name, new Lexicon.Phrase(name, false));
            return this;
        }

        /** Adds a word that is a time expression ("本学期"), attached to the figures after it. */
        public Builder timeWord(String word) {
            if (word == null || word.isEmpty()) throw new IllegalArgumentException("a time word may not be empty");
            phrases.put(word, new Lexicon.Phrase(word, true));
            return this;
        }

        /** Adds a qualifier written before the number ("约") or after it ("左右"). */
        public Builder qualifier(String qualifier, boolean before) {
            if (qualifier == null || qualifier.isEmpty())
                throw new IllegalArgumentException("a qualifier may not be empty");
            (before ? pre : post).add(qualifier);
            return this;
        }

        /**
         * Whether a subject longer than eight characters is cut to the noun phrase it ends in, with HanLP's
         * segmentation ("下达…能力提升中央资金" becomes 中央资金). On by default; HanLP's dictionaries load
         * on the first long subject, once per JVM (0.2 to 0.5 s, about 30 MB). Off, subjects are the rules'
         * clause and nothing is loaded.
         */
        public Builder nounPhrases(boolean on) {
            this.nounPhrases = on;
            return this;
        }

        public QuantityScanner build() {
            return new QuantityScanner(new Lexicon(units, phrases, categories, pre, post), nounPhrases);
        }
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }
}
