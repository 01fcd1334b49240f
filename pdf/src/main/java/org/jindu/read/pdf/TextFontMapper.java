package org.jindu.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapping for reading text: a font the PDF does not embed is given PDFBox's own bundled
 * fallback (Liberation Sans) at once, without looking at the system's fonts. Text extraction needs no
 * font file (the PDF holds each glyph's Unicode and width), but PDFBox's default mapping looks for a
 * matching system font, and when its cache in the home folder is missing or stale (a font installed,
 * another PDFBox version sharing the folder) it first rescans every font on the system: 1.4 s of CPU
 * and up to 1 GB of memory, measured.
 *
 * <p>Rendering does need the real fonts: page images for {@code jindu review} and for OCR are drawn
 * {@link #rendering(Callable) inside} a scope where the mapping is PDFBox's default, scan included.
 * {@link #install()} puts this mapping in place of PDFBox's default, once, and never replaces a
 * mapping someone else set.
 */
final class TextFontMapper implements FontMapper {
    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final ThreadLocal<Boolean> RENDERING = ThreadLocal.withInitial(() -> false);
    private static boolean installed;

    private final FontMapper forRendering;
    private volatile TrueTypeFont fallback;

    /** @param forRendering the mapping used while rendering: PDFBox's default, which finds system fonts */
    TextFontMapper(FontMapper forRendering) {
        this.forRendering = forRendering;
    }

    /** Puts this mapping in place of PDFBox's default, once per JVM; a mapping set by others is left alone. */
    static synchronized void install() {
        if (installed) return;
        installed = true;
        FontMapper current = FontMappers.instance();
        if (current.getClass().getName().equals("org.apache.pdfbox.pdmodel.font.FontMapperImpl"))
            FontMappers.set(new TextFontMapper(current));
    }

    /** Runs {@code work} on this thread with PDFBox's default mapping, which finds system fonts to draw with. */
    static <T> T rendering(Callable<T> work) throws IOException {
        boolean outer = RENDERING.get();
        RENDERING.set(true);
        try {
            return work.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            RENDERING.set(outer);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        if (RENDERING.get()) return forRendering.getTrueTypeFont(baseFont, fontDescriptor);
        return new FontMapping<>(fallback(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        if (RENDERING.get()) return forRendering.getFontBoxFont(baseFont, fontDescriptor);
        return new FontMapping<>(fallback(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        if (RENDERING.get()) return forRendering.getCIDFont(baseFont, fontDescriptor, cidSystemInfo);
        return new CIDFontMapping(null, fallback(), true);
    }

    /** PDFBox's bundled Liberation Sans, parsed on first use. */
    TrueTypeFont fallback() {
        TrueTypeFont font = fallback;
        if (font != null) return font;
        synchronized (this) {
            if (fallback == null) {
                try (InputStream in = FontMapper.class.getResourceAsStream(FALLBACK)) {
                    if (in == null) throw new IllegalStateException("PDFBox's fallback font " + FALLBACK + " is missing");
                    fallback = new TTFParser().parse(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("PDFBox's fallback font " + FALLBACK + " cannot be read", e);
                }
            }
            return fallback;
        }
    }
}
