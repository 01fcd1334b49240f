package org.jindu.read.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF's pages as grey PNG images, for {@code jindu review}: rendered with PDFBox at a modest resolution so
 * that a report of a dozen pages stays a page of a few megabytes.
 */
public final class PageImages {
    /** The default resolution: sharp enough to read 10-point Chinese on a laptop screen. */
    public static final int DPI = 96;

    /**
     * One rendered page.
     *
     * @param number the 1-based page
     * @param width the page's width in points, as the boxes count
     * @param height its height in points
     * @param png the image as PNG
     */
    public record Page(int number, float width, float height, byte[] png) {
        public Page {
            png = png.clone();
        }

        /** A copy of the PNG bytes. */
        @Override
        public byte[] png() {
            return png.clone();
        }

        /** The image as a {@code data:} URL, to inline into a page. */
        public String dataUrl() {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        }
    }

    private PageImages() {
    }

    /** Every page of the PDF, rendered at {@code dpi}. */
    public static List<Page> render(byte[] pdf, int dpi) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument doc = PDDocument.load(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                PDRectangle box = page.getCropBox();
                boolean turned = page.getRotation() % 180 != 0;
                int index = i;
                // drawing needs the fonts a PDF does not embed: PDFBox's own mapping, which finds system fonts
                BufferedImage image = TextFontMapper.rendering(() -> renderer.renderImageWithDPI(index, dpi, ImageType.GRAY));
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(new Page(i + 1, turned ? box.getHeight() : box.getWidth(),
                        turned ? box.getWidth() : box.getHeight(), png.toByteArray()));
            }
        }
        return pages;
    }
}
