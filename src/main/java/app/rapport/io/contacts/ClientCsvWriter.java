package app.rapport.io.contacts;

import app.rapport.model.Client;
import app.rapport.model.Tier;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Clients as CSV (RFC 4180, UTF-8, optionally with a byte-order mark for Excel). A cell that
 * begins with =, +, -, @, a tab or a carriage return, after any quotes ('), is prefixed with '
 * so that no spreadsheet runs it as a formula, and so that Rapport's import, which takes one '
 * off again, gives back a value that really began with '=. Lists are joined with "; ", a ; or a
 * \ inside an item escaped with \. Tiers and channels read as people read them ("Regular",
 * "Handwritten note").
 */
public final class ClientCsvWriter {
    public static final List<String> HEADERS = List.of("id", "firstName", "lastName", "company", "title", "emails",
            "phones", "street", "city", "region", "postalCode", "country", "birthday", "clientSince", "tier", "tags",
            "referredBy", "preferredChannel", "doNotContact", "archived", "notes");
    public static final String BOM = "\uFEFF";
    /** Quotes, then what a spreadsheet would take for the start of a formula. */
    private static final Pattern FORMULA_START = Pattern.compile("'*[=+\\-@\t\r]");
    private static final Pattern GUARDED = Pattern.compile("'+[=+\\-@\t\r]");

    private ClientCsvWriter() {
    }

    /** A cell made safe to open in a spreadsheet. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_START.matcher(cell).lookingAt() ? "'" + cell : cell;
    }

    /** A cell of Rapport's export as it was before {@link #neutralise}; any other cell as it is. */
    public static String unneutralise(String cell) {
        return GUARDED.matcher(cell).lookingAt() ? cell.substring(1) : cell;
    }

    /** Items joined with "; ", with \ and ; inside an item escaped. */
    public static String joinList(List<String> items) {
        return items.stream().map(i -> i.replace("\\", "\\\\").replace(";", "\\;"))
                .collect(Collectors.joining("; "));
    }

    /**
     * The items of a list {@link #joinList} wrote. A \ before anything but ; or \ is kept as it is,
     * so older exports, which did not escape, read as before.
     */
    public static List<String> splitList(String cell) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == ';' || cell.charAt(i + 1) == '\\')) {
                item.append(cell.charAt(++i));
            } else if (c == ';') {
                items.add(item.toString().strip());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString().strip());
        items.removeIf(String::isEmpty);
        return items;
    }

    public static void write(Writer out, Iterable<Client> clients, boolean bom) throws IOException {
        if (bom) {
            out.write(BOM);
        }
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(HEADERS);
            for (Client c : clients) {
                printer.printRecord(HEADERS.stream().map(h -> neutralise(value(c, h))).toList());
            }
        }
    }

    private static String value(Client c, String header) {
        return switch (header) {
            case "id" -> c.id();
            case "firstName" -> c.firstName();
            case "lastName" -> c.lastName();
            case "company" -> c.company();
            case "title" -> c.title();
            case "emails" -> joinList(c.emails());
            case "phones" -> joinList(c.phones());
            case "street" -> c.address().street();
            case "city" -> c.address().city();
            case "region" -> c.address().region();
            case "postalCode" -> c.address().postalCode();
            case "country" -> c.address().country();
            case "birthday" -> c.birthday() == null ? "" : c.birthday().toString();
            case "clientSince" -> c.clientSince() == null ? "" : c.clientSince().toString();
            case "tier" -> c.tier() == null ? "" : Tier.displayName(c.tier());
            case "tags" -> joinList(c.tags());
            case "referredBy" -> c.referredBy() == null ? "" : c.referredBy();
            case "preferredChannel" -> c.preferredChannel() == null ? "" : c.preferredChannel().label();
            case "doNotContact" -> String.valueOf(c.doNotContact());
            case "archived" -> String.valueOf(c.archived());
            case "notes" -> c.notes();
            default -> throw new IllegalArgumentException(header);
        };
    }
}
