package app.rapport.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Agenda;
import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private static FollowUp due(String clientId, String due) {
        return new FollowUp(clientId, clientId, FollowUpRule.MANUAL, FollowUpAction.CALL, LocalDate.parse(due),
                LocalDate.parse(due), 3, false, "", "f-" + clientId);
    }

    private final Agenda agenda = new Agenda(Plans.AS_OF, List.of(due("a", "2026-11-20"), due("b", "2026-11-22"),
            due("c", "2026-11-23"), due("d", "2026-11-24"), due("e", "2026-11-30")));

    @Test
    void bucket_byDueDateAgainstTheAsOfDate() {
        assertThat(agenda.followUps()).extracting(f -> f.bucket(agenda.asOf()))
                .containsExactly(Bucket.OVERDUE, Bucket.OVERDUE,
                Bucket.TODAY, Bucket.UPCOMING, Bucket.UPCOMING);
    }

    @Test
    void count_perBucket() {
        assertThat(agenda.inBucket(Bucket.OVERDUE)).hasSize(2);
        assertThat(agenda.inBucket(Bucket.TODAY)).hasSize(1);
        assertThat(agenda.inBucket(Bucket.UPCOMING)).hasSize(2);
    }

    @Test
    void inBucket_keepsTheOrder() {
        assertThat(agenda.inBucket(Bucket.UPCOMING)).extracting(FollowUp::clientId).containsExactly("d", "e");
        assertThat(new Agenda(Plans.AS_OF, List.of()).inBucket(Bucket.TODAY)).isEmpty();
    }

    @Test
    void followUps_copiedAndUnmodifiable() {
        List<FollowUp> source = new ArrayList<>(List.of(due("a", "2026-11-20")));
        Agenda copy = new Agenda(Plans.AS_OF, source);
        source.clear();

        assertThat(copy.followUps()).hasSize(1);
        assertThat(copy.isEmpty()).isFalse();
        assertThatThrownBy(() -> copy.followUps().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
