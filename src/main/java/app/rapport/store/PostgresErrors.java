package app.rapport.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a team book's errors mean, in the owner's words, one line each: PostgreSQL's SQLSTATE
 * codes, and the driver's own when the server cannot be reached. Which server, database and user
 * is said where it helps; a password never is.
 */
final class PostgresErrors {
    /** Another transaction's change got in the way: the whole transaction may run again. */
    static final String SERIALIZATION_FAILURE = "40001";
    static final String DEADLOCK = "40P01";
    /**
     * A key another transaction added meanwhile: run again, the transaction sees it (an id another
     * computer took at the same moment is not taken again; a record added twice is refused then).
     */
    static final String UNIQUE_VIOLATION = "23505";
    private static final int UNIQUE_ATTEMPTS = 3;

    private PostgresErrors() {
    }

    /** Whether {@code e} came from PostgreSQL's driver. */
    static boolean isPostgres(SQLException e) {
        return first(e) instanceof PSQLException;
    }

    /**
     * How many times in all a transaction that failed with {@code e} (or an exception that caused it)
     * may run: {@code most} after a serialization failure or a deadlock, a few after a key another
     * transaction added meanwhile, once after anything else.
     */
    static int attempts(Throwable e, int most) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = first(sql).getSQLState();
                if (SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state)) {
                    return most;
                }
                if (UNIQUE_VIOLATION.equals(state)) {
                    return Math.min(most, UNIQUE_ATTEMPTS);
                }
            }
        }
        return 1;
    }

    /** Whether {@code e} says the connection is lost: it is not used again. */
    static boolean connectionLost(SQLException e) {
        String state = first(e).getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** A read or a change that failed, as the owner reads it. */
    static String plain(SQLException e) {
        SQLException cause = first(e);
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        if (state.equals(SERIALIZATION_FAILURE) || state.equals(DEADLOCK)) {
            return "Another computer changed the same records at the same moment; the change was not saved."
                    + " Try again.";
        }
        if (connectionLost(cause)) {
            return "The connection to the team book's server was lost (" + words(cause)
                    + "); what was being done was not finished. Try again once the server is back.";
        }
        return switch (state) {
            case "25006" -> "The team book was opened only to read it: the change was not saved.";
            case "42501" -> "The team book's server refused: permission denied (" + words(cause) + ").";
            case "53100" -> "The team book's server has no disk space left: the change was not saved.";
            case "22021" -> "Text that a team book cannot hold (a NUL character): the change was not saved.";
            default -> "The team book could not be updated: " + words(cause) + ".";
        };
    }

    /** A team book that could not be opened at {@code target}: which of server, user and database failed, and why. */
    static StoreException opening(SQLException e, PostgresTarget target) {
        SQLException cause = first(e);
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String server = target.server();
        String message = switch (state) {
            case "28P01" -> "The server " + server + " refused the password of the user " + target.user() + ".";
            case "08004" -> "The server " + server + " asks for the password of the user " + target.user()
                    + ", and none was given (~/.pgpass or PGPASSWORD).";
            case "28000" -> "The server " + server + " refused the user " + target.user() + ": " + words(cause) + ".";
            case "3D000" -> "There is no database " + target.database() + " on the server " + server + ".";
            case "53300" -> "The server " + server + " has no connection free (too many clients); try again later.";
            case "57P03" -> "The server " + server + " is starting up or shutting down; try again in a moment.";
            case "42501" -> "The user " + target.user() + " may not use the team book " + target.database() + " on "
                    + server + ": " + words(cause) + ".";
            default -> state.startsWith("08") ? "Cannot reach the team book's server " + server + ": "
                    + unreachable(cause) + "." : "Cannot open the " + target.describe() + ": " + words(cause) + ".";
        };
        return state.equals("28P01") || state.equals("08004") ? new PasswordRefusedException(message, e)
                : new StoreException(message, e);
    }

    /** Why a server could not be reached, from the driver's cause. */
    private static String unreachable(SQLException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "there is no such host";
            }
            if (t instanceof ConnectException) {
                return "it refused the connection (is PostgreSQL running there, on that port?)";
            }
            if (t instanceof SocketTimeoutException || t instanceof NoRouteToHostException) {
                return "it does not answer";
            }
        }
        return words(e);
    }

    /** What the server said, its first line, without the driver's prefixes. */
    private static String words(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String message = server != null && server.getMessage() != null ? server.getMessage() : e.getMessage();
        if (message == null || message.isBlank()) {
            return "error " + e.getSQLState();
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** The driver's own exception: a batch's failure wraps the statement's. */
    private static SQLException first(SQLException e) {
        if (e instanceof PSQLException) {
            return e;
        }
        SQLException next = e.getNextException();
        if (next instanceof PSQLException) {
            return next;
        }
        return e.getCause() instanceof PSQLException p ? p : e;
    }
}
