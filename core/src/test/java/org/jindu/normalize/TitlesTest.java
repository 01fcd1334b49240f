package org.jindu.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jindu.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitlesTest {

    @Test
    void readsOrganizationYearAndMonthRange() {
        assertEquals(new Titles.Info("市教育局", 2021, new Period(1, 9)),
                Titles.parse("市教育局1-9月份分解落实2021年政府工作目标进展情况"));
    }

    @Test
    void readsTitleStartingWithYear() {
        assertEquals(new Titles.Info("市教育局", 2021, new Period(1, 6)),
                Titles.parse("关于市教育局2021年上半年重点工作落实情况的报告"));
    }

    @ParameterizedTest
    @CsvSource({
        "市卫健委2021年1-3月工作进展,1,3",
        "市卫健委2021年1至6月工作进展,1,6",
        "市卫健委2021年1～12月工作进展,1,12",
        "市卫健委2021年一至九月工作进展,1,9",
        "市卫健委2021年上半年工作进展,1,6",
        "市卫健委2021年下半年工作进展,7,12",
        "市卫健委2021年一季度工作进展,1,3",
        "市卫健委2021年第二季度工作进展,4,6",
        "市卫健委2021年三季度工作进展,7,9",
        "市卫健委2021年第四季度工作进展,10,12",
        "市卫健委2021年前三季度工作进展,1,9",
        "市卫健委2021年9月份工作进展,9,9",
        "市卫健委2021年11月工作进展,11,11",
        "市卫健委2021年全年工作进展,1,12",
        "市卫健委2021年度工作进展,1,12",
    })
    void readsPeriods(String title, int from, int to) {
        Titles.Info info = Titles.parse(title);
        assertEquals(new Period(from, to), info.period(), title);
        assertEquals(2021, info.year());
        assertEquals("市卫健委", info.organization());
    }

    @Test
    void monthsWinOverYearWord() {
        assertEquals(new Period(1, 9), Titles.parse("市教育局2021年度政府工作目标1-9月进展情况").period());
    }

    @ParameterizedTest
    @ValueSource(strings = {"市教育局2021年9-3月进展", "市教育局2021年0-9月进展", "市教育局2021年1-13月进展", "市教育局13月进展"})
    void givesNoPeriodForImpossibleMonths(String title) {
        assertNull(Titles.parse(title).period());
    }

    @Test
    void readsOrganizationBeforeYearWordWithoutYear() {
        assertEquals(new Titles.Info("市教育局", null, new Period(1, 12)), Titles.parse("市教育局年度工作进展情况"));
    }

    @Test
    void givesNoPeriodWhenNoneIsNamed() {
        Titles.Info info = Titles.parse("市教育局2021年政府工作目标进展情况");
        assertNull(info.period());
        assertEquals(2021, info.year());
        assertEquals("市教育局", info.organization());
    }

    @Test
    void givesNoOrganizationWhenTitleStartsWithYearOrPeriod() {
        assertNull(Titles.parse("2021年1-9月政府工作目标进展情况").organization());
        assertNull(Titles.parse("关于2021年政府工作目标进展情况").organization());
    }

    @Test
    void trimsPunctuationAndConnectiveBeforeYear() {
        assertEquals("市教育局", Titles.parse("市教育局：2021年工作进展").organization());
        assertEquals("市教育局", Titles.parse("市教育局关于2021年工作进展").organization());
    }

    @Test
    void doesNotTakeDateForSingleMonth() {
        assertNull(Titles.parse("截至2021年9月28日工作进展").period());
    }

    @Test
    void givesEmptyInfoForNullOrBlank() {
        assertEquals(new Titles.Info(null, null, null), Titles.parse(null));
        assertEquals(new Titles.Info(null, null, null), Titles.parse("  "));
    }

    @Test
    void givesNoYearOrOrganizationForTitleWithoutThem() {
        assertEquals(new Titles.Info(null, null, null), Titles.parse("重点工作落实情况汇总表"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"市教育局1-9月份分解落实2021年政府工作目标进展情况", "重点工作落实情况汇总表",
            "市政府督办事项办理情况", "2021年重点项目推进台账", "关于政府工作报告的一览表"})
    void recognisesTitles(String line) {
        assertTrue(Titles.looksLikeTitle(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"进展情况", "一、重点工作", "附件", "工作部门及负责人（需填写联系方式）", "重点工作落实\n情况汇总表"})
    void rejectsLinesThatAreNotTitles(String line) {
        assertFalse(Titles.looksLikeTitle(line));
    }

    @Test
    void rejectsNullAsTitle() {
        assertFalse(Titles.looksLikeTitle(null));
    }
}
