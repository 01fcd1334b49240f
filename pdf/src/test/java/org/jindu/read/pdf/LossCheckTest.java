package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jindu.layout.Cell;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;

class LossCheckTest {
    static final Provenance P = new Provenance(3, null, null, null, null);

    static Table table(String... cells) {
        List<Cell> cs = new ArrayList<>();
        for (String c : cells) cs.add(Cell.of(c, P));
        return new Table(List.of(new Row(cs, P)), P);
    }

    static List<Warning> check(String seen, Table table) {
        List<Warning> warnings = new ArrayList<>();
        LossCheck.check(TextLinesTest.set(seen, 0, 10, 0), table, 3, warnings);
        return warnings;
    }

    @Test
    void everyCharacterOnceIsQuiet() {
        assertEquals(List.of(), check("第 12 项进展", table("第12项", "进 展")));
    }

    @Test
    void aMissingCharacterIsAWarningNamingThePage() {
        List<Warning> w = check("第59项", table("59"));
        assertEquals(1, w.size());
        assertEquals(Warning.TEXT_LOST, w.get(0).code());
        assertEquals(3, w.get(0).page());
        assertTrue(w.get(0).message().contains("2 character(s)") && w.get(0).message().contains("第")
                && w.get(0).message().contains("项"), w.get(0).message());
    }

    @Test
    void aDoubledCharacterIsAWarningToo() {
        List<Warning> w = check("无", table("无", "无"));
        assertEquals(1, w.size());
        assertTrue(w.get(0).message().contains("more often"), w.get(0).message());
    }
}
