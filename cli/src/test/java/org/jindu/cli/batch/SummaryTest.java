package org.jindu.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void tellsHowBusyTheWriterWasAsAShareOfTheRun() {
        Summary summary = new Summary(1, 9, 1, 0, 0, 80, 220, Duration.ofSeconds(10), Duration.ofMillis(500));
        assertEquals(0.05, summary.writerBusy(), 1e-9);
        assertEquals("10 documents: 9 ok, 1 with warnings, 0 failed, 0 skipped; 80 records, 220 metrics;"
                + " 10.0 s (1.0 documents/s, the writer busy 5 %)", summary.toString());
    }

    @Test
    void aRunOfNoTimeHasAnIdleWriter() {
        Summary summary = new Summary(1, 0, 0, 0, 0, 0, 0, Duration.ZERO, Duration.ZERO);
        assertEquals(0, summary.writerBusy());
    }
}
