package app.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Amount;
import app.rapport.model.ClientRef;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.service.ContactService;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogContactViewModelTest {
    static final LocalDateTime NOW = LocalDateTime.parse("2026-11-22T10:07");
    static final ClientRef ANA = new ClientRef("c-0001", "Ana Ruiz");

    @Test
    void newContact_defaultsToACallNowFromYou() {
        LogContactViewModel form = new LogContactViewModel(null, NOW);
        form.fixClient(ANA);
        Interaction logged = form.toInteraction().orElseThrow();
        assertThat(logged.id()).isEqualTo(ContactService.NEW_ID);
        assertThat(logged.at()).isEqualTo(NOW);
        assertThat(logged.kind()).isEqualTo(InteractionKind.CALL);
        assertThat(logged.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(logged.amount()).isNull();
    }

    @Test
    void kind_setsTheDirectionUntilTheOwnerChoosesOne() {
        LogContactViewModel form = new LogContactViewModel(null, NOW);
        form.kind.set(InteractionKind.PURCHASE);
        assertThat(form.direction.get()).isEqualTo(Direction.INBOUND);
        form.chooseDirection(Direction.OUTBOUND);
        form.kind.set(InteractionKind.COMPLAINT);
        assertThat(form.direction.get()).isEqualTo(Direction.OUTBOUND);
    }

    @Test
    void complaint_defaultsToANegativeExperience_andBackWhenTheKindChangesAgain() {
        LogContactViewModel form = new LogContactViewModel(null, NOW);
        form.fixClient(ANA);
        form.kind.set(InteractionKind.COMPLAINT);
        assertThat(form.experience.get()).isEqualTo(Experience.NEGATIVE);
        assertThat(form.toInteraction().orElseThrow().experience()).isEqualTo(Experience.NEGATIVE);
        form.kind.set(InteractionKind.CALL);
        assertThat(form.experience.get()).isEqualTo(Experience.NEUTRAL);
    }

    @Test
    void complaint_keepsTheExperienceTheOwnerChoseByHand() {
        LogContactViewModel form = new LogContactViewModel(null, NOW);
        form.chooseExperience(Experience.POSITIVE);
        form.kind.set(InteractionKind.COMPLAINT);
        assertThat(form.experience.get()).isEqualTo(Experience.POSITIVE);
        form.chooseExperience(Experience.NEUTRAL);
        form.kind.set(InteractionKind.CALL);
        form.kind.set(InteractionKind.COMPLAINT);
        assertThat(form.experience.get()).isEqualTo(Experience.NEUTRAL);
    }

    @Test
    void complaint_doesNotChangeHowASavedContactWent() {
        Interaction saved = new Interaction("i-000007", ANA.id(), NOW.minusDays(1), InteractionKind.CALL,
                Direction.OUTBOUND, Experience.POSITIVE, null, "Called", "");
        LogContactViewModel form = new LogContactViewModel(saved, NOW);
        form.kind.set(InteractionKind.COMPLAINT);
        assertThat(form.experience.get()).isEqualTo(Experience.POSITIVE);
    }

    @Test
    void purchase_takesAnAmount_inEitherDecimalStyle_andRefusesText() {
        LogContactViewModel form = new LogContactViewModel(null, NOW);
        form.fixClient(ANA);
        form.kind.set(InteractionKind.PURCHASE);
        form.amount.set("1,250.50");
        assertThat(form.toInteraction().orElseThrow().amount()).hasToString("1250.50");
        form.amount.set("120,5");
        assertThat(form.toInteraction().orElseThrow().amount()).hasToString("120.5");
        form.amount.set("a lot");
        assertThat(form.amountError.get()).isEqualTo(LogContactViewModel.BAD_AMOUNT);
        assertThat(form.toInteraction()).isEmpty();
    }

    @Test
    void purchase_amountOutOfTheModelsLimits_showsItsMessage_andIsNotSaved() {
        LogContactViewModel form = new LogContactViewModel(null, NOW);
        form.fixClient(ANA);
        form.kind.set(InteractionKind.PURCHASE);
        for (String typed : List.of("1e999999999", "1000000000000", "12.3456", "-5")) {
            form.amount.set(typed);
            assertThat(form.amountError.get()).as(typed).isIn(Amount.OUT_OF_RANGE, Amount.NEGATIVE);
            assertThat(form.toInteraction()).as(typed).isEmpty();
        }
        form.amount.set("12,345");
        assertThat(form.amountError.get()).isEmpty();
        assertThat(form.toInteraction().orElseThrow().amount()).hasToString("12345");
        form.amount.set("999999999999.125");
        assertThat(form.toInteraction().orElseThrow().amount()).hasToString("999999999999.125");
    }

    @Test
    void when_mustBeATimeAndNotInTheFuture() {
        LogContactViewModel form = new LogContactViewModel(null, NOW);
        form.fixClient(ANA);
        form.time.set("25:99");
        assertThat(form.whenError.get()).isEqualTo(LogContactViewModel.BAD_TIME);
        form.time.set("9.30");
        assertThat(form.whenError.get()).isEmpty();
        assertThat(form.toInteraction().orElseThrow().at()).isEqualTo(LocalDateTime.parse("2026-11-22T09:30"));
        form.date.set(NOW.toLocalDate().plusDays(1));
        assertThat(form.whenError.get()).isEqualTo(LogContactViewModel.FUTURE);
    }

    @Test
    void client_mustBeChosenFromTheBook() {
        LogContactViewModel form = new LogContactViewModel(null, NOW);
        form.setClients(List.of(ANA, new ClientRef("c-0002", "José Müller")));
        assertThat(form.toInteraction()).isEmpty();
        assertThat(form.clientError.get()).isEqualTo(LogContactViewModel.CHOOSE_CLIENT);
        form.clientText.set("josé müller");
        assertThat(form.toInteraction().orElseThrow().clientId()).isEqualTo("c-0002");
    }

    @Test
    void editing_keepsTheIdAndEveryField() {
        Interaction existing = new Interaction("i-9", "c-0001", LocalDateTime.parse("2026-10-01T14:30"),
                InteractionKind.PURCHASE, Direction.INBOUND, Experience.NEGATIVE,
                new BigDecimal("120.00"), "Wedding cake", "Late delivery");
        LogContactViewModel form = new LogContactViewModel(existing, NOW);
        form.fixClient(ANA);
        assertThat(form.toInteraction()).contains(existing);
    }
}
