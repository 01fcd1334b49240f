package org.jindu.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jindu.model.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityScannerTest {
    private static final QuantityScanner SCANNER = QuantityScanner.standard();

    private static Metric only(String text) {
        List<Metric> found = SCANNER.scan(text);
        assertEquals(1, found.size(), () -> text + " gave " + found);
        return found.get(0);
    }

    private static void assertValue(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " vs " + actual);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "新增学位1,200个|1200|个", "新增学位１２００个|1200|个", "占比68.1%|68.1|%", "完成０．５％|0.5|％",
        "招聘教师879人|879|人", "三百二十名教师|320|名", "一百零五所学校|105|所", "两千余人参加|2000|人",
        "1万600人参加|10600|人", "壹佰零伍名|105|名", "廿三个|23|个", "十五点五亩|15.5|亩", "二〇二一个|2021|个"})
    void readsValuesExactly(String text, String value, String unit) {
        Metric m = only(text);
        assertValue(value, m.value());
        assertEquals(unit, m.unit());
    }

    @Test
    void keepsOffsetsIntoTheText() {
        String text = "全市招聘补充教师879人。";
        Metric m = only(text);
        assertEquals("879人", m.text());
        assertEquals(text.substring(m.start(), m.end()), m.text());
        assertEquals(8, m.start());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "中央资金共计12595万元|12595|万元|125950000|元", "投入资金3.5亿元|3.5|亿元|350000000|元",
        "中央资金共计12595 万元|12595|万元|125950000|元", "约1.2万人参加|1.2|万人|12000|人",
        "三百万元|300|万元|3000000|元", "道路1.5千米|1.5|千米|1500|米", "九成学生|9|成|90|%"})
    void convertsScaledUnitsToTheirBase(String text, String value, String unit, String base, String baseUnit) {
        Metric m = only(text);
        assertValue(value, m.value());
        assertEquals(unit, m.unit());
        assertValue(base, m.baseValue());
        assertEquals(baseUnit, m.baseUnit());
    }

    @Test
    void leavesBaseEmptyWhenTheUnitIsItsOwnBase() {
        Metric m = only("资金500元");
        assertNull(m.baseValue());
        assertNull(m.baseUnit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "培训骨干教师近300名|近|300", "约500人参加|约|500", "超过500人|超过|500", "逾600名学生|逾|600",
        "300余人|余|300", "300多名教师|多|300", "200人左右|左右|200", "80%以上|以上|80", "不足10所|不足|10",
        "约200人左右|约…左右|200"})
    void keepsQualifiersOutOfTheValue(String text, String qualifier, String value) {
        Metric m = only(text);
        assertEquals(qualifier, m.qualifier());
        assertValue(value, m.value());
        assertTrue(m.text().contains(qualifier.replace("…", "").substring(0, 1)), m.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"建设3-5所学校|3|5|所", "建设3至5所学校|3|5|所", "建设3~5所学校|3|5|所",
        "建设３－５所学校|3|5|所", "增长3%-5%|3|5|%", "三至五个项目|3|5|个"})
    void readsClosedRangesWithBothEnds(String text, String from, String to, String unit) {
        Metric m = only(text);
        assertValue(from, m.value());
        assertValue(to, m.valueTo());
        assertEquals(unit, m.unit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"检测率达到100%|100|%", "百分之九十的学校|90|%", "增长2.5个百分点|2.5|个百分点",
        "千分之三|3|‰", "百分之百完成|100|%"})
    void readsPercentages(String text, String value, String unit) {
        Metric m = only(text);
        assertValue(value, m.value());
        assertEquals(unit, m.unit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021年", "2021年度", "8 月 28 日", "8月28日", "9 月底", "7-9 月", "6月下旬至7月中旬",
        "截至9月底", "截止8月28日", "3个月", "3个多月", "五年规划", "一季度", "今年"})
    void neverReportsTimesAsFigures(String text) {
        assertEquals(List.of(), SCANNER.scanAll(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2021年全市招聘补充教师879人|2021年", "截止8月28日，核酸检测人数57631人|截止8月28日",
        "我市7-9月共有师生168人|7-9月", "今年普通高中招生计划22840人|今年", "于6月下旬至7月中旬培训教师300人|6月下旬至7月中旬"})
    void attachesTheTimeBeforeAFigure(String text, String time) {
        assertEquals(time, only(text).time());
    }

    @Test
    void attachesNoTimeAcrossASentence() {
        assertNull(only("2021年完成任务。培训教师300人").time());
    }

    @ParameterizedTest
    @ValueSource(strings = {"第12项", "第 105 项", "第二期能力提升五年规划", "（十政办发〔2021〕1号）", "十肺炎防指办发[2021]47 号",
        "〔2021〕47号", "1. 严格按照要求", "（2）开展工作", "一、重点工作", "“十三五”课题", "“十四五”期间", "十三五期间",
        "全市三个课堂的建设", "“三区”人才支持计划", "“万个公办幼儿园学位扩充”实事项目", "21 小学", "拟改扩建的21小学秋季投入使用",
        "2021级高一", "市一中正在办理", "一标段", "《规划（2021-2025）的通知》", "十堰市", "进一步加强", "县乡村公共服务一体化",
        "QQ 群", "5G网络", "树牢“四个意识”", "做到两个维护", "推进最多跑一次改革", "落实两不愁三保障"})
    void neverReportsNumbersInLabelsAndNames(String text) {
        assertEquals(List.of(), SCANNER.scanAll(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"六安市", "三门峡市", "四平市教育局", "七台河市", "九江市", "五指山市", "八宿县", "万宁市",
        "三明市", "十堰市教育局"})
    void readsNoFigureInPlaceNamesBeginningWithANumeral(String text) {
        assertEquals(List.of(), SCANNER.scanAll(text), text);
    }

    @Test
    void stillReadsTheFigureAfterAPlaceName() {
        Metric m = only("六安市新建学校3所");
        assertEquals(new BigDecimal("3"), m.value());
        assertEquals("所", m.unit());
    }

    @Test
    void noPlaceNameBeginsWithAFigure() {
        // a name like 三台 would hide 三台电脑: no name may be just a number and a unit
        Map<String, Unit> units = Lexicon.newUnitMap();
        Lexicon.standardUnits(units);
        List<String> names = Lexicon.placeNames();
        assertTrue(names.size() > 50, "the gazetteer has " + names.size() + " names");
        for (String name : names) {
            int k = 0;
            while (k < name.length() && Chars.isNumeralChar(name.charAt(k))) k++;
            assertTrue(k > 0, name + " begins with a numeral");
            Unit rest = units.get(name.substring(k));
            assertFalse(rest != null && rest.isFigure(), name + " is a number and the unit " + rest);
        }
    }

    @Test
    void reportsBareNumbersOnlyWhenAllAreAsked() {
        assertEquals(List.of(), SCANNER.scan("总数是1502222"));
        List<Metric> all = SCANNER.scanAll("总数是1502222");
        assertEquals(1, all.size());
        assertNull(all.get(0).unit());
        assertValue("1502222", all.get(0).value());
    }

    /** From a county's 2018 government work report: levels and changes listed against one list before 分别. */
    @Test
    void givesListedLevelsAndTheirChangesOneItemEach() {
        List<Metric> got = SCANNER.scan("城镇、农村居民人均可支配收入分别达到19824元、6700元，增长6%、11.1%");
        assertEquals(List.of("城镇", "农村居民人均可支配收入", "城镇", "农村居民人均可支配收入"),
                got.stream().map(Metric::subject).toList());
        assertEquals(List.of("income", "income", "income", "income"), got.stream().map(Metric::category).toList());
        assertEquals(Arrays.asList(null, null, "increase", "increase"), got.stream().map(Metric::change).toList());
    }

    /** From a city's 2020 report on old-compound renovation: counts written after their label, no unit. */
    @Test
    void readsABareCountAfterItsLabel() {
        List<Metric> got = SCANNER.scan("2020年全市计划改造老旧小区440，截至6月底，已开工的小区129，占任务数的28.86%");
        assertEquals(List.of("440", "129", "28.86"), got.stream().map(m -> m.value().toPlainString()).toList());
        assertNull(got.get(0).unit());
        assertEquals("改造老旧小区", got.get(0).subject());
        assertEquals("neighbourhoods", got.get(0).category());
        assertEquals("小区", got.get(1).subject());
        assertEquals(List.of("学前教育资助"), SCANNER.scan("学前教育资助：386，").stream().map(Metric::subject).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"国道245马家桥至中江界", "沿G4高速", "联系电话13800000000", "截至2023，", "第3，", "一期工程5层",
        "3号线12", "全市共12，", "总数是1502222", "在建项目7个、1项", "主体工程已完成70，", "同比增加12。"})
    void makesNoCountOfCodesYearsOrNumbersWithoutALabel(String text) {
        assertEquals(List.of(), SCANNER.scan(text).stream().filter(m -> m.unit() == null).toList(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"三分之一|0.3333333333333333", "负3.9|-3.9", "负十五|-15", "一千三百|1300", ".5|0.5",
        "1,050,000,000|1050000000", "4.78万亿|4780000000000"})
    void readsOtherNumberForms(String text, String value) {
        List<Metric> all = SCANNER.scanAll(text);
        assertEquals(1, all.size(), () -> text + " gave " + all);
        assertValue(value, all.get(0).value());
    }

    @Test
    void isExtendedWithUnitsCategoriesAndNames() {
        QuantityScanner mine = QuantityScanner.builder()
                .unit(Unit.of("万亩", UnitKind.MEASURE, "亩", 10_000))
                .unit(Unit.of("盏", UnitKind.COUNT))
                .category("路灯", "street_lights")
                .name("双减")
                .timeWord("本学期")
                .build();
        Metric lights = mine.scan("本学期安装路灯30盏").get(0);
        assertEquals("盏", lights.unit());
        assertEquals("street_lights", lights.category());
        assertEquals("本学期", lights.time());
        assertEquals(List.of(), mine.scanAll("落实“双减”政策"));
        assertEquals(List.of(), SCANNER.scan("安装路灯30盏"), "the standard scanner is not changed");
    }

    @Test
    void rejectsEmptyLexiconEntries() {
        assertThrows(IllegalArgumentException.class, () -> QuantityScanner.builder().name(""));
        assertThrows(IllegalArgumentException.class, () -> QuantityScanner.builder().category("", "x"));
        assertThrows(IllegalArgumentException.class, () -> Unit.of("", UnitKind.COUNT));
    }

    @Test
    void givesTheSameAnswerFromManyThreads() throws Exception {
        String text = "2021年全市招聘补充教师879人，新增公办幼儿园学位3464个，中央资金共计12595万元。";
        List<Metric> expected = SCANNER.scan(text);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Metric>>> results = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> SCANNER.scan(text))).toList();
            for (Future<List<Metric>> f : results) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3/5|0.6", "1 3/5|1.6", "-3/2|-1.5", "三百五又二分之一|350.5",
        "2e5|200000", "12.32e+14|1232000000000000", "2^5|32", "40k|40000", "-2.5 M|-2500000", "五兆六十二亿|5006200000000",
        "四万万|400000000", "二十几万|200000", "十 余 万|100000", "三千 九百 六十五|3965", "7万 5千 4百|75400",
        "４，５６５|4565", "1,234,567|1234567"})
    void readsTheFormsOfNumberTestSuites(String text, String value) {
        List<Metric> all = SCANNER.scanAll(text);
        assertEquals(1, all.size(), () -> text + " gave " + all);
        assertValue(value, all.get(0).value());
    }

    @Test
    void readsAFullWidthCommaBetweenAsciiDigitsAsAListComma() {
        assertEquals(List.of("40", "50"), SCANNER.scanAll("40，50").stream().map(Metric::text).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"打八折|80", "75折|75", "九成|90", "三成半|35", "五五折|55"})
    void readsDiscountsAndTenthsAsPercentages(String text, String percent) {
        Metric m = only(text);
        assertValue(percent, m.baseValue());
        assertEquals("%", m.baseUnit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"壹拾壹元壹角壹分|11.11", "50元6角3分|50.63", "￥300|300"})
    void readsYuanJiaoFenAndCurrencySigns(String text, String yuan) {
        Metric m = only(text);
        assertValue(yuan, m.baseValue() == null ? m.value() : m.baseValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"二三十人", "百分之二三十", "https://example.com/a?q=30%25&n=20%", "十折"})
    void readsNoSingleValueFromEstimatesUrlsOrNoDiscount(String text) {
        assertEquals(List.of(), SCANNER.scanAll(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "全市共有中小学校320所，在校学生15.6万人。|1|在校学生|students",
        "共排查学校1200所、幼儿园800所|1|幼儿园|schools",
        "招聘特岗教师200名，其中音乐教师50名、体育教师60名|2|体育教师|teachers",
        "已完成全年目标任务的60%|0|全年目标任务|share",
        "组织开展各类培训12期，二期工程正在推进|0|组织开展各类培训|training",
        "累计培训教师3000余人次|0|培训教师|teacher_training",
        "全市高考本科上线率达到45.6%|0|高考本科上线率|rate",
        "展示了16节示范课，|0|示范课|lessons",
        "已有8个县(市、区)上报本地规划|0|县(市、区)|counties",
        "主体工程完成70%。|0|主体工程|progress",
        "招聘教师200名到岗|0|招聘教师|teacher_hires",
        "已开工改造老旧小区52个，完成投资1.8亿元。|1|完成投资|funding"})
    void findsWhatAFigureCounts(String text, int index, String subject, String category) {
        Metric m = SCANNER.scan(text).get(index);
        assertEquals(subject, m.subject(), text);
        assertEquals(category, m.category(), text);
    }

    @Test
    void readsAPhaseAsALabelAndSessionsAsACount() {
        assertEquals(List.of("12期"), SCANNER.scan("开展培训12期，二期工程正在推进").stream().map(Metric::text).toList());
    }
}
