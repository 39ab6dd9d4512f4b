package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.InvalidValueException;
import app.rapport.store.SqliteBookStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional fields of FORMATS.md: an interaction's {@code ref} and {@code by}, a decision's
 * {@code by}: kept by the book, the book JSON and edits, written by whoever logs at this computer.
 */
class RefAndByTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    SqliteBookStore store;

    @BeforeEach
    void open() throws Exception {
        store = SqliteBookStore.open(Files.createDirectories(dir.resolve("book")));
        store.writeVoid(tx -> tx.clients().insert(client("c-1").name("Ana", "Ruiz").build()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void store_keepsRefAndBy_andFindsASaleByItsRefForThatClientOnly() {
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-2").name("Bo", "Li").build());
            tx.interactions().insert(contact("i-1", "c-1").kind(InteractionKind.PURCHASE).amount("80.00")
                    .at("2026-11-20T10:00").ref("#1001").by("Marta Ruiz").build());
        });
        Interaction read = store.read(tx -> tx.interactions().find("i-1")).orElseThrow();
        assertThat(read.ref()).isEqualTo("#1001");
        assertThat(read.by()).isEqualTo("Marta Ruiz");
        assertThat(store.<Boolean>read(tx -> tx.interactions().hasRef("c-1", "#1001"))).isTrue();
        assertThat(store.<Boolean>read(tx -> tx.interactions().hasRef("c-2", "#1001"))).isFalse();
        assertThat(store.<Boolean>read(tx -> tx.interactions().hasRef("c-1", "#1002"))).isFalse();
        assertThat(store.<List<Interaction>>read(tx -> tx.interactions().at("c-1",
                LocalDateTime.parse("2026-11-20T10:00")))).containsExactly(read);
    }

    @Test
    void model_blankRefAndByAreNone_overLongOrMultiLineAreRefused() {
        Interaction i = contact("i-1", "c-1").ref("  ").by("").build();
        assertThat(i.ref()).isNull();
        assertThat(i.by()).isNull();
        assertThat(contact("i-1", "c-1").ref(" #1001 ").build().ref()).isEqualTo("#1001");
        assertThatThrownBy(() -> contact("i-1", "c-1").ref("x".repeat(256)).build())
                .isInstanceOf(InvalidValueException.class).hasMessage(Interaction.REF_TOO_LONG);
        assertThatThrownBy(() -> contact("i-1", "c-1").by("Ana\nRuiz").build())
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void bookJson_roundTripKeepsRefAndBy_andAnOlderFileWithoutThemIsTheSameInteraction() throws Exception {
        store.writeVoid(tx -> {
            tx.interactions().insert(contact("i-1", "c-1").kind(InteractionKind.PURCHASE).amount("80.00")
                    .at("2026-11-20T10:00").ref("#1001").by("Marta Ruiz").build());
            tx.decisions().insert(new Decision("c-1", FollowUpRule.THANK_PURCHASE, LocalDate.parse("2026-11-20"),
                    DecisionKind.DONE, null, "Called", Instant.parse("2026-11-21T09:00:00Z"), FollowUpAction.CALL,
                    "Marta Ruiz"));
        });
        TransferService transfer = new TransferService(store, CLOCK);
        Path file = dir.resolve("book.json");
        transfer.exportBook(file);
        String json = Files.readString(file);
        assertThat(json).contains("\"ref\" : \"#1001\"", "\"by\" : \"Marta Ruiz\"");
        try (SqliteBookStore other = SqliteBookStore.open(Files.createDirectories(dir.resolve("other")))) {
            new TransferService(other, CLOCK).importBook(file, false);
            Interaction i = other.read(tx -> tx.interactions().find("i-1")).orElseThrow();
            assertThat(i.ref()).isEqualTo("#1001");
            assertThat(i.by()).isEqualTo("Marta Ruiz");
            assertThat(other.<List<Decision>>read(tx -> tx.decisions().forClient("c-1")))
                    .extracting(Decision::by).containsExactly("Marta Ruiz");
        }
        Files.writeString(file,
                json.replace("\"ref\" : \"#1001\",", "").replace("\"by\" : \"Marta Ruiz\"", "\"by\" : \"\""));
        assertThat(transfer.importBook(file, false)).isEqualTo(new ImportResult(0, 0));
    }

    @Test
    void contactService_logsAsThisComputersUser_andAnEditKeepsTheRefAndWhoLoggedIt() {
        ContactService contacts = new ContactService(store, Identity.named("Marta Ruiz"));
        Interaction logged = contacts.log(new Interaction(ContactService.NEW_ID, "c-1",
                LocalDateTime.parse("2026-11-20T10:00"), InteractionKind.PURCHASE, null, null, null, "Cake", "", "#7",
                null));
        assertThat(logged.by()).isEqualTo("Marta Ruiz");
        // the form builds the edited contact without them
        Interaction edited = new Interaction(logged.id(), "c-1", logged.at(), InteractionKind.PURCHASE, null, null,
                new BigDecimal("12.00"), "Wedding cake", "");
        contacts.update(edited);
        Interaction saved = store.read(tx -> tx.interactions().find(logged.id())).orElseThrow();
        assertThat(saved.summary()).isEqualTo("Wedding cake");
        assertThat(saved.ref()).isEqualTo("#7");
        assertThat(saved.by()).isEqualTo("Marta Ruiz");
    }

    @Test
    void followUps_doneAndSkip_areByThisComputersUser() {
        FollowUpService followUps = new FollowUpService(store, CLOCK, Identity.named("Marta Ruiz"));
        FollowUp f = new FollowUp("c-1", "Ana Ruiz", FollowUpRule.THANK_PURCHASE, FollowUpAction.CALL,
                LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-21"), 2, false, "Bought a cake", null);
        Interaction done = followUps.done(f, followUps.draftFor(f)).contact();
        followUps.skip(new FollowUp("c-1", "Ana Ruiz", FollowUpRule.BIRTHDAY, FollowUpAction.NOTE,
                LocalDate.parse("2026-12-01"), LocalDate.parse("2026-11-24"), 4, false, "Birthday", null), "Away");
        assertThat(done.by()).isEqualTo("Marta Ruiz");
        assertThat(followUps.history("c-1")).extracting(Decision::by).containsExactly("Marta Ruiz", "Marta Ruiz");
        FollowUp note = new FollowUp("c-1", "Ana Ruiz", FollowUpRule.THANK_PURCHASE, FollowUpAction.NOTE,
                f.anchor(), f.due(), 2, false, "Bought a cake", null);
        assertThat(new FollowUpService(store, CLOCK).done(note, followUps.draftFor(note)).contact().by()).isNull();
    }

    @Test
    void identity_isTheUsersFullNameFromPasswd_cutAtTheFirstComma_elseTheUserName() throws Exception {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "root:x:0:0:root:/root:/bin/bash\n"
                + "marta:x:1000:1000:Marta Ruiz,Shop,+1 555 0199,:/home/marta:/bin/bash\n"
                + "bo:x:1001:1001::/home/bo:/bin/sh\n");
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win")) {
            assertThat(Identity.fullName("marta", passwd)).isEqualTo("Marta Ruiz");
        }
        assertThat(Identity.fullName("bo", passwd)).isEqualTo("bo");
        assertThat(Identity.fullName("nobody", passwd)).isEqualTo("nobody");
        assertThat(Identity.fullName("marta", dir.resolve("missing"))).isEqualTo("marta");
        assertThat(Identity.NONE.name()).isNull();
        assertThat(Identity.ofThisComputer().name()).isNotBlank();
    }
}
