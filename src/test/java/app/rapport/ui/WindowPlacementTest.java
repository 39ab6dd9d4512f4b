package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The main window's first place: the size it asks for, within the screen. */
class WindowPlacementTest {
    @Test
    void fit_onASmallScreen_isTheScreen() {
        assertThat(WindowPlacement.fit(1180, 760, new Rectangle2D(0, 0, 1024, 740)))
                .isEqualTo(new Rectangle2D(0, 0, 1024, 740));
    }

    @Test
    void fit_onALargeScreen_isTheSizeAskedForCentred() {
        assertThat(WindowPlacement.fit(1180, 760, new Rectangle2D(1920, 0, 1920, 1050)))
                .isEqualTo(new Rectangle2D(1920 + 370, 145, 1180, 760));
    }
}
