package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's launcher ({@code ./jindu}), run as a user runs it, on a copy of the shipped jar in a
 * folder of its own: its output is the jar's, its exit code is passed through, and its class-data
 * sharing archive follows the kinds of run (the command and its files' extensions): the first run of
 * a kind adds its classes to the archive, a later run of that kind maps them from it and writes
 * nothing, and a newer jar starts the archive again. The archive is a speed matter only, so these
 * are the launcher's bookkeeping, checked by its files and by the JVM's own class-loading log.
 */
class LauncherIT {

    private static final Path LAUNCHER = Paths.get("..", "jindu");
    private static final Path JAR = Paths.get("target", "jindu.jar");
    private static final Path TESTDATA = Paths.get(System.getProperty("jindu.testdata"));
    private static final Path SEED = TESTDATA.resolve("seed").resolve("000_4744e66be9c0f129.txt");
    private static final Path PDF = TESTDATA.resolve("pdf").resolve("seed-drawn-wqy.pdf");

    @TempDir
    Path checkout;
    private Path launcher;
    private Path target;

    @BeforeEach
    void copyTheLauncherAndTheJar() throws IOException {
        launcher = Files.copy(LAUNCHER, checkout.resolve("jindu"));
        assertTrue(launcher.toFile().setExecutable(true));
        target = Files.createDirectories(checkout.resolve("cli").resolve("target"));
        Files.copy(JAR, target.resolve("jindu.jar"));
    }

    @Test
    void theFirstRunOfAKindAddsItToTheArchiveAndLaterRunsMapIt() throws Exception {
        Run first = launch(Map.of(), "extract", SEED.toString());
        assertEquals(0, first.code, first.err);
        assertArrayEquals(java("extract", SEED.toString()).out, first.out, "the launcher's output is the jar's");
        assertEquals(List.of("extract:txt"), kinds());
        Path archive = only(".jsa");
        FileTime written = Files.getLastModifiedTime(archive);
        assertTrue(Files.readAllLines(only(".jsa.classlist")).contains("org/jindu/Jindu"),
                "the class list holds jindu's classes");
        assertEquals(List.of(archive.getFileName() + "", archive.getFileName() + ".classlist",
                archive.getFileName() + ".kinds", "jindu.jar"), files(), "no temporary file is left");

        Path log = checkout.resolve("classes.log");
        Run second = launch(Map.of("JINDU_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "extract", SEED.toString());
        assertEquals(0, second.code, second.err);
        assertArrayEquals(first.out, second.out);
        assertEquals(List.of("extract:txt"), kinds(), "a kind seen before is not added again");
        assertEquals(written, Files.getLastModifiedTime(archive), "nor is the archive written again");
        String jinduClass = Files.readAllLines(log).stream()
                .filter(l -> l.contains(" org.jindu.Jindu ")).findFirst().orElse("");
        assertTrue(jinduClass.contains("shared objects file"), "org.jindu.Jindu from the archive: " + jinduClass);
    }

    @Test
    void aNewKindOfRunIsAddedToTheSameArchive() throws Exception {
        assertEquals(0, launch(Map.of(), "extract", SEED.toString()).code);
        int before = Files.readAllLines(only(".jsa.classlist")).size();
        Run tables = launch(Map.of(), "tables", PDF.toString());
        assertEquals(0, tables.code, tables.err);
        assertArrayEquals(java("tables", PDF.toString()).out, tables.out);
        assertEquals(List.of("extract:txt", "tables:pdf"), kinds());
        List<String> list = Files.readAllLines(only(".jsa.classlist"));
        assertTrue(list.size() > before, "the PDF reader's classes are added to the text run's");
        assertTrue(list.contains("org/apache/pdfbox/pdmodel/PDDocument"), "PDFBox is in the list");
        assertEquals(list.size(), list.stream().distinct().count(), "each class is listed once");
    }

    @Test
    void aNewerJarStartsTheArchiveAgain() throws Exception {
        assertEquals(0, launch(Map.of(), "extract", SEED.toString()).code);
        Path jar = target.resolve("jindu.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run run = launch(Map.of(), "tables", PDF.toString());
        assertEquals(0, run.code, run.err);
        assertEquals(List.of("tables:pdf"), kinds(), "the kinds seen with the older jar are forgotten");
        assertTrue(!Files.readAllLines(only(".jsa.classlist")).contains("com/hankcs/hanlp/HanLP"),
                "HanLP, which only the text's subjects loaded, is no longer listed");
    }

    @Test
    void runsThatReadNoDocumentWriteNoArchiveAndExitCodesPassThrough() throws Exception {
        Run version = launch(Map.of(), "--version");
        assertEquals(0, version.code, version.err);
        assertArrayEquals(java("--version").out, version.out);
        assertEquals(List.of("jindu.jar"), files(), "--version writes no archive");
        Path missing = checkout.resolve("missing.txt");
        Run failed = launch(Map.of(), "extract", missing.toString());
        Run direct = java("extract", missing.toString());
        assertTrue(direct.code != 0, "a missing file is an error");
        assertEquals(direct.code, failed.code, "the launcher passes the exit code through");
        assertEquals(new String(direct.out, StandardCharsets.UTF_8), new String(failed.out, StandardCharsets.UTF_8));
        assertEquals(List.of("jindu.jar"), files().stream().filter(f -> !f.endsWith(".jsa.classlist")
                && !f.endsWith(".jsa") && !f.endsWith(".kinds")).collect(Collectors.toList()),
                "a failed run leaves no temporary file");
    }

    private List<String> kinds() throws IOException {
        return Files.readAllLines(only(".jsa.kinds"));
    }

    private Path only(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().matches("jindu-[0-9]+\\Q" + suffix + "\\E"))
                    .collect(Collectors.toList());
            assertEquals(1, found.size(), "one jindu-<key>" + suffix + " in " + files());
            return found.get(0);
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private Run launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JINDU_JAVA_OPTS");
        builder.environment().putAll(env);
        return run(builder);
    }

    private Run java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", target.resolve("jindu.jar").toString()));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command));
    }

    private Run run(ProcessBuilder builder) throws Exception {
        Path out = Files.createTempFile(checkout, "out", ".bin");
        Path err = Files.createTempFile(checkout, "err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run did not finish");
        Run run = new Run(p.exitValue(), Files.readAllBytes(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static final class Run {
        final int code;
        final byte[] out;
        final String err;

        Run(int code, byte[] out, String err) {
            this.code = code;
            this.out = out;
            this.err = err;
        }
    }
}
