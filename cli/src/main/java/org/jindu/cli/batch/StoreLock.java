package org.jindu.cli.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second batch off a database that one is writing: an exclusive lock on {@code <db>.lock}
 * beside the database, held while the store is open. The operating system drops the lock when the
 * process ends, however it ends, so a killed batch never leaves the database locked. The file stays
 * (deleting it would let two batches lock two different files of one name) and holds the process id
 * of the batch that holds it, for the message the second one gives.
 */
final class StoreLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a database. */
    static Path fileOf(Path db) {
        Path absolute = db.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /** Takes the lock at once or refuses: a batch never waits behind another one of unknown length. */
    static StoreLock acquire(Path db) throws StoreException {
        Path file = fileOf(db);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(db, "cannot create its lock file " + file.getFileName() + ": "
                    + Failures.message(e, file.toString()), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process holds it already
        } catch (IOException e) {
            close(channel);
            throw new StoreException(db, "cannot lock its lock file " + file.getFileName() + ": "
                    + Failures.message(e, file.toString()), e);
        }
        if (lock == null) {
            String holder = holder(channel);
            close(channel);
            throw new StoreException.InUse(db, holder);
        }
        try {
            byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
        } catch (IOException e) {
            // the process id is only for the message of a second batch
        }
        return new StoreLock(channel, lock);
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int n = channel.read(buffer, 0);
            String pid = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).strip();
            return pid.matches("[0-9]{1,19}") ? pid : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        close(channel);
    }
}
