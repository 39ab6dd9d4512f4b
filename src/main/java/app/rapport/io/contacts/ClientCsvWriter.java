package app.rapport.io.contacts;

import app.rapport.model.Client;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Clients as CSV (RFC 4180, UTF-8, optionally with a byte-order mark for Excel). A cell that
 * begins with =, +, -, @, a tab or a carriage return is prefixed with ' so that no spreadsheet
 * runs it as a formula.
 */
public final class ClientCsvWriter {
    public static final List<String> HEADERS = List.of("id", "firstName", "lastName", "company", "title", "emails",
            "phones", "street", "city", "region", "postalCode", "country", "birthday", "clientSince", "tier", "tags",
            "referredBy", "preferredChannel", "doNotContact", "archived", "notes");
    public static final String BOM = "\uFEFF";

    private ClientCsvWriter() {
    }

    /** A cell made safe to open in a spreadsheet. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
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
            case "emails" -> String.join("; ", c.emails());
            case "phones" -> String.join("; ", c.phones());
            case "street" -> c.address().street();
            case "city" -> c.address().city();
            case "region" -> c.address().region();
            case "postalCode" -> c.address().postalCode();
            case "country" -> c.address().country();
            case "birthday" -> c.birthday() == null ? "" : c.birthday().toString();
            case "clientSince" -> c.clientSince() == null ? "" : c.clientSince().toString();
            case "tier" -> c.tier() == null ? "" : c.tier();
            case "tags" -> String.join("; ", c.tags());
            case "referredBy" -> c.referredBy() == null ? "" : c.referredBy();
            case "preferredChannel" -> c.preferredChannel() == null ? "" : c.preferredChannel().name();
            case "doNotContact" -> String.valueOf(c.doNotContact());
            case "archived" -> String.valueOf(c.archived());
            case "notes" -> c.notes();
            default -> throw new IllegalArgumentException(header);
        };
    }
}
