package org.jindu.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void returnsEmptyForNull() {
        assertEquals("", TextCleaner.clean(null));
    }

    @Test
    void returnsEmptyForWhitespaceOnly() {
        assertEquals("", TextCleaner.clean(" \t\u00A0\u3000\r\n \n"));
    }

    @Test
    void removesSpaceBetweenChineseAndDigits() {
        assertEquals("市教育局1-9月份分解落实2021年政府工作目标进展情况",
                TextCleaner.clean("市教育局 1-9 月份分解落实 2021 年政府工作目标进展情况"));
    }

    @Test
    void removesSpacesInsideJustifiedChineseLine() {
        assertEquals("明乡风", TextCleaner.clean("明 乡 风"));
    }

    @Test
    void removesSpaceAroundNumbersWithDecimalsAndPercent() {
        assertEquals("学校694所，占…总数的68.1%，", TextCleaner.clean("学校 694 所，占…总数的 68.1%，"));
    }

    @Test
    void keepsSpaceAfterNumberingDotButRemovesItAfterFullWidthColon() {
        assertEquals("发展：1. 扩大", TextCleaner.clean("发展： 1. 扩大"));
        assertEquals("1. 严格", TextCleaner.clean("1. 严格"));
    }

    @Test
    void removesSpaceBetweenDocumentBracketAndNumber() {
        assertEquals("〔2021〕47号", TextCleaner.clean("〔2021〕47 号"));
    }

    @Test
    void removesSpaceAfterChineseEnumerationComma() {
        assertEquals("基教、职成教", TextCleaner.clean("基教、 职成教"));
    }

    @Test
    void keepsSingleSpaceBetweenLatinAndChinese() {
        assertEquals("QQ 群", TextCleaner.clean("QQ   群"));
        assertEquals("家长微信群、QQ 群引导", TextCleaner.clean("家长微信群、QQ 群引导"));
    }

    @Test
    void collapsesWhitespaceRunBetweenLatinWordsToOneSpace() {
        assertEquals("PDF and Word", TextCleaner.clean("PDF \t and\u00A0\u00A0Word"));
    }

    @Test
    void treatsNbspIdeographicSpaceAndTabAsWhitespace() {
        assertEquals("明乡风", TextCleaner.clean("明\u00A0乡\u3000\t风"));
    }

    @Test
    void turnsClosingAndOpeningParagraphTagsIntoOneLineBreak() {
        assertEquals("a。\nb。", TextCleaner.clean("<p>a。</p> <p>b。</p>"));
    }

    @Test
    void removesParagraphTagsCaseInsensitively() {
        assertEquals("划教师专项计划152人。", TextCleaner.clean("<P>划教师专项计划 152 人。</P>"));
    }

    @Test
    void turnsBrVariantsIntoLineBreaks() {
        assertEquals("一\n二\n三\n四", TextCleaner.clean("一<br>二<BR/>三<br />四"));
    }

    @Test
    void normalisesLineEndings() {
        assertEquals("甲\n乙\n丙", TextCleaner.clean("甲\r\n乙\r丙"));
    }

    @Test
    void trimsLinesAndDropsEmptyOnes() {
        assertEquals("第一段。\n第二段。", TextCleaner.clean("  第一段。  \n\n \u3000\n  第二段。\n"));
    }

    @Test
    void keepsFullWidthCharactersAsTheyAre() {
        assertEquals("扩大供给，推进（市、区）", TextCleaner.clean("扩大供给， 推进（市、区）"));
    }

    @Test
    void removesSpaceBetweenFullWidthDigitAndChinese() {
        assertEquals("１２项", TextCleaner.clean("１２ 项"));
    }

    @Test
    void removesSpaceNextToChineseQuotes() {
        assertEquals("“三区”人才", TextCleaner.clean("“ 三区 ” 人才"));
    }

    @Test
    void keepsSpaceBetweenAsciiPunctuationAndChinese() {
        assertEquals("县(市、区) 进行", TextCleaner.clean("县(市、区) 进行"));
    }

    @Test
    void keepsSpaceBetweenDigitsAndLatin() {
        assertEquals("2021 ABC", TextCleaner.clean("2021   ABC"));
    }

    @Test
    void joinsSplitChineseWordWithoutSpace() {
        assertEquals("支持计划教师", TextCleaner.join("支持计", "划教师"));
    }

    @Test
    void joinsAfterChinesePunctuationWithoutSpace() {
        assertEquals("大赛；用好", TextCleaner.join("大赛；", "用好"));
    }

    @Test
    void joinsStrippingWhitespaceAtTheBreak() {
        assertEquals("支持计划", TextCleaner.join("支持计 \n", "\u3000 划"));
    }

    @Test
    void joinsWithoutSpaceWhenOnlyOneSideIsChinese() {
        assertEquals("共168人", TextCleaner.join("共168", "人"));
        assertEquals("QQ群", TextCleaner.join("QQ", "群"));
    }

    @Test
    void joinsLatinPiecesWithOneSpace() {
        assertEquals("smart education", TextCleaner.join("smart  ", "  education"));
        assertEquals("1. 2.", TextCleaner.join("1.", "2."));
    }

    @Test
    void joinReturnsTheOtherPieceWhenOneIsEmptyOrNull() {
        assertEquals("用好", TextCleaner.join(null, "用好"));
        assertEquals("用好", TextCleaner.join("", "用好"));
        assertEquals("大赛；", TextCleaner.join("大赛；", null));
        assertEquals("", TextCleaner.join(null, null));
    }

    @Test
    void recognisesCjkLikeCharacters() {
        for (int cp : "汉〔〕，：“”‘’…—㐀丽〇、。（）１".codePoints().toArray())
            assertTrue(TextCleaner.isCjkLike(cp), Character.toString(cp));
        assertTrue(TextCleaner.isCjkLike(0x20000)); // Extension B
    }

    @Test
    void doesNotCountLatinDigitsOrAsciiPunctuationAsCjkLike() {
        for (int cp : "aZ09.,:;()[]-% ".codePoints().toArray())
            assertFalse(TextCleaner.isCjkLike(cp), Character.toString(cp));
        assertFalse(TextCleaner.isCjkLike(-1));
    }
}
