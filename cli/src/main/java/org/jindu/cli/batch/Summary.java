package org.jindu.cli.batch;

import java.time.Duration;
import java.util.Locale;

/**
 * What a batch run did: documents read without and with warnings, failed and skipped (stored already),
 * the records and metrics of the documents it read, and how long it took.
 */
public record Summary(long run, int ok, int warnings, int failed, int skipped, long records, long metrics,
        Duration elapsed) {

    /** Every file the run handled. */
    public int documents() {
        return ok + warnings + failed + skipped;
    }

    /** Files handled per second, skipped ones included. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : documents() / seconds;
    }

    /** One line for people: "12 documents: 10 ok, 1 with warnings, 1 failed, 0 skipped; ...". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "%d documents: %d ok, %d with warnings, %d failed, %d skipped; %d records, %d metrics;"
                        + " %.1f s (%.1f documents/s)",
                documents(), ok, warnings, failed, skipped, records, metrics, elapsed.toNanos() / 1e9, rate());
    }

    /** Counts outcomes on the writer thread. */
    static final class Counter {
        private int ok;
        private int warnings;
        private int failed;
        private int skipped;
        private long records;
        private long metrics;

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
            return new Summary(run, ok, warnings, failed, skipped, records, metrics, elapsed);
        }
    }
}
