package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jindu.Fixtures;
import org.jindu.read.ocr.ScanImage;
import org.junit.jupiter.api.Test;

/** Skew and rules measured on the hard scan fixture, whose pages were turned by known angles. */
class ScanImageTest {

    private static BufferedImage pageImage(String file, int page) throws Exception {
        try (PDDocument doc = PDDocument.load(Fixtures.file(file).toFile())) {
            var resources = doc.getPage(page).getResources();
            for (var name : resources.getXObjectNames())
                if (resources.getXObject(name) instanceof PDImageXObject image) return image.getImage();
        }
        throw new AssertionError("no image on page " + page + " of " + file);
    }

    @Test
    void measuresTheSkewTheHardScanWasGiven() throws Exception {
        // testdata/scan/README.md: page 1 was turned 1.27 degrees clockwise, page 2 0.53 degrees back
        assertEquals(1.27, ScanImage.of(pageImage("scan/seed-landscape-wqy-scan-hard.pdf", 0), 150).skew(), 0.08);
        assertEquals(-0.53, ScanImage.of(pageImage("scan/seed-landscape-wqy-scan-hard.pdf", 1), 150).skew(), 0.08);
    }

    @Test
    void findsTheTablesRulesOnACleanScan() throws Exception {
        ScanImage scan = ScanImage.of(pageImage("scan/seed-landscape-wqy-scan-clean.pdf", 0), 150);
        assertEquals(0.0, scan.skew(), 0.05);
        long vertical = scan.rules().stream().filter(r -> !r.horizontal()).count();
        long horizontal = scan.rules().stream().filter(ScanImage.Rule::horizontal).count();
        // five columns: six vertical rules; a header and at least three rows: five horizontal ones
        assertTrue(vertical >= 6, vertical + " vertical rules");
        assertTrue(horizontal >= 5, horizontal + " horizontal rules");
    }
}
