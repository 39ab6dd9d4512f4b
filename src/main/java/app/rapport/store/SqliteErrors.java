package app.rapport.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/** What SQLite's errors mean, in the owner's words; and which of them say the disk is full. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    /** A read or a change that failed, as the owner reads it. */
    static String plain(SQLException e) {
        int code = code(e);
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return "The disk is full: the change was not saved.";
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "The book is busy in another program; the change was not saved. Try again in a moment.";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "The book is read-only here: the change was not saved.";
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "The book is damaged and could not be read.";
        }
        return "The book could not be updated: " + words(e) + ".";
    }

    /** A book that could not be opened: damaged when SQLite says it is, else why it could not. */
    static StoreException opening(SQLException e, Path file) {
        int code = code(e);
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new BookDamagedException(file, "it is not an SQLite database any more", e);
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new BookDamagedException(file, "SQLite reports it corrupt", e);
        }
        return new StoreException("Cannot open the book " + file + ": " + words(e) + ".", e);
    }

    /** What SQLite said, in words, without the driver's code names. */
    static String words(SQLException e) {
        int code = code(e);
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the disk is full";
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "the file cannot be opened";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "it is read-only here";
        }
        if (code == SQLiteErrorCode.SQLITE_PERM.code || code == SQLiteErrorCode.SQLITE_AUTH.code) {
            return "permission denied";
        }
        if (code == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "the disk could not be read or written";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }

    /** Whether {@code e} or one of its causes is SQLite's "database or disk is full". */
    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && code(sql) == SQLiteErrorCode.SQLITE_FULL.code) {
                return true;
            }
        }
        return false;
    }

    /** SQLite's primary result code (the extended code's low byte). */
    private static int code(SQLException e) {
        return e.getErrorCode() & 0xff;
    }
}
