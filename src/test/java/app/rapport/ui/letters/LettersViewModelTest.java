package app.rapport.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientRef;
import app.rapport.model.LetterTemplate;
import app.rapport.model.PageSize;
import app.rapport.service.TemplateService.TemplateEntry;
import app.rapport.ui.letters.LettersViewModel.PaperChoice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Letters editor's state, without a stage. */
class LettersViewModelTest {
    static final String UNKNOWN = "{{client.shoeSize}} is not a field Rapport knows";

    final List<String> editsSeen = new ArrayList<>();
    final LettersViewModel model = new LettersViewModel(
            body -> body.contains("{{client.shoeSize}}") ? List.of(UNKNOWN) : List.of());

    final TemplateEntry thanks = new TemplateEntry(new LetterTemplate("thank-you-purchase", "Thank you for a purchase",
            "Dear {{client.greetingName}},\n\nThank you.", null), true, false, 0);
    final TemplateEntry mine = new TemplateEntry(new LetterTemplate("my-card", "My card", "Hello!", PageSize.A6),
            false, false, 1);

    LettersViewModelTest() {
        model.whenEdited(() -> editsSeen.add(model.body.get()));
    }

    @Test
    void aTemplateShown_isNotDirty_andSaysWhereItComesFrom() {
        model.show(thanks);
        assertThat(model.isDirty()).isFalse();
        assertThat(model.canSave().get()).isFalse();
        assertThat(model.savedWords().get()).isEqualTo("Built in");
        assertThat(model.paper.get()).isEqualTo(new PaperChoice(null));
        assertThat(model.paper.get()).hasToString(LettersViewModel.OWNERS_PAPER);
        assertThat(editsSeen).as("showing a template is not an edit").isEmpty();

        model.show(mine);
        assertThat(model.savedWords().get()).isEqualTo("Yours");
        assertThat(model.paper.get().size()).isEqualTo(PageSize.A6);
        model.show(new TemplateEntry(thanks.template(), true, true, 1));
        assertThat(model.savedWords().get()).isEqualTo("Built in, edited by you");
    }

    @Test
    void anEdit_makesItDirty_saveable_andIsPassedOn() {
        model.show(thanks);
        model.body.set("Thank you, {{client.firstName}}!");
        assertThat(model.isDirty()).isTrue();
        assertThat(model.canSave().get()).isTrue();
        assertThat(model.savedWords().get()).isEqualTo(LettersViewModel.NOT_SAVED);
        assertThat(model.current()).hasValueSatisfying(t -> {
            assertThat(t.name()).isEqualTo("thank-you-purchase");
            assertThat(t.body()).isEqualTo("Thank you, {{client.firstName}}!");
        });
        assertThat(editsSeen).containsExactly("Thank you, {{client.firstName}}!");

        model.body.set(thanks.template().body());
        assertThat(model.isDirty()).as("edited back to what is saved").isFalse();
        assertThat(model.canSave().get()).isFalse();
        assertThat(model.savedWords().get()).isEmpty();
    }

    @Test
    void anUnknownField_isAMistake_andTheTemplateCannotBeSaved() {
        model.show(thanks);
        model.body.set("Dear {{client.shoeSize}},");
        assertThat(model.problems().get()).isEqualTo(UNKNOWN);
        assertThat(model.canSave().get()).isFalse();
        assertThat(model.couldBeSaved()).isFalse();
        assertThat(model.isDirty()).isTrue();
    }

    @Test
    void noTitle_cannotBeSaved_andIsStillAChange() {
        model.show(thanks);
        model.title.set("  ");
        assertThat(model.current()).isEmpty();
        assertThat(model.isDirty()).isTrue();
        assertThat(model.canSave().get()).isFalse();
        assertThat(model.couldBeSaved()).isFalse();
    }

    @Test
    void anotherPaper_isAChange() {
        model.show(thanks);
        model.paper.set(new PaperChoice(PageSize.A5));
        assertThat(model.isDirty()).isTrue();
        assertThat(model.current()).hasValueSatisfying(t -> assertThat(t.paper()).isEqualTo(PageSize.A5));
    }

    @Test
    void theListOpensTheTemplateAsked_elseTheFirst() {
        assertThat(LettersViewModel.toOpen(List.of(thanks, mine), "my-card")).contains(mine);
        assertThat(LettersViewModel.toOpen(List.of(thanks, mine), "gone")).contains(thanks);
        assertThat(LettersViewModel.toOpen(List.of(thanks, mine), null)).contains(thanks);
        assertThat(LettersViewModel.toOpen(List.of(), "my-card")).isEmpty();
    }

    @Test
    void editsStay_whenTheListComesBackWithTheSameTemplate() {
        model.show(thanks);
        assertThat(model.keepsEdits(thanks)).as("nothing edited").isFalse();
        model.body.set("Unsaved.");
        assertThat(model.keepsEdits(thanks)).isTrue();
        assertThat(model.keepsEdits(mine)).isFalse();
        model.forget();
        assertThat(model.keepsEdits(thanks)).as("after a save, the list is read afresh").isFalse();
    }

    @Test
    void thePreview_isForTheFirstClient_untilTheOwnerPicksAnother() {
        ClientRef zoe = new ClientRef("c-1", "Zoë Müller");
        ClientRef sean = new ClientRef("c-2", "Seán O'Brien");
        assertThat(model.clients(List.of(zoe, sean))).contains(zoe);
        assertThat(model.previewClient.get()).isEqualTo(zoe);
        assertThat(model.clientList()).as("what the preview's field offers").containsExactly(zoe, sean);
        assertThat(model.named("seán o'brien")).contains(sean);
        assertThat(model.named("Seán")).isEmpty();

        model.previewClient.set(sean);
        assertThat(model.clients(List.of(zoe, sean))).as("the owner's choice stays").isEmpty();
        assertThat(model.previewClient.get()).isEqualTo(sean);
    }
}
