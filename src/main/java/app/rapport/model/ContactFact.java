package app.rapport.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** What planning needs to know of one logged contact (no notes: they can be long). */
public record ContactFact(LocalDateTime at, InteractionKind kind, Direction direction, Experience experience,
        BigDecimal amount, String summary) {

    public boolean isOutbound() {
        return direction == Direction.OUTBOUND;
    }
}
