package org.jindu.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * DB (Differentiable Binarization) post-processing: the detector's probability map is thresholded,
 * each connected region of text pixels is a line's shrunk kernel, kept when its mean probability is
 * high enough, and grown back ("unclipped") by {@code d = area × ratio / perimeter}, the offset DB
 * shrank its training boxes by.
 *
 * <p>Boxes are axis-aligned: pages are deskewed before detection, so a line's kernel is an upright
 * rectangle and its bounding box loses nothing.
 */
final class DbBoxes {
    /** A map pixel is text above this probability. */
    static final float THRESHOLD = 0.3f;
    /** A region is a line when its mean probability reaches this. */
    static final float BOX_THRESHOLD = 0.6f;
    static final double UNCLIP_RATIO = 1.5;
    /** Regions thinner than this many map pixels are noise. */
    static final int MIN_SIZE = 3;

    private DbBoxes() {
    }

    /**
     * A line's box in image pixels.
     *
     * @param left left edge after unclipping
     * @param top top after unclipping
     * @param right right edge after unclipping
     * @param bottom bottom after unclipping
     * @param score mean probability of the kernel
     */
    record Box(float left, float top, float right, float bottom, float score) {
        float textLeft() {
            return left;
        }

        float textTop() {
            return top;
        }

        float textRight() {
            return right;
        }

        float textBottom() {
            return bottom;
        }

        float textHeight() {
            return bottom - top;
        }
    }

    /**
     * The boxes of a {@code w × h} probability map, scaled by {@code sx, sy} to an image of
     * {@code imageW × imageH}, top to bottom.
     */
    static List<Box> find(float[] prob, int w, int h, double sx, double sy, int imageW, int imageH) {
        int[] label = new int[w * h];
        int[] stack = new int[w * h];
        List<Box> out = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < w * h; start++) {
            if (label[start] != 0 || prob[start] <= THRESHOLD) continue;
            next++;
            int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
            double sum = 0;
            int count = 0;
            int sp = 0;
            stack[sp++] = start;
            label[start] = next;
            while (sp > 0) {
                int p = stack[--sp];
                int x = p % w;
                int y = p / w;
                sum += prob[p];
                count++;
                if (x < minX) minX = x;
                if (x > maxX) maxX = x;
                if (y < minY) minY = y;
                if (y > maxY) maxY = y;
                // 8-connected
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= h) continue;
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if (xx < 0 || xx >= w || (dx == 0 && dy == 0)) continue;
                        int q = yy * w + xx;
                        if (label[q] == 0 && prob[q] > THRESHOLD) {
                            label[q] = next;
                            stack[sp++] = q;
                        }
                    }
                }
            }
            int bw = maxX - minX + 1;
            int bh = maxY - minY + 1;
            if (Math.min(bw, bh) < MIN_SIZE) continue;
            if (sum / count < BOX_THRESHOLD) continue;
            double d = bw * (double) bh * UNCLIP_RATIO / (2.0 * (bw + bh));
            double left = (minX - d) * sx;
            double right = (maxX + 1 + d) * sx;
            double top = (minY - d) * sy;
            double bottom = (maxY + 1 + d) * sy;
            if (Math.min(right - left, bottom - top) < MIN_SIZE + 2) continue;
            out.add(new Box((float) Math.max(0, left), (float) Math.max(0, top), (float) Math.min(imageW, right),
                    (float) Math.min(imageH, bottom), (float) (sum / count)));
        }
        out.sort((a, b) -> Float.compare(a.top(), b.top()));
        return out;
    }
}
