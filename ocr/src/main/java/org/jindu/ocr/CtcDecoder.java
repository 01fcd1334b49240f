package org.jindu.ocr;

import java.util.ArrayList;
import java.util.List;
import org.jindu.read.ocr.OcrLine;

/**
 * Greedy CTC decoding of the recogniser's output: the best class at each time step, repeats merged,
 * blanks dropped. Each character keeps the highest probability of its run as its confidence and
 * the position of its run as its place on the line.
 */
final class CtcDecoder {
    private CtcDecoder() {
    }

    /**
     * Decodes one line.
     *
     * @param scores the batch's output, {@code [batch][steps][classes]} flattened
     * @param offset where this line's steps start in {@code scores}
     * @param keys class index to text; 0 is the blank
     * @param x0 the line's left edge in page pixels
     * @param pxPerStep page pixels per time step
     * @param height the line's height in pixels, to size the characters
     */
    static List<OcrLine.OcrChar> decode(float[] scores, int offset, int steps, int classes, String[] keys,
            float x0, double pxPerStep, float height) {
        record Run(int index, int from, int to, float p) {
        }
        List<Run> runs = new ArrayList<>();
        int prev = 0;
        float[] probs = new float[classes];
        for (int s = 0; s < steps; s++) {
            int base = offset + s * classes;
            System.arraycopy(scores, base, probs, 0, classes);
            softmaxIfNeeded(probs);
            int best = 0;
            float p = probs[0];
            for (int c = 1; c < classes; c++)
                if (probs[c] > p) {
                    p = probs[c];
                    best = c;
                }
            if (best != 0 && best == prev && !runs.isEmpty()) {
                Run r = runs.remove(runs.size() - 1);
                runs.add(new Run(r.index, r.from, s + 1, Math.max(r.p, p)));
            } else if (best != 0) {
                runs.add(new Run(best, s, s + 1, p));
            }
            prev = best;
        }
        List<OcrLine.OcrChar> out = new ArrayList<>(runs.size());
        float[] left = new float[runs.size()];
        float[] right = new float[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            String text = r.index < keys.length ? keys[r.index] : "";
            float centre = (float) (x0 + (r.from + r.to) / 2.0 * pxPerStep);
            float width = height * (wide(text) ? 0.8f : 0.45f);
            left[i] = centre - width / 2;
            right[i] = centre + width / 2;
        }
        // neighbours must not overlap: meet half way
        for (int i = 1; i < runs.size(); i++) {
            if (left[i] < right[i - 1]) {
                float mid = (right[i - 1] + left[i]) / 2;
                right[i - 1] = Math.max(left[i - 1] + 0.5f, Math.min(right[i - 1], mid));
                left[i] = Math.min(right[i] - 0.5f, Math.max(left[i], mid));
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            String text = r.index < keys.length ? keys[r.index] : "";
            if (text.isEmpty()) continue;
            out.add(new OcrLine.OcrChar(text, left[i], right[i], r.p));
        }
        return out;
    }

    /** A character that takes a full em: CJK ideographs, full-width forms and CJK punctuation. */
    static boolean wide(String text) {
        if (text.isEmpty()) return false;
        int c = text.codePointAt(0);
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFF60
                || c >= 0x3000 && c <= 0x303F || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019
                || c >= 0x20000;
    }

    /** The model ends in a softmax; if a build does not, apply one. */
    private static void softmaxIfNeeded(float[] v) {
        float sum = 0;
        float max = -Float.MAX_VALUE;
        boolean negative = false;
        for (float x : v) {
            sum += x;
            max = Math.max(max, x);
            if (x < 0) negative = true;
        }
        if (!negative && Math.abs(sum - 1f) < 0.05f) return;
        double total = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Math.exp(v[i] - max);
            total += v[i];
        }
        for (int i = 0; i < v.length; i++) v[i] /= (float) total;
    }
}
