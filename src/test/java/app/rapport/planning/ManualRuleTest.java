package app.rapport.planning;

import static app.rapport.model.FollowUpRule.MANUAL;
import static app.rapport.planning.Plans.only;
import static app.rapport.planning.Plans.plan;
import static app.rapport.testutil.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.ManualFollowUp.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManualRuleTest {

    private static ManualFollowUp own(String id, Status status, String note) {
        return new ManualFollowUp(id, "c-1", FollowUpAction.NOTE, LocalDate.parse("2026-11-25"), 1, note, status,
                LocalDate.parse("2026-11-10"));
    }

    @Test
    void plan_openManualFollowUp_listedAsTheOwnerSetIt() {
        ClientFacts ana = facts("c-1").name("Ana Ruiz").manual(own("f-1", Status.OPEN, "Ask about the new shop"))
                .build();

        FollowUp mine = only(ana, MANUAL);

        assertThat(mine).isEqualTo(new FollowUp("c-1", "Ana Ruiz", MANUAL, FollowUpAction.NOTE,
                LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-25"), 1, false, "Ask about the new shop",
                "f-1"));
    }

    @Test
    void plan_doneOrSkippedManualFollowUps_notListed() {
        ClientFacts ana = facts("c-1").manual(own("f-1", Status.DONE, "")).manual(own("f-2", Status.SKIPPED, ""))
                .manual(own("f-3", Status.OPEN, "")).build();

        assertThat(plan(ana, MANUAL)).extracting(FollowUp::manualId).containsExactly("f-3");
    }

    @Test
    void plan_manualWithoutNote_saysItIsYourOwn() {
        ClientFacts ana = facts("c-1").manual(own("f-1", Status.OPEN, "  ")).build();

        assertThat(only(ana, MANUAL).reason()).isEqualTo("Your own follow-up");
    }

    @Test
    void plan_manualWithDefaultPriority_priorityThree() {
        ClientFacts ana = facts("c-1").manual(new ManualFollowUp("f-1", "c-1", null, LocalDate.parse("2026-11-25"),
                ManualFollowUp.DEFAULT_PRIORITY, null, null, null)).build();

        FollowUp mine = only(ana, MANUAL);

        assertThat(mine.priority()).isEqualTo(3);
        assertThat(mine.action()).isEqualTo(FollowUpAction.CALL);
        assertThat(mine.anchor()).isEqualTo("2026-11-25");
    }

    @Test
    void plan_decisionsOnTheManualKey_ignored() {
        ClientFacts ana = facts("c-1").manual(own("f-1", Status.OPEN, "Call back"))
                .skip(MANUAL, "2026-11-10", "2026-11-20")
                .snooze(MANUAL, "2026-11-10", "2026-12-20", "2026-11-21").build();

        assertThat(only(ana, MANUAL).due()).isEqualTo("2026-11-25");
    }

    @Test
    void plan_twoManualFollowUpsMadeTheSameDay_bothListed() {
        ClientFacts ana = facts("c-1").manual(own("f-2", Status.OPEN, "Second"))
                .manual(own("f-1", Status.OPEN, "First")).build();

        assertThat(plan(ana, MANUAL)).extracting(FollowUp::manualId).containsExactly("f-1", "f-2");
    }
}
