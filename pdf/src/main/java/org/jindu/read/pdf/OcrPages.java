package org.jindu.read.pdf;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.OcrInfo;
import org.jindu.model.Warning;
import org.jindu.read.ocr.OcrEngine;
import org.jindu.read.ocr.OcrException;
import org.jindu.read.ocr.OcrLine;
import org.jindu.read.ocr.Punctuation;
import org.jindu.read.ocr.ScanImage;
import technology.tabula.Ruling;

/**
 * The image-only pages of a PDF, read by an {@link OcrEngine}: each such page is taken as an image
 * (the page's own image when it is a single full-page image, else rendered at {@value #DPI} dpi in
 * grey), deskewed, its ruling lines found and erased ({@link ScanImage}), its text read, and the
 * result turned into the same {@link PageScanner.PageContent} that a page with text gives: one
 * {@link Glyph} per recognised character and one tabula {@link Ruling} per rule, in points. The page
 * analysis and assembly then run unchanged.
 *
 * <p>Pages go to the engine in parallel (up to one per core) while the document's pages are handed
 * on in order. Afterwards each cell of an OCR page carries the mean confidence of its characters,
 * cells below {@value #LOW_CONFIDENCE} give an {@link Warning#OCR_LOW_CONFIDENCE} warning, and a
 * document number that OCR read with one bracket of 〔2021〕 wrong ({@code (2021〕}) gets both
 * right.
 */
final class OcrPages implements AutoCloseable {
    /** The resolution pages are rendered at when they are not one image. */
    static final float DPI = 150;
    /** A cell whose characters' mean confidence is below this is worth checking by eye. */
    static final float LOW_CONFIDENCE = 0.9f;
    /** A page's own image is used when its resolution is within these bounds. */
    private static final float MIN_OWN_DPI = 100;
    private static final float MAX_OWN_DPI = 320;

    /** Receives each page, in order, with what OCR found on it (null for a page with a text layer). */
    interface Sink {
        void page(PageScanner.PageContent page, Scanned scanned) throws IOException;
    }

    /** What OCR made of one page: its characters in points, with their confidence. */
    record Scanned(int page, List<CharBox> chars, double skew) {
    }

    /** A recognised character's box in points and its confidence. */
    record CharBox(float left, float top, float right, float bottom, float confidence) {
        boolean centreIn(float x0, float y0, float x1, float y1) {
            float cx = (left + right) / 2;
            float cy = (top + bottom) / 2;
            return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
        }
    }

    private record Pending(PageScanner.PageContent text, CompletableFuture<Result> ocr) {
    }

    private record Result(PageScanner.PageContent page, Scanned scanned) {
    }

    private final PDDocument document;
    private final OcrEngine engine;
    private final Sink sink;
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final List<Integer> pagesRead = new ArrayList<>();
    private final int parallel;
    private ExecutorService pool;
    private PDFRenderer renderer;
    private volatile String failure;

