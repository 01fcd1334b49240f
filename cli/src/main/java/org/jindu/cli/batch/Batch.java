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
 * Reads many files into a {@link Store}: parser threads read and parse, one writer thread writes each
 * document in its own transaction. A file that cannot be read is stored as a failed document with its
 * reason and the batch goes on; a file whose bytes are stored already is skipped without parsing.
 *
 * <p>Memory is bounded by the threads: at most {@code 2 × threads} documents are being parsed or wait
 * for the writer at any time, and the files are walked as they are handed out, never listed whole.
 */
public final class Batch {

    /** Hears of each document as it is written or skipped, on the writer thread. */
    public interface Listener {
        void done(Outcome outcome);
    }

    private final Store store;
    private final int threads;
    private final boolean force;

    public Batch(Store store, int threads, boolean force) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.store = store;
        this.threads = threads;
        this.force = force;
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

    /** Reads every file {@code files} hands out and returns the counts. */
    public Summary run(FileSource files, Listener listener) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long run = store.startRun();
        int inFlight = 2 * threads;
        Semaphore permits = new Semaphore(inFlight);
        BlockingQueue<Outcome> written = new ArrayBlockingQueue<>(inFlight + 1);
        Summary.Counter counter = new Summary.Counter();
        Writer writer = new Writer(written, permits, run, counter, listener);
        Thread writerThread = new Thread(writer, "jindu-batch-writer");
        writerThread.start();
        ExecutorService parsers = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            files.each(new FileWalker.Visitor() {
                @Override
                public void file(Path file) {
                    if (writer.failure != null) {
                        return;
                    }
                    acquire(permits);
                    Path path = file.toAbsolutePath().normalize();
                    parsers.execute(() -> put(written, processSafely(path)));
                }

                @Override
                public void unreadableFolder(Path folder, IOException e) {
                    acquire(permits);
                    put(written, Outcome.failed(folder.toAbsolutePath().normalize(), null, "IO",
                            "cannot list the folder: " + Failures.message(e, folder.toString())));
                }
            });
        } finally {
            parsers.shutdown();
            parsers.awaitTermination(365, TimeUnit.DAYS);
            written.put(Writer.END);
            writerThread.join();
        }
        if (writer.failure != null) {
            throw writer.failure;
        }
        store.finishRun(run);
        return counter.summary(run, Duration.ofNanos(System.nanoTime() - started));
    }

    /** {@link #process}, and an outcome even on an error, so that the writer always hears of each file. */
    private Outcome processSafely(Path file) {
        try {
            return process(file);
        } catch (Throwable e) {
            return Outcome.failed(file, null, "INTERNAL", "internal error: " + e);
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
            Report report = Jindu.parse(bytes, name == null ? file.toString() : name.toString());
            return Outcome.read(file, sha256, report);
        } catch (JinduException e) {
            return Outcome.failed(file, sha256, e.code(), e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in jindu, met on this document only: keep it as a failure so the batch goes on.
            return Outcome.failed(file, sha256, "INTERNAL", "internal error: " + e);
        }
    }

    /** The one thread that writes to the store, in the order documents finish parsing. */
    private final class Writer implements Runnable {
        static final Outcome END = Outcome.skipped(Path.of("END"), null);

        private final BlockingQueue<Outcome> queue;
        private final Semaphore permits;
        private final long run;
        private final Summary.Counter counter;
        private final Listener listener;
        volatile SQLException failure;

        Writer(BlockingQueue<Outcome> queue, Semaphore permits, long run, Summary.Counter counter,
                Listener listener) {
            this.queue = queue;
            this.permits = permits;
            this.run = run;
            this.counter = counter;
            this.listener = listener;
        }

        @Override
        public void run() {
            while (true) {
                Outcome outcome;
                try {
                    outcome = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (outcome == END) {
                    return;
                }
                try {
                    if (failure == null) {
                        Outcome result = write(outcome);
                        counter.add(result);
                        listener.done(result);
                    }
                } finally {
                    permits.release();
                }
            }
        }

        private Outcome write(Outcome outcome) {
            if (outcome.status() == Outcome.Status.SKIPPED) {
                return outcome;
            }
            try {
                return store.write(outcome, run, force) ? outcome : Outcome.skipped(outcome.path(), outcome.sha256());
            } catch (SQLException e) {
                failure = e;
                return outcome;
            }
        }
    }

    private static void acquire(Semaphore permits) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void put(BlockingQueue<Outcome> queue, Outcome outcome) {
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
