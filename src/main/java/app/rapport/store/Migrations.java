package app.rapport.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's numbered migrations, each dialect's own ({@link Dialect}), on the class path.
 * Migration n brings a book from format n-1 to n: SQLite's {@code store/migration/V<n>__<what>.sql}
 * (the format in {@code user_version}); a team book's {@code store/migration/postgres/V<n>__<what>.sql}
 * (the format in {@code book_format}), where one baseline makes format 9 whole. Both dialects reach
 * the same formats: a later migration is written for each.
 */
final class Migrations {
    static final String FOLDER = "/app/rapport/store/migration/";
    /** In order; the position in this list plus one is the version each one makes. */
    static final List<String> FILES = List.of(
            "V1__create_book.sql",
            "V2__follow_ups.sql",
            "V3__first_purchase.sql",
            "V4__letters.sql",
            "V5__planned_ahead.sql",
            "V6__done_action.sql",
            "V7__within_limits.sql",
            "V8__client_log_index.sql",
            "V9__refs_and_by.sql",
            "V10__record_versions.sql");
    static final String POSTGRES_FOLDER = FOLDER + "postgres/";
    /** A team book's first format: no team book is older, so one migration makes it whole. */
    static final int POSTGRES_BASELINE = 9;
    /** The team book's migrations in order, the baseline first: version {@link #POSTGRES_BASELINE} and on. */
    static final List<String> POSTGRES_FILES = List.of(
            "V9__team_book.sql",
            "V10__record_versions.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return FILES.size();
    }

    static int latestVersion(Dialect dialect) {
        return dialect == Dialect.SQLITE ? latestVersion() : POSTGRES_BASELINE + POSTGRES_FILES.size() - 1;
    }

    /** The statements of SQLite's migration {@code version}, split at semicolons that end a line. */
    static List<String> statements(int version) {
        return statements(Dialect.SQLITE, version);
    }

    /**
     * The statements of {@code dialect}'s migration {@code version}, split at semicolons that end a
     * line. A team book's first is its baseline: that of version {@link #POSTGRES_BASELINE}.
     */
    static List<String> statements(Dialect dialect, int version) {
        String path = dialect == Dialect.SQLITE ? FOLDER + FILES.get(version - 1)
                : POSTGRES_FOLDER + POSTGRES_FILES.get(version - POSTGRES_BASELINE);
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + path);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration resource " + path, e);
        }
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
