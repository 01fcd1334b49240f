package org.jindu.read.excel;

import org.jindu.exception.DocumentTooLargeException;
import org.jindu.read.ReadContext;

/** Counts the rows read against {@code Limits.maxRows} and checks the time budget now and then. */
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

    Budget(ReadContext context) {
        this.context = context;
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
