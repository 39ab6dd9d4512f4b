package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Agenda;
import app.rapport.model.Client;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.Insight;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.service.demo.DemoService;
import app.rapport.store.BookStore;
import app.rapport.store.PostgresBookStore;
import app.rapport.store.SqliteBookStore;
import app.rapport.testutil.ClientBuilder;
import app.rapport.testutil.InteractionBuilder;
import app.rapport.testutil.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same book on SQLite and on a team book (PostgreSQL), filled and worked through the same
 * services, gives the same agenda JSON ({@code today --json}), the same book export and the same
 * insight, byte for byte: the two stores answer every query alike.
 */
class TeamBookParityTest {
    static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
    static final Clock CLOCK = Clock.fixed(AS_OF.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    record Outputs(String agendaJson, String export, Insight insight, List<String> newIds) {
    }

    @Test
    void theSameBookOnBoth_givesTheSameAgendaExportAndInsight() throws Exception {
        Outputs local;
        try (BookStore store = SqliteBookStore.open(dir.resolve("local"))) {
            local = work(store, "local");
        }
        String database = TestPostgres.newDatabase();
        Outputs team;
        try (BookStore store = PostgresBookStore.open(TestPostgres.server().jdbcUrl(database), new Properties())) {
            team = work(store, "team");
        }
        assertThat(team.newIds()).isEqualTo(local.newIds());
        assertThat(team.agendaJson()).isEqualTo(local.agendaJson());
        assertThat(team.export()).isEqualTo(local.export());
        assertThat(team.insight()).isEqualTo(local.insight());
        assertThat(local.agendaJson()).contains("\"followUps\"");
        assertThat(local.export()).contains("\"interactions\"");
    }

    /**
     * A sample book, then a morning's work: follow-ups done, skipped and snoozed, a new client, contacts (one with
     * an id of its own, as a till's), a follow-up added.
     */
    private Outputs work(BookStore store, String name) throws Exception {
        new DemoService(store, ZoneOffset.UTC).fill(600, 7, AS_OF);
        PlanningService planning = new PlanningService(store, CLOCK);
        FollowUpService followUps = new FollowUpService(store, CLOCK, Identity.named("Marta"));
        List<FollowUp> due = planning.agenda(AS_OF).followUps();
        followUps.done(due.get(0), followUps.draftFor(due.get(0)));
        followUps.skip(due.get(1), "Moved away");
        followUps.snooze(due.get(2), AS_OF.plusDays(7), "On holiday");
        Client added = new ClientService(store, CLOCK).add(ClientBuilder.client(ClientService.NEW_ID)
                .name("Zoë", "Łukasiewicz").tier("VIP").build());
        ContactService contacts = new ContactService(store, Identity.named("Marta"));
        Interaction logged = contacts.log(InteractionBuilder.contact(ContactService.NEW_ID, added.id())
                .at("2026-11-23T09:00").kind(InteractionKind.PURCHASE).amount("12.50").summary("Rye loaf").build());
        contacts.log(InteractionBuilder.contact("a-till-0042", added.id()).at("2026-11-23T09:05")
                .kind(InteractionKind.PURCHASE).amount("3").ref("till 42").build());
        String manual = followUps.add(added.id(), FollowUpAction.CALL, AS_OF.plusDays(3), 2, "Ask about the cake")
                .id();

        Agenda agenda = planning.agenda(AS_OF);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        planning.writeJson(agenda, json);
        Path export = dir.resolve(name + "-export.json");
        new TransferService(store, CLOCK).exportBook(export);
        Insight insight = new InsightService(store, CLOCK).figures(AS_OF, 12);
        return new Outputs(json.toString(), Files.readString(export), insight,
                List.of(added.id(), logged.id(), manual));
    }
}
