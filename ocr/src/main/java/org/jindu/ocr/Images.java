package org.jindu.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/** Grey-level images as {@code float[row][column]} in 0..255, and bilinear resampling. */
final class Images {
    private Images() {
    }

    /** The image's luminance. */
    static float[][] grey(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[][] out = new float[h][w];
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte) {
            Raster r = image.getRaster();
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                r.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) out[y][x] = row[x];
            }
            return out;
        }
        int[] rgb = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, rgb, 0, w);
            for (int x = 0; x < w; x++) {
                int p = rgb[x];
                out[y][x] = 0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
            }
        }
        return out;
    }

    /** The whole image resampled to {@code w × h}. */
    static float[][] resize(float[][] src, int srcW, int srcH, int w, int h) {
        return crop(src, 0, 0, srcW, srcH, w, h);
    }

    /**
     * The region {@code [x0, x1) × [y0, y1)} resampled to {@code w × h}, bilinear (pixel centres
     * aligned), with an area average first when shrinking by more than half.
     */
    static float[][] crop(float[][] src, int x0, int y0, int x1, int y1, int w, int h) {
        float[][] out = new float[h][w];
        int srcH = src.length;
        int srcW = src[0].length;
        double sx = (x1 - x0) / (double) w;
        double sy = (y1 - y0) / (double) h;
        int fx = Math.max(1, (int) Math.floor(sx));
        int fy = Math.max(1, (int) Math.floor(sy));
        for (int y = 0; y < h; y++) {
            double cy = y0 + (y + 0.5) * sy - 0.5;
            for (int x = 0; x < w; x++) {
                double cx = x0 + (x + 0.5) * sx - 0.5;
                if (fx > 1 || fy > 1) {
                    // shrinking: average the source block around the centre
                    int bx = (int) Math.round(cx - (fx - 1) / 2.0);
                    int by = (int) Math.round(cy - (fy - 1) / 2.0);
                    float sum = 0;
                    int n = 0;
                    for (int j = 0; j < fy; j++)
                        for (int i = 0; i < fx; i++) {
                            int yy = clamp(by + j, srcH);
                            int xx = clamp(bx + i, srcW);
                            sum += src[yy][xx];
                            n++;
                        }
                    out[y][x] = sum / n;
                    continue;
                }
                int xa = (int) Math.floor(cx);
                int ya = (int) Math.floor(cy);
                float ax = (float) (cx - xa);
                float ay = (float) (cy - ya);
                int xl = clamp(xa, srcW);
                int xr = clamp(xa + 1, srcW);
                int yt = clamp(ya, srcH);
                int yb = clamp(ya + 1, srcH);
                float top = src[yt][xl] * (1 - ax) + src[yt][xr] * ax;
                float bottom = src[yb][xl] * (1 - ax) + src[yb][xr] * ax;
                out[y][x] = top * (1 - ay) + bottom * ay;
            }
        }
        return out;
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : v >= n ? n - 1 : v;
    }
}
