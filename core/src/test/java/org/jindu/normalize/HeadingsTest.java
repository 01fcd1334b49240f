package org.jindu.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingsTest {

    @Test
    void readsNumberAndTitle() {
        assertEquals(new Headings.Heading("一", "重点工作", null), Headings.parse("一、重点工作"));
    }

    @Test
    void splitsOffNoteInFullWidthBrackets() {
        assertEquals(new Headings.Heading("三", "重点建议和提案", "刘市长督办"), Headings.parse("三、重点建议和提案（刘市长督办）"));
    }

    @Test
    void splitsOffNoteInAsciiAndLenticularBrackets() {
        assertEquals(new Headings.Heading("二", "重大工程", "市长督办"), Headings.parse("二、重大工程(市长督办)"));
        assertEquals(new Headings.Heading("四", "民生实事", "10件"), Headings.parse("四、民生实事【10件】"));
    }

    @Test
    void keepsBracketInsideTitleWhenNotAtTheEnd() {
        assertEquals(new Headings.Heading("五", "县（市、区）重点工作", null), Headings.parse("五、县（市、区）重点工作"));
    }

    @Test
    void acceptsDotsAndSpacesAfterNumber() {
        assertEquals(new Headings.Heading("十二", "其他", null), Headings.parse(" 十二 ． 其他 "));
        assertEquals(new Headings.Heading("六", "其他", null), Headings.parse("六.其他"));
    }

    @Test
    void keepsWholeTitleWhenItIsOnlyABracket() {
        assertEquals(new Headings.Heading("七", "（略）", null), Headings.parse("七、（略）"));
    }

    @Test
    void rejectsSentences() {
        assertNull(Headings.parse("一、严格按照要求开展排查。"));
    }

    @Test
    void rejectsLinesLongerThanSixtyCharacters() {
        assertNull(Headings.parse("一、" + "重".repeat(59)));
        assertEquals("重".repeat(58), Headings.parse("一、" + "重".repeat(58)).title());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "重点工作", "1. 严格按照", "（一）重点工作", "一、", "一重点工作", "十十十、重点"})
    void rejectsWhatIsNotAHeading(String line) {
        assertNull(Headings.parse(line));
    }

    @Test
    void readsPartHeadingsWithTheirWholeOrdinal() {
        assertEquals(new Headings.Heading("第一部分", "工作进展", null), Headings.parse("第一部分 工作进展"));
        assertEquals(new Headings.Heading("第十二部分", "附表", null), Headings.parse("第十二部分　附表"));
        assertEquals(new Headings.Heading("第二部分", null, null), Headings.parse("第二部分"));
        assertNull(Headings.parse("第一部分是工作进展，第二部分是问题。"));
    }

    @Test
    void aDefinitionOrARunInHeadingIsNoSection() {
        assertNull(Headings.parse("一、财政拨款收入：指本级财政当年拨付的资金"));
        assertNull(Headings.parse("二、存在问题：资金不足"));
        assertEquals(new Headings.Heading("二", "存在问题：", null), Headings.parse("二、存在问题："));
    }
}
