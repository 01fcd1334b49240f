package org.jindu.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jindu.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceRefsTest {

    private static final String DOC = "十政办发〔2021〕1号";

    @Test
    void readsDocumentInBracketsAndItem() {
        assertEquals(new SourceRef("（十政办发〔2021〕1号） 第12项", DOC, 12, false),
                SourceRefs.parse("（十政办发〔2021〕1号） 第12项", null));
    }

    @Test
    void inheritsLastDocumentWhenCellNamesOnlyTheItem() {
        assertEquals(new SourceRef("第19项", DOC, 19, true), SourceRefs.parse("第19项", DOC));
    }

    @Test
    void readsItemWithSpacesAroundTheNumber() {
        SourceRef ref = SourceRefs.parse("第 105 项", DOC);
        assertEquals(105, ref.item());
        assertEquals("第 105 项", ref.text());
        assertTrue(ref.inherited());
    }

    @Test
    void doesNotMarkInheritedWhenThereIsNoLastDocument() {
        assertEquals(new SourceRef("第19项", null, 19, false), SourceRefs.parse("第19项", null));
    }

    @Test
    void ownDocumentWinsOverLastDocument() {
        SourceRef ref = SourceRefs.parse("十政发〔2021〕3号第2项", DOC);
        assertEquals("十政发〔2021〕3号", ref.document());
        assertEquals(2, ref.item());
        assertFalse(ref.inherited());
    }

    @Test
    void blankCellGivesEmptyReferenceEvenWithLastDocument() {
        assertEquals(new SourceRef("", null, null, false), SourceRefs.parse("  \n ", DOC));
        assertEquals(new SourceRef("", null, null, false), SourceRefs.parse(null, DOC));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "十肺炎防指办发[2021]47号|十肺炎防指办发[2021]47号",
        "鄂政办发【2021】5号|鄂政办发【2021】5号",
        "十政办发(2021)1号|十政办发(2021)1号",
        "十政办发（2021）1号|十政办发（2021）1号",
        "十政办发［2021］12号|十政办发［2021］12号",
        "（十肺炎防指办发[2021]47 号）|十肺炎防指办发[2021]47号",
    })
    void readsDocumentNumbersWithAnyYearBrackets(String cell, String document) {
        SourceRef ref = SourceRefs.parse(cell, null);
        assertEquals(document, ref.document());
        assertNull(ref.item());
        assertFalse(ref.inherited());
    }

    @ParameterizedTest
    @CsvSource({"第十二项,12", "第一百零五项,105", "第三项,3", "第12条,12", "第二十条,20", "12,12", "（12）,12",
            "第１２项,12"})
    void readsItemNumbersInAnyForm(String cell, int item) {
        assertEquals(item, SourceRefs.parse(cell, null).item());
    }

    @Test
    void readsBareItemNumberAfterDocument() {
        SourceRef ref = SourceRefs.parse("十政办发〔2021〕1号 12", null);
        assertEquals(DOC, ref.document());
        assertEquals(12, ref.item());
    }

    @Test
    void doesNotTakeTheDocumentNumberForTheItem() {
        assertNull(SourceRefs.parse("（十政办发〔2021〕1号）", null).item());
    }

    @Test
    void keepsTextOfCellWithoutDocumentOrItem() {
        SourceRef ref = SourceRefs.parse(" 市政府常务会议 ", DOC);
        assertEquals("市政府常务会议", ref.text());
        assertNull(ref.item());
        assertEquals(DOC, ref.document());
        assertTrue(ref.inherited());
    }

    @Test
    void ignoresYearOutsideDocumentNumber() {
        SourceRef ref = SourceRefs.parse("2021年政府工作报告", null);
        assertNull(ref.document());
        assertNull(ref.item());
    }
}
