package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each action reads right as a thing to do, a thing done and a thing to skip or put off. */
class FollowUpWordsTest {
    // CHECKSTYLE.OFF: LineLength - a table reads best one row a line
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CALL           | Ana Ruiz        | call Ana Ruiz                               | called Ana Ruiz                               | the call to Ana Ruiz
            NOTE           | Liam O'Connor   | write a note to Liam O'Connor               | wrote a note to Liam O'Connor                 | writing a note to Liam O'Connor
            CALL_THEN_NOTE | Greta Lindqvist | call, then write a note to Greta Lindqvist  | called, then wrote a note to Greta Lindqvist  | the call and the note to Greta Lindqvist
            """)
    // CHECKSTYLE.ON: LineLength
    void eachAction_readsRight(FollowUpAction action, String name, String toDo, String done, String task) {
        LocalDate day = LocalDate.parse("2026-12-04");
        FollowUp f = new FollowUp("c-1", name, FollowUpRule.GONE_QUIET, action, day, day, 3, false, "Quiet", null);
        assertThat(FollowUpWords.toDo(f)).isEqualTo(toDo);
        assertThat(FollowUpWords.done(f)).isEqualTo(done);
        assertThat(FollowUpWords.task(f)).isEqualTo(task);
    }
}
