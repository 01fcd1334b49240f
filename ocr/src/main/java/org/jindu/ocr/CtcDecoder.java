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
        // each character's centre from its run; within a line, neighbours meet half way between their
        // centres (the recogniser decides where spaces are, not the geometry), so a narrow digit or a
        // wide ideograph gets no gap that later reads as a space
        List<OcrLine.OcrChar> out = new ArrayList<>(runs.size());
        int n = runs.size();
        String[] text = new String[n];
        float[] centre = new float[n];
        float[] half = new float[n];
        for (int i = 0; i < n; i++) {
            Run r = runs.get(i);
            text[i] = r.index < keys.length ? keys[r.index] : "";
            centre[i] = (float) (x0 + (r.from + r.to) / 2.0 * pxPerStep);
            half[i] = height * (wide(text[i]) ? 0.8f : 0.45f) / 2;
        }
        for (int i = 0; i < n; i++) {
            if (text[i].isBlank()) continue;
            int before = i - 1;
            int after = i + 1;
            float left = before >= 0 && !text[before].isBlank() ? (centre[before] + centre[i]) / 2 : centre[i] - half[i];
            float right = after < n && !text[after].isBlank() ? (centre[i] + centre[after]) / 2 : centre[i] + half[i];
            if (before >= 0 && text[before].isBlank()) left = Math.max(left, (centre[before] + centre[i]) / 2);
            if (after < n && text[after].isBlank()) right = Math.min(right, (centre[i] + centre[after]) / 2);
            out.add(new OcrLine.OcrChar(text[i], Math.max(x0, left), Math.max(Math.max(x0, left) + 0.5f, right),
                    runs.get(i).p));
        }
        return out;
    }

    /** A character that takes a full em: CJK ideographs, full-width forms and CJK punctuation. */
    static boolean wide(String text) {
        if (text.isEmpty()) return false;
        int c = text.codePointAt(0);
        // 2E80..9FFF covers the radicals, CJK punctuation (3000..303F), kana and the ideographs
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFF60
                || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c >= 0x20000;
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
