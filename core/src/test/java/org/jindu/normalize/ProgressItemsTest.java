package org.jindu.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressItemsTest {

    @Test
    void splitsNumberedPointsAndParagraphs() {
        assertEquals(List.of("推进义务教育优质均衡发展：", "1. 扩大城区。", "2. 推进项目。", "鼓励发展:", "1. 加强研究。"),
                ProgressItems.split("推进义务教育优质均衡发展：1. 扩大城区。2. 推进项目。\n鼓励发展:1. 加强研究。"));
    }

    @Test
    void keepsParagraphWithoutMarkersWhole() {
        assertEquals(List.of("用好中职发展引导奖补资金，改善办学条件。"),
                ProgressItems.split("用好中职发展引导奖补资金，改善办学条件。"));
    }

    @Test
    void doesNotSplitAtYearOrDecimal() {
        String text = "招聘教师。2021年全市新增3.5万个学位。";
        assertEquals(List.of(text), ProgressItems.split(text));
    }

    @Test
    void splitsParenthesisedArabicMarkers() {
        assertEquals(List.of("（1）加强。", "(2)推进；", "（3）完善"), ProgressItems.split("（1）加强。(2)推进；（3）完善"));
    }

    @Test
    void splitsCircledMarkers() {
        assertEquals(List.of("措施：", "①扩大学位；", "②增加教师；", "⑳其他"),
                ProgressItems.split("措施：①扩大学位；②增加教师；⑳其他"));
    }

    @Test
    void splitsChineseOrdinalMarkers() {
        assertEquals(List.of("一、扩大供给。", "二、推进均衡。", "（三）加强管理！", "(十一)其他？", "十二、完"),
                ProgressItems.split("一、扩大供给。二、推进均衡。（三）加强管理！(十一)其他？十二、完"));
    }

    @Test
    void splitsAfterPunctuationFollowedBySpaces() {
        assertEquals(List.of("已完成;", "2、开展培训"), ProgressItems.split("已完成;  2、开展培训"));
    }

    @Test
    void splitsFullWidthDotMarker() {
        assertEquals(List.of("完成。", "2．推进"), ProgressItems.split("完成。2．推进"));
    }

    @Test
    void doesNotSplitAtMarkerInsideSentence() {
        String text = "共有师生168人，其中1. 驻市高校121人，（2）各县市区40人";
        assertEquals(List.of(text), ProgressItems.split(text));
    }

    @Test
    void doesNotSplitAtThreeDigitNumber() {
        String text = "完成。100、200人";
        assertEquals(List.of(text), ProgressItems.split(text));
    }

    @Test
    void splitsMarkerAtParagraphStart() {
        assertEquals(List.of("1. 严格排查。", "2. 按照要求。"), ProgressItems.split("1. 严格排查。\n2. 按照要求。"));
    }

    @Test
    void returnsEmptyListForNullOrBlank() {
        assertTrue(ProgressItems.split(null).isEmpty());
        assertTrue(ProgressItems.split("").isEmpty());
        assertTrue(ProgressItems.split(" \n  ").isEmpty());
    }
}
