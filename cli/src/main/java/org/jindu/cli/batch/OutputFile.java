package org.jindu.cli.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written in full or not at all: the bytes go to a temporary file beside {@code target}, which
 * {@link #commit()} renames onto it. Closed without a commit (an error, a full disk), the temporary file
 * is deleted and {@code target} is as it was: never a 0-byte or half-written file in its place.
 */
public final class OutputFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private Writer writer;
    private boolean done;

    private OutputFile(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
    }

    /** Creates the temporary file beside {@code target}, in its folder so that the rename is atomic. */
    public static OutputFile open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path name = absolute.getFileName();
        if (folder == null || name == null) {
            throw new java.nio.file.FileSystemException(target.toString(), null, "not a file (a file system root)");
        }
        Path temporary = Files.createTempFile(folder, "." + name + ".", ".part");
        try {
            return new OutputFile(target, temporary, Files.newOutputStream(temporary));
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** The file the bytes end up in. */
    public Path target() {
        return target;
    }

    /** The bytes, for writers of binary formats; use either this or {@link #writer()}. */
    public OutputStream stream() {
        return stream;
    }

    /** A UTF-8 writer onto {@link #stream()}. */
    public Writer writer() {
        if (writer == null) {
            writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
        }
        return writer;
    }

    /** Flushes, closes and renames the temporary file onto the target, replacing it. */
    public void commit() throws IOException {
        if (writer != null) {
            writer.close(); // flushes; a no-op when the format's writer closed it already
        }
        stream.close();
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    /** Deletes the temporary file unless {@link #commit()} renamed it. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            stream.close();
        } catch (IOException e) {
            // a full disk fails the close too; the file goes away below all the same
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more to do: the target was never touched
        }
    }
}
