package org.jindu.read.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.exception.JinduException;
import org.jindu.layout.Layout;
import org.jindu.read.DocumentReader;
import org.jindu.read.Limits;
import org.jindu.read.ReadContext;
import org.jindu.read.ReadFailures;
import org.w3c.dom.Node;

/**
 * Reads a scanned page saved as an image (PNG, JPEG, TIFF with one page or many, BMP, GIF): each
 * image becomes a page of the size it was scanned at, and the pages are read as the pages of a scanned
 * PDF are ({@link OcrPages}): by OCR when an engine is installed and OCR is on, otherwise with the
 * {@code NO_TEXT_LAYER} warning that says what to add.
 *
 * <p>The page size comes from the resolution the file records (PNG {@code pHYs}, JPEG's JFIF density,
 * TIFF's resolution tags); a file without one is taken as an A4 scan, its longer side 297 mm. Every
 * image's size is checked before it is decoded: one whose pixels would take more than
 * {@link Limits#maxDecompressedBytes()} is {@code TOO_LARGE}, so a small file that claims a huge image
 * costs nothing.
 */
public final class ImageFileReader implements DocumentReader {
    /** The longer side of an A4 page, in inches: the size of a scan that records no resolution. */
    private static final double A4_LONG_INCHES = 297 / 25.4;
    /** Below this, a recorded resolution is taken for a placeholder (72 dpi screen images) and ignored. */
    private static final double MIN_RECORDED_DPI = 90;

    @Override
    public String format() {
        return "image";
    }

    @Override
    public Layout read(byte[] bytes, String name, ReadContext context) throws JinduException {
        byte[] pdf = asPdf(bytes, name, context);
        Layout read = new PdfReader(true).read(pdf, name, context);
        return new Layout(format(), read.pages(), read.blocks(), read.warnings(), read.ocr());
    }

    /** The images of the file as the pages of a PDF, each image stored as it is (JPEG) or losslessly. */
    private static byte[] asPdf(byte[] bytes, String name, ReadContext context) throws JinduException {
        Limits limits = context.limits();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext())
                throw new CorruptDocumentException(name, "is an image in a form the JDK's imaging cannot decode");
            ImageReader reader = readers.next();
            try (PDDocument document = new PDDocument()) {
                reader.setInput(in, false, false);
                boolean jpeg = "jpeg".equalsIgnoreCase(reader.getFormatName());
                int count = reader.getNumImages(true);
                if (count < 1) throw new CorruptDocumentException(name, "is an image file that holds no image");
                if (count > limits.maxPages())
                    throw new DocumentTooLargeException(name, "has " + count + " images (pages), more than the limit of "
                            + limits.maxPages() + " (raise it with --max-pages)");
                for (int i = 0; i < count; i++) {
                    context.checkTime();
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels * 4 > limits.maxDecompressedBytes())
                        throw new DocumentTooLargeException(name, "image " + (i + 1) + " is " + reader.getWidth(i) + " × "
                                + reader.getHeight(i) + " pixels, more than --max-decompressed-bytes ("
                                + limits.maxDecompressedBytes() + ") allows to decode");
                    BufferedImage image = reader.read(i);
                    double dpi = dpi(reader.getImageMetadata(i), image);
                    PDImageXObject x = jpeg && count == 1
                            ? JPEGFactory.createFromByteArray(document, bytes)
                            : LosslessFactory.createFromImage(document, image);
                    PDPage page = new PDPage(new PDRectangle((float) (image.getWidth() * 72 / dpi),
                            (float) (image.getHeight() * 72 / dpi)));
                    document.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (IIOException e) {
            throw new CorruptDocumentException(name, "is an image that cannot be decoded (damaged or cut short): "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new CorruptDocumentException(name, "is an image that cannot be read (damaged or cut short)", e);
        } catch (RuntimeException e) {
            throw ReadFailures.of(name, "is an image that cannot be decoded (damaged or cut short)", e);
        }
    }

    /**
     * The resolution the image records (the standard metadata's pixel size, in millimetres), or the
     * resolution that makes its longer side an A4 page's.
     */
    static double dpi(IIOMetadata metadata, BufferedImage image) {
        double recorded = recordedDpi(metadata);
        if (recorded >= MIN_RECORDED_DPI) return recorded;
        return Math.max(image.getWidth(), image.getHeight()) / A4_LONG_INCHES;
    }

    private static double recordedDpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) return 0;
        Node root = metadata.getAsTree("javax_imageio_1.0");
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!"Dimension".equals(n.getNodeName())) continue;
            for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                if (!"HorizontalPixelSize".equals(d.getNodeName())) continue;
                String mm = ((IIOMetadataNode) d).getAttribute("value");
                try {
                    double perPixel = Double.parseDouble(mm);
                    return perPixel > 0 ? 25.4 / perPixel : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }
}
