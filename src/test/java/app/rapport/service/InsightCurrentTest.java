package app.rapport.service;

import static app.rapport.model.InteractionKind.CALL;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Insight;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures the screen opens on: those computed last while the book has not changed, else new ones. */
class InsightCurrentTest {
    @TempDir
    Path dir;
    InsightFixture book;

    @BeforeEach
    void open() {
        book = new InsightFixture(dir);
        book.client("ana", "2020-01-01").log("ana", "2026-11-02T10:00", CALL);
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void current_whileTheBookIsUnchanged_theSameFigures_afterAChange_newOnes() {
        Insight first = book.insight.current(InsightFixture.D, 12);
        assertThat(book.insight.current(InsightFixture.D, 12)).isSameAs(first);

        book.log("ana", "2026-11-20T10:00", CALL);
        Insight after = book.insight.current(InsightFixture.D, 12);
        assertThat(after).isNotSameAs(first).isEqualTo(book.figures());
        assertThat(after.contactsByMonth().get(11).total()).isEqualTo(2);
    }

    @Test
    void current_ofAnotherDayOrWindow_isComputedForIt() {
        Insight twelve = book.insight.current(InsightFixture.D, 12);
        assertThat(book.insight.current(InsightFixture.D, 3).months()).hasSize(3);
        assertThat(book.insight.current(InsightFixture.D, 12)).isSameAs(twelve);
        assertThat(book.insight.current(InsightFixture.D.minusDays(1), 12).asOf())
                .isEqualTo(InsightFixture.D.minusDays(1));
    }

    @Test
    void keepCurrent_computesOnceTheBookHasBeenLeftAlone_andOnlyWhenNotCurrent() {
        assertThat(book.insight.keepCurrent(12)).as("the first call only notes the change count").isFalse();
        assertThat(book.insight.keepCurrent(12)).as("quiet since: computed").isTrue();
        Insight ahead = book.insight.current(InsightFixture.D, 12);
        assertThat(book.insight.keepCurrent(12)).as("still current").isFalse();

        book.log("ana", "2026-11-21T10:00", CALL);
        assertThat(book.insight.keepCurrent(12)).as("changed since the last call: not yet").isFalse();
        assertThat(book.insight.keepCurrent(12)).isTrue();
        assertThat(book.insight.current(InsightFixture.D, 12)).isNotSameAs(ahead);
    }
}
