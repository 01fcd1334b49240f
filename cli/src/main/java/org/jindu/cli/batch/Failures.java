package org.jindu.cli.batch;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.jindu.exception.JinduException;

/** Turns why a document failed into the short text after "jindu: FILE: ". */
public final class Failures {
    private Failures() {
    }

    /**
     * The reason without the file name, which the caller prints already. {@link FileSystemException}
     * puts the name into its message; it is taken out here.
     */
    public static String message(Exception e, String file) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        if (e instanceof JinduException je) {
            return je.reason();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return withoutPrefix(message, file);
    }

    private static String withoutPrefix(String message, String name) {
        String prefix = name + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
