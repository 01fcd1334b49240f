package org.jindu.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jindu.model.Metric;
import org.junit.jupiter.api.Test;

/** Whatever the text, the scanner never throws and its offsets point at what it reports. */
class ScannerRobustnessTest {
    private static final String ALPHABET = "0123456789０１２３４５６７８９.．,，-－~～至到/^eEkKM%％‰ 　\n"
            + "〇零一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅点點负負分之又余多几左右以上近约"
            + "第项期号级年月日底旬个名人所元万元亿元平方米成折百分点个百分点“”《》〔〕[]（）()、。；：其中共占的率"
            + "学校教师招聘资金$￥http://";

    @Test
    void neverThrowsOnRandomText() {
        Random random = new Random(Long.getLong("seed", 20261128));
        QuantityScanner scanner = QuantityScanner.standard();
        for (int round = 0; round < Integer.getInteger("rounds", 20_000); round++) {
            int length = 1 + random.nextInt(40);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String text = sb.toString();
            List<Metric> all = scanner.scanAll(text);
            QuantityScanner.Figures figures = scanner.read(text);
            for (Metric m : all) {
                assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), text + " " + m);
                assertEquals(text.substring(m.start(), m.end()), m.text(), text);
            }
            for (Metric m : figures.metrics()) {
                assertTrue(m.unit() != null || m.subject() != null, text + " " + m); // a bare count has its label
                if (m.partOf() != null) assertTrue(m.partOf() < figures.metrics().size(), text + " " + m);
            }
        }
    }

    @Test
    void readsEmptyAndBlankText() {
        assertEquals(List.of(), QuantityScanner.standard().scanAll(""));
        assertEquals(List.of(), QuantityScanner.standard().scanAll(" \n\t"));
    }
}
