package org.jindu.read;

import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.InternalErrorException;
import org.jindu.exception.JinduException;

/**
 * Tells a document's fault from jindu's own. A format library (POI, PDFBox) that throws while it reads
 * bytes complains about the bytes: the document is corrupt. An exception thrown by jindu's own code is a
 * bug in jindu: it is {@link InternalErrorException}, never blamed on the document.
 *
 * <p>Which it is follows from where the exception was thrown: the first frame of its stack trace (of the
 * innermost cause) inside or outside jindu's packages.
 */
public final class ReadFailures {
    private static final String OURS = "org.jindu.";

    private ReadFailures() {
    }

    /**
     * The failure to throw for {@code e}, met while reading {@code name}.
     *
     * @param corrupt what is wrong with the document, in plain words, when the library threw
     */
    public static JinduException of(String name, String corrupt, RuntimeException e) {
        if (thrownByJindu(e)) {
            return new InternalErrorException(name, e);
        }
        return new CorruptDocumentException(name, corrupt, e);
    }

    /** Whether {@code e} (or its innermost cause) was thrown by jindu's own code. */
    public static boolean thrownByJindu(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        StackTraceElement[] stack = t.getStackTrace();
        for (StackTraceElement frame : stack) {
            String cls = frame.getClassName();
            // JDK frames (Objects.requireNonNull, ArrayList.get) belong to whoever called them
            if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")) {
                continue;
            }
            return cls.startsWith(OURS);
        }
        return false;
    }
}
