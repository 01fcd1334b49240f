package org.jindu.quantity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the scanner knows, frozen into lookup tables keyed by first character. Immutable once built;
 * shared by every scan.
 */
final class Lexicon {
    /** A word that holds a number but is no figure ("十三五"), or a time word ("今年"). */
    record Phrase(String text, boolean time) {
    }

    /** A category keyword; {@code units} empty means any unit. */
    record Category(String keyword, String category, Set<String> units) {
    }

    private final Unit[][] unitsByFirst = new Unit[65536][];
    private final Phrase[][] phrasesByFirst = new Phrase[65536][];
    private final List<Category> categories;
    private final List<String> preQualifiers;
    private final List<String> postQualifiers;

    Lexicon(Map<String, Unit> units, Map<String, Phrase> phrases, List<Category> categories,
            List<String> preQualifiers, List<String> postQualifiers) {
        Map<Character, List<Unit>> u = new HashMap<>();
        for (Unit unit : units.values()) u.computeIfAbsent(unit.name().charAt(0), k -> new ArrayList<>()).add(unit);
        u.forEach((c, list) -> {
            list.sort(Comparator.comparingInt((Unit x) -> x.name().length()).reversed());
            unitsByFirst[c] = list.toArray(new Unit[0]);
        });
        Map<Character, List<Phrase>> p = new HashMap<>();
        for (Phrase phrase : phrases.values())
            p.computeIfAbsent(phrase.text().charAt(0), k -> new ArrayList<>()).add(phrase);
        p.forEach((c, list) -> {
            list.sort(Comparator.comparingInt((Phrase x) -> x.text().length()).reversed());
            phrasesByFirst[c] = list.toArray(new Phrase[0]);
        });
        this.categories = List.copyOf(categories);
        this.preQualifiers = preQualifiers.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.postQualifiers = postQualifiers.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The longest unit written at {@code at}, or null. */
    Unit unitAt(String t, int at) {
        if (at >= t.length()) return null;
        Unit[] list = unitsByFirst[t.charAt(at)];
        if (list == null) return null;
        for (Unit u : list) if (t.startsWith(u.name(), at)) return u;
        return null;
    }

    /**
     * A unit of several characters written with spaces inside ("个 百 分 点"), or null; {@code length[0]}
     * gets its length in the text.
     */
    Unit spacedUnitAt(String t, int at, int[] length) {
        if (at >= t.length()) return null;
        Unit[] list = unitsByFirst[t.charAt(at)];
        if (list == null) return null;
        for (Unit u : list) {
            if (u.name().length() < 2) continue;
            int k = at;
            int c = 0;
            while (c < u.name().length() && k < t.length()) {
                char x = t.charAt(k);
                if (c > 0 && Chars.isSpace(x)) {
                    k++;
                    continue;
                }
                if (x != u.name().charAt(c)) break;
                c++;
                k++;
            }
            if (c == u.name().length()) {
                length[0] = k - at;
                return u;
            }
        }
        return null;
    }

    /** The longest phrase written at {@code at}, or null. */
    Phrase phraseAt(String t, int at) {
        Phrase[] list = phrasesByFirst[t.charAt(at)];
        if (list == null) return null;
        for (Phrase p : list) if (t.startsWith(p.text(), at)) return p;
        return null;
    }

    boolean hasPhrasesAt(char c) {
        return phrasesByFirst[c] != null;
    }

    /** The longest qualifier that ends just before {@code end}, not crossing {@code floor}, or null. */
    String preQualifierEndingAt(String t, int end, int floor) {
        for (String q : preQualifiers) {
            int s = end - q.length();
            if (s >= floor && t.startsWith(q, s)) return q;
        }
        return null;
    }

    /** The longest qualifier written at {@code at}, or null. */
    String postQualifierAt(String t, int at) {
        for (String q : postQualifiers) if (t.startsWith(q, at)) return q;
        return null;
    }

    /**
     * The category of a subject: among the keywords it contains (and whose units allow {@code unit}), the one
     * ending last wins, since a Chinese noun phrase ends in its head; on a tie the longer one.
     */
    String categoryOf(String subject, String unit) {
        return categoryOf(subject, unit, null);
    }

    /**
     * The category of a subject for a figure in {@code unit} (or its {@code baseUnit}: 万所 counts 所); with
     * {@code unit} null, every keyword counts whatever its units (for a change: 增长47.87% of 在校生 is about
     * students).
     */
    String categoryOf(String subject, String unit, String baseUnit) {
        if (subject == null) return null;
        Category best = null;
        int bestEnd = -1;
        for (Category c : categories) {
            if (!c.units().isEmpty() && unit != null && !c.units().contains(unit)
                    && (baseUnit == null || !c.units().contains(baseUnit)))
                continue;
            int at = subject.lastIndexOf(c.keyword());
            if (at < 0) continue;
            int end = at + c.keyword().length();
            if (end > bestEnd || (end == bestEnd && c.keyword().length() > best.keyword().length())) {
                best = c;
                bestEnd = end;
            }
        }
        return best == null ? null : best.category();
    }

    /** The category a unit alone gives when no keyword does: 户 counts households. */
    String categoryOfUnit(String unit, String baseUnit) {
        String u = baseUnit != null ? baseUnit : unit;
        if (u == null) return null;
        return switch (u) {
            case "户" -> "households";
            case "亩", "公顷" -> "farmland";
            case "平方米", "平米", "㎡" -> "floor_area";
            case "平方公里", "平方千米" -> "land_area";
            case "公里", "千米", "km" -> "roads";
            case "头", "羽", "只" -> "livestock";
            case "所" -> "schools";
            case "/10万" -> "rate";
            default -> null;
        };
    }

    // ---- the standard lexicon

    static void standardUnits(Map<String, Unit> m) {
        for (String c : List.of("人", "名", "个", "所", "家", "项", "节", "场", "场次", "次", "人次", "位次", "位", "件", "台", "套",
                "本", "册", "间", "栋", "幢", "座", "处", "批", "批次", "支", "条", "篇", "份", "户", "例", "辆", "羽", "笔", "张", "门",
                "课时", "学时", "班", "种", "类", "轮", "只", "双", "对", "棵", "株", "头", "枚", "颗", "部", "首", "层",
                "所次", "校次", "万人次", "床", "岗", "篮", "盒", "箱", "袋", "包", "卷", "副", "口", "眼", "艘", "架",
                "間", "個", "隻", "雙", "對", "場", "項", "節", "條", "張", "輛"))
            put(m, Unit.of(c, UnitKind.COUNT));
        put(m, Unit.of("元", UnitKind.MONEY));
        put(m, Unit.of("圆", UnitKind.MONEY, "元", 1));
        put(m, Unit.of("打", UnitKind.COUNT, "个", 12));
        put(m, Unit.of("折", UnitKind.PERCENT, "%", 10));
        put(m, Unit.of("块钱", UnitKind.MONEY, "元", 1));
        put(m, Unit.of("千元", UnitKind.MONEY, "元", 1000));
        put(m, Unit.of("百万元", UnitKind.MONEY, "元", 1_000_000));
        put(m, Unit.of("千万元", UnitKind.MONEY, "元", 10_000_000));
        put(m, Unit.of("元人民币", UnitKind.MONEY, "元", 1));
        put(m, Unit.of("人民币", UnitKind.MONEY, "元", 1));
        for (String c : List.of("美元", "欧元", "英镑", "日元", "港元", "港币", "美金", "美圆", "瑞士法郎", "法郎", "台币",
                "新台币", "奈拉", "比特币", "卢布", "韩元", "澳元", "加元", "泰铢", "卢比", "新加坡元", "歐元", "美刀"))
            put(m, Unit.of(c, UnitKind.MONEY));
        for (String c : List.of("平方米", "平米", "平方公里", "公顷", "亩", "公里", "米", "吨", "公斤", "克", "斤", "立方米",
                "升", "千瓦", "千瓦时", "兆瓦", "瓦", "小时", "天", "分钟", "岁", "周岁", "倍", "㎡", "m²", "km", "kg"))
            put(m, Unit.of(c, UnitKind.MEASURE));
        for (String c : List.of("微克/立方米", "毫克/立方米", "毫克/升", "立方米/秒", "公里/小时", "千米/小时", "km/h",
                "公里/h", "μg/m³", "μg/m3", "mg/m³"))
            put(m, Unit.of(c, UnitKind.MEASURE));
        put(m, Unit.of("千米", UnitKind.MEASURE, "米", 1000));
        put(m, new Unit("厘米", UnitKind.MEASURE, "米", new BigDecimal("0.01")));
        put(m, new Unit("毫米", UnitKind.MEASURE, "米", new BigDecimal("0.001")));
        for (String c : List.of("公分", "cm", "CM"))
            put(m, new Unit(c, UnitKind.MEASURE, "米", new BigDecimal("0.01")));
        put(m, Unit.of("KM", UnitKind.MEASURE, "km", 1));
        put(m, Unit.of("KG", UnitKind.MEASURE, "kg", 1));
        for (String c : List.of("微克", "毫克"))
            put(m, Unit.of(c, UnitKind.MEASURE));
        put(m, Unit.of("千克", UnitKind.MEASURE, "公斤", 1));
        put(m, Unit.of("平方千米", UnitKind.MEASURE, "平方公里", 1));
        put(m, Unit.of("%", UnitKind.PERCENT));
        put(m, Unit.of("％", UnitKind.PERCENT, "%", 1));
        put(m, Unit.of("个百分点", UnitKind.PERCENT));
        put(m, Unit.of("個百分點", UnitKind.PERCENT, "个百分点", 1));
        put(m, Unit.of("百分点", UnitKind.PERCENT));
        put(m, Unit.of("‰", UnitKind.PERCENT));
        put(m, Unit.of("成", UnitKind.PERCENT, "%", 10));
        for (String c : List.of("年", "年度", "个月", "個月", "月", "月份", "日", "季度", "周", "周年", "时", "秒", "月底",
                "月初", "月末", "年底", "年初", "年末", "上旬", "中旬", "下旬"))
            put(m, Unit.of(c, UnitKind.TIME));
        put(m, Unit.of("期", UnitKind.COUNT)); // 培训12期; 二期工程 is a label, decided by what follows
        for (String c : List.of("号", "級", "级", "届", "标段", "中", "小", "小学", "中学", "高中", "路", "版", "代",
                "号线", "楼", "年级", "号文", "星级", "类别", "档"))
            put(m, Unit.of(c, UnitKind.LABEL));
    }

    private static void put(Map<String, Unit> m, Unit u) {
        m.put(u.name(), u);
    }

    static void standardPhrases(Map<String, Phrase> m) {
        for (String s : List.of("十三五", "十四五", "十二五", "十五五", "三个课堂", "三区", "三区三州", "一体化", "进一步",
                "统一", "一线", "一切", "一看", "一律", "一致", "一起", "一些", "一般", "一直", "一定", "一样", "一旦",
                "唯一", "万一", "同一", "一流", "双一流", "一带一路", "一把手", "一方面", "一系列", "一次性", "一站式",
                "一揽子", "一网通办", "一件事", "一对一", "一票否决", "五险一金", "两两", "三农", "三公", "两会",
                "四史", "三好学生", "学前三年", "无一人", "不缺一人", "没有一人", "一人不落", "是一所", "是一个", "是一座", "一本上线", "一本线", "二本线",
                "一座座", "一所所", "一个个", "高一", "高二", "高三", "初一", "初二", "初三", "十分", "十足", "四川", "大陆",
                "陆地", "登陆", "海陆", "入伍", "退伍", "队伍", "伍仁", "收拾", "拾取", "拾起", "拾到", "夕拾", "放肆",
                "肆意", "肆无忌惮", "七一", "五一", "六一", "一流学科", "一校一策", "一人一档", "九年一贯制", "一贯制",
                "一盘棋", "一张网", "一张图", "一本通", "一键", "万众", "千方百计", "百年", "千家万户", "五四",
                "一视同仁", "不一", "之一", "其一", "一并", "一道", "一同", "一览", "一手", "一口", "单一",
                "二手", "三方", "双方", "一方", "万物", "一年一度", "一年级", "二年级", "三年级", "四年级", "五年级",
                "六年级", "七年级", "八年级", "九年级", "两个维护", "两个确立", "四个意识", "四个自信",
                "四个全面", "五位一体", "三严三实", "两学一做", "三重一大", "三会一课", "一岗双责", "六稳", "六保",
                "最多跑一次", "只跑一次", "一次办好", "一个都不能少", "一老一小", "一区一品", "一村一品", "一县一品",
                "五育并举", "两不愁三保障", "三保障", "两不愁", "三个一批", "一条龙", "一站式服务"))
            m.put(s, new Phrase(s, false));
        for (String s : placeNames()) m.put(s, new Phrase(s, false));
        for (String s : List.of("今年", "去年", "明年", "本年", "当年", "全年", "年内", "目前", "当前", "截至目前",
                "截止目前", "截至当前", "截止当前", "截至今年", "上半年", "下半年", "本月", "上月", "本季度", "近期", "近年来",
                "近年", "今年以来", "年初以来", "同期", "上年", "本学期", "秋季", "春季"))
            m.put(s, new Phrase(s, true));
    }

    private static final String PLACE_NAMES = "place-names.txt";

    /**
     * Place names beginning with a numeral (十堰, 六安, 三门峡), from the resource {@value #PLACE_NAMES}: the
     * numeral in them is no figure.
     */
    static List<String> placeNames() {
        try (InputStream in = Lexicon.class.getResourceAsStream(PLACE_NAMES)) {
            if (in == null) throw new IllegalStateException("missing resource " + PLACE_NAMES);
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) names.add(name);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PLACE_NAMES, e);
        }
    }

    static List<String> standardPreQualifiers() {
        return List.of("近", "约", "大约", "超过", "逾", "不足", "不到", "将近", "接近", "至少", "超", "多达", "最多", "最少",
                "约合", "达到约", "不低于", "不少于", "不超过", "不高于", "不多于", "突破", "大于", "小于", "大于等于", "小于等于",
                "不大于", "不小于", "多于", "少于", "超过了", "至少有", "至少是", "最多为", "最少为", "大于或者等于", "小于或者等于", "大于或等于", "小于或等于");
    }

    static List<String> standardPostQualifiers() {
        return List.of("左右", "以上", "以下", "以内", "有余", "之多", "余", "多", "上下", "之下", "之上");
    }

    static void standardCategories(List<Category> c) {
        Set<String> people = Set.of("人", "名", "人次", "位", "万人", "万人次", "万名");
        Set<String> places = Set.of("所", "个", "家", "座", "处", "所次");
        Set<String> counts = Set.of("个", "项", "处", "批", "件", "家");
        Set<String> lengths = Set.of("公里", "千米", "米", "km");
        add(c, "teacher_hires", Set.of(), "招聘补充教师", "补充教师", "招聘教师", "招录教师", "新招聘教师", "新进教师",
                "特岗教师", "公开招聘", "招聘", "招录");
        add(c, "teacher_placements", Set.of(), "教师专项计划", "支教教师", "交流轮岗教师", "银龄讲学");
        add(c, "teacher_training", Set.of(), "培训骨干教师", "培训教师", "教师培训");
        add(c, "training", Set.of(), "培训");
        add(c, "teachers", people, "教师", "教职工", "教职职工", "老师", "校长");
        add(c, "students", people, "学生", "幼儿", "毕业生", "在校生", "新生", "儿童", "大学生", "儿童人数", "幼儿人数",
                "学生人数", "在校生人数", "上线", "考生");
        add(c, "teachers_students", people, "师生");
        add(c, "enrollment_quota", Set.of(), "招生计划", "招生规模", "招生指标");
        add(c, "enrollment", people, "招生", "录取", "入学");
        add(c, "school_places", Set.of(), "学位");
        add(c, "funding", Set.of(), "资金", "经费", "投资", "投入", "补助", "奖补", "拨款", "资助", "款", "助学金",
                "学费", "贷款", "支出");
        add(c, "costs", Set.of(), "费用");
        add(c, "schools", places, "学校", "中小学", "幼儿园", "高校", "学院", "小学", "中学", "园所", "公办园", "民办园",
                "早教中心", "教学点");
        add(c, "projects", Set.of("个", "项", "处", "批", "座"), "项目", "工程");
        add(c, "persons_tested", Set.of(), "检测人数", "核酸检测人数", "检测人员");
        add(c, "persons_tested", Set.of("例", "人", "人次", "万人", "万人次", "名"), "筛查");
        add(c, "test_rate", Set.of(), "检测率", "筛查率");
        add(c, "rate", Set.of("%", "个百分点", "‰", "/10万"), "率", "水平", "均值");
        add(c, "share", Set.of("%", "‰"), "总数", "比例", "比重", "占比");
        add(c, "counties", Set.of("个"), "县(市、区)", "县（市、区）", "县(市、区)", "县市区", "县区", "区县");
        add(c, "regions", Set.of("个"), "省区市", "省份", "省(区、市)", "省（区、市）");
        add(c, "villages", counts, "自然村", "行政村", "建制村");
        add(c, "lessons", Set.of(), "示范课", "公开课", "优质课", "课例", "课程");
        add(c, "lesson_reviews", Set.of(), "点评", "评课");
        add(c, "lectures", Set.of(), "报告", "讲座", "巡讲");
        add(c, "meetings", Set.of(), "会议", "研讨会", "座谈会", "招聘会", "招聘活动", "洽谈会", "推介会");
        add(c, "structures", Set.of("个", "栋", "幢", "座", "处"), "主体", "楼", "教学楼", "综合楼", "宿舍楼", "办公楼");
        add(c, "floor_area", Set.of("平方米", "万平方米", "平米", "㎡"), "面积", "建筑面积");
        add(c, "land_area", Set.of("平方米", "万平方米", "平米", "㎡", "亩", "公顷", "平方公里", "平方千米"), "占地面积",
                "占地", "用地面积", "用地", "供地面积", "供地", "地域面积", "国土面积", "辖区面积", "区域面积");
        add(c, "classes", Set.of("个", "班"), "班级", "大班额");
        add(c, "roads", lengths, "公路", "里程", "道路", "国省道", "硬化工程", "农村路");
        add(c, "neighbourhoods", Set.of("个"), "小区", "老旧小区", "社区");
        add(c, "housing_units", Set.of("套", "间", "户", "栋", "幢"), "周转房", "住房", "保障房", "安置房", "房");
        add(c, "bridges", Set.of("座", "个"), "桥", "桥梁", "危桥");
        add(c, "health_records", Set.of("份"), "健康档案", "档案");
        add(c, "jobs", people, "就业", "再就业", "就业人员", "就业人数", "再就业人数", "转移农村劳动力", "农村劳动力",
                "转移就业", "公益性岗位", "农民工", "岗位", "就业岗位");
        add(c, "jobs", Set.of("个"), "岗位", "就业岗位", "公益性岗位");
        add(c, "insured_persons", people, "参保", "保险覆盖人数", "参保人数", "覆盖人数");
        add(c, "persons", people, "人数", "老年人数", "体检人数", "居民");
        add(c, "facilities", Set.of("个", "家", "处", "座"), "市场", "基地", "停车场");
        add(c, "life_expectancy", Set.of("岁"), "预期寿命");
        add(c, "health_facilities", Set.of("个", "项", "处", "批", "件", "家", "所", "间"), "医疗卫生机构",
                "医疗卫生机构总数", "医院", "卫生院", "卫生室", "卫生机构", "卫生服务中心", "医疗机构");
        add(c, "health_workers", people, "卫生技术人员", "医师", "护士", "医生", "卫生人员", "卫生技术人员总数",
                "卫生人员总数", "医务人员", "医护人员");
        add(c, "beds", Set.of("张"), "床位");
        add(c, "patient_visits", Set.of(), "诊疗人次", "入院人次", "就诊", "诊疗量", "门急诊量");
        add(c, "tasks", Set.of("项", "件", "个"), "任务", "实事");
        add(c, "income", Set.of(), "收入", "工资性收入", "劳务收入", "可支配收入");
        add(c, "proposals", Set.of("件", "项", "个"), "建议提案", "提案", "议案");
        add(c, "farmland", Set.of("亩", "公顷"), "农田", "耕地", "农田面积", "播面", "播种面积", "面积");
        add(c, "livestock", Set.of("头", "羽", "只"), "生猪", "出栏", "存栏", "家禽", "牛羊");
        add(c, "enterprises", Set.of("家", "个", "户"), "企业", "合作社", "家庭农场", "实体", "经营主体", "市场主体");
        add(c, "output_value", Set.of(), "产值", "总产值", "生产总值", "增加值");
        add(c, "grain", Set.of("斤", "吨", "公斤"), "粮食", "粮食产量");
    }

    private static void add(List<Category> c, String category, Set<String> units, String... keywords) {
        for (String k : keywords) c.add(new Category(k, category, units));
    }

    static Map<String, Unit> newUnitMap() {
        return new LinkedHashMap<>();
    }
}
