package app.rapport.service;

import app.rapport.io.sales.NotTaken;
import app.rapport.io.sales.SaleRecord;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a sales import did (or, in a dry run, would do): what became of every sale and of every row
 * not taken, in the order of the file.
 *
 * @param outcomes one for each sale and each row not taken, in file order
 * @param problems what could not be read at all (a broken line, an unknown time zone)
 */
public record SalesReport(List<Outcome> outcomes, List<String> problems, boolean dryRun) {
    public SalesReport {
        outcomes = outcomes.stream().sorted(Comparator.comparingLong(Outcome::line)).toList();
        problems = List.copyOf(problems);
    }

    /** What became of a sale, or of a row that was not one. */
    public enum Kind {
        /** Added as a purchase of a client in the book. */
        ADDED,
        /** Added as a purchase of a new client, made from the sale. */
        ADDED_FOR_NEW_CLIENT,
        /** Already in the book (its reference, or the same minute and amount): skipped. */
        ALREADY_IN_BOOK,
        /** Twice in the file: taken once. */
        TWICE_IN_FILE,
        /** Fits two or more clients: not guessed. */
        AMBIGUOUS,
        /** No client matches, and none was made (new clients skipped, or nothing to name one by). */
        NO_CLIENT,
        /** Dated after now. */
        IN_THE_FUTURE,
        /** Not a sale to take: a refund, a refunded or voided order, no customer, date or amount. */
        NOT_TAKEN
    }

    /**
     * One sale's fate, in plain values (the screens and commands know no file formats).
     *
     * @param at when the sale was, where this computer is; {@code null} for a row not taken by the reader
     * @param amount what the client paid and kept; {@code null} likewise
     * @param summary the items bought, or ""
     * @param customer who the file says bought (name, else email, else phone), or ""
     * @param clientId the client it went to (or would go to), or {@code null}
     * @param clientName that client's name, or ""
     * @param text the report's line for it, or "" for a purchase added without remark
     */
    public record Outcome(long line, String where, Kind kind, LocalDateTime at, BigDecimal amount, String summary,
                          String customer, String clientId, String clientName, String text) {
        static Outcome notTaken(NotTaken n) {
            return new Outcome(n.line(), n.where(), Kind.NOT_TAKEN, null, null, "", "", null, "", n.describe());
        }

        static Outcome of(SaleRecord sale, Kind kind, String clientId, String clientName, String text) {
            String customer = !sale.name().isEmpty() ? sale.name() : sale.email() != null ? sale.email()
                    : sale.phone() != null ? sale.phone() : "";
            return new Outcome(sale.line(), sale.where(), kind, sale.at(), sale.amount(), sale.summary(), customer,
                    clientId, clientName, text);
        }

        /** Whether it became (or would become) a purchase. */
        public boolean added() {
            return kind == Kind.ADDED || kind == Kind.ADDED_FOR_NEW_CLIENT;
        }
    }

    /** Purchases added (or that would be). */
    public int purchases() {
        return (int) outcomes.stream().filter(Outcome::added).count();
    }

    /** Clients made from sales (or that would be). */
    public int newClients() {
        return (int) outcomes.stream().filter(o -> o.kind() == Kind.ADDED_FOR_NEW_CLIENT).map(Outcome::clientId)
                .distinct().count();
    }

    /** Sales skipped because the book (or the file, earlier) has them already. */
    public int skipped() {
        return count(Kind.ALREADY_IN_BOOK) + count(Kind.TWICE_IN_FILE);
    }

    /** Rows not taken: not sales, ambiguous, no client, in the future. */
    public int notTaken() {
        return outcomes.size() - purchases() - skipped();
    }

    public int count(Kind kind) {
        return (int) outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /** "Added 4 purchases (1 new client); skipped 2 already in the book; 3 not taken." */
    public String summary() {
        int added = purchases();
        int clients = newClients();
        return (dryRun ? "Would add " : "Added ") + added + (added == 1 ? " purchase" : " purchases")
                + (clients == 0 ? "" : " (" + clients + (clients == 1 ? " new client)" : " new clients)"))
                + "; " + (dryRun ? "would skip " : "skipped ") + skipped() + " already in the book; " + notTaken()
                + " not taken" + (problems.isEmpty() ? "." : "; " + problems.size()
                + (problems.size() == 1 ? " problem." : " problems."));
    }

    /** Every line worth reading, in the order of the file: each sale not added, new clients, partial refunds. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(problems);
        outcomes.stream().map(Outcome::text).filter(t -> !t.isEmpty()).forEach(lines::add);
        return lines;
    }

    /** The summary, then {@link #lines()}: what the command line prints and the import screen shows. */
    public String text() {
        return String.join("\n", Stream.concat(Stream.of(summary()), lines().stream()).toList());
    }
}
