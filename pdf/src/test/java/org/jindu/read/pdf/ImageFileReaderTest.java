package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.model.Report;
import org.jindu.model.Warning;
import org.jindu.read.ocr.OcrEngines;
import org.junit.jupiter.api.Test;

/**
 * Scanned pages saved as images, read without an OCR engine (this module's tests have none): each
 * image is a page, named in the NO_TEXT_LAYER warning; a file claiming a huge image is refused before
 * it is decoded, and a damaged one is CORRUPT. Reading them by OCR is tested in jindu-ocr.
 */
class ImageFileReaderTest {

    @Test
    void aTwoPageTiffIsTwoScannedPagesThatSayWhatToAdd() throws Exception {
        assertTrue(OcrEngines.find().isEmpty(), "the pdf module's tests run without jindu-ocr");
        Report report = Jindu.parse(Fixtures.file("scan/seed-landscape-wqy-p4-5.tif"));
        assertEquals("image", report.document().format());
        assertEquals(2, report.document().pages());
        assertNull(report.document().ocr());
        Warning w = report.warnings().stream().filter(x -> x.code().equals(Warning.NO_TEXT_LAYER)).findFirst()
                .orElseThrow();
        assertEquals("its 2 page(s) are scanned images; jindu reads them by OCR when org.jindu:jindu-ocr is on the"
                + " classpath (for the jindu command line: jindu-ocr.jar beside jindu.jar)", w.message());
        assertTrue(report.records().isEmpty());
    }

    @Test
    void aPngRecordsItsResolutionAndAJpegWithoutOneIsTakenForAnA4Page() throws Exception {
        try (var in = ImageIO.createImageInputStream(Fixtures.file("scan/seed-landscape-wqy-p1.png").toFile())) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            // pdftoppm wrote 150 dpi into its pHYs chunk (5905 pixels per metre)
            assertEquals(150, ImageFileReader.dpi(reader.getImageMetadata(0), reader.read(0)), 0.1);
        }
        try (var in = ImageIO.createImageInputStream(Fixtures.file("scan/seed-landscape-wqy-p5-nodpi.jpg").toFile())) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            assertEquals(2339, image.getWidth());
            // rendered at 200 dpi, its JFIF header says nothing: its long side is taken as A4's 297 mm
            assertEquals(2339 / (297 / 25.4), ImageFileReader.dpi(reader.getImageMetadata(0), image), 0.01);
        }
    }

    @Test
    void anImageTooBigToDecodeIsRefusedBeforeDecoding() throws Exception {
        // a 100000 x 100000 PNG header in front of a one-pixel image's data: 10 gigapixels claimed
        byte[] png = png(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY));
        ByteBuffer ihdr = ByteBuffer.wrap(png, 16, 8);
        ihdr.putInt(100_000).putInt(100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
                () -> new ImageFileReader().read(png, "huge.png"));
        assertTrue(e.getMessage().contains("100000 × 100000 pixels"), e.getMessage());
    }

    @Test
    void aCutShortImageIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(Fixtures.file("scan/seed-landscape-wqy-p1.png"));
        byte[] cut = Arrays.copyOf(whole, whole.length / 3);
        assertThrows(CorruptDocumentException.class, () -> new ImageFileReader().read(cut, "cut.png"));
    }

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
