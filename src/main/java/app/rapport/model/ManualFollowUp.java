package app.rapport.model;

import java.time.LocalDate;

/**
 * A follow-up the owner added by hand (RULES.md's MANUAL). Its anchor is the day it was
 * created. Done and skip close it; a snooze moves its due date.
 */
public record ManualFollowUp(String id, String clientId, FollowUpAction action, LocalDate due, int priority,
        String note, Status status, LocalDate createdOn) {

    public static final int DEFAULT_PRIORITY = 3;
    public static final String DUE_REQUIRED = "Choose when it is due";
    public static final String PRIORITY_RANGE = "Priority goes from 1 (most urgent) to 5";

    public enum Status { OPEN, DONE, SKIPPED }

    public ManualFollowUp {
        if (Text.isBlank(id)) {
            throw new InvalidValueException("id", "A follow-up needs an id");
        }
        if (Text.isBlank(clientId)) {
            throw new InvalidValueException("clientId", Interaction.CLIENT_REQUIRED);
        }
        if (due == null) {
            throw new InvalidValueException("due", DUE_REQUIRED);
        }
        if (priority < 1 || priority > 5) {
            throw new InvalidValueException("priority", PRIORITY_RANGE);
        }
        action = action == null ? FollowUpAction.CALL : action;
        note = Text.orEmpty(note);
        status = status == null ? Status.OPEN : status;
        createdOn = createdOn == null ? due : createdOn;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public ManualFollowUp withStatus(Status value) {
        return new ManualFollowUp(id, clientId, action, due, priority, note, value, createdOn);
    }

    public ManualFollowUp withDue(LocalDate value) {
        return new ManualFollowUp(id, clientId, action, value, priority, note, status, createdOn);
    }
}
