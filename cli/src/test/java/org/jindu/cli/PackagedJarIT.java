package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jars as they are shipped, run the way a user runs them ({@code java -jar}), after the package
 * phase: {@code jindu.jar} carries no OCR and names its add-on on the manifest class path; with
 * {@code jindu-ocr.jar} beside it a scanned page is read, without it the page gives
 * {@code NO_TEXT_LAYER} and the rest of the document is still read.
 */
class PackagedJarIT {

    private static final Path TARGET = Paths.get("target");
    private static final Path JAR = TARGET.resolve("jindu.jar");
    private static final Path ADDON = TARGET.resolve("jindu-ocr.jar");
    /** Five pages of the seed report; page 2 is a scanned image, the others have text. */
    private static final Path MIXED = Paths.get(System.getProperty("jindu.testdata"),
            "scan", "seed-landscape-wqy-scan-mixed.pdf");

    @Test
    void theToolJarNamesTheAddOnAndCarriesNoOcr() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals("jindu-ocr.jar", jar.getManifest().getMainAttributes().getValue("Class-Path"));
            assertNull(jar.getEntry("ai/onnxruntime/OrtEnvironment.class"), "ONNX Runtime is in the add-on only");
            assertNull(jar.getEntry("org/jindu/ocr/PaddleOcrEngine.class"));
        }
        try (JarFile addon = new JarFile(ADDON.toFile())) {
            assertNotNull(addon.getEntry("org/jindu/ocr/PaddleOcrEngine.class"));
            assertNotNull(addon.getEntry("models/ch_PP-OCRv4_rec_infer.onnx"));
            assertNull(addon.getEntry("org/jindu/Jindu.class"), "core is in jindu.jar, not twice");
        }
    }

    /**
     * The three HanLP dictionaries a long subject makes HanLP read are stored uncompressed (inflating them
     * was about a fifth of the seed text's cold start), with the same bytes as in HanLP's own jar; the
     * manifest still comes first, where {@link JarInputStream} looks for it; no entry is there twice.
     */
    @Test
    void hanlpsDictionariesAreStoredUncompressedAndTheRestIsIntact() throws IOException {
        String[] stored = {
            "data/dictionary/CoreNatureDictionary.mini.txt.bin",
            "data/dictionary/CoreNatureDictionary.ngram.mini.txt.table.bin",
            "data/dictionary/other/CharType.bin"
        };
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            for (String name : stored) {
                ZipEntry entry = jar.getEntry(name);
                assertNotNull(entry, name);
                assertEquals(ZipEntry.STORED, entry.getMethod(), name);
                byte[] shipped;
                try (InputStream in = jar.getInputStream(entry)) {
                    shipped = in.readAllBytes();
                }
                assertArrayEquals(fromHanlpsJar(name), shipped, name + " has HanLP's bytes");
            }
            assertEquals(ZipEntry.DEFLATED, jar.getEntry("org/jindu/Jindu.class").getMethod(), "the rest stays compressed");
            Set<String> names = new HashSet<>();
            jar.stream().forEach(e -> assertTrue(names.add(e.getName()), e.getName() + " twice"));
        }
        try (JarInputStream in = new JarInputStream(Files.newInputStream(JAR))) {
            assertNotNull(in.getManifest(), "the manifest comes first");
            assertEquals("org.jindu.cli.Main", in.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    /** The entry as HanLP's own jar on the test class path has it (not as jindu.jar has it). */
    private static byte[] fromHanlpsJar(String name) throws IOException {
        for (URL url : Collections.list(PackagedJarIT.class.getClassLoader().getResources(name))) {
            if (url.getPath().contains("/jindu.jar!")) continue;
            try (InputStream in = url.openStream()) {
                return in.readAllBytes();
            }
        }
        throw new AssertionError(name + " is on the test class path only in jindu.jar");
    }

    @Test
    void aLongSubjectIsTrimmedByHanlpFromTheJar() throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-jar", JAR.toAbsolutePath().toString(), "quantities",
                "东昌府区新招录教师120人")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "jindu quantities did not finish");
        assertEquals(0, p.exitValue(), out);
        JsonNode figure = new ObjectMapper().readTree(out).path(0);
        // HanLP tags 东昌府区 a place: the subject is what was hired, without it
        assertEquals("新招录教师", figure.path("subject").asText(), out);
        assertEquals(120, figure.path("value").asInt(), out);
    }

    @Test
    void withTheAddOnBesideItAScannedPageIsRead() throws Exception {
        JsonNode report = extract(JAR);
        assertEquals("[2]", report.at("/document/ocr/pages").toString());
        assertTrue(report.at("/document/ocr/engine").asText().startsWith("PaddleOCR PP-OCRv4 on ONNX Runtime "));
        for (JsonNode w : report.path("warnings"))
            assertTrue(!w.path("code").asText().equals("NO_TEXT_LAYER"), w.toString());
    }

    @Test
    void aloneItReadsTheTextPagesAndSaysWhatIsMissing(@TempDir Path dir) throws Exception {
        Path alone = Files.copy(JAR, dir.resolve("jindu.jar"));
        JsonNode report = extract(alone);
        assertTrue(report.at("/document/ocr").isMissingNode() || report.at("/document/ocr").isNull());
        JsonNode warning = null;
        for (JsonNode w : report.path("warnings"))
            if (w.path("code").asText().equals("NO_TEXT_LAYER")) warning = w;
        assertNotNull(warning, report.path("warnings").toString());
        assertTrue(warning.path("message").asText().contains("jindu-ocr.jar beside jindu.jar"), warning.toString());
        // the pages with text are still read: the seed's three sections are there
        assertEquals(3, report.path("sections").size());
    }

    private static JsonNode extract(Path jar) throws Exception {
        Path out = Files.createTempFile("jindu-it", ".json");
        try {
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(List.of(java, "-jar", jar.toAbsolutePath().toString(), "extract",
                    "-o", out.toString(), MIXED.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "jindu extract did not finish");
            assertEquals(0, p.exitValue());
            return new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
