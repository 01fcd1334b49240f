package org.jindu.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.jindu.model.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Changes and shares as structure, subjects across lists and labels, and the forms issue #14 named as missed. */
class ChangesAndSharesTest {
    private static final QuantityScanner SCANNER = QuantityScanner.standard();

    @Test
    void linksTheValueAChangeWentToWithTheValueItCameFrom() {
        List<Metric> ms = SCANNER.scan("学前三年毛入园率由25%提高到86%");
        assertEquals(2, ms.size());
        assertEquals(Metric.INCREASE, ms.get(0).change());
        assertNull(ms.get(0).changeFrom());
        assertEquals(Metric.INCREASE, ms.get(1).change());
        assertEquals(0, ms.get(1).changeFrom());
        assertEquals("学前三年毛入园率", ms.get(0).subject());
        assertEquals("学前三年毛入园率", ms.get(1).subject());
        assertEquals("rate", ms.get(1).category());
    }

    @Test
    void readsAWideningFromOneMeasureToAnother() {
        List<Metric> ms = SCANNER.scan("路面从3.5米拓宽至6米");
        assertEquals("路面", ms.get(0).subject());
        assertEquals(0, ms.get(1).changeFrom());
        assertEquals("路面", ms.get(1).subject());
    }

    @Test
    void aFallToAValueIsAChangeWithNoValueItCameFrom() {
        Metric m = SCANNER.scan("婴儿死亡率下降到8.9‰").get(0);
        assertEquals(Metric.DECREASE, m.change());
        assertNull(m.changeFrom());
        assertEquals("婴儿死亡率", m.subject());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "全国床位1017.4万张，比上年增加42.4万张|床位|beds|increase",
        "各类民办教育稳步发展，在校生达3317人，增长47.87%|在校生|students|increase",
        "全国共有幼儿园27.44万所，比上年减少14808所，下降5.12%|幼儿园|schools|decrease",
        "全省完成投资1441.5亿元，为年度计划的96.1%，同比增长14.2%|完成投资|funding|increase",
        "城镇登记失业率为4.0%，比去年底下降0.1个百分点|城镇登记失业率|rate|decrease"})
    void aChangeWithoutASubjectOfItsOwnIsAboutTheFigureBeforeIt(String text, String subject, String category,
            String change) {
        List<Metric> ms = SCANNER.scan(text);
        Metric m = ms.get(ms.size() - 1);
        assertEquals(subject, m.subject(), text);
        assertEquals(category, m.category(), text);
        assertEquals(change, m.change(), text);
    }

    @Test
    void aShareCarriesItsWhole() {
        Metric m = SCANNER.scan("完成全年任务的35.86%").get(0);
        assertEquals("全年任务", m.whole());
        assertEquals("share", m.category());
        assertNull(m.change());
        Metric target = SCANNER.scan("全市新增城镇就业19589人，完成全年目标数65.3%").get(1);
        assertEquals("全年目标数", target.whole());
    }

    @Test
    void aChangeInPointsAfterAShareIsAboutTheShare() {
        List<Metric> ms = SCANNER.scan("普惠性幼儿园在园幼儿3717.01万人，占全国在园幼儿的比例90.81%，比上年提高1.26个百分点");
        assertEquals("全国在园幼儿", ms.get(1).whole());
        assertEquals("全国在园幼儿", ms.get(2).subject());
        assertEquals("share", ms.get(2).category());
        assertEquals(Metric.INCREASE, ms.get(2).change());
    }

    @Test
    void givesEachFigureItsItemOfAListWrittenBeforeRespectively() {
        List<Metric> ms = SCANNER.scan("婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、4.5‰、10/10万");
        assertEquals(List.of("婴儿死亡率", "5岁以下儿童死亡率", "孕产妇死亡率"), ms.stream().map(Metric::subject).toList());
        assertEquals(List.of("‰", "‰", "/10万"), ms.stream().map(Metric::unit).toList());
        assertEquals(Metric.DECREASE, ms.get(2).change());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "捐赠36台崭新的空调|0|空调",
        "争取283个省、市重点项目|0|省、市重点项目",
        "学前教育资助：386人|0|学前教育资助",
        "脱贫6191户8211人|1|脱贫",
        "316所学校享受到价值4元的营养餐|1|营养餐",
        "超额完成5500万人的目标任务|0|目标任务",
        "招聘特岗教师200名|0|招聘特岗教师",
        "东昌府区新招录教师400名|0|新招录教师",
        "城镇居民基本医疗保险覆盖人数达到31.36万人|0|城镇居民基本医疗保险覆盖人数"})
    void findsTheWholeNounPhrase(String text, int index, String subject) {
        assertEquals(subject, SCANNER.scan(text).get(index).subject(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "突破 300人|300|人|突破", "不低于24%|24|%|不低于", "不少于50所|50|所|不少于", "每个乡镇至少1所|1|所|至少",
        "新增学位149万|149|万|", "在村卫生室工作的人员132.7万|132.7|万|", "入院人次30187.3万|30187.3|万|",
        "发病率为21.7/10万|21.7|/10万|", "一吨半|1.5|吨|", "粮食产量稳定在1.3万亿斤以上|1.3|万亿斤|以上",
        "PM2.5平均浓度为35微克/立方米|35|微克/立方米|", "新建公路12km|12|km|", "建设教师周转房90套|90|套|",
        "购置校车5辆|5|辆|", "改造危房30间|30|间|", "高标准农田2.5万亩|2.5|万亩|"})
    void readsTheFormsThatWereMissed(String text, String value, String unit, String qualifier) {
        List<Metric> ms = SCANNER.scan(text);
        assertEquals(1, ms.size(), text + " " + ms);
        assertEquals(0, new BigDecimal(value).compareTo(ms.get(0).value()), text);
        assertEquals(unit, ms.get(0).unit(), text);
        assertEquals(qualifier, ms.get(0).qualifier(), text);
    }

    @Test
    void aNumberCountedInWanAloneKeepsItsBaseValue() {
        Metric m = SCANNER.scan("新增学位149万").get(0);
        assertEquals(0, new BigDecimal("1490000").compareTo(m.baseValue()));
        assertEquals("school_places", m.category());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5岁以下儿童死亡率", "0-6岁儿童家长", "65岁及以上老年人", "无一人因贫辍学", "做到不缺一人",
        "这是一所好学校"})
    void readsNoFigureInAgeBandsAndIdioms(String text) {
        assertEquals(List.of(), SCANNER.scan(text), text);
    }
}
