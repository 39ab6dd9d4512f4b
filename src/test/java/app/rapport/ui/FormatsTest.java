package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.util.StringConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dates on screen read as the reasons write them, whatever the system's locale (here the US's). */
class FormatsTest {
    private Locale before;

    @BeforeEach
    void usLocale() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void dates_readDayMonthYear_notTheLocalesMonthFirst() {
        assertThat(Formats.date(LocalDate.of(2026, 11, 23))).isEqualTo("23 Nov 2026");
        assertThat(Formats.dateTime(LocalDateTime.of(2026, 3, 2, 9, 5))).isEqualTo("2 Mar 2026 · 09:05");
        assertThat(Formats.shortDate(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23))).isEqualTo("20 Nov");
        assertThat(Formats.shortDate(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 11, 23))).isEqualTo("20 Nov 2025");
        assertThat(Formats.date(null)).isEmpty();
    }

    @Test
    void dateFields_showTheSameForm_andReadItTheLocalesShortFormAndIso() {
        StringConverter<LocalDate> field = Formats.dateEntryConverter();
        LocalDate d = LocalDate.of(2026, 11, 23);
        assertThat(field.toString(d)).isEqualTo("23 Nov 2026");
        assertThat(field.fromString("23 Nov 2026")).isEqualTo(d);
        assertThat(field.fromString(" 23  nov 2026 ")).isEqualTo(d);
        assertThat(field.fromString("23 November 2026")).isEqualTo(d);
        assertThat(field.fromString("11/23/2026")).as("the US short form").isEqualTo(d);
        assertThat(field.fromString("11/23/26")).isEqualTo(d);
        assertThat(field.fromString("2026-11-23")).isEqualTo(d);
        assertThat(field.fromString("")).isNull();
        assertThatThrownBy(() -> field.fromString("next Tuesday")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> field.fromString("31 Feb 2026")).as("not the 28th")
                .isInstanceOf(DateTimeParseException.class);
        assertThat(field.fromString("29 Feb 2028")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void folder_insideHome_readsFromTheTilde() {
        Path home = Path.of("/home/marta");
        assertThat(Formats.folder(Path.of("/home/marta/.local/share/rapport"), home))
                .isEqualTo("~/.local/share/rapport");
        assertThat(Formats.folder(home, home)).isEqualTo("~");
        assertThat(Formats.folder(Path.of("/home/martadata/rapport"), home))
                .isEqualTo("/home/martadata/rapport");
        assertThat(Formats.folder(Path.of("/srv/books/shop"), home)).isEqualTo("/srv/books/shop");
    }
}
