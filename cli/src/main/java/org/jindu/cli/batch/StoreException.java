package org.jindu.cli.batch;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The batch's database cannot be opened or written, said in plain words with the real cause: in use by
 * another batch, a full disk, a read-only file, another program's database. Never the document's fault;
 * the documents stored before it are whole.
 */
public class StoreException extends SQLException {
    private final boolean environment;

    StoreException(Path db, String message, Throwable cause) {
        this(db, message, cause, true);
    }

    private StoreException(Path db, String message, Throwable cause, boolean environment) {
        super(db + ": " + message, cause);
        this.environment = environment;
    }

    /** A failure of SQLite on {@code db}, explained. */
    StoreException(Path db, SQLException e) {
        this(db, explain(e), e, !(e instanceof SQLiteException s) || !unexpected(s.getResultCode()));
    }

    /**
     * Whether the cause lies outside jindu (disk, permissions, another program, the file's content) and
     * can be put right by the user, rather than jindu's bug.
     */
    public boolean environment() {
        return environment;
    }

    /** Another batch holds the database. */
    static final class InUse extends StoreException {
        InUse(Path db, String pid) {
            super(db, "is in use by another jindu batch" + (pid == null ? "" : " (process " + pid + ")")
                    + "; wait for it to finish, or name another --db", null);
        }
    }

    /** Thrown inside {@link Store} when a database holds tables but not jindu's; explained by {@link #explain}. */
    static final class NotOurs extends SQLException {
        NotOurs() {
            super("not a jindu database");
        }
    }

    /** What went wrong, for a person. */
    static String explain(SQLException e) {
        if (e instanceof NotOurs) {
            return "is a SQLite database of another program (it has tables, none of them jindu's);"
                    + " jindu does not add its tables to it: name another --db";
        }
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_FULL") || name.equals("SQLITE_IOERR_WRITE") && isDiskFull(e)) {
                return "the disk is full: free some space and run the same command again;"
                        + " every document stored so far is whole";
            }
            if (name.startsWith("SQLITE_READONLY")) {
                return "the database is read-only (its file, its folder or the disk cannot be written)";
            }
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return "the database is locked by another program; close it and run the command again";
            }
            if (name.startsWith("SQLITE_NOTADB")) {
                return "is not a SQLite database; name another --db";
            }
            if (name.startsWith("SQLITE_CORRUPT")) {
                return "the database is damaged (SQLite reports it corrupt); name another --db";
            }
            if (name.startsWith("SQLITE_CANTOPEN")) {
                return "cannot be opened (its folder is missing or cannot be written)";
            }
            if (name.startsWith("SQLITE_PERM") || name.startsWith("SQLITE_AUTH")) {
                return "permission denied";
            }
            if (name.startsWith("SQLITE_IOERR")) {
                return "the disk failed to read or write the database";
            }
        }
        String m = e.getMessage();
        return m == null ? "the database failed" : m;
    }

    private static boolean isDiskFull(SQLException e) {
        String m = e.getMessage();
        return m != null && m.contains("full");
    }

    private static boolean unexpected(SQLiteErrorCode code) {
        if (code == null) {
            return true;
        }
        String name = code.name();
        for (String ours : new String[] {"SQLITE_FULL", "SQLITE_READONLY", "SQLITE_BUSY", "SQLITE_LOCKED",
                "SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH", "SQLITE_IOERR"}) {
            if (name.startsWith(ours)) {
                return false;
            }
        }
        return true;
    }
}
