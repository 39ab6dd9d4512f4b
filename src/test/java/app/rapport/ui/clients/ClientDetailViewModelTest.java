package app.rapport.ui.clients;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Client;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.service.ClientDetails;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A client's page in words, without a stage. */
class ClientDetailViewModelTest {
    final Interaction visit = contact("i-1", "c-1").at("2026-11-21T10:00").kind(InteractionKind.VISIT).build();
    final Interaction call = contact("i-2", "c-1").at("2026-11-20T09:30").kind(InteractionKind.CALL).build();

    static ClientDetails details(Client c, List<Interaction> timeline) {
        return new ClientDetails(c, 1, Optional.empty(), List.of(), timeline);
    }

    @Test
    void beforeTheClientIsRead_theButtonsWait() {
        ClientDetailViewModel model = new ClientDetailViewModel();
        assertThat(model.loaded().get()).isFalse();
        assertThat(model.client()).isNull();
        assertThat(model.archived().get()).isFalse();
    }

    @Test
    void show_putsTheClientInTheHeadersWords() {
        ClientDetailViewModel model = new ClientDetailViewModel();
        Client ana = client("c-1").name("Ana", "Ruiz").title("Owner").company("Harbour Florist").tier("REGULAR")
                .archived(true).doNotContact(true).notes("Likes tulips").build();
        model.show(details(ana, List.of(visit, call)));

        assertThat(model.loaded().get()).isTrue();
        assertThat(model.name().get()).isEqualTo("Ana Ruiz");
        assertThat(model.subtitle().get()).isEqualTo("Owner · Harbour Florist");
        assertThat(model.tier().get()).isEqualTo("Regular");
        assertThat(model.archived().get()).isTrue();
        assertThat(model.doNotContact().get()).isTrue();
        assertThat(model.notes().get()).isEqualTo("Likes tulips");
        assertThat(model.timeline()).containsExactly(visit, call);
        assertThat(model.timelineCount().get()).isEqualTo("2 contacts");
    }

    @Test
    void subtitle_leavesOutTheCompany_whenItIsTheClientsName() {
        assertThat(ClientDetailViewModel.subtitle(client("c-1").name("", "").company("Harbour Florist").build()))
                .as("a company alone is the name").isEmpty();
        assertThat(ClientDetailViewModel.subtitle(client("c-1").name("Bo", "").company("Lindqvist AB").build()))
                .isEqualTo("Lindqvist AB");
        assertThat(ClientDetailViewModel.subtitle(client("c-1").name("Bo", "Lindqvist").build())).isEmpty();
    }

    @Test
    void theSelectedContact_isFoundAgainAfterTheTimelineIsReadAgain() {
        ClientDetailViewModel model = new ClientDetailViewModel();
        Client ana = client("c-1").name("Ana", "Ruiz").build();
        model.show(details(ana, List.of(visit, call)));
        Interaction callEdited = contact("i-2", "c-1").at("2026-11-20T09:30").kind(InteractionKind.CALL)
                .summary("About the wedding").build();
        model.show(details(ana, List.of(visit, callEdited)));

        assertThat(model.sameAs(call)).contains(callEdited);
        assertThat(model.sameAs(null)).isEmpty();
        model.show(details(ana, List.of(visit)));
        assertThat(model.sameAs(call)).as("deleted meanwhile").isEmpty();
        assertThat(model.timelineCount().get()).isEqualTo("1 contact");
    }

    @Test
    void aContact_isDescribedByItsKindAndTime() {
        assertThat(ClientDetailViewModel.describe(visit)).isEqualTo("visit of 21 Nov 2026 · 10:00");
    }
}
