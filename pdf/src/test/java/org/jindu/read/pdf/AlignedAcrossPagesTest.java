package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;
import org.jindu.Fixtures;
import org.jindu.layout.Layout;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables without a full grid carried over page breaks, as LibreOffice lays them out
 * (fixtures/pdf/make-table-style-pdfs.sh): 60 towns, one row each, over three pages, the header
 * repeated. Expectations read off the PDFs' pages.
 */
class AlignedAcrossPagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"rules-only-pages", "unruled-pages"})
    void aTableOverThreePagesIsOneTableWithEveryRow(String name) throws Exception {
        Layout layout = new PdfReader().read(Files.readAllBytes(Fixtures.file("pdf/tables/" + name + ".pdf")), name);
        List<Table> tables = Tables.stitched(layout);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(List.of(1, 2, 3), Tables.pages(t));
        List<List<String>> rows = Tables.grid(t).stream().filter(r -> r.get(0).endsWith("镇") && !r.get(0).equals("乡镇")).toList();
        assertEquals(60, rows.size());
        assertEquals(List.of("东湖镇", "8", "12000", "11000", "20.0"), rows.get(0));
        int east = rows.indexOf(List.of("东桥镇", "22", "19475", "20275", "63.5"));
        assertEquals(List.of("西桥镇", "29", "20854", "12286", "29.6"), rows.get(east + 1), "in order over the breaks");
        int north = rows.indexOf(List.of("北店镇", "11", "13087", "15083", "51.3"));
        assertEquals(List.of("中店镇", "18", "14466", "16594", "64.4"), rows.get(north + 1));
        assertEquals(List.of("东寨镇", "25", "15845", "18105", "30.5"), rows.get(north + 2), "in order over the breaks");
        assertEquals(List.of("中寨镇", "30", "12361", "14649", "35.9"), rows.get(59));
    }
}
