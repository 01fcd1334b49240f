package org.jindu.cli.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jindu.Jindu;
import org.jindu.exception.JinduException;
import org.jindu.model.Report;

/**
 * Reads many files into a {@link Store}: parser threads read, parse and write out each report's JSON
 * ({@link Store#prepare}), one writer thread writes each document in its own transaction. A file that cannot be read is stored as a failed document with its
 * reason and the batch goes on; a file whose bytes are stored already is skipped without parsing.
 *
 * <p>Memory is bounded by the threads: at most {@code 2 × threads} documents are being parsed or wait
 * for the writer at any time, and the files are walked as they are handed out, never listed whole.
 */
public final class Batch {

    /** Hears of each document as it is written or skipped, on the writer thread. */
    public interface Listener {
        void done(Outcome outcome);

        /** A path the walk passed over, and why ("a symbolic link to a folder"); on the walking thread. */
        default void skipped(Path path, String why) {
        }
    }

    /** Turns a file's bytes into a report: {@link Jindu#parse(byte[], String)}, or a stand-in in tests. */
    @FunctionalInterface
    public interface Parser {
        Report parse(byte[] bytes, String name) throws JinduException;
    }

    private final Store store;
    private final int threads;
    private final boolean force;
    private final Parser parser;

    public Batch(Store store, int threads, boolean force) {
        this(store, threads, force, Jindu::parse);
    }

