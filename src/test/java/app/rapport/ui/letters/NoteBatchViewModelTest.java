package app.rapport.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.letters.Envelope;
import app.rapport.model.PageSize;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A print job's options and words, without a stage. */
class NoteBatchViewModelTest {
    @Test
    void theEnvelope_fitsThePaper() {
        assertThat(NoteBatchViewModel.envelopeFor(PageSize.A4)).isEqualTo(Envelope.DL);
        assertThat(NoteBatchViewModel.envelopeFor(PageSize.A5)).isEqualTo(Envelope.DL);
        assertThat(NoteBatchViewModel.envelopeFor(PageSize.LETTER)).isEqualTo(Envelope.NO_10);
        assertThat(List.of(PageSize.values())).filteredOn(PageSize::isCard)
                .allSatisfy(card -> assertThat(NoteBatchViewModel.envelopeFor(card)).isEqualTo(Envelope.C6));
    }

    @Test
    void envelopes_onlyWhenTheOwnerPrintsThem() {
        NoteBatchViewModel model = new NoteBatchViewModel();
        assertThat(model.envelopeChosen()).isEmpty();
        model.withEnvelopes.set(true);
        model.envelope.set(Envelope.C6);
        assertThat(model.envelopeChosen()).contains(Envelope.C6);
    }

    @Test
    void anEmptyBatch_saysWhetherNoneWereDue_orAllWereWritten() {
        NoteBatchViewModel model = new NoteBatchViewModel();
        model.show(List.of());
        assertThat(model.summary()).isEqualTo("No notes are due.");
        model.written = 2;
        assertThat(model.summary()).isEqualTo(NoteBatchViewModel.ALL_DONE);
    }
}
