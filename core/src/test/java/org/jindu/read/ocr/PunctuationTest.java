package org.jindu.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PunctuationTest {

    private static String line(String text) {
        List<OcrLine.OcrChar> chars = text.codePoints()
                .mapToObj(c -> new OcrLine.OcrChar(Character.toString(c), 0, 1, 1f)).toList();
        StringBuilder sb = new StringBuilder();
        for (OcrLine.OcrChar c : Punctuation.fullWidth(chars)) sb.append(c.text());
        return sb.toString();
    }

    @Test
    void asciiPunctuationBesideChineseBecomesFullWidth() {
        assertEquals("对县（市、区）进行督办，截至目前：", line("对县(市、区)进行督办,截至目前:"));
        assertEquals("推进“三区”人才", Punctuation.pairQuotes(line("推进\"三区\"人才")));
        // between Latin letters and digits it stays as read
        assertEquals("QQ 2.5, (a)", line("QQ 2.5, (a)"));
    }

    @Test
    void quotesArePairedWithinASentence() {
        assertEquals("我市“万个公办幼儿园学位扩充”实事项目", Punctuation.pairQuotes("我市“万个公办幼儿园学位扩充“实事项目"));
        // a closing quote before punctuation stays closing, even unmatched
        assertEquals("淳朴民风”。", Punctuation.pairQuotes("淳朴民风“。"));
        // a new sentence starts unpaired
        assertEquals("“一”。对“十三五”课题", Punctuation.pairQuotes("“一“。对”十三五“课题"));
    }
}
