package app.rapport.service;

import app.rapport.letters.CallSheet;
import app.rapport.letters.LabelLayout;
import app.rapport.letters.PrintDocument;
import app.rapport.model.Agenda;
import app.rapport.model.Client;
import app.rapport.model.Dates;
import app.rapport.model.FollowUp;
import app.rapport.model.Settings;
import app.rapport.store.BookStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Sheets that are not letters: address labels, and the day's call sheet. */
public final class SheetService {
    private final BookStore store;
    private final PlanningService planning;

    public SheetService(BookStore store, PlanningService planning) {
        this.store = store;
        this.planning = planning;
    }

    /** Labels made, and the clients left out for want of an address. */
    public record LabelSheet(PrintablePdf pdf, int labels, List<String> skipped) {
    }

    /** Address labels for these clients (all active clients with an address when none are given). */
    public LabelSheet labels(LabelLayout layout, List<String> clientIds) {
        return store.read(tx -> {
            List<Client> clients = new ArrayList<>();
            if (clientIds.isEmpty()) {
                tx.clients().forEach(c -> {
                    if (!c.archived()) {
                        clients.add(c);
                    }
                });
                clients.sort(Comparator.comparing(Client::displayName, String.CASE_INSENSITIVE_ORDER));
            } else {
                for (String id : clientIds) {
                    clients.add(tx.clients().find(id)
                            .orElseThrow(() -> new ServiceException("There is no client " + id + " in the book.")));
                }
            }
            List<List<String>> addresses = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (Client c : clients) {
                if (c.address().isPostable()) {
                    addresses.add(LetterService.recipient(c));
                } else {
                    skipped.add(c.displayName());
                }
            }
            try (PrintDocument doc = new PrintDocument("Address labels")) {
                doc.addLabels(layout, addresses);
                return new LabelSheet(PrintablePdf.of(doc), addresses.size(), skipped);
            }
        });
    }

    /**
     * The day's calls (overdue and due today) with numbers, reasons and room for notes; empty when
     * no call is due, as there is nothing to print.
     */
    public Optional<PrintablePdf> callSheet() {
        Agenda agenda = planning.agenda();
        record Sheet(Settings settings, List<CallSheet.Row> rows) {
        }
        Sheet sheet = store.read(tx -> {
            List<CallSheet.Row> rows = new ArrayList<>();
            for (FollowUp f : agenda.followUps()) {
                if (f.action().includesCall() && !f.due().isAfter(agenda.asOf())) {
                    String phones = tx.clients().find(f.clientId()).map(c -> c.phones().isEmpty() ? "no phone number"
                            : String.join(" · ", c.phones())).orElse("");
                    String due = f.due().isBefore(agenda.asOf()) ? "overdue since " + Dates.shortDate(f.due())
                            : "due today";
                    rows.add(new CallSheet.Row(f.clientName(), phones, f.rule().label() + ": " + f.reason(), due));
                }
            }
            return new Sheet(tx.settings().load(), rows);
        });
        if (sheet.rows().isEmpty()) {
            return Optional.empty();
        }
        try (PrintDocument doc = new PrintDocument("Calls")) {
            doc.addCallSheet(new CallSheet("Calls for " + Dates.longDate(agenda.asOf()), sheet.settings().paper(),
                    sheet.rows()));
            return Optional.of(PrintablePdf.of(doc));
        }
    }
}
