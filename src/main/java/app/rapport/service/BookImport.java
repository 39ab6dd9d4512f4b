package app.rapport.service;

import app.rapport.io.BookSink;
import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.Interaction;
import app.rapport.model.LetterTemplate;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import app.rapport.store.BookTx;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One import of a book file into a book, inside one write transaction. Records the book already
 * holds, identical, are skipped; a record with the same id and different content is an error
 * naming both. Checks that need the whole file (clients referred to, tiers) run at the end.
 */
final class BookImport implements BookSink {
    private static final int BATCH = 5_000;

    private final BookTx tx;
    private final boolean replace;
    private final boolean bookWasEmpty;
    private final Set<String> fileClients = new HashSet<>();
    private final Set<String> fileInteractions = new HashSet<>();
    private final Set<String> fileFollowUps = new HashSet<>();
    private final Set<String> fileTemplates = new HashSet<>();
    private final List<Client> pendingClients = new ArrayList<>();
    private final List<Interaction> pendingInteractions = new ArrayList<>();
    private final Map<String, String> referrals = new LinkedHashMap<>();
    private final Map<String, String> tiersUsed = new LinkedHashMap<>();
    private final Map<String, String> clientsNeeded = new LinkedHashMap<>();
    private final List<Interaction> waiting = new ArrayList<>();
    private final List<String> waitingWhere = new ArrayList<>();
    private final Map<String, Boolean> knownInBook = new HashMap<>();
    private final List<ManualFollowUp> pendingFollowUps = new ArrayList<>();
    private final List<Decision> pendingDecisions = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Settings fileSettings;
    private int clientsAdded;
    private int interactionsAdded;

    BookImport(BookTx tx, boolean replace) {
        this.tx = tx;
        this.replace = replace;
        if (replace) {
            tx.clients().deleteAll();
            tx.letters().deleteAllTemplates();
        }
        this.bookWasEmpty = tx.clients().count() == 0;
    }

    @Override
    public void settings(Settings settings) {
        fileSettings = settings;
    }

    @Override
    public void client(Client client, String where) {
        if (!fileClients.add(client.id())) {
            throw new ServiceException(where + ": the id " + client.id() + " is used by two clients in the file");
        }
        Optional<Client> existing = bookWasEmpty ? Optional.empty() : tx.clients().find(client.id());
        if (existing.isPresent()) {
            if (!sameClient(existing.get(), client)) {
                throw new ServiceException(where + " (" + client.displayName() + ") clashes with client "
                        + client.id() + " already in the book (" + existing.get().displayName()
                        + "): same id, different client");
            }
        } else {
            pendingClients.add(client);
            clientsAdded++;
            if (client.referredBy() != null) {
                referrals.put(client.id(), client.referredBy());
            }
        }
        if (client.tier() != null) {
            tiersUsed.putIfAbsent(client.tier(), where);
        }
        if (pendingClients.size() >= BATCH) {
            flushClients();
        }
    }

    @Override
    public void interaction(Interaction interaction, String where) {
        if (!fileInteractions.add(interaction.id())) {
            throw new ServiceException(where + ": the id " + interaction.id()
                    + " is used by two interactions in the file");
        }
        if (!clientKnown(interaction.clientId())) {
            waiting.add(interaction);
            waitingWhere.add(where);
            return;
        }
        add(interaction, where);
    }

    @Override
    public void followUp(ManualFollowUp followUp, String where) {
        if (!fileFollowUps.add(followUp.id())) {
            throw new ServiceException(where + ": the id " + followUp.id() + " is used by two follow-ups in the file");
        }
        clientsNeeded.putIfAbsent(where, followUp.clientId());
        Optional<ManualFollowUp> existing = bookWasEmpty ? Optional.empty() : tx.followUps().find(followUp.id());
        if (existing.isPresent()) {
            if (!existing.get().equals(followUp)) {
                throw new ServiceException(where + " clashes with follow-up " + followUp.id()
                        + " already in the book: same id, different follow-up");
            }
            return;
        }
        pendingFollowUps.add(followUp);
    }

    @Override
    public void decision(Decision decision, String where) {
        clientsNeeded.putIfAbsent(where, decision.clientId());
        pendingDecisions.add(decision);
    }

    @Override
    public void template(LetterTemplate template, String where) {
        if (!fileTemplates.add(template.name())) {
            throw new ServiceException(where + ": two templates are called " + template.name());
        }
        Optional<LetterTemplate> existing = replace ? Optional.empty() : tx.letters().template(template.name());
        if (existing.isPresent() && !existing.get().equals(template)) {
            notes.add("The template " + template.name() + " was kept as it is in the book; the file's version"
                    + " was not imported.");
            return;
        }
        tx.letters().saveTemplate(template);
    }

