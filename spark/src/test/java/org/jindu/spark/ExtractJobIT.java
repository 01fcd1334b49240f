package org.jindu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar as {@code spark-submit --master 'local[2]'} runs it: a child JVM whose classpath is
 * Spark's jars alone (spark-sql resolved without jindu, {@code spark/runtime}), running Spark's own
 * {@code SparkSubmit} with the job jar, which Spark loads itself. Run by failsafe after the jar is built.
 */
class ExtractJobIT {
    static List<Path> sparkJars;
    static Path jobJar;

    @TempDir
    Path folder;

    @BeforeAll
    static void classpath() throws IOException {
        String file = System.getProperty("jindu.spark.classpath");
        assertTrue(file != null && Files.exists(Path.of(file)), "spark/runtime's classpath file: " + file);
        sparkJars = Arrays.stream(Files.readString(Path.of(file)).trim().split(File.pathSeparator))
                .map(Path::of).toList();
        jobJar = Path.of(System.getProperty("jindu.spark.jobJar"));
        assertTrue(Files.exists(jobJar), "the job jar is built: " + jobJar);
    }

    @Test
    void sparkRuntimeIsTheSparkTheModuleIsBuiltAgainst() {
        String jar = "spark-sql_2.13-" + System.getProperty("jindu.spark.version") + ".jar";
        assertTrue(sparkJars.stream().anyMatch(p -> p.getFileName().toString().equals(jar)),
                "spark/runtime/pom.xml names the root pom's spark.version: " + jar);
        assertFalse(sparkJars.stream().anyMatch(p -> p.getFileName().toString().startsWith("jindu")));
    }

    @Test
    void jobJarHoldsNoClassSparkHas() throws IOException {
        Set<String> spark = new HashSet<>();
        for (Path jar : sparkJars) {
            spark.addAll(classes(jar));
        }
        Set<String> job = classes(jobJar);
        assertTrue(job.contains("org/jindu/Jindu.class"), "jindu-core is in the job jar");
        assertTrue(job.contains("org/jindu/spark/ExtractJob.class"));
        assertTrue(job.contains("org/jindu/shaded/com/fasterxml/jackson/databind/ObjectMapper.class"),
                "jindu's Jackson is relocated");
        assertFalse(job.stream().anyMatch(c -> c.startsWith("org/apache/spark/") || c.startsWith("scala/")),
                "no second Spark or Scala");
        Set<String> both = new TreeSet<>(job);
        both.retainAll(spark);
        assertTrue(both.isEmpty(), "classes in both the job jar and Spark's jars: " + both.size() + ", such as "
                + both.stream().limit(20).toList());
    }

    private static Set<String> classes(Path jar) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                String name = e.nextElement().getName();
                if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
                    names.add(name.replaceFirst("^META-INF/versions/\\d+/", ""));
                }
            }
        }
        return names;
    }

    @Test
    void extractJobUnderSparkSubmitFindsWhatJinduParseFindsAndASecondRunAddsNothing() throws Exception {
        Path testdata = Path.of(System.getProperty("jindu.testdata"));
        Path out = folder.resolve("out");
        Expected expected = Expected.of(testdata);
        // testdata holds more broken files than bad/ (hostile/, OFD and Excel bombs); bad/'s four are among them
        assertTrue(expected.failureCodes.keySet().containsAll(
                        java.util.List.of("empty.docx", "encrypted.docx", "text-renamed.doc", "truncated.docx")),
                "the bad files fail: " + expected.failureCodes);

        String first = submit(testdata, out, "first");
        assertTrue(first.contains(expected.documents.size() + " documents"), first);
        for (String table : ExtractJob.TABLES) {
            assertEquals(expected.rows(table), expected.cut(table, rows(out, table)), table);
        }
        assertFalse(expected.rows("metrics").isEmpty());

        String second = submit(testdata, out, "second");
        assertTrue(second.contains(" 0 documents") && second.contains(expected.files + " skipped"), second);
        for (String table : ExtractJob.TABLES) {
            assertEquals(expected.rows(table).size(), rows(out, table).size(), table + " after the second run");
        }
        try (Stream<Path> runs = Files.list(out.resolve(ExtractJob.RUNS))) {
            assertEquals(2, runs.filter(p -> p.getFileName().toString().startsWith("run_id=")).count());
        }
    }

    /** Runs the job as spark-submit would and returns its standard output; its log goes to target/. */
    private String submit(Path input, Path out, String name) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(Arrays.asList(System.getProperty("jindu.spark.jvmOptions").trim().split("\\s+")));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, sparkJars.stream().map(Path::toString).toList()));
        command.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=4",
                "--class", "org.jindu.spark.ExtractJob", jobJar.toString(),
                "--input", input.toString(), "--output", out.toString(), "--format", "json"));
        Path log = Path.of("target", "ExtractJobIT-" + name + ".log");
        Path stdout = folder.resolve(name + ".out");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(stdout.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the job did not end in 10 minutes; see " + log);
        }
        String output = Files.readString(stdout, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "exit code; see " + log + "\n" + output);
        return output;
    }

    /** The rows of a table the job wrote as JSON Lines, every run's, in canonical form. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Path out, String table) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out.resolve(table))) {
            for (Path part : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        rows.add((Map<String, Object>) Expected.canon(json.readValue(line, Map.class)));
                    }
                }
            }
        }
        return rows;
    }
}
