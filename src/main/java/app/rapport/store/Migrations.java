package app.rapport.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's numbered migrations, {@code store/migration/V<n>__<what>.sql} on the class path.
 * Migration n brings a book from {@code user_version} n-1 to n.
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

    private Migrations() {
    }

    static int latestVersion() {
        return FILES.size();
    }

    /** The statements of migration {@code version}, split at semicolons that end a line. */
    static List<String> statements(int version) {
        String path = FOLDER + FILES.get(version - 1);
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
