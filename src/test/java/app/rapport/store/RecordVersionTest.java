package app.rapport.store;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Client;
import app.rapport.model.FollowUpAction;
import app.rapport.model.LetterTemplate;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.RecordVersion;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every record the owner edits carries a version: a save passes the version it read, moves it one
 * on with who and when, and changes nothing when the record moved on or went since; on both books.
 */
class RecordVersionTest {
    static final Instant TEN_FORTY_TWO = Instant.parse("2026-11-20T10:42:00Z");
    static final Instant ELEVEN = Instant.parse("2026-11-20T11:00:00Z");

    BookStore store;

    @BeforeEach
    void open(TestBook book) {
        store = book.store();
        store.writeVoid(tx -> tx.clients().insert(client("c-1").name("Ana", "Ruiz").build()));
    }

    private Optional<RecordVersion> clientVersion() {
        return store.read(tx -> tx.clients().version("c-1"));
    }

    private RecordVersion settingsVersion() {
        return store.read(tx -> tx.settings().version());
    }

    @OnBothBooks
    void client_newInTheBook_isAtVersion1_byNoOneKnown() {
        assertThat(clientVersion()).contains(new RecordVersion(1, null, null));
        assertThat(store.<Optional<RecordVersion>>read(tx -> tx.clients().version("c-9"))).isEmpty();
    }

    @OnBothBooks
    void client_savedAtItsVersion_movesOneOn_withWhoAndWhen() {
        Client edited = client("c-1").name("Ana", "Ruiz").notes("Moved to Sevilla").build();

        boolean saved = store.<Boolean>write(tx -> tx.clients().update(edited, 1, "Marta Ruiz", TEN_FORTY_TWO));

        assertThat(saved).isTrue();
        assertThat(clientVersion()).contains(new RecordVersion(2, "Marta Ruiz", TEN_FORTY_TWO));
        assertThat(store.<Optional<Client>>read(tx -> tx.clients().find("c-1"))).contains(edited);
    }

    @OnBothBooks
    void client_savedAtAVersionItMovedOnFrom_isRefused_andTheNewerSaveStays() {
        Client marta = client("c-1").name("Ana", "Ruiz").notes("Moved to Sevilla").build();
        Client ben = client("c-1").name("Ana", "Ruiz").notes("Moved to Cádiz").build();
        store.<Boolean>write(tx -> tx.clients().update(marta, 1, "Marta Ruiz", TEN_FORTY_TWO));

        boolean saved = store.<Boolean>write(tx -> tx.clients().update(ben, 1, "Ben Okafor", ELEVEN));

        assertThat(saved).isFalse();
        assertThat(clientVersion()).contains(new RecordVersion(2, "Marta Ruiz", TEN_FORTY_TWO));
        assertThat(store.<Optional<Client>>read(tx -> tx.clients().find("c-1"))).contains(marta);
    }

    @OnBothBooks
    void client_deletedMeanwhile_isNotSaved_andHasNoVersion() {
        store.writeVoid(tx -> tx.clients().delete("c-1"));

        boolean saved = store.<Boolean>write(tx -> tx.clients().update(client("c-1").name("Ana", "Ruiz").build(), 1,
                "Ben Okafor", ELEVEN));

        assertThat(saved).isFalse();
        assertThat(clientVersion()).isEmpty();
        assertThat(store.<Optional<Client>>read(tx -> tx.clients().find("c-1"))).isEmpty();
    }

    @OnBothBooks
    void client_changedWithoutAVersion_importOrTierMove_movesOneOn_byNoOneKnown() {
        store.<Boolean>write(tx -> tx.clients().update(client("c-1").name("Ana", "Ruiz").tier("VIP").build(), 1,
                "Marta Ruiz", TEN_FORTY_TWO));

        store.writeVoid(tx -> tx.clients().update(client("c-1").name("Ana", "Ruiz").tier("VIP").notes("x").build()));
        assertThat(clientVersion()).contains(new RecordVersion(3, null, null));
        store.writeVoid(tx -> tx.clients().retier("VIP", "GOLD"));
        assertThat(clientVersion()).contains(new RecordVersion(4, null, null));
    }

