package org.jindu.exception;

/**
 * jindu failed on this document through a bug of its own, not through anything wrong with the
 * document: an exception thrown by jindu's code where none was expected. The cause holds the stack
 * trace to report. A batch stores it as {@code INTERNAL} and tries the document again on its next run,
 * since a newer jindu may read it.
 */
public class InternalErrorException extends JinduException {
    public InternalErrorException(String document, Throwable cause) {
        super(document, "internal error (a bug in jindu, not a fault of the document): " + describe(cause), cause);
    }

    @Override
    public String code() {
        return "INTERNAL";
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown";
        }
        String m = cause.getMessage();
        // The exception's simple name helps whoever files the bug; it is jindu's own failure, not a refusal.
        return cause.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + firstLine(m));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
