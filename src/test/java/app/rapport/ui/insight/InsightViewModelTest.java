package app.rapport.ui.insight;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientsBehind;
import app.rapport.model.HealthBand;
import app.rapport.model.InsightFilter;
import app.rapport.model.InteractionKind;
import app.rapport.service.OpenBook;
import app.rapport.testutil.HeldTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Insight's state without a stage: what loads, what shows, what a number opens. */
class InsightViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    OpenBook book;
    HeldTaskRunner runner = new HeldTaskRunner();
    InsightViewModel model;

    @BeforeEach
    void open() {
        book = OpenBook.open(dir, false, CLOCK, "a test");
        book.clients().add(client("c-0001").name("Ana", "Ruiz").clientSince("2024-01-10").build());
        book.clients().add(client("c-0002").name("Bo", "Lind").clientSince("2023-01-10").build());
        book.contacts().log(contact("i-1", "c-0001").at("2026-11-20T10:00").kind(InteractionKind.CALL).build());
        book.contacts().log(contact("i-2", "c-0002").at("2026-01-20T10:00").kind(InteractionKind.CALL).build());
        model = new InsightViewModel(book.insight(), runner);
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void load_saysWhatIsLoading_thenShowsTheTwelveMonthsToToday() {
        model.load();
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Loading the figures of the last 12 months…");
        assertThat(model.shownProperty().get()).isNull();

        runner.release();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.subtitleProperty().get()).isEqualTo("12 months to 22 Nov 2026");
        InsightViewModel.Shown shown = model.shownProperty().get();
        assertThat(shown.insight().health().atRisk()).isEqualTo(1);
        assertThat(shown.tiles()).hasSize(4);
        assertThat(shown.charts()).hasSize(8);
    }

    @Test
    void loadingAgain_keepsTheFiguresOnShow_andSaysTheyAreBroughtUpToDate() {
        model.load();
        runner.release();
        model.load();
        assertThat(model.statusProperty().get()).isEqualTo("Bringing the figures up to date…");
        assertThat(model.shownProperty().get()).isNotNull();
        runner.release();
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void anotherWindow_isLoaded_andAnOlderAnswerComingLaterIsDropped() {
        model.load();
        model.monthsProperty().set(3);
        model.monthsProperty().set(6);
        runner.release();
        assertThat(model.insight().months()).hasSize(6);
        assertThat(model.subtitleProperty().get()).isEqualTo("6 months to 22 Nov 2026");
    }

    @Test
    void aFailure_isSaidInWords() {
        model.monthsProperty().set(0);
        runner.release();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.statusProperty().get())
                .isEqualTo("The figures could not be read: Choose a window of 1 to 60 months");
    }

    @Test
    void open_findsTheClientsBehindANumber_andHandsThemOver() {
        model.load();
        runner.release();
        List<ClientsBehind> opened = new ArrayList<>();
        model.open(InsightFilter.Health.now(HealthBand.AT_RISK), opened::add);
        assertThat(model.statusProperty().get()).isEqualTo("Finding the clients…");
        runner.release();
        assertThat(opened).singleElement().satisfies(b -> {
            assertThat(b.clientIds()).containsExactly("c-0002");
            assertThat(b.banner()).isEqualTo("Clients at risk now (1)");
        });
        assertThat(model.statusProperty().get()).isEmpty();
    }
}
