package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./jindu} command in the {@code sh} blocks of README.md and docs/*.md runs, and prints
 * what the docs show. Commands run in-process in a scratch folder where the docs' placeholder names
 * are real files: {@code report.txt} and {@code reports/} hold the seed, {@code report.pdf} one of
 * its PDFs, {@code report.ofd} its OFD, {@code testdata/} is the repository's. What follows a command
 * in {@code # } comment lines is its output as the docs show it: each piece between {@code ...} must
 * appear in the real output (spaces ignored). A pipe into another program ({@code | jq}) runs only jindu's part; the expected
 * exit code is 0 unless the command line says {@code # exit N}.
 */
class DocExamplesTest {
    private static final Path ROOT = Path.of(System.getProperty("jindu.testdata", "../testdata")).toAbsolutePath()
            .normalize().getParent();

    @TempDir
    static Path scratch;

    @TestFactory
    Stream<DynamicTest> everyCommandInTheDocsRunsAndPrintsWhatTheDocsShow() throws IOException {
        List<Example> examples = new ArrayList<>();
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        for (Path doc : docs) examples.addAll(examples(doc));
        assertTrue(examples.size() >= 20, "found only " + examples.size() + " examples: is the parser broken?");
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.where + ": " + e.command, () -> run(e)));
    }

    record Example(String where, String command, List<String> shown, int exit) {
    }

    /** The ./jindu commands of a Markdown file's sh blocks, with the output shown under each. */
    static List<Example> examples(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Example> found = new ArrayList<>();
        boolean inSh = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inSh = !inSh && line.trim().equals("```sh");
                continue;
            }
            if (!inSh || !line.startsWith("./jindu")) continue;
            int start = i;
            StringBuilder command = new StringBuilder(line);
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).trim());
            }
            List<String> shown = new ArrayList<>();
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("# ") && looksLikeOutput(lines.get(i + 1), shown))
                shown.add(lines.get(++i).substring(2));
            String text = command.toString();
            int exit = 0;
            var m = java.util.regex.Pattern.compile("#\\s*exit (\\d)").matcher(text);
            if (m.find()) exit = Integer.parseInt(m.group(1));
            found.add(new Example(ROOT.relativize(doc) + ":" + (start + 1), stripComment(text).trim(), shown, exit));
        }
        return found;
    }

    /** An output line starts with JSON or jindu's own message; a continuation follows one. */
    private static boolean looksLikeOutput(String line, List<String> before) {
        String s = line.substring(2).trim();
        return !before.isEmpty() || s.startsWith("[") || s.startsWith("{") || s.startsWith("jindu:") || s.startsWith("\"");
    }

    private static String stripComment(String command) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'' && !dbl) single = !single;
            else if (c == '"' && !single) dbl = !dbl;
            else if (c == '#' && !single && !dbl && i > 0 && Character.isWhitespace(command.charAt(i - 1)))
                return command.substring(0, i);
        }
        return command;
    }

    private static void run(Example e) throws Exception {
        Path dir = sandbox();
        String jinduPart = e.command.split("\\s\\|\\s", 2)[0]; // the part before a pipe
        List<String> words = words(jinduPart);
        assertEquals("./jindu", words.get(0));
        List<String> args = new ArrayList<>();
        InputStream stdin = new ByteArrayInputStream(new byte[0]);
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("<")) {
                stdin = Files.newInputStream(dir.resolve(words.get(++i)));
            } else if (w.equals(">") || w.equals("2>")) {
                i++; // output to a file: the command's own -o and exit code are what is checked
            } else if (w.startsWith(QUOTED)) {
                args.add(w.substring(1)); // quoted: no glob, no path
            } else if (!w.startsWith("-") && (w.contains("*") || w.contains("?"))) {
                args.addAll(glob(dir, w));
            } else if (i > 1 && List.of("-o", "--output", "--db").contains(words.get(i - 1))) {
                // an output: always inside the scratch folder; a trailing '/' (a folder to fill) is kept
                args.add(dir.resolve(w) + (w.endsWith("/") ? "/" : ""));
            } else {
                args.add(resolve(dir, w));
            }
        }
        if (args.get(0).equals("batch") && args.stream().noneMatch(a -> a.equals("--db") || a.startsWith("--db=")))
            args.addAll(1, List.of("--db", dir.resolve("jindu.sqlite").toString()));
        InputStream saved = System.in;
        Run run;
        try {
            System.setIn(stdin);
            run = Run.jindu(args.toArray(String[]::new));
        } finally {
            System.setIn(saved);
            stdin.close();
        }
        assertEquals(e.exit, run.code(), e.command + "\nstderr: " + run.err());
        String out = squeeze(run.out() + run.err());
        for (String piece : squeeze(String.join("", e.shown)).split("\\.\\.\\.,?")) {
            String p = piece.replaceAll("^[,\\s]+|[,\\s]+$", "");
            if (p.isEmpty() || p.equals("[{") || p.equals("}]")) continue;
            assertTrue(out.contains(p), e.where + ": the docs show\n  " + p + "\nbut it printed\n  "
                    + run.out().lines().limit(20).toList());
        }
    }

    /** Relative paths that name files of the scratch folder (or its testdata) become absolute. */
    private static String resolve(Path dir, String word) {
        if (word.startsWith("-") && !word.equals("-")) {
            int eq = word.indexOf('=');
            return eq < 0 ? word : word.substring(0, eq + 1) + resolve(dir, word.substring(eq + 1));
        }
        if (word.equals("-") || word.isEmpty()) return word;
        Path p = dir.resolve(word);
        if (Files.exists(p) || (p.getParent() != null && Files.isDirectory(p.getParent()) && word.contains("/")))
            return p.toString();
        if (word.matches("[\\w.-]+\\.(jsonl|json|xlsx|csv|sqlite)") || word.endsWith("/"))
            return dir.resolve(word).toString(); // an output the command will write
        return word;
    }

    private static List<String> glob(Path dir, String pattern) throws IOException {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + dir.resolve(pattern));
        try (Stream<Path> all = Files.walk(dir.resolve(pattern.substring(0, Math.max(0, pattern.lastIndexOf('/') + 1))), 1)) {
            List<String> hits = all.filter(m::matches).map(Path::toString).sorted().toList();
            assertTrue(!hits.isEmpty(), "the glob " + pattern + " matches nothing in the scratch folder");
            return hits;
        }
    }

    /** Marks a word that was quoted in the shell, so it is not expanded. */
    private static final String QUOTED = "\u0000";

    /** Shell words: spaces split, quotes group and are removed; a quoted word starts with {@link #QUOTED}. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                if (!any && w.length() == 0) w.append(QUOTED);
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (w.length() > 0 || any) words.add(w.toString());
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0 || any) words.add(w.toString());
        return words;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static synchronized Path sandbox() {
        Path dir = scratch.resolve("cwd");
        if (Files.isDirectory(dir)) return dir;
        try {
            Files.createDirectories(dir.resolve("reports"));
            Files.createSymbolicLink(dir.resolve("testdata"), ROOT.resolve("testdata"));
            Path seed = ROOT.resolve("testdata/seed/000_4744e66be9c0f129.txt");
            Files.copy(seed, dir.resolve("report.txt"));
            Files.copy(ROOT.resolve("testdata/pdf/seed-drawn-wqy.pdf"), dir.resolve("report.pdf"));
            Files.copy(ROOT.resolve("testdata/ofd/seed.ofd"), dir.resolve("report.ofd"));
            Files.copy(seed, dir.resolve("reports/1-9月.txt"));
            Files.copy(ROOT.resolve("testdata/word/seed-portrait.docx"), dir.resolve("reports/1-9月.docx"));
            Files.writeString(dir.resolve("sentences.txt"), "招聘补充教师879人\n新增学位1200个\n", StandardCharsets.UTF_8);
            Files.copy(seed, dir.resolve("a.txt"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
