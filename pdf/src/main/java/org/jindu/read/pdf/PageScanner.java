package org.jindu.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import technology.tabula.Ruling;

/**
 * One pass over each page's content: the glyphs PDFBox's text stripper keeps (overlapping duplicates
 * of fake bold already dropped) and the straight lines drawn, as tabula rulings. Text and lines come
 * from the same parse, so the page is read once.
 */
final class PageScanner extends PDFTextStripper {

    /** What one page holds. */
    record PageContent(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings,
            int images, int unmapped, String unmappedFont) {
    }

    interface PageSink {
        void page(PageContent page) throws IOException;
    }

    private final PageSink sink;
    private final List<Ruling> rulings = new ArrayList<>();
    /** The current path: line segments in page space, top-left origin. */
    private final List<float[]> segments = new ArrayList<>();
    private Point2D.Float start;
    private Point2D.Float current;
    private boolean curved;
    private int images;
    private int unmapped;
    private String unmappedFont;
    private float cropLeft;
    private float cropTop;

    PageScanner(PageSink sink) throws IOException {
        this.sink = sink;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
        setShouldSeparateByBeads(false);
        addOperator(new Op("m", (o, a) -> {
            start = current = point(a, 0);
        }));
        addOperator(new Op("l", (o, a) -> {
            Point2D.Float p = point(a, 0);
            if (current != null && p != null) segments.add(new float[] {current.x, current.y, p.x, p.y});
            current = p;
            if (start == null) start = p;
        }));
        addOperator(new Op("re", (o, a) -> {
            if (a.size() < 4) return;
            float x = num(a.get(0));
            float y = num(a.get(1));
            float w = num(a.get(2));
            float h = num(a.get(3));
            Point2D.Float p0 = transform(x, y);
            Point2D.Float p1 = transform(x + w, y);
            Point2D.Float p2 = transform(x + w, y + h);
            Point2D.Float p3 = transform(x, y + h);
            segments.add(new float[] {p0.x, p0.y, p1.x, p1.y});
            segments.add(new float[] {p1.x, p1.y, p2.x, p2.y});
            segments.add(new float[] {p2.x, p2.y, p3.x, p3.y});
            segments.add(new float[] {p3.x, p3.y, p0.x, p0.y});
            start = current = p0;
        }));
        OperatorBody curve = (o, a) -> {
            curved = true;
            if (a.size() >= 2) current = point(a, a.size() - 2);
        };
        addOperator(new Op("c", curve));
        addOperator(new Op("v", curve));
        addOperator(new Op("y", curve));
        addOperator(new Op("h", (o, a) -> close()));
        addOperator(new Op("S", (o, a) -> paint(true)));
        addOperator(new Op("s", (o, a) -> {
            close();
            paint(true);
        }));
        for (String fill : new String[] {"f", "F", "f*"}) addOperator(new Op(fill, (o, a) -> paint(false)));
        for (String both : new String[] {"B", "B*"}) addOperator(new Op(both, (o, a) -> paint(true)));
        for (String both : new String[] {"b", "b*"}) addOperator(new Op(both, (o, a) -> {
            close();
            paint(true);
        }));
        addOperator(new Op("n", (o, a) -> clearPath()));
        addOperator(new Op("BI", (o, a) -> images++));
    }

