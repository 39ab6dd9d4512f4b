package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each action reads right as a thing to do, a thing done and a thing to skip. */
class FollowUpWordsTest {
    static FollowUp followUp(FollowUpAction action, String name) {
        LocalDate day = LocalDate.parse("2026-12-04");
        return new FollowUp("c-1", name, FollowUpRule.GONE_QUIET, action, day, day, 3, false, "Quiet", null);
    }

    @Test
    void call_readsAsACall() {
        FollowUp f = followUp(FollowUpAction.CALL, "Ana Ruiz");
        assertThat(FollowUpWords.toDo(f)).isEqualTo("call Ana Ruiz");
        assertThat(FollowUpWords.done(f)).isEqualTo("called Ana Ruiz");
        assertThat(FollowUpWords.task(f)).isEqualTo("the call to Ana Ruiz");
    }

    @Test
    void note_readsAsANoteToTheClient() {
        FollowUp f = followUp(FollowUpAction.NOTE, "Liam O'Connor");
        assertThat(FollowUpWords.toDo(f)).isEqualTo("write a note to Liam O'Connor");
        assertThat(FollowUpWords.done(f)).isEqualTo("wrote a note to Liam O'Connor");
        assertThat(FollowUpWords.task(f)).isEqualTo("writing a note to Liam O'Connor");
    }

    @Test
    void callThenNote_readsAsBoth() {
        FollowUp f = followUp(FollowUpAction.CALL_THEN_NOTE, "Greta Lindqvist");
        assertThat(FollowUpWords.toDo(f)).isEqualTo("call, then write a note to Greta Lindqvist");
        assertThat(FollowUpWords.done(f)).isEqualTo("called, then wrote a note to Greta Lindqvist");
        assertThat(FollowUpWords.task(f)).isEqualTo("the call and the note to Greta Lindqvist");
    }
}