    /**
     * @param engine the engine, or null to hand every page on as it is
     */
    OcrPages(PDDocument document, OcrEngine engine, Sink sink) {
        this.document = document;
        this.engine = engine;
        this.sink = sink;
        this.parallel = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Whether a page has nothing to read but images: no glyph, no unmapped glyph, at least one image. */
    static boolean imageOnly(PageScanner.PageContent page) {
        return page.glyphs().isEmpty() && page.unmapped() == 0 && page.images() > 0;
    }

    /** Takes the next page of the document. */
    void page(PageScanner.PageContent page) throws IOException {
        if (engine == null || !imageOnly(page)) {
            queue.add(new Pending(page, null));
        } else {
            BufferedImage[] image = new BufferedImage[1];
            float dpi = pageImage(page.number() - 1, image);
            if (pool == null) pool = Executors.newFixedThreadPool(parallel, r -> {
                Thread t = new Thread(r, "jindu-ocr");
                t.setDaemon(true);
                return t;
            });
            BufferedImage img = image[0];
            queue.add(new Pending(page, CompletableFuture.supplyAsync(() -> read(page, img, dpi), pool)));
        }
        drain(false);
    }

    /** Hands on every page still waiting. */
    void finish() throws IOException {
        drain(true);
    }

    /** Why the engine failed on a page (the first such page), or null when it never did. */
    String failure() {
        return failure;
    }

    /** The pages read by OCR so far, or null when none was. */
    OcrInfo info() {
        if (pagesRead.isEmpty()) return null;
        return new OcrInfo(pagesRead, engine.name(), engine.models());
    }

    private void drain(boolean all) throws IOException {
        while (!queue.isEmpty()) {
            Pending head = queue.peek();
            long inFlight = queue.stream().filter(p -> p.ocr != null && !p.ocr.isDone()).count();
            boolean ready = head.ocr == null || head.ocr.isDone();
            if (!ready && !all && inFlight <= parallel) return;
            queue.poll();
            if (head.ocr == null) {
                sink.page(head.text, null);
                continue;
            }
            Result r;
            try {
                r = head.ocr.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading page " + head.text.number() + " by OCR", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) throw re;
                throw new IOException(cause);
            }
            if (r.scanned != null) pagesRead.add(r.page.number());
            sink.page(r.page, r.scanned);
        }
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }

    // ---- one page

    /** The page as an image; returns its resolution in dpi. */
    private float pageImage(int index, BufferedImage[] out) throws IOException {
        PDPage page = document.getPage(index);
        PDRectangle crop = page.getCropBox();
        PDImageXObject only = onlyImage(page.getResources());
        if (only != null && page.getRotation() % 360 == 0) {
            float dpiX = only.getWidth() / (crop.getWidth() / 72f);
            float dpiY = only.getHeight() / (crop.getHeight() / 72f);
            if (Math.abs(dpiX - dpiY) / dpiX < 0.02 && dpiX >= MIN_OWN_DPI && dpiX <= MAX_OWN_DPI) {
                out[0] = only.getImage();
                return dpiX;
            }
        }
        if (renderer == null) renderer = new PDFRenderer(document);
        PDFRenderer pages = renderer;
        out[0] = TextFontMapper.rendering(() -> pages.renderImageWithDPI(index, DPI, ImageType.GRAY));
        return DPI;
    }

    private static PDImageXObject onlyImage(PDResources resources) {
        if (resources == null) return null;
        PDImageXObject found = null;
        try {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (!(x instanceof PDImageXObject image)) return null; // forms: render instead
                if (found != null) return null;
                found = image;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return found;
    }

    /** Reads one page image into glyphs and rulings (runs on the pool). */
    private Result read(PageScanner.PageContent page, BufferedImage image, float dpi) {
        try {
            return readOrFail(page, image, dpi);
        } catch (OcrException e) {
            // the engine could not run (its native runtime, its models): the page stays unread and
            // the reader says why, as for a scan without an engine
            if (failure == null) failure = "OCR failed on page " + page.number() + ": " + e.getMessage();
            return new Result(page, null);
        }
    }

    private Result readOrFail(PageScanner.PageContent page, BufferedImage image, float dpi) throws OcrException {
        ScanImage scan = ScanImage.of(image, dpi);
        List<OcrLine> lines = engine.read(scan.forOcr());
        float k = 72f / dpi;
        List<Glyph> glyphs = new ArrayList<>();
        List<CharBox> chars = new ArrayList<>();
        float emScale = emPerHeight(lines);
        for (OcrLine line : lines) add(line, 0, 0, k, emScale, glyphs, chars);
        List<Ruling> rulings = new ArrayList<>();
        float extend = 3 * k; // ends that stop a pixel or two short of the crossing rule
        for (ScanImage.Rule r : scan.rules()) {
            if (r.horizontal())
                rulings.add(new Ruling(new Point2D.Float(r.x1() * k - extend, r.y1() * k),
                        new Point2D.Float(r.x2() * k + extend, r.y1() * k)));
            else
                rulings.add(new Ruling(new Point2D.Float(r.x1() * k, r.y1() * k - extend),
                        new Point2D.Float(r.x1() * k, r.y2() * k + extend)));
        }
        readMissed(scan, rulings, k, emScale, glyphs, chars);
        float width = scan.image().getWidth() * k;
        float height = scan.image().getHeight() * k;
        PageScanner.PageContent content = new PageScanner.PageContent(page.number(), width, height, glyphs,
                rulings, page.images(), 0, null);
        return new Result(content, new Scanned(page.number(), chars, scan.skew()));
    }

    /** A recognised line as glyphs and character boxes in points; {@code dx, dy} place it on the page. */
    private static void add(OcrLine line, int dx, int dy, float k, float emScale, List<Glyph> glyphs,
            List<CharBox> chars) {
        List<OcrLine.OcrChar> cs = Punctuation.fullWidth(line.chars());
        float em = (line.bottom() - line.top()) * emScale * k;
        float middle = ((line.top() + line.bottom()) / 2 + dy) * k;
        float baseline = middle + 0.38f * em;
        for (int i = 0; i < cs.size(); i++) {
            OcrLine.OcrChar c = cs.get(i);
            if (c.text().isBlank() || strayDigit(cs, i)) continue;
            float x = (c.left() + dx) * k;
            float w = Math.max(0.1f, (c.right() - c.left()) * k);
            glyphs.add(new Glyph(c.text(), x, baseline, w, em));
            chars.add(new CharBox(x, middle - em / 2, x + w, middle + em / 2, c.confidence()));
        }
    }

    /** Below this confidence, a lone digit among other characters is more likely a speck or a rule's remnant. */
    static final float STRAY_DIGIT = 0.6f;

    /**
     * Whether a character is a single digit read with low confidence and with no digit, letter or
     * number sign beside it: noise (a speck, a bit of a rule) that the recogniser turned into a digit.
     */
    static boolean strayDigit(List<OcrLine.OcrChar> cs, int i) {
        OcrLine.OcrChar c = cs.get(i);
        if (c.confidence() >= STRAY_DIGIT || c.text().length() != 1 || !Character.isDigit(c.text().charAt(0)))
            return false;
        return !numeric(cs, i - 1) && !numeric(cs, i + 1);
    }

    private static boolean numeric(List<OcrLine.OcrChar> cs, int i) {
        if (i < 0 || i >= cs.size()) return false;
        String t = cs.get(i).text();
        if (t.isEmpty()) return false;
        int c = t.codePointAt(0);
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                || ".%．％-:：/".indexOf(c) >= 0;
    }

    /**
     * Table cells where the detector found nothing but that hold ink (a lone 序号 digit is easy to
     * miss): the ink's box is read as one line.
     */
    private void readMissed(ScanImage scan, List<Ruling> rulings, float k, float emScale, List<Glyph> glyphs,
            List<CharBox> chars) throws OcrException {
        int inset = 4;
        int pad = 6;
        for (PageAnalyzer.TableRegion region : PageAnalyzer.tables(rulings)) {
            for (technology.tabula.Rectangle cell : region.cells) {
                float x0 = cell.getLeft(), y0 = cell.getTop(), x1 = cell.getRight(), y1 = cell.getBottom();
                boolean empty = true;
                for (CharBox c : chars)
                    if (c.centreIn(x0, y0, x1, y1)) {
                        empty = false;
                        break;
                    }
                if (!empty) continue;
                int cx0 = Math.round(x0 / k) + inset, cy0 = Math.round(y0 / k) + inset;
                int cx1 = Math.round(x1 / k) - inset, cy1 = Math.round(y1 / k) - inset;
                if (cx1 - cx0 < 4 || cy1 - cy0 < 4) continue;
                int minHeight = Math.max(4, Math.round(scan.image().getHeight() / 300f)); // about 1/300 of the page
                int[] ink = scan.inkBox(cx0, cy0, cx1, cy1, 12, minHeight);
                if (ink == null) continue;
                int lx = Math.max(cx0 - inset, ink[0] - pad), ly = Math.max(cy0 - inset, ink[1] - pad);
                int rx = Math.min(cx1 + inset, ink[2] + pad), ry = Math.min(cy1 + inset, ink[3] + pad);
                if (rx - lx < 4 || ry - ly < 4) continue;
                OcrLine line = engine.readLine(scan.forOcr().getSubimage(lx, ly, rx - lx, ry - ly));
                if (line != null) add(line, lx, ly, k, emScale, glyphs, chars);
            }
        }
    }

    /**
     * The ratio of the font size to a detected line's height on this page: CJK characters advance by
     * one em, so the median distance between neighbouring ideographs over the median line height; a
     * fixed 0.8 when there are too few of them.
     */
    static float emPerHeight(List<OcrLine> lines) {
        List<Float> pitches = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        for (OcrLine l : lines) {
            heights.add(l.bottom() - l.top());
            List<OcrLine.OcrChar> cs = l.chars();
            for (int i = 1; i < cs.size(); i++) {
                OcrLine.OcrChar a = cs.get(i - 1);
                OcrLine.OcrChar b = cs.get(i);
                if (Punctuation.ideograph(a.text()) && Punctuation.ideograph(b.text()))
                    pitches.add((b.left() + b.right()) / 2 - (a.left() + a.right()) / 2);
            }
        }
        if (pitches.size() < 20 || heights.isEmpty()) return 0.8f;
        float pitch = median(pitches);
        float height = median(heights);
        float r = pitch / height;
        return r < 0.5f || r > 1.2f ? 0.8f : r;
    }

    private static float median(List<Float> v) {
        float[] a = new float[v.size()];
        for (int i = 0; i < a.length; i++) a[i] = v.get(i);
        Arrays.sort(a);
        return a[a.length / 2];
    }

    // ---- after the page analysis

    private static final Pattern DOC_NUMBER = Pattern.compile(
            "(\\p{IsHan}{1,12}[发函字])\\s*([\\[(（【〔])\\s*((?:19|20)\\d{2})\\s*([\\])）】〕])\\s*(\\d{1,4})\\s*号");

    /**
     * A document number whose year OCR read with one tortoise-shell bracket and one other
     * ({@code (2021〕}, {@code 〔2021]}) gets both 〔〕, as official documents write it (GB/T 9704);
     * brackets read alike on both sides are kept, since some documents do use {@code [2021]}.
     */
    static String officialBrackets(String text) {
        Matcher m = DOC_NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            boolean open = m.group(2).equals("〔");
            boolean close = m.group(4).equals("〕");
            String fixed = open != close ? m.group(1) + "〔" + m.group(3) + "〕" + m.group(5) + "号" : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(fixed));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A text read by OCR with its quotes paired and document numbers in official brackets. */
    static String fix(String text) {
        return officialBrackets(Punctuation.pairQuotes(text));
    }

    /**
     * The blocks of an OCR page with each cell's confidence and document numbers put right; a cell
     * below {@link #LOW_CONFIDENCE} adds a warning.
     */
    static List<Block> finish(List<Block> blocks, Scanned scanned, List<Warning> warnings) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(new Paragraph(fix(p.text()), p.where()));
            } else if (b instanceof Table t) {
                List<Row> rows = new ArrayList<>(t.rows().size());
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = t.rows().get(r);
                    List<Cell> cells = new ArrayList<>(row.cells().size());
                    int column = 0;
                    for (Cell c : row.cells()) {
                        Float conf = confidence(c, scanned);
                        String text = fix(c.text());
                        cells.add(c.withOcr(text, conf));
                        if (conf != null && conf < LOW_CONFIDENCE && !c.mergedAbove())
                            warnings.add(new Warning(Warning.OCR_LOW_CONFIDENCE, String.format(Locale.ROOT,
                                    "page %d, table row %d, column %d: OCR confidence %.2f for \"%s\"",
                                    scanned.page(), r + 1, column + 1, conf, excerpt(text)), scanned.page()));
                        column += c.colSpan();
                    }
                    rows.add(new Row(cells, row.where()));
                }
                out.add(new Table(rows, t.where()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static Float confidence(Cell cell, Scanned scanned) {
        if (cell.mergedAbove() || cell.where().box() == null) return null;
        var box = cell.where().box();
        double sum = 0;
        int n = 0;
        for (CharBox c : scanned.chars()) {
            if (c.centreIn(box.x(), box.y(), box.x() + box.width(), box.y() + box.height())) {
                sum += c.confidence();
                n++;
            }
        }
        if (n == 0) return null;
        return Math.round(sum / n * 1000) / 1000f;
    }

    private static String excerpt(String text) {
        String one = text.replace('\n', ' ');
        return one.length() <= 30 ? one : one.substring(0, 30) + "…";
    }
}
