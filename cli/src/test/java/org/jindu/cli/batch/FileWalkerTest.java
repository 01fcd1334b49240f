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

    /** Every path the walk hands out or passes over, as "file x" or "skipped x: why". */
    private List<String> walkAll(FileWalker walker, Path... roots) {
        List<String> seen = new ArrayList<>();
        walker.walk(List.of(roots), new FileWalker.Visitor() {
            @Override
            public void file(Path file) {
                seen.add("file " + root.relativize(file).toString().replace('\\', '/'));
            }

            @Override
            public void skipped(Path path, String why) {
                seen.add("skipped " + root.relativize(path).toString().replace('\\', '/') + ": " + why);
            }
        });
        return seen;
    }

    @Test
    void theBatchsOwnDatabaseAndItsJournalFilesAreNeverWalked() throws IOException {
        Path db = root.resolve("drafts/jindu.sqlite");
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            Files.writeString(root.resolve("drafts/jindu.sqlite" + suffix), "database bytes");
        }
        FileWalker walker = new FileWalker(List.of(), List.of()).never(FileWalker.databaseFiles(db));
        assertEquals(List.of("file drafts/d.txt"), walkAll(walker, root.resolve("drafts")));
        // nor when named directly
        assertEquals(List.of(), walkAll(walker, db, root.resolve("drafts/jindu.sqlite-wal")));
        // another database of that name elsewhere is an ordinary file
        Files.writeString(root.resolve("2021/jindu.sqlite"), "x");
        assertEquals(List.of("file 2021/jindu.sqlite"), walkAll(new FileWalker(List.of("*.sqlite"), List.of())
                .never(FileWalker.databaseFiles(db)), root));
    }

    @Test
    void linksToFoldersDanglingLinksAndLoopsAreSkippedWithAWord() throws IOException {
        Path links = Files.createDirectories(root.resolve("links"));
        try {
            Files.createSymbolicLink(links.resolve("to-file.txt"), root.resolve("a.txt"));
            Files.createSymbolicLink(links.resolve("to-folder"), root.resolve("2021"));
            Files.createSymbolicLink(links.resolve("dangling.txt"), root.resolve("gone.txt"));
            Files.createSymbolicLink(links.resolve("loop-a"), links.resolve("loop-b"));
            Files.createSymbolicLink(links.resolve("loop-b"), links.resolve("loop-a"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links cannot be made here: " + e);
        }
        assertEquals(List.of(
                "skipped links/dangling.txt: a symbolic link that leads nowhere (its target is missing, or a loop)",
                "skipped links/loop-a: a symbolic link that leads nowhere (its target is missing, or a loop)",
                "skipped links/loop-b: a symbolic link that leads nowhere (its target is missing, or a loop)",
                "file links/to-file.txt",
                "skipped links/to-folder: a symbolic link to a folder (links to folders are not followed)"),
                walkAll(new FileWalker(List.of(), List.of()), links));
    }

    @Test
    void aFifoIsSkippedWithAWordAndNeverOpened() throws Exception {
        Path fifo = root.resolve("drafts/pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here: " + e);
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        String why = "not a regular file (a FIFO, socket or device)";
        assertEquals(List.of("file drafts/d.txt", "skipped drafts/pipe.txt: " + why),
                walkAll(new FileWalker(List.of(), List.of()), root.resolve("drafts")));
        assertEquals(List.of("skipped drafts/pipe.txt: " + why), walkAll(new FileWalker(List.of(), List.of()), fifo));
    }
}
