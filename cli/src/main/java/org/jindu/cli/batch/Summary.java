package org.jindu.cli.batch;

import java.time.Duration;
import java.util.Locale;

/**
 * What a batch run did: documents read without and with warnings, failed and skipped (stored already),
 * the records and metrics of the documents it read, how long it took, and how much of that time the one
 * writer thread was busy storing documents ({@code writing}).
 */
public record Summary(long run, int ok, int warnings, int failed, int skipped, long records, long metrics,
        Duration elapsed, Duration writing) {

    /** Every file the run handled. */
    public int documents() {
        return ok + warnings + failed + skipped;
    }

    /** Files handled per second, skipped ones included. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : documents() / seconds;
    }

    /**
     * The share of the run the writer thread spent storing documents, from 0 to 1. Near 1, the writer
     * limits the batch and more threads would not help; the parser threads do everything else.
     */
    public double writerBusy() {
        long total = elapsed.toNanos();
        return total <= 0 ? 0 : Math.min(1, (double) writing.toNanos() / total);
    }

    /** One line for people: "12 documents: 10 ok, 1 with warnings, 1 failed, 0 skipped; ...". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "%d documents: %d ok, %d with warnings, %d failed, %d skipped; %d records, %d metrics;"
                        + " %.1f s (%.1f documents/s, the writer busy %.0f %%)",
                documents(), ok, warnings, failed, skipped, records, metrics, elapsed.toNanos() / 1e9, rate(),
                100 * writerBusy());
    }

    /** Counts outcomes on the writer thread. */
    static final class Counter {
        private int ok;
        private int warnings;
        private int failed;
        private int skipped;
        private long records;
        private long metrics;
        private long writingNanos;

        /** Time the writer spent on one document. */
        void writing(long nanos) {
            writingNanos += nanos;
        }

        void add(Outcome outcome) {
            switch (outcome.status()) {
                case OK -> ok++;
                case WARNINGS -> warnings++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
            }
            records += outcome.records();
            metrics += outcome.metrics();
        }

        Summary summary(long run, Duration elapsed) {
            return new Summary(run, ok, warnings, failed, skipped, records, metrics, elapsed,
                    Duration.ofNanos(writingNanos));
        }
    }
}