    public Batch(Store store, int threads, boolean force, Parser parser) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.store = store;
        this.threads = threads;
        this.force = force;
        this.parser = parser;
    }

    /** Where the files come from: hands each to the visitor, blocking while the batch is full. */
    public interface FileSource {
        void each(FileWalker.Visitor visitor);
    }

    /** Reads every file the walker finds under {@code roots} and returns the counts. */
    public Summary run(FileWalker walker, List<Path> roots, Listener listener)
            throws SQLException, InterruptedException {
        return run(visitor -> walker.walk(roots, visitor), listener);
    }

    /**
     * Reads every file {@code files} hands out and returns the counts.
     *
     * @throws StoreException when the database cannot be written (a full disk, a read-only file): the run
     *     ends within seconds, every document stored before is whole
     * @throws ListenerException when the listener throws: the run ends the same way
     */
    public Summary run(FileSource files, Listener listener) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long run;
        try {
            run = store.startRun();
        } catch (SQLException e) {
            throw new StoreException(store.file(), e);
        }
        int inFlight = 2 * threads;
        Semaphore permits = new Semaphore(inFlight);
        BlockingQueue<Store.Prepared> written = new ArrayBlockingQueue<>(inFlight + 1);
        Summary.Counter counter = new Summary.Counter();
        Writer writer = new Writer(written, permits, run, counter, listener);
        Thread writerThread = new Thread(writer, "jindu-batch-writer");
        writerThread.setDaemon(true);
        writerThread.start();
        ExecutorService parsers = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            files.each(new FileWalker.Visitor() {
                @Override
                public void file(Path file) {
                    acquire(permits, writer);
                    Path path = file.toAbsolutePath().normalize();
                    parsers.execute(() -> put(written, processSafely(path)));
                }

                @Override
                public void unreadableFolder(Path folder, IOException e) {
                    acquire(permits, writer);
                    put(written, Store.prepare(Outcome.failed(folder.toAbsolutePath().normalize(), null, "IO",
                            "cannot list the folder: " + Failures.message(e, folder.toString()))));
                }

                @Override
                public void skipped(Path path, String why) {
                    writer.stopIfFailed();
                    listener.skipped(path, why);
                }
            });
        } catch (Stopped e) {
            // the writer failed: end now, below
        } finally {
            parsers.shutdown();
            // Documents still being parsed are finished unless the writer failed: then nothing more
            // can be stored, and the run ends at once (parser threads are daemons).
            while (writer.failure == null && !parsers.awaitTermination(200, TimeUnit.MILLISECONDS)) {
                // waiting for the last documents
            }
            if (writer.failure != null) {
                parsers.shutdownNow();
            }
            if (!written.offer(Writer.END, 10, TimeUnit.SECONDS)) {
                writerThread.interrupt();
            }
            writerThread.join(TimeUnit.SECONDS.toMillis(10));
        }
        if (writer.failure instanceof SQLException e) {
            throw e instanceof StoreException ? e : new StoreException(store.file(), e);
        }
        if (writer.failure != null) {
            throw new ListenerException(writer.failure);
        }
        try {
            store.finishRun(run);
        } catch (SQLException e) {
            throw new StoreException(store.file(), e);
        }
        return counter.summary(run, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The listener failed; the run was ended. */
    public static final class ListenerException extends RuntimeException {
        ListenerException(Throwable cause) {
            super("reporting progress failed: " + cause, cause);
        }
    }

    /** Ends the walk once the writer has failed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the batch's writer failed", null, false, false);
        }
    }

    /**
     * {@link #process} and {@link Store#prepare}, and an outcome even on an error, so that the writer
     * always hears of each file.
     */
    private Store.Prepared processSafely(Path file) {
        try {
            return Store.prepare(process(file));
        } catch (OutOfMemoryError e) {
            return Store.prepare(Outcome.failed(file, null, "TOO_LARGE",
                    "needs more memory than this Java process has to read"));
        } catch (Throwable e) {
            return Store.prepare(Outcome.failed(file, null, "INTERNAL",
                    "internal error (a bug in jindu, not a fault of the document): " + e));
        }
    }

    /** Reads, hashes and parses one file, never throwing: what goes wrong is in the outcome. */
    Outcome process(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Outcome.failed(file, null, "IO", Failures.message(e, file.toString()));
        } catch (OutOfMemoryError e) {
            return Outcome.failed(file, null, "TOO_LARGE", "the file is too large to read into memory");
        }
        String sha256 = Jindu.sha256(bytes);
        try {
            if (!force && store.contains(sha256)) {
                return Outcome.skipped(file, sha256);
            }
        } catch (SQLException e) {
            // The writer will find it stored and skip it then; parsing once too many is harmless.
        }
        Path name = file.getFileName();
        try {
            Report report = parser.parse(bytes, name == null ? file.toString() : name.toString());
            return Outcome.read(file, sha256, report);
        } catch (JinduException e) {
            return Outcome.failed(file, sha256, e.code(), e.reason());
        } catch (OutOfMemoryError e) {
            return Outcome.failed(file, sha256, "TOO_LARGE", "needs more memory than this Java process has to read");
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in jindu, met on this document only: keep it as a failure so the batch goes on.
            return Outcome.failed(file, sha256, "INTERNAL",
                    "internal error (a bug in jindu, not a fault of the document): " + e);
        }
    }

    /** The one thread that writes to the store, in the order documents finish parsing. */
    private final class Writer implements Runnable {
        static final Store.Prepared END = Store.prepare(Outcome.skipped(Path.of("END"), null));

        private final BlockingQueue<Store.Prepared> queue;
        private final Semaphore permits;
        private final long run;
        private final Summary.Counter counter;
        private final Listener listener;
        /** The first failure of the store or the listener; after it nothing more is written. */
        volatile Throwable failure;

        Writer(BlockingQueue<Store.Prepared> queue, Semaphore permits, long run, Summary.Counter counter,
                Listener listener) {
            this.queue = queue;
            this.permits = permits;
            this.run = run;
            this.counter = counter;
            this.listener = listener;
        }

        void stopIfFailed() {
            if (failure != null) {
                throw new Stopped();
            }
        }

        @Override
        public void run() {
            while (true) {
                Store.Prepared outcome;
                try {
                    outcome = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (outcome == END) {
                    return;
                }
                long started = System.nanoTime();
                try {
                    if (failure == null) {
                        Outcome result = write(outcome);
                        counter.add(result);
                        listener.done(result);
                    }
                } catch (Throwable e) {
                    // the store or the listener failed: record it, and keep draining so no one waits
                    if (failure == null) {
                        failure = e;
                    }
                } finally {
                    counter.writing(System.nanoTime() - started);
                    permits.release();
                }
            }
        }

        private Outcome write(Store.Prepared prepared) throws SQLException {
            Outcome outcome = prepared.outcome();
            if (outcome.status() == Outcome.Status.SKIPPED) {
                return outcome;
            }
            return store.write(prepared, run, force) ? outcome : Outcome.skipped(outcome.path(), outcome.sha256());
        }
    }

    /** Waits for room in the batch, giving up when the writer has failed. */
    private static void acquire(Semaphore permits, Writer writer) {
        try {
            while (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                writer.stopIfFailed();
            }
            writer.stopIfFailed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void put(BlockingQueue<Store.Prepared> queue, Store.Prepared outcome) {
        try {
            queue.put(outcome);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "jindu-batch-parser-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
