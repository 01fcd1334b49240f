package org.jindu.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounPhrasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "下达十堰市各县(市、区)义务教育薄弱环节改善与能力提升中央资金|中央资金",
        "国内中高风险地区来堰返堰师生|师生",
        "学校返校教职职工（含高校）核酸检测人数|核酸检测人数",
        "义务教育学校课后服务覆盖率|义务教育学校课后服务覆盖率"})
    void cutsALongSubjectToTheNounPhraseItEndsIn(String subject, String phrase) {
        assertEquals(phrase, NounPhrases.trim(subject));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"招聘补充教师", "优生培育专家报告", "课堂点评", "义务教育阶段学校"})
    void keepsShortSubjectsWhole(String subject) {
        assertEquals(subject, NounPhrases.trim(subject));
    }

    @Test
    void keepsASubjectThatDoesNotEndInANoun() {
        assertEquals("组织全市各个学校认真开展", NounPhrases.trim("组织全市各个学校认真开展"));
    }

    @Test
    void canBeTurnedOff() {
        String text = "国内中高风险地区来堰返堰师生168人";
        assertEquals("师生", QuantityScanner.standard().scan(text).get(0).subject());
        QuantityScanner rulesOnly = QuantityScanner.builder().nounPhrases(false).build();
        assertEquals("国内中高风险地区来堰返堰师生", rulesOnly.scan(text).get(0).subject());
    }
}
