package org.jindu.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkerTest {

    @TempDir
    Path root;

    @BeforeEach
    void files() throws IOException {
        for (String name : List.of("b.txt", "a.txt", "a.docx", "2021/q3.txt", "2021/q1.pdf", "2021/old/x.txt",
                "drafts/d.txt", ".hidden/h.txt")) {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name);
        }
    }

    private List<String> walk(List<String> includes, List<String> excludes, Path... roots) {
        List<String> found = new ArrayList<>();
        new FileWalker(includes, excludes).walk(List.of(roots),
                file -> found.add(root.relativize(file).toString().replace('\\', '/')));
        return found;
    }

    @Test
    void walksEveryFileInNameOrderFolderByFolder() {
        assertEquals(List.of(".hidden/h.txt", "2021/old/x.txt", "2021/q1.pdf", "2021/q3.txt", "a.docx", "a.txt",
                "b.txt", "drafts/d.txt"), walk(List.of(), List.of(), root));
    }

    @Test
    void aGlobWithoutSlashMatchesTheNameAtAnyDepth() {
        assertEquals(List.of(".hidden/h.txt", "2021/old/x.txt", "2021/q3.txt", "a.txt", "b.txt", "drafts/d.txt"),
                walk(List.of("*.txt"), List.of(), root));
    }

    @Test
    void aGlobWithSlashMatchesThePathUnderTheFolder() {
        assertEquals(List.of("2021/old/x.txt", "2021/q1.pdf", "2021/q3.txt"),
                walk(List.of("2021/**"), List.of(), root));
    }

    @Test
    void anExcludedFolderIsNotEntered() {
        assertEquals(List.of("2021/q1.pdf", "2021/q3.txt", "a.docx", "a.txt", "b.txt"),
                walk(List.of(), List.of("drafts", "old", ".*"), root));
    }

    @Test
    void excludeWinsOverInclude() {
        assertEquals(List.of("2021/q3.txt", "a.txt", "b.txt"),
                walk(List.of("*.txt"), List.of("2021/old", "drafts", ".hidden"), root));
    }

    @Test
    void aFileNamedDirectlyIsAlwaysWalked() {
        assertEquals(List.of("a.docx"), walk(List.of("*.txt"), List.of("*.docx"), root.resolve("a.docx")));
    }

    @Test
    void countAgreesWithTheWalk() {
        FileWalker walker = new FileWalker(List.of("*.txt"), List.of("drafts"));
        assertEquals(walk(List.of("*.txt"), List.of("drafts"), root).size(), walker.count(List.of(root)));
    }
}
