package app.rapport.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's password file ({@code ~/.pgpass}), as libpq reads it: lines
 * {@code hostname:port:database:username:password}, each of the first four a value or {@code *}
 * (anything), {@code :} and {@code \} inside a field escaped with {@code \}, {@code #} lines
 * comments; the first line that matches gives the password.
 */
public final class PgPassFile {
    private final List<String> lines;

    private PgPassFile(List<String> lines) {
        this.lines = lines;
    }

    /** The file's text as read (an absent file is ""). */
    public static PgPassFile of(String text) {
        return new PgPassFile(new ArrayList<>(text.lines().toList()));
    }

    /** The password of the first line that matches, if one does. */
    public Optional<String> password(String host, int port, String database, String user) {
        String[] wanted = {host, Integer.toString(port), database, user};
        for (String line : lines) {
            List<String> fields = fields(line);
            if (fields.size() == 5 && matches(fields, wanted)) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    /**
     * The file's text with {@code password} for exactly this host, port, database and user: the line
     * that named exactly them replaced, else a line added at the top (so that it comes before any
     * wildcard line that would match first). Other lines are kept as they were.
     */
    public String with(String host, int port, String database, String user, String password) {
        String line = String.join(":", escape(host), Integer.toString(port), escape(database), escape(user),
                escape(password));
        List<String> out = new ArrayList<>();
        out.add(line);
        for (String l : lines) {
            List<String> f = fields(l);
            boolean same = f.size() == 5 && f.get(0).equals(host) && f.get(1).equals(Integer.toString(port))
                    && f.get(2).equals(database) && f.get(3).equals(user);
            if (!same) {
                out.add(l);
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static boolean matches(List<String> fields, String[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            String f = fields.get(i);
            if (!f.equals("*") && !f.equals(wanted[i])) {
                return false;
            }
        }
        return true;
    }

    /** The fields of a line, unescaped; none for a comment or a blank line. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        if (line.isBlank() || line.startsWith("#")) {
            return fields;
        }
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':') {
                if (fields.size() == 4) {
                    break; // as libpq: the password ends at an unescaped ':'
                }
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:");
    }
}