    @OnBothBooks
    void followUp_savedAtItsVersion_movesOn_andAStaleSaveIsRefused() {
        ManualFollowUp open = new ManualFollowUp("f-1", "c-1", FollowUpAction.CALL, LocalDate.of(2026, 11, 20), 3,
                "Ask about the order", ManualFollowUp.Status.OPEN, LocalDate.of(2026, 11, 19));
        store.writeVoid(tx -> tx.followUps().insert(open));

        assertThat(store.<Boolean>write(tx -> tx.followUps().update(open.withStatus(ManualFollowUp.Status.DONE), 1,
                "Marta Ruiz", TEN_FORTY_TWO))).isTrue();
        assertThat(store.<Boolean>write(tx -> tx.followUps().update(open.withDue(LocalDate.of(2026, 11, 27)), 1,
                "Ben Okafor", ELEVEN))).isFalse();

        assertThat(store.<Optional<RecordVersion>>read(tx -> tx.followUps().version("f-1")))
                .contains(new RecordVersion(2, "Marta Ruiz", TEN_FORTY_TWO));
        assertThat(store.<Optional<ManualFollowUp>>read(tx -> tx.followUps().find("f-1")))
                .contains(open.withStatus(ManualFollowUp.Status.DONE));
    }

    @OnBothBooks
    void settings_neverSaved_areAtVersion0_andEachSaveMovesThemOn_aStaleOneRefused() {
        assertThat(settingsVersion()).isEqualTo(RecordVersion.NONE);
        Settings marta = Settings.defaults().withTiers(List.of(new Tier("GOLD", 20)));
        Settings ben = Settings.defaults().withReminderTime(LocalTime.of(7, 30));

        assertThat(store.<Boolean>write(tx -> tx.settings().save(marta, 0, "Marta Ruiz", TEN_FORTY_TWO))).isTrue();
        assertThat(store.<Boolean>write(tx -> tx.settings().save(ben, 0, "Ben Okafor", ELEVEN))).isFalse();

        assertThat(settingsVersion()).isEqualTo(new RecordVersion(1, "Marta Ruiz", TEN_FORTY_TWO));
        assertThat(store.<Settings>read(tx -> tx.settings().load())).isEqualTo(marta);
        store.writeVoid(tx -> tx.settings().save(ben));
        assertThat(settingsVersion()).isEqualTo(new RecordVersion(2, null, null));
    }

    @OnBothBooks
    void template_newAtVersion0_thenSavedAtItsVersion_aStaleSaveOrDeleteRefused() {
        LetterTemplate first = new LetterTemplate("my-card", "My card", "Hello!", null);
        LetterTemplate marta = new LetterTemplate("my-card", "My card", "Hello, Marta here", null);
        LetterTemplate ben = new LetterTemplate("my-card", "My card", "Hello, Ben here", null);

        assertThat(store.<Boolean>write(tx -> tx.letters().saveTemplate(first, 0, "Marta Ruiz", TEN_FORTY_TWO)))
                .isTrue();
        assertThat(store.<Boolean>write(tx -> tx.letters().saveTemplate(ben, 0, "Ben Okafor", ELEVEN))).isFalse();
        assertThat(store.<Boolean>write(tx -> tx.letters().saveTemplate(marta, 1, "Marta Ruiz", TEN_FORTY_TWO)))
                .isTrue();
        assertThat(store.<Boolean>write(tx -> tx.letters().saveTemplate(ben, 1, "Ben Okafor", ELEVEN))).isFalse();
        assertThat(store.<Boolean>write(tx -> tx.letters().deleteTemplate("my-card", 1))).isFalse();

        assertThat(store.<Optional<LetterTemplate>>read(tx -> tx.letters().template("my-card"))).contains(marta);
        assertThat(store.<Optional<RecordVersion>>read(tx -> tx.letters().templateVersion("my-card")))
                .contains(new RecordVersion(2, "Marta Ruiz", TEN_FORTY_TWO));
        store.writeVoid(tx -> tx.letters().saveTemplate(ben));
        assertThat(store.<Optional<RecordVersion>>read(tx -> tx.letters().templateVersion("my-card")))
                .contains(new RecordVersion(3, null, null));
        assertThat(store.<Boolean>write(tx -> tx.letters().deleteTemplate("my-card", 3))).isTrue();
        assertThat(store.<Optional<RecordVersion>>read(tx -> tx.letters().templateVersion("my-card"))).isEmpty();
    }
}
