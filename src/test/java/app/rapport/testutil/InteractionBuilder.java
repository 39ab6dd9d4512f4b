package app.rapport.testutil;

import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Builds interactions for tests: {@code contact("i-1", "c-1").kind(PURCHASE).at("2026-11-19T10:00").build()}. */
public final class InteractionBuilder {
    private final String id;
    private final String clientId;
    private LocalDateTime at = LocalDateTime.parse("2026-11-01T10:00");
    private InteractionKind kind = InteractionKind.CALL;
    private Direction direction;
    private Experience experience;
    private BigDecimal amount;
    private String summary = "";
    private String notes = "";
    private String ref;
    private String by;

    private InteractionBuilder(String id, String clientId) {
        this.id = id;
        this.clientId = clientId;
    }

    public static InteractionBuilder contact(String id, String clientId) {
        return new InteractionBuilder(id, clientId);
    }

    public InteractionBuilder at(String value) {
        this.at = value.length() == 10 ? LocalDateTime.parse(value + "T12:00") : LocalDateTime.parse(value);
        return this;
    }

    public InteractionBuilder kind(InteractionKind value) {
        this.kind = value;
        return this;
    }

    public InteractionBuilder direction(Direction value) {
        this.direction = value;
        return this;
    }

    public InteractionBuilder experience(Experience value) {
        this.experience = value;
        return this;
    }

    public InteractionBuilder amount(String value) {
        this.amount = value == null ? null : new BigDecimal(value);
        return this;
    }

    public InteractionBuilder summary(String value) {
        this.summary = value;
        return this;
    }

    public InteractionBuilder notes(String value) {
        this.notes = value;
        return this;
    }

    public InteractionBuilder ref(String value) {
        this.ref = value;
        return this;
    }

    public InteractionBuilder by(String value) {
        this.by = value;
        return this;
    }

    public Interaction build() {
        return new Interaction(id, clientId, at, kind, direction, experience, amount, summary, notes, ref, by);
    }
}
