package app.rapport.service;

import app.rapport.io.contacts.ClientCsvWriter;
import app.rapport.io.contacts.FollowUpCalendar;
import app.rapport.io.contacts.VcardContacts;
import app.rapport.model.Agenda;
import app.rapport.model.Client;
import app.rapport.store.BookStore;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Clients out as CSV and vCard, and the coming follow-ups as iCalendar events. */
public final class ContactExportService {
    private final BookStore store;
    private final PlanningService planning;
    private final Clock clock;
    private final Path dataFolder;

    /** @param dataFolder this computer's data folder, where no export may go (a team book's has no file) */
    public ContactExportService(BookStore store, PlanningService planning, Clock clock, Path dataFolder) {
        this.store = store;
        this.planning = planning;
        this.clock = clock;
        this.dataFolder = dataFolder;
    }

    /** Clients as CSV (with a byte-order mark for Excel when asked); how many were written. */
    public int exportCsv(Path file, boolean bom) {
        List<Client> clients = allClients();
        writeAtomically(file, out -> ClientCsvWriter.write(out, clients, bom));
        return clients.size();
    }

    /** Clients as vCard 4.0. */
    public int exportVcard(Path file) {
        List<Client> clients = allClients();
        String text = VcardContacts.write(clients);
        writeAtomically(file, out -> out.write(text));
        return clients.size();
    }

    /** The open follow-ups of the next 30 days as iCalendar events. */
    public int exportCalendar(Path file) {
        Agenda agenda = planning.agenda(LocalDate.now(clock), 30);
        Map<String, String> phones = store.read(tx -> {
            Map<String, String> m = new HashMap<>();
            agenda.followUps().forEach(f -> tx.clients().find(f.clientId())
                    .ifPresent(c -> m.put(c.id(), String.join(", ", c.phones()))));
            return m;
        });
        String text = FollowUpCalendar.write(agenda.followUps(), phones, Instant.now(clock), clock.getZone());
        writeAtomically(file, out -> out.write(text));
        return agenda.followUps().size();
    }

    private List<Client> allClients() {
        return store.read(tx -> {
            List<Client> all = new ArrayList<>();
            tx.clients().forEach(all::add);
            return all;
        });
    }

    private interface Content {
        void write(Writer out) throws IOException;
    }

    private void writeAtomically(Path file, Content content) {
        OutputTarget.write(dataFolder, file, out -> {
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                content.write(writer);
            }
            return null;
        });
    }
}
