package org.jindu.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    /** The page's glyphs painted filled and stroked (fake bold). */
    private final Set<TextPosition> stroked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Whether each font met so far is a bold face. */
    private final java.util.Map<PDFont, Boolean> boldFonts = new java.util.IdentityHashMap<>();
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
    /** The current path is a clipping path (W) as well. */
    private boolean clipping;
    /** A clipping path was set on this page: rulings are tested against the clip. */
    private boolean clipped;
    /** The boxes filled in a colour other than white on this page: white on them shows. */
    private final List<java.awt.geom.Rectangle2D> backgrounds = new ArrayList<>();

    /** The limits on one page's paths, and the pages that went past them (read without ruled tables). */
    private final int maxSegments;
    private final int maxRulings;
    private final org.jindu.read.ReadContext context;
    private int pageSegments;
    private boolean overLimit;
    /** The distinct positions of the page's horizontal and vertical rulings, to the point. */
    private final Set<Integer> rows = new java.util.HashSet<>();
    private final Set<Integer> columns = new java.util.HashSet<>();
    final java.util.List<Integer> pagesOverLimit = new ArrayList<>();

    PageScanner(PageSink sink) throws IOException {
        this(sink, null);
    }

    /**
     * A scanner keeping to the context's limits: past {@code maxPathSegmentsPerPage} segments or
     * {@code maxRulingsPerPage} rulings a page's paths are dropped (its text is still read), and the
     * time budget is checked at every page and every 65536 segments.
     */
    PageScanner(PageSink sink, org.jindu.read.ReadContext context) throws IOException {
        this.sink = sink;
        this.context = context;
        this.maxSegments = context == null ? Integer.MAX_VALUE : context.limits().maxPathSegmentsPerPage();
        this.maxRulings = context == null ? Integer.MAX_VALUE : context.limits().maxRulingsPerPage();
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
        setShouldSeparateByBeads(false);
        addOperator(new Op("m", (o, a) -> {
            start = current = point(a, 0);
        }));
        addOperator(new Op("l", (o, a) -> {
            Point2D.Float p = point(a, 0);
            if (current != null && p != null) segment(new float[] {current.x, current.y, p.x, p.y});
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
            segment(new float[] {p0.x, p0.y, p1.x, p1.y});
            segment(new float[] {p1.x, p1.y, p2.x, p2.y});
            segment(new float[] {p2.x, p2.y, p3.x, p3.y});
            segment(new float[] {p3.x, p3.y, p0.x, p0.y});
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
        addOperator(new Op("S", (o, a) -> paint(true, false)));
        addOperator(new Op("s", (o, a) -> {
            close();
            paint(true, false);
        }));
        for (String fill : new String[] {"f", "F", "f*"}) addOperator(new Op(fill, (o, a) -> paint(false, true)));
        for (String both : new String[] {"B", "B*"}) addOperator(new Op(both, (o, a) -> paint(true, true)));
        for (String both : new String[] {"b", "b*"}) addOperator(new Op(both, (o, a) -> {
            close();
            paint(true, true);
        }));
        addOperator(new Op("n", (o, a) -> clearPath()));
        // W and W*: the current path clips what is painted after the path ends, until the state is restored
        for (String clip : new String[] {"W", "W*"}) addOperator(new Op(clip, (o, a) -> clipping = true));
        addOperator(new Op("BI", (o, a) -> images++));
        // the colours, which PDFBox's text stripper does not follow: a line painted white is not a ruling
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace());
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace());
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingColor());
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN());
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor());
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN());
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor());
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor());
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor());
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor());
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor());
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor());
    }

    /** Scans every page of the document, handing each to the sink. */
    void scan(PDDocument document) throws IOException {
        super.writeText(document, Writer.nullWriter());
    }

    /** The time budget ran out: carries the failure through PDFBox's IOException-only callbacks. */
    static final class TimeUp extends IOException {
        final org.jindu.exception.JinduException failure;

        TimeUp(org.jindu.exception.JinduException failure) {
            super(failure.getMessage(), failure);
            this.failure = failure;
        }
    }

    private void checkTime() throws IOException {
        if (context == null) return;
        try {
            context.checkTime();
        } catch (org.jindu.exception.JinduException e) {
            throw new TimeUp(e);
        }
    }

    /** One segment of the current path, unless the page is over its limit. */
    private void segment(float[] s) throws IOException {
        if (overLimit) return;
        if (++pageSegments > maxSegments) {
            overLimit();
            return;
        }
        if ((pageSegments & 0xFFFF) == 0) checkTime();
        segments.add(s);
    }

    private void overLimit() {
        overLimit = true;
        segments.clear();
        rulings.clear();
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        checkTime();
        pageSegments = 0;
        overLimit = false;
        rows.clear();
        columns.clear();
        rulings.clear();
        clearPath();
        clipped = false;
        backgrounds.clear();
        stroked.clear();
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
        int turn = upright();
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle)
            for (TextPosition tp : article) glyphs.add(glyph(tp, turn == 0, bold(tp)));
        PDRectangle crop = getCurrentPage().getCropBox();
        images += countImages(getCurrentPage());
        if (overLimit) pagesOverLimit.add(getCurrentPageNo());
        float width = crop.getWidth();
        float height = crop.getHeight();
        List<Ruling> lines = overLimit ? List.of() : List.copyOf(rulings);
        if (turn != 0) {
            // the page's text is set turned (a landscape table printed across a portrait page, a page
            // shown with /Rotate whose content is drawn turned): PDFBox gives each glyph in the frame of
            // its own text direction, so the rulings are turned into that frame too, and the page read upright
            List<Ruling> turned = new ArrayList<>(lines.size());
            for (Ruling r : lines) {
                Point2D.Float a = turn(r.getP1(), turn, width, height);
                Point2D.Float b = turn(r.getP2(), turn, width, height);
                // a ruling runs left to right, or top to bottom
                boolean swap = Math.abs(a.y - b.y) < 0.5f ? a.x > b.x : a.y > b.y;
                turned.add(swap ? new Ruling(b, a) : new Ruling(a, b));
            }
            lines = turned;
            if (turn != 180) {
                width = crop.getHeight();
                height = crop.getWidth();
            }
        }
        sink.page(new PageContent(getCurrentPageNo(), width, height, glyphs, lines, images, unmapped, unmappedFont));
    }

    /**
     * The text direction most of the page's visible glyphs are set in (0, 90, 180 or 270 degrees, as
     * PDFBox's {@link TextPosition#getDir()} gives it): the turn that sets the page upright.
     */
    private int upright() {
        int[] count = new int[4];
        for (List<TextPosition> article : charactersByArticle)
            for (TextPosition tp : article) {
                String u = tp.getUnicode();
                if (u == null || u.isBlank()) continue;
                int dir = Math.round(tp.getDir());
                if (dir == 90 || dir == 180 || dir == 270) count[dir / 90]++;
                else count[0]++;
            }
        int best = 0;
        for (int i = 1; i < 4; i++) if (count[i] > count[best]) best = i;
        return best * 90;
    }

    /** A point of the page (from the crop box's top left) in the frame of text turned by {@code turn} degrees. */
    static Point2D.Float turn(Point2D p, int turn, float width, float height) {
        float x = (float) p.getX();
        float y = (float) p.getY();
        return switch (turn) {
            case 90 -> new Point2D.Float(height - y, x);
            case 180 -> new Point2D.Float(width - x, height - y);
            case 270 -> new Point2D.Float(y, width - x);
            default -> new Point2D.Float(x, y);
        };
    }

    private static Glyph glyph(TextPosition tp, boolean uprightPage, boolean bold) {
        float em = tp.getFontSizeInPt();
        if (!(em >= 1 && em <= 300)) em = Math.max(1f, tp.getHeightDir() * 1.4f);
        Matrix m = tp.getTextMatrix();
        float a = m.getValue(0, 0);
        float b = m.getValue(0, 1);
        if (uprightPage && tp.getRotation() == 0 && b < 0 && Math.abs(a) < 0.1f * -b) {
            // vertical text running down the page (Word's and WPS's text direction "top to bottom", a label
            // in a tall cell): each glyph stands as an upright one where it is drawn, so that the cell that
            // holds it gets it and its characters read top to bottom, one per line
            float advance = Math.max(tp.getWidthDirAdj(), 0.5f * em);
            float centerX = m.getTranslateX() + 0.38f * em;
            float centerY = tp.getPageHeight() - m.getTranslateY() + advance / 2;
            return new Glyph(tp.getUnicode() == null ? "" : tp.getUnicode(), centerX - em / 2, centerY + 0.38f * em, em, em,
                    bold);
        }
        return new Glyph(tp.getUnicode() == null ? "" : tp.getUnicode(), tp.getXDirAdj(), tp.getYDirAdj(),
                Math.max(0f, tp.getWidthDirAdj()), em, bold);
    }

    /** Whether the glyph is set bold: in a bold font, or painted filled and stroked. */
    private boolean bold(TextPosition tp) {
        if (stroked.contains(tp)) return true;
        PDFont font = tp.getFont();
        if (font == null) return false;
        return boldFonts.computeIfAbsent(font, PageScanner::boldFont);
    }

    /**
     * A bold face: its descriptor's weight is 600 or more or it is marked force-bold, or its name says
     * so (Bold, Heavy, Black, Semibold, Demibold; the 黑体 family SimHei, Heiti, STHeiti, whose
     * strokes are heavy and which the genre sets its headings and table headers in). A name written in
     * GBK, as Chinese office suites write {@code /BaseFont}, reads as its bytes in Latin-1:
     * {@code ºÚÌå} is 黑体.
     */
    static boolean boldFont(PDFont font) {
        var d = font.getFontDescriptor();
        if (d != null && (d.getFontWeight() >= 600 || d.isForceBold())) return true;
        String name = font.getName();
        if (name == null) return false;
        return BOLD_NAME.matcher(name).find();
    }

    private static final java.util.regex.Pattern BOLD_NAME = java.util.regex.Pattern.compile(
            "(?i)bold|heavy|black|demi|(?<![a-z])(sim|st|fz|hy)?hei(ti)?(?![a-z])|黑体|ºÚÌå");

    /**
     * Notes the glyphs painted filled and stroked (render mode 2 or 6 with a visible line width): the
     * bold LibreOffice, Word and WPS make of a font that has no bold face.
     */
    @Override
    protected void processTextPosition(TextPosition text) {
        var state = getGraphicsState();
        var mode = state.getTextState().getRenderingMode();
        if ((mode == org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE
                || mode == org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE_CLIP)
                && state.getLineWidth() > 0) stroked.add(text);
        super.processTextPosition(text);
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

    private void close() throws IOException {
        if (current != null && start != null && (current.x != start.x || current.y != start.y))
            segment(new float[] {current.x, current.y, start.x, start.y});
        current = start;
    }

    /**
     * A painted path: its horizontal and vertical segments become rulings; a thin filled box becomes its
     * middle line. A path painted in white (the paper's colour) or fully transparent is invisible and
     * draws no ruling; nor does a line that a clipping path hides.
     */
    private void paint(boolean stroke, boolean fill) throws IOException {
        if (!curved && !segments.isEmpty()) {
            if (!(stroke && shows(true)) && !(fill && shows(false)) && !onBackground()) {
                clearPath();
                return;
            }
            if (fill && shows(false) && backgrounds.size() < 1000) {
                java.awt.geom.Rectangle2D box = bounds();
                if (box.getWidth() > 3 && box.getHeight() > 3) backgrounds.add(box);
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
                if (clipped) r = clip(r);
                if (r != null && r.length() > 0.5) {
                    // the cell finder's cost grows with the distinct lines (rows x columns), not the segments
                    Set<Integer> lines = horizontal ? rows : columns;
                    if (lines.add(Math.round(horizontal ? s[1] : s[0])) && rows.size() + columns.size() > maxRulings) {
                        overLimit();
                        return;
                    }
                    rulings.add(r);
                }
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

    /** The current path's bounding box, in page space from the crop box's top left. */
    private java.awt.geom.Rectangle2D bounds() {
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (float[] s : segments) {
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        return new java.awt.geom.Rectangle2D.Float(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Whether the current path lies on a box filled in a colour before: white there is not the paper's
     * colour but a colour of its own (a white panel on a grey page), and shows.
     */
    private boolean onBackground() {
        if (backgrounds.isEmpty()) return false;
        var state = getGraphicsState();
        if (state.getAlphaConstant() <= 0.001 && state.getNonStrokeAlphaConstant() <= 0.001) return false;
        java.awt.geom.Rectangle2D box = bounds();
        java.awt.geom.Rectangle2D grown = new java.awt.geom.Rectangle2D.Double(box.getX() - 0.5, box.getY() - 0.5,
                box.getWidth() + 1, box.getHeight() + 1);
        for (java.awt.geom.Rectangle2D b : backgrounds) if (b.intersects(grown)) return true;
        return false;
    }

    /** Whether paint in the stroking (or non-stroking) colour shows on white paper: not white, not fully transparent. */
    private boolean shows(boolean stroking) {
        var state = getGraphicsState();
        double alpha = stroking ? state.getAlphaConstant() : state.getNonStrokeAlphaConstant();
        if (alpha <= 0.001) return false;
        return !isWhite(stroking);
    }

    /** The part of a ruling inside the current clipping path, or null when none is. */
    private Ruling clip(Ruling r) {
        java.awt.geom.Area area = getGraphicsState().getCurrentClippingPath();
        if (area == null) return r;
        // the clip is in page space (origin at the bottom left): the ruling goes back there to be tested
        float x1 = (float) r.getX1() + cropLeft;
        float x2 = (float) r.getX2() + cropLeft;
        float y1 = cropTop - (float) r.getY1();
        float y2 = cropTop - (float) r.getY2();
        java.awt.geom.Rectangle2D line = new java.awt.geom.Rectangle2D.Float(Math.min(x1, x2) - 0.25f,
                Math.min(y1, y2) - 0.25f, Math.abs(x2 - x1) + 0.5f, Math.abs(y2 - y1) + 0.5f);
        if (!area.intersects(line)) return null;
        if (!area.isRectangular()) return r;
        java.awt.geom.Rectangle2D b = area.getBounds2D();
        float left = (float) Math.max(Math.min(x1, x2), b.getMinX()) - cropLeft;
        float right = (float) Math.min(Math.max(x1, x2), b.getMaxX()) - cropLeft;
        float top = cropTop - (float) Math.min(Math.max(y1, y2), b.getMaxY());
        float bottom = cropTop - (float) Math.max(Math.min(y1, y2), b.getMinY());
        return r.horizontal()
                ? new Ruling(new Point2D.Float(left, (float) r.getY1()), new Point2D.Float(right, (float) r.getY1()))
                : new Ruling(new Point2D.Float((float) r.getX1(), top), new Point2D.Float((float) r.getX1(), bottom));
    }

    private boolean isWhite(boolean stroking) {
        try {
            PDColor color = stroking ? getGraphicsState().getStrokingColor() : getGraphicsState().getNonStrokingColor();
            if (color == null || color.getColorSpace() == null) return false;
            int rgb = color.toRGB();
            return (rgb & 0xFFFFFF) == 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void clearPath() {
        if (clipping && !segments.isEmpty()) {
            // the path ends (painted or not) and clips what follows: W, then n (or a paint)
            java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();
            for (float[] s : segments) {
                path.moveTo(s[0] + cropLeft, cropTop - s[1]);
                path.lineTo(s[2] + cropLeft, cropTop - s[3]);
            }
            java.awt.geom.Rectangle2D box = path.getBounds2D();
            // the segments of a rectangle or polygon: their bounding box is the clip (curves are not followed)
            getGraphicsState().intersectClippingPath(new java.awt.geom.Area(box));
            clipped = true;
        }
        clipping = false;
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
