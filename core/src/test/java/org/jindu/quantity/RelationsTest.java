package org.jindu.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.jindu.model.Metric;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;

class RelationsTest {
    private static final QuantityScanner SCANNER = QuantityScanner.standard();

    @Test
    void linksPartsAfterQiZhongToTheirTotal() {
        QuantityScanner.Figures f = SCANNER.read("共有师生168人，其中驻市高校121人，各县市区40人，市直学校7人，已全部检测。");
        assertEquals(Arrays.asList(null, 0, 0, 0), f.metrics().stream().map(Metric::partOf).toList());
        assertEquals(List.of(), f.warnings());
    }

    @Test
    void warnsWhenPartsDoNotAddUp() {
        QuantityScanner.Figures f = SCANNER.read("共有师生168人，其中驻市高校121人，各县市区40人，市直学校9人。");
        assertEquals(1, f.warnings().size());
        Warning w = f.warnings().get(0);
        assertEquals(Warning.PARTS_DO_NOT_ADD_UP, w.code());
        assertTrue(w.message().contains("121 + 40 + 9 = 170, not 168"), w.message());
    }

    @Test
    void doesNotCheckAnApproximateTotal() {
        QuantityScanner.Figures f = SCANNER.read("共有师生近170人，其中驻市高校121人，各县市区40人。");
        assertEquals(List.of(), f.warnings());
        assertEquals(0, f.metrics().get(1).partOf());
    }

    @Test
    void warnsWhenASinglePartIsLargerThanItsTotal() {
        QuantityScanner.Figures f = SCANNER.read("招聘教师100人，其中女教师120人。");
        assertEquals(List.of(Warning.PARTS_DO_NOT_ADD_UP), f.warnings().stream().map(Warning::code).toList());
    }

    @Test
    void stopsThePartsAtTheSentenceEndAndAtAnotherUnit() {
        List<Metric> m = SCANNER.scan("共有师生168人，其中驻市高校121人，学校3所。另有教师47人。");
        assertEquals(Arrays.asList(null, 0, null, null), m.stream().map(Metric::partOf).toList());
    }

    @Test
    void readsTheWholeOfAShare() {
        List<Metric> m = SCANNER.scan("全市参加学区化、集团化办学的义务教育阶段学校694所，占义务教育学校总数的68.1%，扩大了覆盖面。");
        assertEquals("义务教育阶段学校", m.get(0).subject());
        assertEquals("义务教育学校总数", m.get(1).subject());
        assertEquals("share", m.get(1).category());
        assertNull(m.get(1).partOf());
    }

    @Test
    void warnsAboutARateAbove100Percent() {
        QuantityScanner.Figures f = SCANNER.read("全市核酸检测率达到105%。");
        assertEquals(List.of(Warning.RATE_ABOVE_100), f.warnings().stream().map(Warning::code).toList());
        assertEquals(List.of(), SCANNER.read("检测率达到100%，投资增长120%。").warnings());
    }

    @Test
    void linksAShareToItsWholeWhenTheWholeIsAFigure() {
        QuantityScanner.Figures f = SCANNER.read("全市共有学校1019所，其中参加集团化办学的694所，占总数的68.1%。");
        assertEquals(Arrays.asList(null, 0, 0), f.metrics().stream().map(Metric::partOf).toList());
        assertEquals(List.of(), f.warnings());
    }

    @Test
    void warnsWhenAShareDoesNotMatchItsPartAndWhole() {
        QuantityScanner.Figures f = SCANNER.read("全市共有学校1019所，其中参加集团化办学的694所，占总数的78.1%。");
        assertEquals(List.of(Warning.SHARE_DOES_NOT_MATCH), f.warnings().stream().map(Warning::code).toList());
        assertTrue(f.warnings().get(0).message().contains("68.11%"), f.warnings().get(0).message());
    }
}
