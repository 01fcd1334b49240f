package org.jindu.read.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws {@code header-styles.pdf}: the table headers LibreOffice cannot make. Page 1, a yearbook table
 * with horizontal rules only whose two group headers each stand over a short rule of their own, a gap
 * between the two rules (as typesetting software draws them; LibreOffice joins the borders of cells
 * side by side into one line). Page 2, a table without rules set in a real bold face (Liberation Sans
 * Bold, not a regular face painted filled and stroked), its header wrapped onto two lines over a body
 * at the same line pitch. All text and numbers are invented.
 *
 * <p>Not a test: run by {@code fixtures/pdf/draw-header-style-pdf.sh}, kept with the tests so that it
 * compiles in every build. Usage: {@code HeaderStylePdfDrawer ZENHEI.ttc SANS.ttf SANS-BOLD.ttf OUT.pdf}
 */
public final class HeaderStylePdfDrawer {
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 72;
    private static final float RIGHT = A4.getWidth() - 72;

    private HeaderStylePdfDrawer() {
    }

    public static void main(String[] args) throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(new File(args[0])); PDDocument doc = new PDDocument()) {
            TrueTypeFont zenhei = ttc.getFontByName("WenQuanYiZenHei");
            PDFont cjk = PDType0Font.load(doc, zenhei, true);
            PDFont sans = PDType0Font.load(doc, new File(args[1]));
            PDFont bold = PDType0Font.load(doc, new File(args[2]));
            yearbook(doc, cjk);
            boldHeader(doc, sans, bold);
            doc.save(Path.of(args[3]).toFile());
        }
    }

    /** Page 1: 2023年 and 2024年 each over a short rule, 总量 and 增长% under them, 地区 beside them. */
    private static void yearbook(PDDocument doc, PDFont font) throws IOException {
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            float size = 11;
            text(out, font, 14, LEFT, 90, "表5  分地区一般公共预算收入");
            text(out, font, 9, RIGHT - 60, 112, "单位：亿元、%");
            float[] cols = {LEFT, LEFT + 110, LEFT + 200, LEFT + 270, LEFT + 360, RIGHT};
            rule(out, LEFT, RIGHT, 120, 1.5f);
            // the group headers, centred over their two columns, each with its own short rule and a gap between
            centred(out, font, size, cols[1], cols[3], 136, "2023年");
            centred(out, font, size, cols[3], cols[5], 136, "2024年");
            rule(out, cols[1] + 4, cols[3] - 4, 142, 0.5f);
            rule(out, cols[3] + 4, cols[5] - 4, 142, 0.5f);
            centred(out, font, size, cols[0], cols[1], 148, "地区");
            String[] sub = {"总量", "增长%", "总量", "增长%"};
            for (int c = 0; c < 4; c++) centred(out, font, size, cols[c + 1], cols[c + 2], 158, sub[c]);
            rule(out, LEFT, RIGHT, 164, 0.75f);
            String[][] rows = {
                {"城关区", "58.61", "6.2", "62.04", "5.9"},
                {"东湖区", "44.27", "4.8", "46.10", "4.1"},
                {"西山区", "25.90", "7.5", "27.33", "5.5"},
                {"南岭区", "22.14", "3.1", "23.02", "4.0"},
                {"全区", "150.92", "5.6", "158.49", "5.0"},
            };
            float y = 182;
            for (String[] row : rows) {
                text(out, font, size, cols[0] + 4, y, row[0]);
                for (int c = 1; c < 5; c++) text(out, font, size, cols[c + 1] - 6 - font.getStringWidth(row[c]) / 1000 * size, y, row[c]);
                y += 20;
            }
            rule(out, LEFT, RIGHT, y - 12, 1.5f);
            text(out, font, 9, LEFT, y + 6, "注：增长速度按同口径计算。");
        }
    }

    /** Page 2: a table without rules, its header in a bold face wrapped onto two lines, every line 14 pt apart. */
    private static void boldHeader(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            float size = 10;
            text(out, regular, 10, LEFT, 90, "Table 2. Main indicators by district, 2024 (invented figures).");
            float[] cols = {LEFT, LEFT + 90, LEFT + 190, LEFT + 300, RIGHT};
            String[][] header = {
                {"District", "Resident", "Gross regional", "Growth", },
                {"name", "population (10k)", "product (bn yuan)", "(%)"},
            };
            float y = 120;
            for (String[] line : header) {
                for (int c = 0; c < 4; c++) text(out, bold, size, cols[c], y, line[c]);
                y += 14;
            }
            String[][] rows = {
                {"Chengguan", "62.15", "81.24", "6.0"},
                {"Donghu", "48.70", "65.50", "5.5"},
                {"Xishan", "33.42", "40.28", "5.5"},
                {"Nanling", "30.96", "37.16", "4.9"},
                {"Beitang", "21.08", "22.65", "7.4"},
            };
            for (String[] row : rows) {
                for (int c = 0; c < 4; c++) text(out, regular, size, cols[c], y, row[c]);
                y += 14;
            }
            text(out, regular, 10, LEFT, y + 14, "Source: district statistics offices.");
        }
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float x, float top, String s) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, A4.getHeight() - top);
        out.showText(s);
        out.endText();
    }

    private static void centred(PDPageContentStream out, PDFont font, float size, float from, float to, float top, String s)
            throws IOException {
        float w = font.getStringWidth(s) / 1000 * size;
        text(out, font, size, (from + to - w) / 2, top, s);
    }

    private static void rule(PDPageContentStream out, float from, float to, float y, float width) throws IOException {
        out.setLineWidth(width);
        out.moveTo(from, A4.getHeight() - y);
        out.lineTo(to, A4.getHeight() - y);
        out.stroke();
    }
}
