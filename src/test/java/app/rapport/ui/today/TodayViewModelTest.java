package app.rapport.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Agenda;
import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.ui.today.TodayViewModel.Recheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** Today's state and words, without a stage. */
class TodayViewModelTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-22");

    static FollowUp followUp(String clientId, String name, LocalDate due) {
        return new FollowUp(clientId, name, FollowUpRule.GONE_QUIET, FollowUpAction.CALL, due.minusDays(90), due, 3,
                false, "Quiet since the summer", null);
    }

    final FollowUp bo = followUp("c-2", "Bo Lindqvist", DAY.minusDays(2));
    final FollowUp ana = followUp("c-1", "Ana Ruiz", DAY.plusDays(2));
    final FollowUp cy = followUp("c-3", "Cy Park", DAY);

    @Test
    void snoozeChoice_saysTomorrow_orTheDayWhenItJumpsOverDaysOff() {
        LocalDate thursday = LocalDate.parse("2026-12-03");
        assertThat(TodayViewModel.nextWorkDayChoice(thursday, thursday.plusDays(1))).isEqualTo("Tomorrow (Fri 4 Dec)");
        LocalDate friday = LocalDate.parse("2026-12-04");
        assertThat(TodayViewModel.nextWorkDayChoice(friday, LocalDate.parse("2026-12-07"))).isEqualTo("Monday 7 Dec");
    }

    @Test
    void show_countsEachBucket_andRemoveTakesOneOff() {
        TodayViewModel model = new TodayViewModel();
        model.show(new Agenda(DAY, List.of(bo, cy, ana)), 7);
        assertThat(model.count(Bucket.OVERDUE).get()).isEqualTo(1);
        assertThat(model.count(Bucket.TODAY).get()).isEqualTo(1);
        assertThat(model.count(Bucket.UPCOMING).get()).isEqualTo(1);

        model.remove(cy);
        assertThat(model.count(Bucket.TODAY).get()).isZero();
        assertThat(model.total().get()).isEqualTo(2);
    }

    @Test
    void caughtUp_onlyOnceAnAgendaIsShown_andItIsEmpty() {
        TodayViewModel model = new TodayViewModel();
        assertThat(model.caughtUp().get()).as("before the first agenda").isFalse();
        model.show(new Agenda(DAY, List.of(bo)), 7);
        assertThat(model.caughtUp().get()).isFalse();
        model.remove(bo);
        assertThat(model.caughtUp().get()).isTrue();
    }

    @Test
    void recheck_theSameAgenda_changesNothing() {
        TodayViewModel model = new TodayViewModel();
        Agenda saved = new Agenda(DAY, List.of(bo, ana));
        model.show(saved, 7);
        assertThat(model.recheck(saved, new Agenda(DAY, List.of(bo, ana)))).isEqualTo(Recheck.SAME);
    }

    @Test
    void recheck_aDifferentAgenda_replacesTheListTheOwnerHasNotTouched() {
        TodayViewModel model = new TodayViewModel();
        Agenda saved = new Agenda(DAY, List.of(bo, ana));
        model.show(saved, 7);
        assertThat(model.recheck(saved, new Agenda(DAY, List.of(ana)))).isEqualTo(Recheck.SHOW_FRESH);
    }

    @Test
    void recheck_aDifferentAgenda_leavesTheListTheOwnerWorkedOn() {
        TodayViewModel model = new TodayViewModel();
        Agenda saved = new Agenda(DAY, List.of(bo, ana));
        model.show(saved, 7);
        model.remove(ana); // done meanwhile: the list is no longer the saved one
        assertThat(model.recheck(saved, new Agenda(DAY, List.of(bo, cy)))).isEqualTo(Recheck.KEEP_SHOWN);
    }

    @Test
    void recheck_afterTheListMovedOnToAnotherDay_keepsIt() {
        TodayViewModel model = new TodayViewModel();
        Agenda saved = new Agenda(DAY, List.of(bo));
        model.show(new Agenda(DAY.plusDays(1), List.of(bo)), 7);
        assertThat(model.recheck(saved, new Agenda(DAY, List.of()))).isEqualTo(Recheck.KEEP_SHOWN);
    }

    @Test
    void replaceClient_keepsTheOrder_andLeavesOutWhatIsBeyondTheHorizon() {
        TodayViewModel model = new TodayViewModel();
        model.show(new Agenda(DAY, List.of(bo, ana)), 7);
        FollowUp later = followUp("c-1", "Ana Ruiz", DAY.plusDays(30));
        FollowUp today = followUp("c-1", "Ana Ruiz", DAY);
        model.replaceClient("c-1", List.of(later, today));
        assertThat(model.followUps()).containsExactly(bo, today);
    }

    /** A Done cancelled re-plans its client: when nothing changed, the list is left alone, selection and all. */
    @Test
    void replaceClient_withTheSameFollowUps_leavesTheListUntouched() {
        TodayViewModel model = new TodayViewModel();
        model.show(new Agenda(DAY, List.of(bo, cy, ana)), 7);
        List<String> changes = new ArrayList<>();
        model.followUps().addListener((ListChangeListener<FollowUp>) change -> changes.add(change.toString()));

        model.replaceClient("c-1", List.of(ana));

        assertThat(changes).isEmpty();
        assertThat(model.followUps()).containsExactly(bo, cy, ana);
    }
}
