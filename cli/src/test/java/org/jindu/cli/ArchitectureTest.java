package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the module layout, checked on the compiled classes of every module with the JDK's
 * {@code jdeps}: no cycle between packages, and core's packages never reach into a reader module or
 * the cli. (The cli is built last, so this test sees every module's classes.)
 */
class ArchitectureTest {
    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.jindu[\\w.]*)\\s+->\\s+(org\\.jindu[\\w.]*)\\s");
    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readDependencies() {
        Path root = Path.of("..");
        // core is a named module: jdeps resolves its requires from the test's own class path
        String jars = String.join(java.io.File.pathSeparator, java.util.Arrays.stream(
                System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> p.endsWith(".jar")).toList());
        List<String> args = new ArrayList<>(List.of("-verbose:package", "-filter:none", "--ignore-missing-deps", "--multi-release", "17",
                "--module-path", jars));
        try (var dirs = Files.list(root)) {
            dirs.map(d -> d.resolve("target/classes"))
                    .filter(d -> Files.isDirectory(d.resolve("org/jindu")))
                    .sorted()
                    .forEach(d -> args.add(d.toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = ToolProvider.findFirst("jdeps").orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, rc, out + "\n" + err);
        graph = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (!m.find()) continue;
            graph.computeIfAbsent(m.group(1), k -> new TreeSet<>());
            if (!m.group(1).equals(m.group(2))) graph.get(m.group(1)).add(m.group(2));
        }
    }

    @Test
    void seesTheModules() {
        assertTrue(graph.containsKey("org.jindu"), graph.keySet().toString());
        assertTrue(graph.containsKey("org.jindu.read.pdf"), graph.keySet().toString());
        assertTrue(graph.containsKey("org.jindu.cli"), graph.keySet().toString());
    }

    @Test
    void noCycleBetweenPackages() {
        List<List<String>> cycles = stronglyConnected().stream().filter(c -> c.size() > 1).toList();
        assertEquals(List.of(), cycles, "packages that depend on each other");
    }

    @Test
    void coreReachesNoReaderModuleNorTheCli() {
        for (var e : graph.entrySet()) {
            if (!inCore(e.getKey())) continue;
            for (String to : e.getValue())
                assertTrue(inCore(to), e.getKey() + " depends on " + to + ", which is outside core");
        }
    }

    @Test
    void readersKnowNothingOfRecords() {
        for (var e : graph.entrySet()) {
            if (!e.getKey().startsWith("org.jindu.read")) continue;
            for (String to : e.getValue())
                assertFalse(to.startsWith("org.jindu.assembly") || to.equals("org.jindu"),
                        e.getKey() + " depends on " + to + ": readers must not know assembly or the facade");
        }
    }

    @Test
    void theModelDependsOnNothingElseOfJindu() {
        assertFalse(graph.getOrDefault("org.jindu.model", Set.of()).stream().anyMatch(p -> !p.equals("org.jindu.model")));
    }

    /**
     * jindu's commands build their picocli model through its programmatic API ({@link Specs}): annotations
     * cost a small run about 0.06 s of its CPU, as the JDK reads each annotation type through a proxy class
     * spun at run time that no CDS archive holds (docs/benchmarks.md, "The seed's cold start", part F).
     * picocli's own help and completion commands, registered only for those runs, are not jindu's classes.
     */
    @Test
    void noCliClassCarriesAPicocliAnnotation() throws Exception {
        Path classes = Path.of("target", "classes");
        List<String> annotated = new ArrayList<>();
        List<String> names;
        try (var files = Files.walk(classes.resolve("org/jindu/cli"))) {
            names = files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .sorted().toList();
        }
        assertTrue(names.contains("org.jindu.cli.ExtractCommand"), names.toString());
        for (String name : names) {
            Class<?> c = Class.forName(name, false, getClass().getClassLoader());
            List<java.lang.reflect.AnnotatedElement> elements = new ArrayList<>(List.of(c));
            elements.addAll(List.of(c.getDeclaredFields()));
            for (java.lang.reflect.Executable e : c.getDeclaredMethods()) {
                elements.add(e);
                elements.addAll(List.of(e.getParameters()));
            }
            for (java.lang.reflect.Executable e : c.getDeclaredConstructors()) {
                elements.add(e);
                elements.addAll(List.of(e.getParameters()));
            }
            for (java.lang.reflect.AnnotatedElement e : elements)
                for (java.lang.annotation.Annotation a : e.getDeclaredAnnotations())
                    if (a.annotationType().getName().startsWith("picocli."))
                        annotated.add(e + ": @" + a.annotationType().getName());
        }
        assertEquals(List.of(), annotated, "picocli annotations in jindu's cli; build the model with Specs instead");
    }

    private static boolean inCore(String pkg) {
        return Files.isDirectory(Path.of("..", "core", "target", "classes").resolve(pkg.replace('.', '/')));
    }

    /** Tarjan's algorithm, iteratively deep enough for a few dozen packages. */
    private static List<List<String>> stronglyConnected() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> result = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet())
            if (!index.containsKey(v)) strongConnect(v, index, low, stack, onStack, result, counter);
        return result;
    }

    private static void strongConnect(String v, Map<String, Integer> index, Map<String, Integer> low,
            Deque<String> stack, Set<String> onStack, List<List<String>> result, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                strongConnect(w, index, low, stack, onStack, result, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            result.add(component);
        }
    }
}
