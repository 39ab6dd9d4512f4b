package app.rapport.service;

import app.rapport.io.sales.SaleRecord;
import app.rapport.model.Client;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.InvalidValueException;
import app.rapport.service.SalesImportService.NewClients;
import app.rapport.service.SalesReport.Kind;
import app.rapport.service.SalesReport.Outcome;
import app.rapport.store.BookTx;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One import of sales into a book, inside one transaction: each sale matched to a client (any of
 * the client's emails, ignoring case; else the phone, digits only, on the last 9; else the full
 * name, exactly, spaces folded), skipped when the book has it already (its reference for that
 * client, or with no reference a purchase of the same minute and amount), else a PURCHASE.
 */
final class SalesImport {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);
    private static final int BATCH = 5_000;

    private final BookTx tx;
    private final Clock clock;
    private final String by;
    private final NewClients newClients;
    private final Index emails = new Index();
    private final Index phones = new Index();
    private final Index names = new Index();
    private final Map<String, Client> clients = new HashMap<>();
    /** The clients made from sales, by id, in the order they were made. */
    private final Map<String, Client> made = new LinkedHashMap<>();
    /** What this import has taken, by {@link #key}, with where. */
    private final Map<String, String> taken = new HashMap<>();
    private final List<Interaction> purchases = new ArrayList<>();
    private long nextClient;
    private long nextInteraction;

    SalesImport(BookTx tx, Clock clock, String by, NewClients newClients) {
        this.tx = tx;
        this.clock = clock;
        this.by = by;
        this.newClients = newClients;
        tx.clients().forEach(this::index);
        this.nextClient = Long.parseLong(tx.clients().nextId().substring(2));
        this.nextInteraction = Long.parseLong(tx.interactions().nextId().substring(2));
    }

    SalesReport run(SalesFile file, boolean dryRun) {
        List<Outcome> outcomes = new ArrayList<>();
        file.notTaken().forEach(n -> outcomes.add(Outcome.notTaken(n)));
        LocalDateTime now = LocalDateTime.now(clock);
        for (SaleRecord sale : file.sales()) {
            outcomes.add(take(sale, now));
        }
        if (!dryRun) {
            List<Client> newOnes = new ArrayList<>(made.values());
            for (int i = 0; i < newOnes.size(); i += BATCH) {
                tx.clients().insertAll(newOnes.subList(i, Math.min(newOnes.size(), i + BATCH)));
            }
            for (int i = 0; i < purchases.size(); i += BATCH) {
                tx.interactions().insertAll(purchases.subList(i, Math.min(purchases.size(), i + BATCH)));
            }
            if (!purchases.isEmpty()) {
                tx.clients().refreshContactDates();
            }
        }
        return new SalesReport(outcomes, file.problems(), dryRun);
    }

    private Outcome take(SaleRecord sale, LocalDateTime now) {
        String would = "";
        if (Interaction.isInTheFuture(sale.at(), now)) {
            return outcome(sale, Kind.IN_THE_FUTURE, null, sale.where() + ": dated " + WHEN.format(sale.at())
                    + ", in the future (are day and month the right way round?); not taken.");
        }
        Found found = clientFor(sale);
        if (found.refused() != null) {
            return found.refused();
        }
        Client client = found.client();
        boolean isNew = found.isNew();
        String key = key(client.id(), sale);
        String earlier = taken.get(key);
        if (earlier != null) {
            return outcome(sale, Kind.TWICE_IN_FILE, client, sale.where() + ": the same sale as "
                    + lowerFirst(earlier) + "; skipped.");
        }
        if (inBook(client.id(), sale)) {
            return outcome(sale, Kind.ALREADY_IN_BOOK, client, sale.where() + ": already in the book ("
                    + client.displayName() + (sale.ref() != null ? ", " + sale.ref() : "") + "); skipped.");
        }
        taken.put(key, sale.where());
        purchases.add(new Interaction(nextInteractionId(), client.id(), sale.at(), InteractionKind.PURCHASE, null,
                null, sale.amount(), sale.summary(), "", sale.ref(), by));
        if (isNew && !made.containsKey(client.id())) {
            made.put(client.id(), client);
            index(client);
            would = sale.where() + ": new client " + client.displayName() + " (" + client.id() + ")"
                    + (sale.note() != null ? "; " + sale.note() : "") + ".";
        } else if (sale.note() != null) {
            would = sale.where() + ": " + client.displayName() + ", " + sale.note() + ".";
        }
        return outcome(sale, isNew ? Kind.ADDED_FOR_NEW_CLIENT : Kind.ADDED, client, would);
    }

    /**
     * The client a sale is for: found in the book or made earlier in the file, or new (made when
     * new clients are made); or, when there is none, the outcome that says why.
     */
    private Found clientFor(SaleRecord sale) {
        Match match = find(sale);
        if (match.ids().size() > 1) {
            String who = match.ids().stream().map(id -> clients.get(id).displayName() + " (" + id + ")")
                    .collect(Collectors.joining(", "));
            return Found.refusedBy(outcome(sale, Kind.AMBIGUOUS, null, sale.where() + ": fits " + match.ids().size()
                    + " clients (" + match.why() + "): " + who + "; not taken, so as not to guess."));
        }
        if (match.ids().isEmpty()) {
            if (sale.email() == null && sale.name().isEmpty()) {
                return Found.refusedBy(outcome(sale, Kind.NO_CLIENT, null, sale.where() + ": no client has the phone "
                        + sale.phone() + ", and the sale gives no name or email to make one; not taken."));
            }
            if (newClients == NewClients.SKIP) {
                return Found.refusedBy(outcome(sale, Kind.NO_CLIENT, null, sale.where() + ": no client matches "
                        + who(sale) + "; not taken (new clients are not made)."));
            }
            try {
                return new Found(newClient(sale), true, null);
            } catch (InvalidValueException e) {
                return Found.refusedBy(outcome(sale, Kind.NO_CLIENT, null, sale.where() + ": " + who(sale)
                        + " cannot be made a client (" + e.getMessage() + "); not taken."));
            }
        }
        Client client = clients.get(match.ids().iterator().next());
        if (!made.containsKey(client.id())) {
            return new Found(client, false, null);
        }
        return new Found(sale.at().toLocalDate().isBefore(client.clientSince()) ? since(client, sale) : client, true,
                null);
    }

    /** The client a sale is for, and whether the import makes it; or the outcome when there is none. */
    private record Found(Client client, boolean isNew, Outcome refused) {
        static Found refusedBy(Outcome outcome) {
            return new Found(null, false, outcome);
        }
    }

    private static Outcome outcome(SaleRecord sale, Kind kind, Client client, String text) {
        return Outcome.of(sale, kind, client == null ? null : client.id(), client == null ? "" : client.displayName(),
                text);
    }

    private static String who(SaleRecord sale) {
        return sale.name().isEmpty() ? sale.email() : sale.name() + (sale.email() == null ? "" : " <" + sale.email()
                + ">");
    }

    /** A client made from a sale: its name (or, with none, its email), email and phone; client since its date. */
    private Client newClient(SaleRecord sale) {
        String id;
        do {
            id = "c-%04d".formatted(nextClient++);
        } while (tx.clients().exists(id));
        String first = sale.name().isEmpty() ? sale.email() : sale.firstName();
        return new Client(id, first, sale.lastName(), "", "", sale.email() == null ? List.of() : List.of(sale.email()),
                sale.phone() == null ? List.of() : List.of(sale.phone()), null, null, sale.at().toLocalDate(),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), null, List.of(), null, null, false, false, "");
    }

    /** A client made earlier in this import, client since this (earlier) sale's date. */
    private Client since(Client c, SaleRecord sale) {
        Client earlier = new Client(c.id(), c.firstName(), c.lastName(), c.company(), c.title(), c.emails(), c.phones(),
                c.address(), c.birthday(), sale.at().toLocalDate(), c.addedAt(), c.tier(), c.tags(), c.referredBy(),
                c.preferredChannel(), c.doNotContact(), c.archived(), c.notes());
        made.put(c.id(), earlier);
        clients.put(c.id(), earlier);
        return earlier;
    }

    private String nextInteractionId() {
        String id;
        do {
            id = "i-%06d".formatted(nextInteraction++);
        } while (tx.interactions().exists(id));
        return id;
    }

    /** The sale's identity for this client: its reference, or with none its minute and amount. */
    private static String key(String clientId, SaleRecord sale) {
        return clientId + "\u0000" + (sale.ref() != null ? "ref " + sale.ref()
                : "at " + sale.at() + " " + sale.amount().stripTrailingZeros().toPlainString());
    }

    private boolean inBook(String clientId, SaleRecord sale) {
        if (made.containsKey(clientId)) {
            return false;
        }
        if (sale.ref() != null) {
            return tx.interactions().hasRef(clientId, sale.ref());
        }
        return tx.interactions().at(clientId, sale.at()).stream().anyMatch(i -> i.kind() == InteractionKind.PURCHASE
                && i.amount() != null && i.amount().compareTo(sale.amount()) == 0);
    }

    // ---- matching --------------------------------------------------------------------------------

    /** The clients a sale fits at the first level that fits any, and by what. */
    private record Match(Set<String> ids, String why) {
    }

    private Match find(SaleRecord sale) {
        if (sale.email() != null) {
            Set<String> ids = emails.get(emailKey(sale.email()));
            if (!ids.isEmpty()) {
                return new Match(ids, "same email " + sale.email());
            }
        }
        if (sale.phone() != null) {
            Set<String> ids = phones.get(phoneKey(sale.phone()));
            if (!ids.isEmpty()) {
                return new Match(ids, "same phone " + sale.phone());
            }
        }
        if (!sale.name().isEmpty()) {
            Set<String> ids = names.get(nameKey(sale.name()));
            if (!ids.isEmpty()) {
                return new Match(ids, "same name " + sale.name());
            }
        }
        return new Match(Set.of(), "");
    }

    private void index(Client c) {
        clients.put(c.id(), c);
        c.emails().forEach(e -> emails.add(emailKey(e), c.id()));
        c.phones().forEach(p -> phones.add(phoneKey(p), c.id()));
        names.add(nameKey(c.displayName()), c.id());
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Digits only, the last 9 (or all, when fewer): "+1 (555) 010-0199" and "555 010 0199" are one phone. */
    static String phoneKey(String phone) {
        String d = phone.replaceAll("\\D", "");
        return d.length() > 9 ? d.substring(d.length() - 9) : d;
    }

    /** The name exactly, spaces trimmed and folded, in one Unicode form ("é" typed either way). */
    static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Clients by a key; a blank key finds no one. */
    private static final class Index {
        private final Map<String, Set<String>> ids = new HashMap<>();

        void add(String key, String id) {
            if (!key.isEmpty()) {
                ids.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
            }
        }

        Set<String> get(String key) {
            return key.isEmpty() ? Set.of() : ids.getOrDefault(key, Set.of());
        }
    }
}
