package org.jindu.read.ofd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.normalize.TextCleaner;
import org.jindu.read.pdf.Glyph;
import org.jindu.read.pdf.PageTables;

/**
 * One page's drawing (its own content, then that of its templates) into what the table engine takes:
 * glyphs from {@code TextObject}s and rulings from {@code PathObject}s, in points from the top left of
 * the page.
 *
 * <p>Geometry (GB/T 33190-2016): an object's inner coordinates, in millimetres, are mapped by its
 * {@code CTM} ({@code a b c d e f}: x' = a·x + c·y + e, y' = b·x + d·y + f) and then moved to the top
 * left corner of its {@code Boundary}. A {@code TextCode} places its first character at {@code X},
 * {@code Y} (the baseline; taken from the previous {@code TextCode} when missing) and each next one
 * {@code DeltaX}/{@code DeltaY} further on; {@code g n v} in a delta list stands for n times v, and a
 * list shorter than the text repeats its last value. A path's {@code AbbreviatedData} ({@code S M L Q
 * B A C}) gives its segments; a path with curves gives no rulings.
 */
final class ContentReader {
    static final float PT_PER_MM = 72f / 25.4f;
    /** A TextObject without Size: 10.5 pt, the common body size (五号). */
    private static final float DEFAULT_SIZE_MM = 10.5f / PT_PER_MM;

    private final String document;
    private final Map<String, OfdReader.Font> fonts;
    final List<Glyph> glyphs = new ArrayList<>();
    final List<PageTables.Rule> rules = new ArrayList<>();
    int images;
    /** Glyphs drawn by glyph index alone, with no text to read. */
    int unmapped;
    String unmappedFont;
    /** The page's {@code Template} references, as {@code TemplateID}s. */
    final List<String> templates = new ArrayList<>();
    /** The page's own size in millimetres, or null when it takes the document's. */
    float[] physicalBox;

