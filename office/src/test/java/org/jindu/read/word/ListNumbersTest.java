package org.jindu.read.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListNumbersTest {
    private static final ListNumbers.Level CHINESE = new ListNumbers.Level("chineseCounting", "%1、", 1, "");
    private static final ListNumbers.Level PAREN = new ListNumbers.Level("chineseCounting", "（%2）", 1, "");
    private static final ListNumbers.Level LEGAL = new ListNumbers.Level("decimal", "%1.%2", 1, " ");

    @Test
    void countsPerListAndRestartsDeeperLevels() {
        ListNumbers numbers = new ListNumbers();
        List<ListNumbers.Level> levels = List.of(CHINESE, PAREN);
        assertEquals("一、", numbers.next("a", 0, levels));
        assertEquals("（一）", numbers.next("a", 1, levels));
        assertEquals("（二）", numbers.next("a", 1, levels));
        assertEquals("二、", numbers.next("a", 0, levels));
        assertEquals("（一）", numbers.next("a", 1, levels));
        assertEquals("一、", numbers.next("b", 0, levels));
    }

    @Test
    void rendersUpperLevelsInsideALowerLevelsNumber() {
        ListNumbers numbers = new ListNumbers();
        List<ListNumbers.Level> levels = List.of(new ListNumbers.Level("decimal", "%1.", 3, "\t"), LEGAL);
        assertEquals("3.\t", numbers.next("x", 0, levels));
        assertEquals("3.1 ", numbers.next("x", 1, levels));
        assertEquals("3.2 ", numbers.next("x", 1, levels));
    }

    @Test
    void bulletsShowNoNumber() {
        assertEquals("", new ListNumbers().next("x", 0, List.of(new ListNumbers.Level("bullet", "\uF0B7", 1, "\t"))));
    }

    @Test
    void formatsTheGenresNumbers() {
        assertEquals("十二", ListNumbers.format(12, "chineseCounting"));
        assertEquals("二十", ListNumbers.format(20, "chineseCounting"));
        assertEquals("一百零五", ListNumbers.format(105, "chineseCounting"));
        assertEquals("一百一十二", ListNumbers.format(112, "chineseCounting"));
        assertEquals("③", ListNumbers.format(3, "decimalEnclosedCircle"));
        assertEquals("丙", ListNumbers.format(3, "ideographTraditional"));
        assertEquals("iv", ListNumbers.format(4, "lowerRoman"));
        assertEquals("AA", ListNumbers.format(27, "upperLetter"));
        assertEquals("07", ListNumbers.format(7, "decimalZero"));
        assertEquals("１２", ListNumbers.format(12, "decimalFullWidth"));
        assertEquals("12", ListNumbers.format(12, "someFormatNotKnown"));
    }
}
