package org.jindu.cli;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Headless Chromium driven through its command line, for the tests that open jindu's HTML pages in a
 * real browser. Found as {@code chromium} (Debian's package), {@code chromium-browser} or
 * {@code google-chrome} on the PATH, or at {@code $JINDU_CHROMIUM}. Pages are local files; the browser
 * is told to fetch nothing else.
 */
final class Chromium {
    private static final String[] NAMES = {"chromium", "chromium-browser", "google-chrome"};
    private static final Path BINARY = find();

    private Chromium() {
    }

    /** True when a browser was found; the browser tests are skipped otherwise. */
    static boolean available() {
        return BINARY != null;
    }

    private static Path find() {
        String explicit = System.getenv("JINDU_CHROMIUM");
        if (explicit != null && Files.isExecutable(Path.of(explicit))) return Path.of(explicit);
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String name : NAMES)
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p;
            }
        return null;
    }

    /** The DOM after the page's scripts ran, opened at {@code file#fragment}. */
    static String dumpDom(Path html, String fragment, Path work) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url(html, fragment)), work);
    }

    /** A screenshot of the page's first {@code width}×{@code height} pixels. */
    static BufferedImage screenshot(Path html, String fragment, int width, int height, Path png, Path work)
            throws IOException, InterruptedException {
        run(List.of("--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(), url(html, fragment)), work);
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) throw new IOException("no screenshot written to " + png);
        return image;
    }

    /** The share of pixels that differ from the most common colour: 0 for a blank image. */
    static double inked(BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) counts.merge(image.getRGB(x, y), 1, Integer::sum);
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        return 1 - (double) most / (image.getWidth() * image.getHeight());
    }

    private static String url(Path html, String fragment) {
        return html.toAbsolutePath().toUri() + (fragment == null ? "" : "#" + fragment);
    }

    private static String run(List<String> args, Path work) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--virtual-time-budget=5000", "--user-data-dir=" + work.resolve("profile").toAbsolutePath()));
        command.addAll(args);
        Path out = work.resolve("chromium.out");
        Path err = work.resolve("chromium.err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s");
        }
        if (p.exitValue() != 0)
            throw new IOException("chromium exited " + p.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
