package org.jindu.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;

/** The test data folder, and how close a report read by OCR comes to the text fixture's. */
final class ScanFixtureText {
    private ScanFixtureText() {
    }

    static Path file(String relative) {
        String configured = System.getProperty("jindu.testdata");
        Path root = configured != null && Files.isDirectory(Path.of(configured)) ? Path.of(configured)
                : Path.of("..", "testdata");
        return root.resolve(relative);
    }

    /**
     * The share of the text fixture's record text (content, departments, progress of every record, in
     * order) that the other report has right: 1 − edit distance / length. Both sides are NFKC-folded
     * and whitespace is ignored: OCR cannot see whether a bracket or colon was typed half- or
     * full-width (the seed mixes both), nor spaces between Chinese characters.
     */
    static double characterAccuracy(Report expected, Report actual) {
        StringBuilder e = new StringBuilder();
        StringBuilder a = new StringBuilder();
        List<TaskRecord> er = expected.records();
        List<TaskRecord> ar = actual.records();
        int errors = 0;
        int length = 0;
        for (int i = 0; i < er.size(); i++) {
            TaskRecord x = er.get(i);
            TaskRecord y = i < ar.size() ? ar.get(i) : null;
            for (int f = 0; f < 3; f++) {
                String want = fold(field(x, f));
                String got = y == null ? "" : fold(field(y, f));
                errors += distance(want, got);
                length += want.length();
            }
        }
        e.setLength(0);
        a.setLength(0);
        return 1.0 - errors / (double) length;
    }

    private static String field(TaskRecord r, int f) {
        return switch (f) {
            case 0 -> r.content();
            case 1 -> String.join("、", r.departments());
            default -> r.progress();
        };
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Levenshtein distance by code point. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++)
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}