    ContentReader(String document, Map<String, OfdReader.Font> fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    /** Reads one content part (a page or a template) and adds what it draws. */
    void read(byte[] xml, String part) throws XMLStreamException, CorruptDocumentException {
        XMLStreamReader in = OfdXml.open(xml);
        try {
            boolean inArea = false;
            int depth = 0;
            while (in.hasNext()) {
                int event = OfdXml.next(in, document, part);
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (in.getLocalName().equals("Area")) inArea = false;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                depth++;
                switch (in.getLocalName()) {
                    case "Template" -> {
                        if (depth == 2) {
                            String id = OfdXml.attr(in, "TemplateID");
                            if (id != null) templates.add(id);
                        }
                    }
                    case "Area" -> inArea = depth == 2;
                    case "PhysicalBox" -> {
                        String box = OfdXml.text(in, document, part);
                        depth--;
                        if (inArea) {
                            float[] b = OfdXml.numbers(box);
                            if (b.length == 4 && b[2] > 0 && b[3] > 0) physicalBox = b;
                        }
                    }
                    case "TextObject" -> {
                        if (invisible(in)) {
                            skip(in, part); // hidden content is not read, as in Word
                        } else {
                            text(in, part);
                        }
                        depth--;
                    }
                    case "PathObject" -> {
                        if (invisible(in)) {
                            skip(in, part); // hidden content is not read, as in Word
                        } else {
                            path(in, part);
                        }
                        depth--;
                    }
                    case "ImageObject" -> images++;
                    default -> {
                        // Page, Content, Layer, PageBlock and what jindu does not read: go inside
                    }
                }
            }
        } finally {
            in.close();
        }
    }

    private static boolean invisible(XMLStreamReader in) {
        return "false".equalsIgnoreCase(OfdXml.attr(in, "Visible"));
    }

    private void skip(XMLStreamReader in, String part) throws XMLStreamException, CorruptDocumentException {
        OfdXml.text(in, document, part);
    }

    // ---- text

    private void text(XMLStreamReader in, String part) throws XMLStreamException, CorruptDocumentException {
        float[] origin = origin(in);
        float[] ctm = ctm(in);
        float size = positive(OfdXml.attr(in, "Size"), DEFAULT_SIZE_MM);
        OfdReader.Font font = fonts.get(OfdXml.attr(in, "Font"));
        // bold: the font is marked Bold, or the text object's Weight (100 to 900, 400 by default) is 600 or more
        Float weight = number(OfdXml.attr(in, "Weight"));
        boolean bold = (font != null && font.bold()) || (weight != null && weight >= 600);
        float sx = (float) Math.hypot(ctm[0], ctm[1]);
        float sy = (float) Math.hypot(ctm[2], ctm[3]);
        float em = size * sy * PT_PER_MM;
        Float x = null;
        Float y = null;
        int declaredGlyphs = 0;
        Map<Integer, int[]> clusters = new java.util.HashMap<>();
        int depth = 1;
        while (depth > 0) {
            int event = OfdXml.next(in, document, part);
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String name = in.getLocalName();
            if (name.equals("CGTransform")) {
                int glyphCount = (int) Math.min(positive(OfdXml.attr(in, "GlyphCount"), 1), 1_000_000);
                int codeCount = (int) Math.min(positive(OfdXml.attr(in, "CodeCount"), 1), 1_000_000);
                Float position = number(OfdXml.attr(in, "CodePosition"));
                declaredGlyphs += glyphCount;
                if (position != null && position >= 0 && codeCount != glyphCount) // one to one needs nothing
                    clusters.put(position.intValue(), new int[] {codeCount, glyphCount});
                OfdXml.text(in, document, part);
            } else if (name.equals("TextCode")) {
                Float cx = number(OfdXml.attr(in, "X"));
                Float cy = number(OfdXml.attr(in, "Y"));
                String deltaX = OfdXml.attr(in, "DeltaX");
                String deltaY = OfdXml.attr(in, "DeltaY");
                String text = OfdXml.text(in, document, part);
                // no more advances than glyphs: a hostile "g 100000 …" cannot take the memory
                int most = text.length() + 2 * declaredGlyphs + 1;
                float[] dx = deltas(deltaX, most);
                float[] dy = deltas(deltaY, most);
                if (cx != null) x = cx;
                if (cy != null) y = cy;
                float lx = x == null ? 0 : x;
                float ly = y == null ? 0 : y;
                if (text.isEmpty() && declaredGlyphs > 0) {
                    unmapped += declaredGlyphs;
                    if (unmappedFont == null) unmappedFont = font == null ? "?" : font.name();
                }
                place(text, lx, ly, dx, dy, clusters, origin, ctm, sx, em, size, bold);
                clusters.clear(); // a CGTransform maps the characters of the TextCode after it
            } else {
                depth++;
            }
        }
    }

    /**
     * Each character of a TextCode as a glyph. DeltaX/DeltaY advance from one glyph to the next; where
     * a {@code CGTransform} maps a run of characters to another number of glyphs (a ligature, a Thai
     * or Tamil cluster), the deltas count glyphs, and the run's characters share its glyphs' advance.
     */
    private void place(String text, float lx, float ly, float[] dx, float[] dy, Map<Integer, int[]> clusters,
            float[] origin, float[] ctm, float sx, float em, float size, boolean bold) {
        int[] chars = text.codePoints().filter(cp -> cp != '\n' && cp != '\r').toArray();
        int g = 0;
        int i = 0;
        while (i < chars.length) {
            int[] cluster = clusters.get(i);
            int codes = cluster == null ? 1 : Math.max(1, Math.min(cluster[0], chars.length - i));
            int glyphCount = cluster == null ? 1 : Math.max(1, Math.min(cluster[1], 64)); // a cluster is a few glyphs
            float spanX = 0;
            float spanY = 0;
            for (int k = 0; k < glyphCount; k++) {
                if (dx != null) spanX += at(dx, g + k);
                else if (dy == null) spanX += estimate(chars[i], size); // no deltas at all: one after the other
                if (dy != null) spanY += at(dy, g + k);
            }
            for (int k = 0; k < codes; k++) {
                int cp = chars[i + k];
                float ox = lx + spanX * k / codes;
                float oy = ly + spanY * k / codes;
                float advance = spanX / codes;
                float estimate = estimate(cp, size);
                float width = advance > 0 ? Math.min(advance, estimate) : estimate;
                float px = origin[0] + ctm[0] * ox + ctm[2] * oy + ctm[4];
                float py = origin[1] + ctm[1] * ox + ctm[3] * oy + ctm[5];
                glyphs.add(new Glyph(new String(Character.toChars(cp)), px * PT_PER_MM, py * PT_PER_MM,
                        width * sx * PT_PER_MM, em, bold));
            }
            lx += spanX;
            ly += spanY;
            g += glyphCount;
            i += codes;
        }
    }

    /** A character's width when nothing else says: an em for Chinese characters and full-width forms, half for others. */
    private static float estimate(int cp, float size) {
        return size * (TextCleaner.isCjkLike(cp) ? 1f : 0.5f);
    }

    /** The i-th delta; a list shorter than the text repeats its last value. */
    private static float at(float[] deltas, int i) {
        if (deltas.length == 0) return 0;
        return deltas[Math.min(i, deltas.length - 1)];
    }

    /**
     * A DeltaX or DeltaY list with its {@code g n v} short forms written out, at most {@code most}
     * values (the rest could never be used); null when absent.
     */
    static float[] deltas(String s, int most) {
        if (s == null || s.isBlank()) return null;
        String[] t = s.trim().split("\\s+");
        float[] out = new float[Math.min(t.length, 4096)];
        int n = 0;
        for (int i = 0; i < t.length && n < most; i++) {
            float[] add;
            if (t[i].equals("g") && i + 2 < t.length) {
                Float count = number(t[i + 1]);
                Float value = number(t[i + 2]);
                i += 2;
                if (count == null || value == null || count < 0) continue;
                int k = (int) Math.min(count, most - n);
                add = new float[k];
                java.util.Arrays.fill(add, value);
            } else {
                Float v = number(t[i]);
                if (v == null) continue;
                add = new float[] {v};
            }
            if (n + add.length > out.length) out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + add.length));
            System.arraycopy(add, 0, out, n, add.length);
            n += add.length;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    // ---- paths

    private void path(XMLStreamReader in, String part) throws XMLStreamException, CorruptDocumentException {
        float[] origin = origin(in);
        float[] ctm = ctm(in);
        boolean stroke = !"false".equalsIgnoreCase(OfdXml.attr(in, "Stroke"));
        boolean fill = "true".equalsIgnoreCase(OfdXml.attr(in, "Fill"));
        boolean whiteFill = false;
        String data = null;
        int depth = 1;
        while (depth > 0) {
            int event = OfdXml.next(in, document, part);
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String name = in.getLocalName();
            if (name.equals("AbbreviatedData")) {
                data = OfdXml.text(in, document, part);
            } else if (name.equals("FillColor")) {
                float[] rgb = OfdXml.numbers(OfdXml.attr(in, "Value"));
                whiteFill = rgb.length == 3 && rgb[0] >= 255 && rgb[1] >= 255 && rgb[2] >= 255;
                OfdXml.text(in, document, part);
            } else {
                depth++;
            }
        }
        if (data == null || (!stroke && !fill)) return;
        Path p = Path.parse(data);
        if (p.curved || p.segments.isEmpty()) return;
        List<float[]> segments = new ArrayList<>(p.segments.size());
        for (float[] s : p.segments) {
            segments.add(new float[] {
                (origin[0] + ctm[0] * s[0] + ctm[2] * s[1] + ctm[4]) * PT_PER_MM,
                (origin[1] + ctm[1] * s[0] + ctm[3] * s[1] + ctm[5]) * PT_PER_MM,
                (origin[0] + ctm[0] * s[2] + ctm[2] * s[3] + ctm[4]) * PT_PER_MM,
                (origin[1] + ctm[1] * s[2] + ctm[3] * s[3] + ctm[5]) * PT_PER_MM});
        }
        if (!stroke) {
            if (whiteFill) return;
            PageTables.Rule middle = thinBox(segments);
            if (middle != null) {
                rules.add(middle);
                return;
            }
        }
        for (float[] s : segments) rules.add(new PageTables.Rule(s[0], s[1], s[2], s[3]));
    }

    /**
     * A filled box at most 3 points thick (a rule drawn as a thin rectangle) as its middle line, or
     * null: the same test as for PDF paths.
     */
    static PageTables.Rule thinBox(List<float[]> segments) {
        if (segments.size() < 4 || segments.size() > 5) return null;
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (float[] s : segments) {
            if (Math.abs(s[0] - s[2]) >= 0.5f && Math.abs(s[1] - s[3]) >= 0.5f) return null;
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        float w = maxX - minX;
        float h = maxY - minY;
        if (h <= 3f && w > h) return new PageTables.Rule(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
        if (w <= 3f && h > w) return new PageTables.Rule((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
        return null;
    }

    /** A path's straight segments in its own coordinates, and whether it has curves. */
    static final class Path {
        final List<float[]> segments = new ArrayList<>();
        boolean curved;

        static Path parse(String data) {
            Path p = new Path();
            String[] t = data.trim().split("\\s+");
            float sx = 0, sy = 0, cx = 0, cy = 0;
            boolean started = false;
            String command = null;
            int i = 0;
            while (i < t.length) {
                String tok = t[i];
                if (!tok.isEmpty() && Character.isLetter(tok.charAt(0))) {
                    command = tok;
                    i++;
                    if (command.equals("C")) {
                        if (started && (cx != sx || cy != sy)) p.segments.add(new float[] {cx, cy, sx, sy});
                        cx = sx;
                        cy = sy;
                        continue;
                    }
                }
                if (command == null) {
                    i++;
                    continue;
                }
                int arity = switch (command) {
                    case "S", "M", "L" -> 2;
                    case "Q" -> 4;
                    case "B" -> 6;
                    case "A" -> 7;
                    default -> 0;
                };
                if (arity == 0 || i + arity > t.length) break;
                float[] v = new float[arity];
                for (int k = 0; k < arity; k++) {
                    Float n = number(t[i + k]);
                    if (n == null) return p; // unreadable data: what came before
                    v[k] = n;
                }
                i += arity;
                float x = v[arity - 2];
                float y = v[arity - 1];
                switch (command) {
                    case "S", "M" -> {
                        sx = x;
                        sy = y;
                        started = true;
                    }
                    case "L" -> {
                        if (started) p.segments.add(new float[] {cx, cy, x, y});
                        else {
                            sx = x;
                            sy = y;
                            started = true;
                        }
                    }
                    default -> p.curved = true;
                }
                cx = x;
                cy = y;
            }
            return p;
        }
    }

    // ---- attributes

    /** The top left corner of the object's Boundary, in millimetres. */
    private static float[] origin(XMLStreamReader in) {
        float[] b = OfdXml.numbers(OfdXml.attr(in, "Boundary"));
        return b.length >= 2 ? new float[] {b[0], b[1]} : new float[] {0, 0};
    }

    private static float[] ctm(XMLStreamReader in) {
        float[] m = OfdXml.numbers(OfdXml.attr(in, "CTM"));
        return m.length == 6 ? m : new float[] {1, 0, 0, 1, 0, 0};
    }

    private static float positive(String s, float otherwise) {
        Float v = number(s);
        return v != null && v > 0 ? v : otherwise;
    }

    private static Float number(String s) {
        if (s == null) return null;
        try {
            float v = Float.parseFloat(s.trim());
            return Float.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
