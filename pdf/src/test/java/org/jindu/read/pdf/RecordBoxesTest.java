package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.model.Location;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record read from a seed PDF says where its rows are drawn: a box on each of its pages, inside
 * the page, in document order. (That the boxes hold the record's own text is checked by the cli's
 * ReviewCommandTest, with PDFBox reading the page inside each box.)
 */
class RecordBoxesTest {

    static List<Path> seedPdfs() throws Exception {
        return PdfSeedTest.seedPdfs().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPdfs")
    void everyRecordHasABoxOnEachOfItsPages(Path pdf) throws Exception {
        Report report = Jindu.parse(pdf);
        for (TaskRecord r : report.records()) {
            Location at = r.location();
            assertFalse(at.boxes().isEmpty(), r.seq() + " " + r.content());
            assertEquals(at.pages(), at.boxes().stream().map(Location.Box::page).distinct().toList());
            Location.Box previous = null;
            for (Location.Box box : at.boxes()) {
                assertTrue(box.width() > 10 && box.height() > 5, box.toString());
                assertTrue(box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= 842.5 && box.y() + box.height() <= 842.5, box.toString());
                if (previous != null && previous.page() == box.page()) assertTrue(box.y() >= previous.y(), "in order: " + box);
                previous = box;
            }
        }
    }

    @org.junit.jupiter.api.Test
    void wordAndTextRecordsHaveNoBoxes() throws Exception {
        for (TaskRecord r : Jindu.parse(Fixtures.file("seed/000_4744e66be9c0f129.txt")).records())
            assertTrue(r.location().boxes().isEmpty());
    }
}
