package org.jindu.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    private static final Path SEED = Path.of(System.getProperty("jindu.testdata", "../testdata"),
            "seed", "000_4744e66be9c0f129.txt");

    @TempDir
    Path tmp;

    @Test
    void holdsNoMoreThanTwiceTheThreadsInFlightWhenTheWriterIsSlow() throws Exception {
        int threads = 2;
        int documents = 40;
        byte[] seed = Files.readAllBytes(SEED);
        AtomicInteger handedOut = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        try (Store store = Store.open(tmp.resolve("jindu.sqlite"))) {
            Batch batch = new Batch(store, threads, false);
            Thread run = new Thread(() -> {
                try {
                    Summary summary = batch.run(visitor -> {
                        for (int i = 0; i < documents; i++) {
                            Path file = tmp.resolve("copy-" + i + ".txt");
                            byte[] bytes = java.util.Arrays.copyOf(seed, seed.length + i + 1);
                            java.util.Arrays.fill(bytes, seed.length, bytes.length, (byte) '\n');
                            try {
                                Files.write(file, bytes);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            int ahead = handedOut.incrementAndGet() - written.get();
                            mostAhead.accumulateAndGet(ahead, Math::max);
                            visitor.file(file);
                        }
                    }, outcome -> {
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        written.incrementAndGet();
                    });
                    assertEquals(documents, summary.ok());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            run.start();
            // The writer is stuck on its first document: the walk must stop handing out files.
            Thread.sleep(1500);
            int stuckAt = handedOut.get();
            assertTrue(stuckAt <= 2 * threads + 1, "handed out " + stuckAt + " files while the writer was stuck");
            release.countDown();
            run.join(TimeUnit.MINUTES.toMillis(2));
            assertEquals(documents, written.get());
            assertTrue(mostAhead.get() <= 2 * threads + 1, "at most " + mostAhead.get() + " ahead of the writer");
            assertEquals(List.of(), store.failures(1));
        }
    }
}
