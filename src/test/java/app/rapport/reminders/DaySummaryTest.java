package app.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Agenda;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.reminders.DaySummary.Work;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaySummaryTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-23");

    static FollowUp f(String id, String name, FollowUpRule rule, FollowUpAction action, int dueInDays) {
        return new FollowUp(id, name, rule, action, DAY.minusDays(3), DAY.plusDays(dueInDays), 2, false, "", null);
    }

    @Test
    void of_countsEachKindOfWorkDue_andLeavesOutWhatIsComingUp() {
        Agenda agenda = new Agenda(DAY, List.of(
                f("c-1", "Ana Ruiz", FollowUpRule.RECOVERY, FollowUpAction.CALL, -1),
                f("c-2", "Li Wei", FollowUpRule.THANK_PURCHASE, FollowUpAction.CALL, 0),
                f("c-2", "Li Wei", FollowUpRule.THANK_PURCHASE, FollowUpAction.NOTE, 0),
                f("c-3", "Zoë Müller", FollowUpRule.THANK_PURCHASE, FollowUpAction.CALL, 0),
                f("c-4", "José Núñez", FollowUpRule.GONE_QUIET, FollowUpAction.CALL_THEN_NOTE, -20),
                f("c-5", "Nguyễn Văn An", FollowUpRule.BIRTHDAY, FollowUpAction.NOTE, 0),
                f("c-6", "O'Brien", FollowUpRule.THANK_PURCHASE, FollowUpAction.CALL, 2)));

        DaySummary summary = DaySummary.of(agenda);

        assertThat(summary.count(Work.THANK_YOU_CALL)).isEqualTo(2);
        assertThat(summary.count(Work.NOTE)).isEqualTo(2);
        assertThat(summary.count(Work.RECOVERY_CALL)).isEqualTo(1);
        assertThat(summary.count(Work.QUIET_CLIENT)).isEqualTo(1);
        assertThat(summary.countsLine())
                .isEqualTo("2 thank-you calls · 2 notes to write · 1 recovery call · 1 quiet client");
        assertThat(summary.firstNames()).containsExactly("Ana Ruiz", "Li Wei", "Zoë Müller");
        assertThat(summary.namesLine()).isEqualTo("Ana Ruiz, Li Wei, Zoë Müller and 2 more");
    }

    @Test
    void of_nothingDue_isEmptyAndSaysAllCaughtUp() {
        DaySummary summary = DaySummary.of(new Agenda(DAY, List.of(
                f("c-6", "O'Brien", FollowUpRule.THANK_PURCHASE, FollowUpAction.CALL, 2))));
        assertThat(summary.isEmpty()).isTrue();
        assertThat(summary.countsLine()).startsWith("All caught up");
        assertThat(summary.namesLine()).isEmpty();
    }
}
