package app.rapport.planning;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.AgendaOrder;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FollowUpOrderTest {
    static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
    static final List<String> NAMES = List.of("ana Ruiz", "Ana Ruiz", "Zoë Müller", "zoë müller", "José", "Nguyễn Văn",
            "O'Brien", "Łukasiewicz", "", "😀 Smile Café", "\uE000 private");

    @Test
    void sortForAgenda_ordersExactlyAsTheAgendaComparator() {
        Random random = new Random(42);
        List<FollowUp> list = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            FollowUpRule rule = FollowUpRule.values()[random.nextInt(FollowUpRule.values().length)];
            LocalDate due = AS_OF.plusDays(random.nextInt(30) - 20);
            list.add(new FollowUp("c-" + random.nextInt(50), NAMES.get(random.nextInt(NAMES.size())), rule,
                    FollowUpAction.values()[random.nextInt(FollowUpAction.values().length)],
                    due.minusDays(random.nextInt(5)), due, 1 + random.nextInt(4), false, "", null));
        }
        List<FollowUp> expected = new ArrayList<>(list);
        expected.sort(AgendaOrder.agenda(AS_OF));
        FollowUpOrder.sortForAgenda(list, AS_OF);
        assertThat(list).containsExactlyElementsOf(expected);
    }
}
