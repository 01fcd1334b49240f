package org.jindu.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    private static void assertValue(String expected, String numeral) {
        assertEquals(new BigDecimal(expected), ChineseNumerals.parse(numeral), numeral);
    }

    @ParameterizedTest
    @CsvSource({"一,1", "两,2", "零,0", "〇,0", "九,9", "十,10", "十三,13", "一十,10", "二十,20", "九十九,99"})
    void readsSmallNumbers(String numeral, String expected) {
        assertValue(expected, numeral);
    }

    @ParameterizedTest
    @CsvSource({"一百零五,105", "三千二百,3200", "三百二十,320", "一千零五十,1050", "两千,2000",
            "九千九百九十九,9999", "一百一十,110"})
    void readsHundredsAndThousands(String numeral, String expected) {
        assertValue(expected, numeral);
    }

    @ParameterizedTest
    @CsvSource({"两万,20000", "一万零六百,10600", "十二万三千,123000", "十万零三,100003",
            "一千二百万,12000000", "九千九百九十九万九千九百九十九,99999999"})
    void readsTenThousands(String numeral, String expected) {
        assertValue(expected, numeral);
    }

    @ParameterizedTest
    @CsvSource({"一亿,100000000", "一亿二千万,120000000", "三亿零五百万,305000000", "一万亿,1000000000000"})
    void readsHundredMillions(String numeral, String expected) {
        assertValue(expected, numeral);
    }

    @ParameterizedTest
    @CsvSource({"廿,20", "廿三,23", "卅,30", "卅一,31", "一百廿,120"})
    void readsNianAndSa(String numeral, String expected) {
        assertValue(expected, numeral);
    }

    @ParameterizedTest
    @CsvSource({"壹佰零伍,105", "叁仟贰佰,3200", "拾贰,12", "贰萬,20000", "壹億,100000000", "玖拾玖,99"})
    void readsFinancialCapitalForms(String numeral, String expected) {
        assertValue(expected, numeral);
    }

    @ParameterizedTest
    @CsvSource({"1.2万,12000", "3.5亿,350000000", "1万600,10600", "12万3千,123000", "3千,3000",
            "0.5万,5000", "１.２万,12000", "1.25万,12500"})
    void readsArabicDigitsMixedWithUnits(String numeral, String expected) {
        assertValue(expected, numeral);
    }

    @ParameterizedTest
    @CsvSource({"二〇二一,2021", "二零二一,2021", "一九九八,1998", "二〇〇五,2005"})
    void readsDigitByDigitForms(String numeral, String expected) {
        assertValue(expected, numeral);
    }

    @ParameterizedTest
    @CsvSource({"一百五,150", "三千二,3200", "两万五,25000", "一亿二,120000000"})
    void readsAbbreviatedLastPlaceAfterLargeUnit(String numeral, String expected) {
        assertValue(expected, numeral);
    }

    @Test
    void returnsValueWithoutTrailingDecimalZeros() {
        BigDecimal v = ChineseNumerals.parse("1.2万");
        assertEquals(0, v.scale());
        assertEquals("12000", v.toPlainString());
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertValue("13", "  十三 ");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void returnsNullForNullOrBlank(String s) {
        assertNull(ChineseNumerals.parse(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "1.5", "三个", "十三五个", "万", "百", "千", "百万", "十百", "二十二十",
            "一万万", "一亿二亿", "一百零", "零一百", "两二", "1万20000", "一.二", "abc", "第一", "一 百"})
    void returnsNullForWhatIsNotAChineseNumeral(String s) {
        assertNull(ChineseNumerals.parse(s), s);
    }

    @ParameterizedTest
    @CsvSource({"十五点七,15.7", "零点五,0.5", "两千万点五五四四,20000000.5544", "一万零一十八点一五,10018.15",
            "十點二三三,10.233", "2点5,2.5", "两千点零,2000"})
    void readsDecimalsAfterDian(String numeral, String expected) {
        assertValue(expected, numeral);
    }

    @ParameterizedTest
    @CsvSource({"兩千四百五,2450", "兩,2"})
    void readsTraditionalLiang(String numeral, String expected) {
        assertValue(expected, numeral);
    }

    @ParameterizedTest
    @ValueSource(strings = {"点五", "十点", "十点点五", "十点a"})
    void returnsNullForBrokenDecimals(String s) {
        assertNull(ChineseNumerals.parse(s), s);
    }

    @ParameterizedTest
    @CsvSource({"五兆六十二亿四万五千二,5006200045200", "一兆,1000000000000", "三兆零五,3000000000005"})
    void readsZhaoAsTenToTheTwelfth(String numeral, String expected) {
        assertValue(expected, numeral);
    }
}
