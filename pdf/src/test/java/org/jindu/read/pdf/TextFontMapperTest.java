package org.jindu.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.jindu.Fixtures;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.junit.jupiter.api.Test;

/**
 * Reading text never asks for system fonts; drawing pages does. pdfplumber's issue-336 sets its Latin
 * text and digits in Times New Roman and Times New Roman Bold, neither embedded (pdffonts: "emb no").
 */
class TextFontMapperTest {

    @Test
    void readsPdfsWithFontsNotEmbeddedWithoutTheSystemFontMapping() throws Exception {
        CountingMapper scanning = new CountingMapper();
        FontMapper before = FontMappers.instance();
        FontMappers.set(new TextFontMapper(scanning));
        try {
            String standard = text("issue-336-example.pdf");
            assertTrue(standard.contains("安徽省建设用地使用标准（2020年版）"), standard);
            assertTrue(standard.contains("peu/d"), standard);
            assertEquals(0, scanning.calls.get(), "the system font mapping was asked while reading text");

            // drawing the page for review goes to the mapping that knows the system's fonts
            byte[] pdf = Files.readAllBytes(Fixtures.file(ExternalTablesTest.DIR + "issue-336-example.pdf"));
            assertEquals(1, PageImages.render(pdf, 36).size());
            assertTrue(scanning.calls.get() > 0, "rendering did not ask for system fonts");
        } finally {
            FontMappers.set(before);
        }
    }

    @Test
    void thePdfReaderPutsItInPlaceOfPdfBoxsDefault() throws Exception {
        new PdfReader().read(Files.readAllBytes(Fixtures.file(ExternalTablesTest.DIR + "twotables.pdf")), "t.pdf");
        assertInstanceOf(TextFontMapper.class, FontMappers.instance());
    }

    /** All the text of a PDF as jindu reads it, without whitespace. */
    private static String text(String pdf) throws Exception {
        Layout layout = new PdfReader().read(Files.readAllBytes(Fixtures.file(ExternalTablesTest.DIR + pdf)), pdf);
        StringBuilder all = new StringBuilder();
        for (Block b : layout.blocks()) {
            if (b instanceof Paragraph p) all.append(p.text());
            if (b instanceof Table t) for (Row r : t.rows()) for (Cell c : r.cells()) all.append(c.text());
        }
        return all.toString().replaceAll("\\s+", "");
    }

    /** Stands for PDFBox's system font mapping: counts the questions and answers with the fallback. */
    private static final class CountingMapper implements FontMapper {
        final AtomicInteger calls = new AtomicInteger();
        private final TextFontMapper fonts = new TextFontMapper(this);

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
            calls.incrementAndGet();
            return new FontMapping<>(fonts.fallback(), true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
            calls.incrementAndGet();
            return new FontMapping<>(fonts.fallback(), true);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
            calls.incrementAndGet();
            return new CIDFontMapping(null, fonts.fallback(), true);
        }
    }
}
