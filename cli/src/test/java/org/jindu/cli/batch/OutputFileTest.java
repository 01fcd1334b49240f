package org.jindu.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
    @TempDir
    Path tmp;

    private List<String> folder() throws IOException {
        try (var files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCommittedFileReplacesTheOldOneAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(tmp.resolve("out.json"), "old");
        try (OutputFile out = OutputFile.open(target)) {
            out.writer().write("新的");
            out.commit();
        }
        assertEquals("新的", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("out.json"), folder());
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAsItWasAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(tmp.resolve("out.json"), "old");
        try (OutputFile out = OutputFile.open(target)) {
            out.writer().write("half of a report");
            out.writer().flush();
            assertEquals(2, folder().size(), "the temporary file sits beside the target while it is written");
            // the export fails here (a full disk, a bug): no commit
        }
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("out.json"), folder());
    }

    @Test
    void withoutAnOldFileAFailedWriteLeavesNothing() throws IOException {
        Path target = tmp.resolve("out.jsonl");
        try (OutputFile out = OutputFile.open(target)) {
            out.stream().write(new byte[] {1, 2, 3});
        }
        assertEquals(List.of(), folder());
    }
}
