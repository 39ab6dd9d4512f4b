package app.rapport.store;

import app.rapport.model.RecordVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;

/**
 * The version columns of the records the owner edits (V10): what every change to one sets, and how
 * they read. A save of a record read earlier adds {@link #AT_VERSION} to its {@code WHERE}: when no
 * row matches, the record moved on (or went) since it was read, and nothing is changed.
 */
final class Versions {
    /** Read from a row: its version, who changed it last and when. */
    static final String COLUMNS = "version, changed_by, changed_at";
    /** Set by every change: one version on, by and at (two values to bind; null when not known). */
    static final String BUMP = "version = version + 1, changed_by = ?, changed_at = ?";
    /** Added to the {@code WHERE} of a save of a record read at a version (one value to bind). */
    static final String AT_VERSION = " AND version = ?";

    private Versions() {
    }

    static RecordVersion read(ResultSet rs) throws SQLException {
        String at = rs.getString("changed_at");
        return new RecordVersion(rs.getLong("version"), rs.getString("changed_by"),
                at == null ? null : Instant.parse(at));
    }

    /** {@code params}, then {@code more}. */
    static Object[] with(Object[] params, Object... more) {
        Object[] all = Arrays.copyOf(params, params.length + more.length);
        System.arraycopy(more, 0, all, params.length, more.length);
        return all;
    }
}
