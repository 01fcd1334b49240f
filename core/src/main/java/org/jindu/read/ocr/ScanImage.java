package org.jindu.read.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A scanned page made ready for OCR and table finding: converted to 8-bit grey, its skew measured
 * and corrected, binarised (Otsu's threshold), and its ruling lines found as long horizontal and
 * vertical runs of dark pixels; those are then erased from the copy given to the OCR engine, so that
 * a rule is never read as a character (「 or |) nor glues the text of two cells into one line.
 *
 * <p>Coordinates are pixels of the deskewed image, from its top left.
 */
public final class ScanImage {
    /** Skew angles tried, in degrees either way. */
    static final double MAX_SKEW = 3.0;
    /** A horizontal rule is at least this long, as a fraction of the resolution (0.4 in). */
    static final double MIN_HORIZONTAL_INCH = 0.4;
    /** A vertical rule is at least this long (0.25 in): longer than a character at body sizes, shorter than a one-line row. */
    static final double MIN_VERTICAL_INCH = 0.25;

    private final BufferedImage image;
    private final BufferedImage forOcr;
    private final double skew;
    private final List<Rule> rules;
    private final int threshold;

    /**
     * A ruling line.
     *
     * @param horizontal whether it runs across
     * @param x1 left (or the x of a vertical rule)
     * @param y1 top (or the y of a horizontal rule)
     * @param x2 right end
     * @param y2 bottom end
     */
    public record Rule(boolean horizontal, float x1, float y1, float x2, float y2) {
    }

    private ScanImage(BufferedImage image, BufferedImage forOcr, double skew, List<Rule> rules, int threshold) {
        this.image = image;
        this.forOcr = forOcr;
        this.skew = skew;
        this.rules = List.copyOf(rules);
        this.threshold = threshold;
    }

    /**
     * Prepares a page image.
     *
     * @param page the scanned page
     * @param dpi its resolution, to size what counts as a rule
     */
    public static ScanImage of(BufferedImage page, double dpi) {
        BufferedImage grey = grey(page);
        double skew = skewDegrees(grey);
        BufferedImage upright = Math.abs(skew) < 0.05 ? grey : rotate(grey, -skew);
        int w = upright.getWidth();
        int h = upright.getHeight();
        byte[] px = ((java.awt.image.DataBufferByte) upright.getRaster().getDataBuffer()).getData();
        int threshold = otsu(px);
        boolean[] dark = new boolean[w * h];
        for (int i = 0; i < px.length; i++) dark[i] = (px[i] & 0xff) < threshold;
        boolean[] ruled = new boolean[w * h];
        List<Rule> rules = new ArrayList<>();
        rules.addAll(runs(dark, w, h, true, (int) Math.round(MIN_HORIZONTAL_INCH * dpi), ruled));
        rules.addAll(runs(dark, w, h, false, (int) Math.round(MIN_VERTICAL_INCH * dpi), ruled));
        BufferedImage forOcr = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((java.awt.image.DataBufferByte) forOcr.getRaster().getDataBuffer()).getData();
        System.arraycopy(px, 0, out, 0, px.length);
        // erase the rules and the grey fringe a pixel either side
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                if (!ruled[y * w + x]) continue;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < w && yy < h) out[yy * w + xx] = (byte) 255;
                    }
            }
        return new ScanImage(upright, forOcr, skew, List.copyOf(rules), threshold);
    }

    /** The deskewed page, 8-bit grey. */
    public BufferedImage image() {
        return image;
    }

    /** The deskewed page with its rules erased: what the OCR engine reads. */
    public BufferedImage forOcr() {
        return forOcr;
    }

    /** The skew that was corrected, in degrees (positive: the page was turned clockwise). */
    public double skew() {
        return skew;
    }

    /**
     * The bounding box {@code {left, top, right, bottom}} of the ink inside a region of the OCR image
     * (rules erased), or null when it holds fewer than {@code minPixels} dark pixels or is lower than
     * {@code minHeight}.
     */
    public int[] inkBox(int x0, int y0, int x1, int y1, int minPixels, int minHeight) {
        int w = forOcr.getWidth();
        int h = forOcr.getHeight();
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(w, x1);
        y1 = Math.min(h, y1);
        byte[] px = ((java.awt.image.DataBufferByte) forOcr.getRaster().getDataBuffer()).getData();
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1, n = 0;
        for (int y = y0; y < y1; y++)
            for (int x = x0; x < x1; x++)
                if ((px[y * w + x] & 0xff) < threshold) {
                    n++;
                    left = Math.min(left, x);
                    right = Math.max(right, x + 1);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y + 1);
                }
        if (n < minPixels || bottom - top < minHeight) return null;
        return new int[] {left, top, right, bottom};
    }

    /** The ruling lines of the deskewed page. */
    public List<Rule> rules() {
        return rules;
    }

    static BufferedImage grey(BufferedImage page) {
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) return page;
        BufferedImage g = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.setColor(Color.WHITE);
        gr.fillRect(0, 0, g.getWidth(), g.getHeight());
        gr.drawImage(page, 0, 0, null);
        gr.dispose();
        return g;
    }

    /**
     * The page's skew in degrees, by projection profiles: text lines and rules make the sharpest
     * row profile when the rows follow them. Measured on a half-size copy of the dark pixels, coarse
     * (0.1°) then fine (0.02°).
     */
    static double skewDegrees(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int threshold = otsu(px);
        int step = 2;
        List<int[]> points = new ArrayList<>();
        for (int y = 0; y < h; y += step)
            for (int x = 0; x < w; x += step)
                if ((px[y * w + x] & 0xff) < threshold) points.add(new int[] {x / step, y / step});
        if (points.size() < 100) return 0;
        int rows = h / step + 1;
        int cols = w / step + 1;
        double best = 0;
        double bestScore = score(points, rows, cols, 0);
        int steps = (int) Math.round(MAX_SKEW * 10);
        for (int i = -steps; i <= steps; i++) {
            double a = i / 10.0;
            double s = score(points, rows, cols, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (int i = -5; i <= 5; i++) {
            double a = coarse + i * 0.02;
            double s = score(points, rows, cols, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    /** Sum of squared row counts after shearing the points by the angle: high when rows line up. */
    private static double score(List<int[]> points, int rows, int cols, double degrees) {
        double t = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(t) * cols) + 1;
        int[] count = new int[rows + 2 * margin];
        for (int[] p : points) {
            int r = (int) Math.round(p[1] - p[0] * t) + margin;
            if (r >= 0 && r < count.length) count[r]++;
        }
        double s = 0;
        for (int c : count) s += (double) c * c;
        return s;
    }

    /** The page turned by the angle (degrees, positive clockwise) about its centre, white where nothing was. */
    static BufferedImage rotate(BufferedImage grey, double degrees) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), grey.getWidth() / 2.0, grey.getHeight() / 2.0);
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Otsu's threshold of the grey levels: the split that best separates ink from paper. */
    static int otsu(byte[] px) {
        long[] hist = new long[256];
        for (byte b : px) hist[b & 0xff]++;
        long total = px.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) sum += i * (double) hist[i];
        double sumB = 0;
        long wB = 0;
        double bestVar = -1;
        int best = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += t * (double) hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > bestVar) {
                bestVar = between;
                best = t + 1;
            }
        }
        return best;
    }

    /**
     * The long runs of dark pixels in one direction (gaps of up to 2 pixels bridged), grouped across
     * neighbouring rows (or columns) into rules; their pixels are marked in {@code ruled}.
     */
    private static List<Rule> runs(boolean[] dark, int w, int h, boolean horizontal, int minLength, boolean[] ruled) {
        int lines = horizontal ? h : w;
        int length = horizontal ? w : h;
        // run[i] = {line, from, to}
        List<int[]> found = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            int start = -1;
            int lastDark = -10;
            for (int p = 0; p <= length; p++) {
                boolean d = p < length && (horizontal ? dark[l * w + p] : dark[p * w + l]);
                if (d) {
                    if (start < 0 || p - lastDark > 3) {
                        if (start >= 0 && lastDark - start + 1 >= minLength) found.add(new int[] {l, start, lastDark});
                        start = p;
                    }
                    lastDark = p;
                }
            }
            if (start >= 0 && lastDark - start + 1 >= minLength) found.add(new int[] {l, start, lastDark});
        }
        for (int[] r : found)
            for (int p = r[1]; p <= r[2]; p++) {
                int i = horizontal ? r[0] * w + p : p * w + r[0];
                ruled[i] = true;
            }
        // group runs on adjacent lines that overlap into one rule
        List<Rule> rules = new ArrayList<>();
        boolean[] used = new boolean[found.size()];
        for (int i = 0; i < found.size(); i++) {
            if (used[i]) continue;
            used[i] = true;
            int[] r = found.get(i);
            int lo = r[0], hi = r[0], from = r[1], to = r[2];
            double weighted = r[0] * (double) (r[2] - r[1] + 1);
            double weight = r[2] - r[1] + 1;
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int j = i + 1; j < found.size(); j++) {
                    if (used[j]) continue;
                    int[] s = found.get(j);
                    if (s[0] > hi + 1) break;
                    if (s[0] < lo - 1 || s[2] < from || s[1] > to) continue;
                    used[j] = true;
                    lo = Math.min(lo, s[0]);
                    hi = Math.max(hi, s[0]);
                    from = Math.min(from, s[1]);
                    to = Math.max(to, s[2]);
                    weighted += s[0] * (double) (s[2] - s[1] + 1);
                    weight += s[2] - s[1] + 1;
                    grew = true;
                }
            }
            float at = (float) (weighted / weight + 0.5);
            rules.add(horizontal ? new Rule(true, from, at, to + 1, at) : new Rule(false, at, from, at, to + 1));
        }
        return rules;
    }
}
