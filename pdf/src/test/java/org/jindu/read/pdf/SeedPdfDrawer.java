package org.jindu.read.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jindu.normalize.TextCleaner;

/**
 * Draws the seed report as a PDF with PDFBox alone, the way a report generator without Word would:
 * one TrueType CJK font (a .ttc such as WenQuanYi Zen Hei), ruled tables, the header row repeated on
 * every page, rows split across pages with the 序号 left empty on the continuation, a page number
 * "- n -" at the foot of each page. The values come from the seed's expected JSON.
 *
 * <p>Not a test: run by {@code fixtures/pdf/draw-seed-pdf.sh}, kept with the tests so that it compiles
 * in every build. Usage: {@code SeedPdfDrawer EXPECTED.json FONT.ttc FONT-NAME OUT.pdf}
 */
public final class SeedPdfDrawer {
    private static final float MARGIN = 50;
    private static final float PAD = 4;
    private static final float BODY = 11;
    private static final float HEAD = 12;
    private static final float[] TWIPS = {700, 2200, 3300, 1900, 6470};

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private final float[] widths = new float[TWIPS.length];
    private PDPageContentStream out;
    private float y;
    private int pageNo;
    private List<String> header;
    private boolean unruled;
    private boolean noRepeat;

    private SeedPdfDrawer(TrueTypeFont ttf) throws IOException {
        font = PDType0Font.load(doc, ttf, true);
        float total = 0;
        for (float t : TWIPS) total += t;
        for (int i = 0; i < TWIPS.length; i++) widths[i] = TWIPS[i] / total * (size.getWidth() - 2 * MARGIN);
    }

    public static void main(String[] args) throws IOException {
        JsonNode report = new ObjectMapper().readTree(new File(args[0]));
        try (TrueTypeCollection ttc = new TrueTypeCollection(new File(args[1]))) {
            TrueTypeFont ttf = ttc.getFontByName(args[2]);
            if (ttf == null) throw new IllegalArgumentException("no font " + args[2] + " in " + args[1]);
            SeedPdfDrawer drawer = new SeedPdfDrawer(ttf);
            List<String> options = List.of(args).subList(4, args.length);
            drawer.unruled = options.contains("--unruled");
            drawer.noRepeat = options.contains("--no-repeat");
            drawer.draw(report);
            drawer.doc.save(Path.of(args[3]).toFile());
            drawer.doc.close();
        }
    }

    private void draw(JsonNode report) throws IOException {
        newPage();
        line("附件", 16, MARGIN);
        y -= 8;
        String title = report.get("title").asText();
        float tw = width(title, 22);
        line(title, 22, (size.getWidth() - tw) / 2);
        y -= 8;
        for (JsonNode section : report.get("sections")) {
            String heading = section.get("number").asText() + "、" + section.get("title").asText()
                    + (section.get("note").isNull() ? "" : "（" + section.get("note").asText() + "）");
            if (y - 60 < MARGIN) newPage();
            line(heading, 16, MARGIN);
            y -= 4;
            header = new ArrayList<>();
            section.get("columns").forEach(c -> header.add(c.asText()));
            row(header, HEAD, false);
            if (section.get("records").isEmpty()) {
                row(List.of("1", "", "无", "", ""), BODY, true);
            }
            for (JsonNode r : section.get("records")) {
                List<String> deps = new ArrayList<>();
                r.get("departments").forEach(d -> deps.add(d.asText()));
                row(List.of(r.get("seq").asText(), r.get("source").get("text").asText(), r.get("content").asText(),
                        String.join("、", deps), r.get("progress").asText()), BODY, true);
            }
            y -= 10;
        }
        out.close();
    }

    private void newPage() throws IOException {
        if (out != null) out.close();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        out.setLineWidth(0.5f);
        pageNo++;
        String number = "- " + pageNo + " -";
        text(number, 10, (size.getWidth() - width(number, 10)) / 2, MARGIN / 2);
        y = size.getHeight() - MARGIN;
    }

    private void line(String s, float fontSize, float x) throws IOException {
        y -= fontSize * 1.3f;
        text(s, fontSize, x, y + fontSize * 0.2f);
    }

    /** A table row; what does not fit goes on to the next page under the header again, its 序号 empty. */
    private void row(List<String> cells, float fontSize, boolean splittable) throws IOException {
        float lead = fontSize * 1.5f;
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) lines.add(wrap(cells.get(c), fontSize, widths[c] - 2 * PAD));
        int[] from = new int[cells.size()];
        boolean first = true;
        while (true) {
            int most = 0;
            for (int c = 0; c < cells.size(); c++) most = Math.max(most, lines.get(c).size() - from[c]);
            if (!first && most == 0) return;
            int room = (int) ((y - MARGIN - 2 * PAD) / lead);
            if (room < 1 || (!splittable && room < most)) {
                newPage();
                // a header that did not fit is drawn on the new page by this loop, not twice
                if (!noRepeat && cells != header) row(header, HEAD, false);
                continue;
            }
            int take = Math.min(most, room);
            float top = y;
            float bottom = y - take * lead - 2 * PAD;
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                List<String> ls = lines.get(c);
                for (int i = 0; i < take && from[c] + i < ls.size(); i++)
                    text(ls.get(from[c] + i), fontSize, x + PAD, top - PAD - (i + 1) * lead + lead * 0.3f);
                from[c] = Math.min(ls.size(), from[c] + take);
                x += widths[c];
            }
            box(top, bottom);
            y = bottom;
            first = false;
            boolean left = false;
            for (int c = 0; c < cells.size(); c++) left |= from[c] < lines.get(c).size();
            if (!left) return;
            newPage();
            if (!noRepeat) row(header, HEAD, false);
        }
    }

    private void box(float top, float bottom) throws IOException {
        if (unruled) return;
        float x = MARGIN;
        float right = size.getWidth() - MARGIN;
        out.moveTo(x, top);
        out.lineTo(right, top);
        out.moveTo(x, bottom);
        out.lineTo(right, bottom);
        for (float w : widths) {
            out.moveTo(x, top);
            out.lineTo(x, bottom);
            x += w;
        }
        out.moveTo(right, top);
        out.lineTo(right, bottom);
        out.stroke();
    }

    /** Lines of at most {@code max} points: paragraphs on new lines, breaks between Chinese characters or at spaces. */
    private List<String> wrap(String text, float fontSize, float max) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < para.length()) {
                int end = i + Character.charCount(para.codePointAt(i));
                if (!TextCleaner.isCjkLike(para.codePointAt(i))) {
                    // a run of Latin letters and digits stays together, with the spaces after it
                    while (end < para.length() && !TextCleaner.isCjkLike(para.codePointAt(end)) && para.charAt(end) != ' ')
                        end += Character.charCount(para.codePointAt(end));
                    while (end < para.length() && para.charAt(end) == ' ') end++;
                }
                String token = para.substring(i, end);
                if (line.length() > 0 && width(line + token.stripTrailing(), fontSize) > max) {
                    out.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                line.append(token);
                i = end;
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    private float width(String s, float fontSize) throws IOException {
        return font.getStringWidth(s) / 1000 * fontSize;
    }

    private void text(String s, float fontSize, float x, float baseline) throws IOException {
        if (s.isEmpty()) return;
        out.beginText();
        out.setFont(font, fontSize);
        out.newLineAtOffset(x, baseline);
        out.showText(s);
        out.endText();
    }
}
