package org.jindu.read.excel;

import org.jindu.exception.DocumentTooLargeException;
import org.jindu.read.ReadContext;

/**
 * Counts the rows read against {@code Limits.maxRows} and the characters of cell text kept against
 * {@code Limits.maxDecompressedBytes} (a sheet that inflates to more text than that is not a ledger),
 * and checks the time budget now and then.
 */
final class Budget {
    /** Thrown from inside POI's SAX callbacks, unwrapped by the reader. */
    static final class Exceeded extends RuntimeException {
        final DocumentTooLargeException reason;

        Exceeded(DocumentTooLargeException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }

    private final ReadContext context;
    private long rows;
    private long chars;

    Budget(ReadContext context) {
        this.context = context;
    }

    /** A cell's text kept. */
    void text(int length) {
        chars += length;
        if (chars > context.limits().maxDecompressedBytes())
            throw new Exceeded(new DocumentTooLargeException(context.name(), "holds more than "
                    + context.limits().maxDecompressedBytes() + " characters of cell text (the limit"
                    + " maxDecompressedBytes)"));
    }

    /** One more row read. */
    void row() {
        rows++;
        if (rows > context.limits().maxRows())
            throw new Exceeded(new DocumentTooLargeException(context.name(), "has more than "
                    + context.limits().maxRows() + " rows (the limit maxRows; raise it with --max-rows)"));
        if ((rows & 1023) == 0) {
            try {
                context.checkTime();
            } catch (DocumentTooLargeException e) {
                throw new Exceeded(e);
            }
        }
    }
}
