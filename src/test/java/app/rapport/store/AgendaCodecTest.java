package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Agenda;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes an agenda is saved as: every field comes back, and damage is refused, not misread. */
class AgendaCodecTest {
    static final LocalDate DAY = LocalDate.parse("2024-02-29");

    static Agenda sample() {
        List<FollowUp> all = new ArrayList<>();
        int i = 0;
        for (FollowUpRule rule : FollowUpRule.values()) {
            for (FollowUpAction action : FollowUpAction.values()) {
                i++;
                all.add(new FollowUp("c-" + i, "Zoë Ångström-" + i + " 🎂", rule, action, DAY.minusDays(i),
                        DAY.plusDays(i - 10), 1 + i % 5, i % 2 == 0, "Bought a wedding cake on 19 Nov — call " + i,
                        rule == FollowUpRule.MANUAL ? "m-" + i : null));
            }
        }
        return new Agenda(DAY, all);
    }

    @Test
    void anAgenda_comesBackEqual() {
        Agenda agenda = sample();
        assertThat(AgendaCodec.decode(AgendaCodec.encode(agenda))).isEqualTo(agenda);
    }

    @Test
    void anEmptyAgenda_comesBackEqual() {
        Agenda empty = new Agenda(DAY, List.of());
        assertThat(AgendaCodec.decode(AgendaCodec.encode(empty))).isEqualTo(empty);
    }

    @Test
    void cutShortOrDamagedBytes_areRefused() {
        byte[] bytes = AgendaCodec.encode(sample());
        assertThatThrownBy(() -> AgendaCodec.decode(Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgendaCodec.decode(new byte[] {1, 2, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgendaCodec.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
