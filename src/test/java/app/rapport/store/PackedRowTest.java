package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.InteractionKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class PackedRowTest {
    static final PackedRow.Constants<InteractionKind> KINDS = new PackedRow.Constants<>(InteractionKind.class);

    private static PackedRow row(String... fields) {
        return new PackedRow(String.join("\u001f", fields).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEachKindOfField_inTurn() {
        PackedRow r = row("VIP", "2026-11-23", "2026-11-23T09:05", "2024-02-29T23:59:58Z", "HANDWRITTEN_NOTE",
                "1250.50", "Zoë Łukasiewicz");
        assertThat(r.textOrNull()).isEqualTo("VIP");
        assertThat(r.dateOrNull()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(r.dateTime()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 5));
        assertThat(r.instant()).isEqualTo(Instant.parse("2024-02-29T23:59:58Z"));
        assertThat(r.constant(KINDS)).isEqualTo(InteractionKind.HANDWRITTEN_NOTE);
        assertThat(r.decimalOrNull()).isEqualByComparingTo(new BigDecimal("1250.50"));
        assertThat(r.rest()).isEqualTo("Zoë Łukasiewicz");
    }

    @Test
    void emptyFieldsAreNull_andTheRestMayBeEmptyOrHoldSeparators() {
        PackedRow r = row("", "", "", "", "", "a", "b\u001fc");
        assertThat(r.textOrNull()).isNull();
        assertThat(r.dateOrNull()).isNull();
        assertThat(r.dateTimeOrNull()).isNull();
        assertThat(r.decimalOrNull()).isNull();
        assertThat(r.constantOrNull(KINDS)).isNull();
        assertThat(r.textOrNull()).isEqualTo("a");
        assertThat(r.rest()).isEqualTo("b\u001fc");
        PackedRow last = row("x", "");
        assertThat(last.textOrNull()).isEqualTo("x");
        assertThat(last.rest()).isEmpty();
    }

    @Test
    void otherDateForms_goToTheStandardParsers() {
        PackedRow r = row("2026-11-23T09:05:30", "2026-11-23T09:05:30.250Z", "+12026-01-01");
        assertThat(r.dateTime()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 5, 30));
        assertThat(r.instant()).isEqualTo(Instant.parse("2026-11-23T09:05:30.250Z"));
        assertThat(r.dateOrNull()).isEqualTo(LocalDate.of(12026, 1, 1));
    }

    @Test
    void malformedDates_areReported() {
        assertThatThrownBy(() -> row("2026-1x-23").dateOrNull()).isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("2026-1x-23");
        assertThatThrownBy(() -> row("2026-13-23T09:05").dateTime()).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> row("2026-11-23T24:05").dateTime()).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> row("2026-02-30").dateOrNull()).isInstanceOf(DateTimeException.class);
    }

    @Test
    void sameDay_isOneSharedDate() {
        PackedRow r = row("2026-11-23T09:05", "2026-11-23T17:40", "2026-11-23");
        LocalDateTime morning = r.dateTime();
        LocalDateTime evening = r.dateTime();
        assertThat(evening.toLocalDate()).isSameAs(morning.toLocalDate());
        assertThat(r.dateOrNull()).isSameAs(morning.toLocalDate());
    }

    @Test
    void unknownConstant_orTooFewFields_areReported() {
        assertThatThrownBy(() -> row("TELEGRAM").constant(KINDS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TELEGRAM");
        PackedRow r = row("only");
        assertThat(r.textOrNull()).isEqualTo("only");
        assertThatThrownBy(r::textOrNull).isInstanceOf(StoreException.class).hasMessageContaining("fewer fields");
    }

    @Test
    void lookUpOrAdd_findsTheFieldsBytesInAnIndex_andAddsWhenMissing() {
        IdIndex<String> ids = new IdIndex<>();
        ids.put("c-1".getBytes(StandardCharsets.UTF_8), "first");
        PackedRow r = row("c-1", "c-2", "c-2");
        assertThat(r.lookUpOrAdd(ids, () -> "never")).isEqualTo("first");
        assertThat(r.lookUpOrAdd(ids, () -> "second")).isEqualTo("second");
        assertThat(r.lookUpOrAdd(ids, () -> "never")).isEqualTo("second");
        assertThat(ids.size()).isEqualTo(2);
    }
}