    /** Scans every page of the document, handing each to the sink. */
    void scan(PDDocument document) throws IOException {
        super.writeText(document, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        rulings.clear();
        clearPath();
        images = 0;
        unmapped = 0;
        unmappedFont = null;
        PDRectangle crop = page.getCropBox();
        cropLeft = crop.getLowerLeftX();
        cropTop = crop.getUpperRightY();
        super.startPage(page);
    }

    @Override
    protected void writePage() throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle)
            for (TextPosition tp : article) glyphs.add(glyph(tp));
        PDRectangle crop = getCurrentPage().getCropBox();
        images += countImages(getCurrentPage());
        sink.page(new PageContent(getCurrentPageNo(), crop.getWidth(), crop.getHeight(), glyphs,
                List.copyOf(rulings), images, unmapped, unmappedFont));
    }

    private static Glyph glyph(TextPosition tp) {
        float em = tp.getFontSizeInPt();
        if (!(em >= 1 && em <= 300)) em = Math.max(1f, tp.getHeightDir() * 1.4f);
        Matrix m = tp.getTextMatrix();
        float a = m.getValue(0, 0);
        float b = m.getValue(0, 1);
        if (tp.getRotation() == 0 && b < 0 && Math.abs(a) < 0.1f * -b) {
            // vertical text running down the page (Word's and WPS's text direction "top to bottom", a label
            // in a tall cell): each glyph stands as an upright one where it is drawn, so that the cell that
            // holds it gets it and its characters read top to bottom, one per line
            float advance = Math.max(tp.getWidthDirAdj(), 0.5f * em);
            float centerX = m.getTranslateX() + 0.38f * em;
            float centerY = tp.getPageHeight() - m.getTranslateY() + advance / 2;
            return new Glyph(tp.getUnicode() == null ? "" : tp.getUnicode(), centerX - em / 2, centerY + 0.38f * em, em, em);
        }
        return new Glyph(tp.getUnicode() == null ? "" : tp.getUnicode(), tp.getXDirAdj(), tp.getYDirAdj(),
                Math.max(0f, tp.getWidthDirAdj()), em);
    }

    /**
     * PDFBox drops a glyph of a composite (CJK) font that has no Unicode mapping without a word; it is
     * counted here so that the loss is reported. Simple fonts without one get the character code.
     */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, String unicode, Vector displacement)
            throws IOException {
        if (unicode == null && !(font instanceof PDSimpleFont)) {
            unmapped++;
            if (unmappedFont == null) unmappedFont = font.getName();
        }
        super.showGlyph(textRenderingMatrix, font, code, unicode, displacement);
    }

    private static int countImages(PDPage page) {
        int n = 0;
        try {
            if (page.getResources() == null) return 0;
            for (var name : page.getResources().getXObjectNames())
                if (page.getResources().isImageXObject(name)) n++;
        } catch (RuntimeException e) {
            return n;
        }
        return n;
    }

    // ---- paths

    private void close() {
        if (current != null && start != null && (current.x != start.x || current.y != start.y))
            segments.add(new float[] {current.x, current.y, start.x, start.y});
        current = start;
    }

    /** A painted path: its horizontal and vertical segments become rulings; a thin filled box becomes its middle line. */
    private void paint(boolean stroke) {
        if (!curved && !segments.isEmpty()) {
            if (!stroke && isWhite()) {
                clearPath();
                return;
            }
            if (!stroke && segments.size() >= 4 && thinBox()) {
                clearPath();
                return;
            }
            for (float[] s : segments) {
                boolean horizontal = Math.abs(s[1] - s[3]) < 0.5f;
                boolean vertical = Math.abs(s[0] - s[2]) < 0.5f;
                if (horizontal == vertical) continue; // oblique, or a point
                Ruling r = horizontal
                        ? new Ruling(new Point2D.Float(Math.min(s[0], s[2]), s[1]), new Point2D.Float(Math.max(s[0], s[2]), s[1]))
                        : new Ruling(new Point2D.Float(s[0], Math.min(s[1], s[3])), new Point2D.Float(s[0], Math.max(s[1], s[3])));
                if (r.length() > 0.5) rulings.add(r);
            }
        }
        clearPath();
    }

    /** Whether the path is one box at most 3 points thick; if so, adds its middle line as a ruling. */
    private boolean thinBox() {
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (float[] s : segments) {
            if (Math.abs(s[0] - s[2]) >= 0.5f && Math.abs(s[1] - s[3]) >= 0.5f) return false;
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        if (segments.size() > 5) return false;
        float w = maxX - minX;
        float h = maxY - minY;
        if (h <= 3f && w > h) {
            float y = (minY + maxY) / 2;
            rulings.add(new Ruling(new Point2D.Float(minX, y), new Point2D.Float(maxX, y)));
            return true;
        }
        if (w <= 3f && h > w) {
            float x = (minX + maxX) / 2;
            rulings.add(new Ruling(new Point2D.Float(x, minY), new Point2D.Float(x, maxY)));
            return true;
        }
        return false;
    }

    private boolean isWhite() {
        try {
            PDColor color = getGraphicsState().getNonStrokingColor();
            if (color == null || color.getColorSpace() == null) return false;
            int rgb = color.toRGB();
            return (rgb & 0xFFFFFF) == 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void clearPath() {
        segments.clear();
        start = current = null;
        curved = false;
    }

    private Point2D.Float point(List<COSBase> a, int i) {
        if (a.size() < i + 2) return null;
        return transform(num(a.get(i)), num(a.get(i + 1)));
    }

    /** User space to page space with the origin at the crop box's top left. */
    private Point2D.Float transform(float x, float y) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        Point2D.Float p = ctm.transformPoint(x, y);
        return new Point2D.Float(p.x - cropLeft, cropTop - p.y);
    }

    private static float num(COSBase b) {
        return b instanceof COSNumber n ? n.floatValue() : 0f;
    }

    @FunctionalInterface
    private interface OperatorBody {
        void run(Operator operator, List<COSBase> operands) throws IOException;
    }

    private static final class Op extends OperatorProcessor {
        private final String name;
        private final OperatorBody body;

        Op(String name, OperatorBody body) {
            this.name = name;
            this.body = body;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            body.run(operator, operands);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
