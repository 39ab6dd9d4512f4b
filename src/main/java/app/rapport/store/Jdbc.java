package app.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Prepared statements in try-with-resources, with SQL errors turned into {@link StoreException}, for
 * both kinds of book: statements may use SQLite's numbered parameters ({@link NumberedParameters}).
 */
final class Jdbc {
    /**
     * Rows sent to SQLite in one {@code executeBatch}. sqlite-jdbc keeps the values of every row added
     * to a batch until the batch runs and then steps through them one at a time, so a bigger batch is
     * no quicker, it only holds more in memory; a thousand rows (clients, the widest, have 24 values)
     * keep that small while an import or a sample book writes tens of thousands.
     */
    static final int BATCH_ROWS = 1000;

    private Jdbc() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static int update(Connection c, String sql, Object... params) {
        NumberedParameters q = NumberedParameters.of(sql);
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            bind(ps, q.values(params));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(plain(e), e);
        }
    }

    /**
     * Runs {@code sql} once for each of {@code rows}, bound to {@code params} of the row, in batches of {@link
     * #BATCH_ROWS}.
     */
    static <T> void batch(Connection c, String sql, Iterable<? extends T> rows, Function<? super T, Object[]> params) {
        NumberedParameters q = NumberedParameters.of(sql);
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            int pending = 0;
            for (T row : rows) {
                bind(ps, q.values(params.apply(row)));
                ps.addBatch();
                if (++pending == BATCH_ROWS) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException(plain(e), e);
        }
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = new ArrayList<>();
        each(c, sql, mapper, rows::add, params);
        return rows;
    }

    static <T> void each(Connection c, String sql, RowMapper<T> mapper, Consumer<? super T> sink, Object... params) {
        NumberedParameters q = NumberedParameters.of(sql);
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            bind(ps, q.values(params));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(mapper.map(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(plain(e), e);
        }
    }

    static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params) {
        NumberedParameters q = NumberedParameters.of(sql);
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            bind(ps, q.values(params));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(plain(e), e);
        }
    }

    static long count(Connection c, String sql, Object... params) {
        return one(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /** What a failed read or change means, in the owner's words, whichever kind of book it failed in. */
    static String plain(SQLException e) {
        return PostgresErrors.isPostgres(e) ? PostgresErrors.plain(e) : SqliteErrors.plain(e);
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof Number || p instanceof String) {
                ps.setObject(i + 1, p);
            } else {
                ps.setString(i + 1, p.toString());
            }
        }
    }
}
