package org.jindu.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarityTest {
    @Test
    void sameLettersInTheSameOrderAreOne() {
        assertEquals(1.0, Similarity.of("做好服务工作。", "做好 服务工作"));
        assertEquals(1.0, Similarity.of("", " 。"));
    }

    @Test
    void textsSharingNoBigramAreZero() {
        assertEquals(0.0, Similarity.of("招聘补充教师", "核酸检测"));
        assertEquals(0.0, Similarity.of("甲", "乙丙"));
    }

    @Test
    void diceOfCharacterBigrams() {
        // 教育局 {教育, 育局} and 教育厅 {教育, 育厅}: one shared of four, 2 * 1 / 4
        assertEquals(0.5, Similarity.of("教育局", "教育厅"), 1e-9);
        // a repeated bigram counts as often as it is shared: {哈哈, 哈哈} and {哈哈}
        assertEquals(2.0 / 3, Similarity.of("哈哈哈", "哈哈"), 1e-9);
    }

    @Test
    void aFigureChangedInALongTextIsStillNearlyTheSame() {
        String a = "截止6月底，全市完成新建、改扩建公办幼儿园项目11个，新增公办幼儿园学位2150个，主要用于消除大班额。";
        String b = "截止6月底，全市完成新建、改扩建公办幼儿园项目11个，新增公办幼儿园学位2160个，主要用于消除大班额。";
        assertTrue(Similarity.of(a, b) >= Similarity.UNCHANGED, String.valueOf(Similarity.of(a, b)));
    }

    @Test
    void aTaskReworded() {
        String a = "支持高校校区扩建，加快整合优势资源，筹建综合性大学，建设优势学科和品牌专业";
        String b = "支持高校校区扩建，加快整合优势资源，筹建综合性大学，建设一批优势学科和品牌专业";
        assertTrue(Similarity.of(a, b) >= Similarity.SAME_TASK);
        assertTrue(Similarity.of(a, "推动郧阳中学、市一中、东风高中改扩建") < Similarity.SAME_TASK);
    }
}
