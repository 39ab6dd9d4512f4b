package app.rapport.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Client;
import app.rapport.model.ClientRef;
import app.rapport.model.Email;
import app.rapport.model.Versioned;
import app.rapport.service.ClientService;
import app.rapport.testutil.ClientBuilder;
import app.rapport.testutil.TypicalClients;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientFormViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void emptyForm_showsNoMessageUntilSaveIsTried_thenAsksForANameOrCompany() {
        ClientFormViewModel form = new ClientFormViewModel(null, TODAY);
        assertThat(form.nameError.get()).isEmpty();
        assertThat(form.toClient()).isEmpty();
        assertThat(form.nameError.get()).isEqualTo(Client.NAME_OR_COMPANY_REQUIRED);
        form.company.set("Ruiz Bakery");
        assertThat(form.nameError.get()).isEmpty();
        assertThat(form.toClient()).map(Client::id).contains(ClientService.NEW_ID);
    }

    @Test
    void badEmail_isFlaggedAsTyped_andSeveralEmailsAreSplit() {
        ClientFormViewModel form = new ClientFormViewModel(null, TODAY);
        form.firstName.set("Ana");
        form.emails.set("ana@example.com, ana at home");
        assertThat(form.emailsError.get()).startsWith(Email.INVALID_MESSAGE).contains("\"ana\"");
        assertThat(form.toClient()).isEmpty();
        form.emails.set("ana@example.com; ana@home.example");
        assertThat(form.toClient().orElseThrow().emails()).containsExactly("ana@example.com", "ana@home.example");
    }

    @Test
    void birthday_withoutYear_isKept_andImpossibleDaysAreRefused() {
        ClientFormViewModel form = new ClientFormViewModel(null, TODAY);
        form.firstName.set("Ana");
        form.birthdayDay.set(29);
        form.birthdayMonth.set(Month.FEBRUARY);
        assertThat(form.birthdayError.get()).isEmpty();
        assertThat(form.toClient().orElseThrow().birthday()).hasToString("--02-29");
        form.birthdayYear.set("2023");
        assertThat(form.birthdayError.get()).isEqualTo(ClientFormViewModel.NO_SUCH_DAY);
        form.birthdayYear.set("84");
        assertThat(form.birthdayError.get()).isEqualTo(ClientFormViewModel.YEAR_MESSAGE);
        form.birthdayYear.set("");
        form.birthdayMonth.set(null);
        assertThat(form.birthdayError.get()).isEqualTo(ClientFormViewModel.DAY_AND_MONTH);
    }

    @Test
    void clientSince_inTheFutureOrUnreadable_isRefused() {
        ClientFormViewModel form = new ClientFormViewModel(null, TODAY);
        form.firstName.set("Ana");
        form.clientSince.set(TODAY.plusDays(1));
        assertThat(form.clientSinceError.get()).isEqualTo(ClientFormViewModel.FUTURE_SINCE);
        form.clientSince.set(TODAY);
        form.clientSinceUnreadable.set(true);
        assertThat(form.clientSinceError.get()).isEqualTo(ClientFormViewModel.BAD_SINCE);
        assertThat(form.toClient()).isEmpty();
    }

    @Test
    void referredBy_mustBeAClientOfTheBook_andNeverTheClientItself() {
        ClientFormViewModel form = new ClientFormViewModel(new Versioned<>(TypicalClients.ZOE, 1), TODAY);
        form.setReferrers(List.of(new ClientRef("c-0001", "Ana Ruiz"), new ClientRef("c-0003", "Zoë O'Brien")));
        assertThat(form.referredByText.get()).isEqualTo("Ana Ruiz");
        assertThat(form.referrers).extracting(ClientRef::id).containsExactly("c-0001");
        form.referredByText.set("Nobody We Know");
        assertThat(form.referredByError.get()).isEqualTo(ClientFormViewModel.UNKNOWN_REFERRER);
        form.referredByText.set("ana ruiz");
        assertThat(form.toClient().orElseThrow().referredBy()).isEqualTo("c-0001");
        form.referredByText.set("");
        assertThat(form.toClient().orElseThrow().referredBy()).isNull();
    }

    @Test
    void editing_keepsIdAddedTimeAndArchiveState_andNotesExactlyAsTyped() {
        Client archived = TypicalClients.JOSE.withArchived(true);
        ClientFormViewModel form = new ClientFormViewModel(new Versioned<>(archived, 1), TODAY);
        form.notes.set("  Línea 1\n🎂 ; DROP TABLE clients; --  ");
        Client edited = form.toClient().orElseThrow();
        assertThat(edited.id()).isEqualTo(archived.id());
        assertThat(edited.addedAt()).isEqualTo(archived.addedAt());
        assertThat(edited.archived()).isTrue();
        assertThat(edited.notes()).isEqualTo("  Línea 1\n🎂 ; DROP TABLE clients; --  ");
        assertThat(edited.tags()).isEqualTo(archived.tags());
    }

    @Test
    void theirVersionLoaded_replacesEveryField_evenOnesTheyEmptied_andIsSavedAtTheirVersion() {
        ClientFormViewModel form = new ClientFormViewModel(new Versioned<>(TypicalClients.ANA, 1), TODAY);
        form.setReferrers(List.of(new ClientRef("c-0002", "José Müller")));
        form.notes.set("Ben's notes");
        Client theirs = ClientBuilder.client("c-0001").name("Ana", "Ruiz").title("Owner").referredBy("c-0002")
                .build();

        form.reload(new Versioned<>(theirs, 3));

        assertThat(form.notes.get()).isEmpty();
        assertThat(form.birthdayDay.get()).isNull();
        assertThat(form.birthdayMonth.get()).isNull();
        assertThat(form.referredByText.get()).isEqualTo("José Müller");
        assertThat(form.version()).isEqualTo(3);
        assertThat(form.toClient()).contains(theirs.withAddedAt(TypicalClients.ANA.addedAt()));
        form.saveOver(4);
        assertThat(form.version()).isEqualTo(4);
    }
}