    /** Runs the checks that need the whole file, writes what is left, and says what was added. */
    ImportResult finish() {
        flushClients();
        for (int i = 0; i < waiting.size(); i++) {
            Interaction interaction = waiting.get(i);
            if (!clientKnown(interaction.clientId())) {
                throw new ServiceException(waitingWhere.get(i) + ": there is no client " + interaction.clientId()
                        + " in the file or the book");
            }
            add(interaction, waitingWhere.get(i));
        }
        flushInteractions();
        referrals.forEach((clientId, referrer) -> {
            if (!clientKnown(referrer)) {
                tx.clients().find(clientId).ifPresent(c -> tx.clients().update(c.withReferredBy(null)));
                notes.add("Client " + clientId + " was referred by " + referrer
                        + ", who is in neither the file nor the book: that referral was left out.");
            }
        });
        clientsNeeded.forEach((where, clientId) -> {
            if (!clientKnown(clientId)) {
                throw new ServiceException(where + ": there is no client " + clientId + " in the file or the book");
            }
        });
        pendingFollowUps.forEach(tx.followUps()::insert);
        for (Decision d : pendingDecisions) {
            if (bookWasEmpty || !tx.decisions().contains(d)) {
                tx.decisions().insert(d);
            }
        }
        Settings settings = mergedSettings();
        tiersUsed.forEach((tier, where) -> {
            if (settings.tier(tier).isEmpty()) {
                throw new ServiceException(where + ": the tier " + tier + " is not one of the book's tiers ("
                        + String.join(", ", settings.tiers().stream().map(Tier::name).toList()) + ")");
            }
        });
        if (fileSettings != null || replace) {
            tx.settings().save(settings);
        }
        tx.clients().refreshContactDates();
        return new ImportResult(clientsAdded, interactionsAdded, notes);
    }

    /** The file's settings into an empty book; otherwise the book's, with the file's missing tiers added. */
    private Settings mergedSettings() {
        if (fileSettings != null && (replace || bookWasEmpty)) {
            return fileSettings;
        }
        Settings book = replace ? Settings.defaults() : tx.settings().load();
        if (fileSettings == null) {
            return book;
        }
        List<Tier> tiers = new ArrayList<>(book.tiers());
        for (Tier t : fileSettings.tiers()) {
            if (book.tier(t.name()).isEmpty()) {
                tiers.add(t);
            }
        }
        return book.withTiers(tiers);
    }

    private void add(Interaction interaction, String where) {
        Optional<Interaction> existing = bookWasEmpty ? Optional.empty()
                : tx.interactions().find(interaction.id());
        if (existing.isPresent()) {
            if (!sameInteraction(existing.get(), interaction)) {
                throw new ServiceException(where + " clashes with interaction " + interaction.id()
                        + " already in the book: same id, different contact");
            }
            return;
        }
        pendingInteractions.add(interaction);
        interactionsAdded++;
        if (pendingInteractions.size() >= BATCH) {
            flushInteractions();
        }
    }

    private boolean clientKnown(String id) {
        if (fileClients.contains(id)) {
            return true;
        }
        return !bookWasEmpty && knownInBook.computeIfAbsent(id, tx.clients()::exists);
    }

    private void flushClients() {
        if (!pendingClients.isEmpty()) {
            tx.clients().insertAll(pendingClients);
            pendingClients.clear();
        }
    }

    private void flushInteractions() {
        flushClients();
        if (!pendingInteractions.isEmpty()) {
            tx.interactions().insertAll(pendingInteractions);
            pendingInteractions.clear();
        }
    }

    private static boolean sameClient(Client a, Client b) {
        return normal(a).equals(normal(b));
    }

    private static Client normal(Client c) {
        return c.withAddedAt(c.addedAt() == null ? null : c.addedAt().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The same interaction, whoever logged it; a reference that only one of them has (a file written
     * before references were kept) does not make them differ.
     */
    private static boolean sameInteraction(Interaction a, Interaction b) {
        boolean sameRef = a.ref() == null || b.ref() == null || a.ref().equals(b.ref());
        return sameRef && plain(a).equals(plain(b)) && sameAmount(a.amount(), b.amount());
    }

    private static Interaction plain(Interaction i) {
        return i.withAmount(null).withRef(null).withBy(null);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || a != null && b != null && a.compareTo(b) == 0;
    }
}
