package app.rapport.service;

import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.RecordVersion;
import app.rapport.planning.WorkCalendar;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the owner does with follow-ups: done (log the contact that satisfies it), snooze, skip,
 * and their own follow-ups. Every decision is kept in the client's history; each action is one
 * transaction.
 */
public final class FollowUpService {
    public static final String SNOOZE_IN_FUTURE = "Snooze until a day after today";
    public static final String CANNOT_UNDO = "It can no longer be undone: the book has changed since.";

    private final BookStore store;
    private final Clock clock;
    private final Identity identity;
    private final Conflicts conflicts;

    /** Decisions and contacts by no one named. */
    public FollowUpService(BookStore store, Clock clock) {
        this(store, clock, Identity.NONE);
    }

    /** Decisions taken and contacts logged here are by {@code identity}. */
    public FollowUpService(BookStore store, Clock clock, Identity identity) {
        this.store = store;
        this.clock = clock;
        this.identity = identity;
        this.conflicts = new Conflicts(clock, identity);
    }

    /**
     * The contact that completes a follow-up, dated now, for the owner to check and save: a call
     * is a THANK_YOU_CALL after a purchase or a referral and a CALL otherwise; a note is a
     * HANDWRITTEN_NOTE.
     */
    public Interaction draftFor(FollowUp f) {
        InteractionKind kind = kindFor(f);
        String summary = switch (f.rule()) {
            case THANK_PURCHASE -> kind == InteractionKind.HANDWRITTEN_NOTE ? "Thank-you note for the purchase"
                    : "Thank-you call for the purchase";
            case THANK_REFERRER -> "Thanked for the referral";
            case RECOVERY -> "Called to put things right";
            case RECOVERY_CHECK_IN -> "Checked in after the problem";
            case BIRTHDAY -> "Birthday card";
            case ANNIVERSARY -> "Anniversary note";
            case EARLY_CARE -> "Care call after the first purchase";
            case GONE_QUIET -> f.action() == FollowUpAction.NOTE ? "Note to keep in touch" : "Called to keep in touch";
            case MANUAL -> f.reason();
        };
        return new Interaction(ContactService.NEW_ID, f.clientId(), LocalDateTime.now(clock), kind, null, null, null,
                summary, "");
    }

    static InteractionKind kindFor(FollowUp f) {
        if (f.action() == FollowUpAction.NOTE) {
            return InteractionKind.HANDWRITTEN_NOTE;
        }
        boolean thanks = f.rule() == FollowUpRule.THANK_PURCHASE || f.rule() == FollowUpRule.THANK_REFERRER;
        return thanks ? InteractionKind.THANK_YOU_CALL : InteractionKind.CALL;
    }

    /**
     * Logs the contact and records the follow-up as done, in one transaction; returns what takes
     * it back ({@link #undo}), and the contact as logged ({@link Undo#contact()}).
     *
     * @throws ConflictException when someone else did or skipped it meanwhile (nothing is logged)
     */
    public Undo done(FollowUp f, Interaction contact) {
        return store.write(tx -> {
            if (!tx.clients().exists(contact.clientId())) {
                throw new ServiceException("That client is no longer in the book.");
            }
            checkStillOpen(tx, f);
            Interaction logged = ContactService.NEW_ID.equals(contact.id())
                    ? contact.withId(tx.interactions().nextId()) : contact;
            if (logged.by() == null) {
                logged = logged.withBy(identity.name());
            }
            Before before = before(tx, f);
            tx.interactions().insert(logged);
            recordDone(tx, f, logged.summary());
            return before.undo(f, DecisionKind.DONE, tx.decisions().lastSeq(), logged);
        });
    }

    /**
     * Records the follow-up as done, inside a transaction that logged the contact that did it: the
     * occurrence is closed for its action, whatever was logged (a belated card, a call where a note
     * was due).
     */
    void recordDone(BookTx tx, FollowUp f, String what) {
        decide(tx, f, DecisionKind.DONE, null, what);
        closeManual(tx, f, ManualFollowUp.Status.DONE);
    }

    /** Who logs and decides here, or {@code null} when no one is named. */
    String by() {
        return identity.name();
    }

    /**
     * Hides the follow-up until {@code until}, when it shows again as due that day; returns what takes it back.
     *
     * @throws ConflictException when someone else did or skipped it meanwhile
     */
    public Undo snooze(FollowUp f, LocalDate until, String reason) {
        if (until == null || !until.isAfter(LocalDate.now(clock))) {
            throw new ServiceException(SNOOZE_IN_FUTURE);
        }
        return store.write(tx -> {
            checkStillOpen(tx, f);
            Before before = before(tx, f);
            decide(tx, f, DecisionKind.SNOOZE, until, reason);
            if (before.manual() != null) {
                saveManual(tx, before.manual().withDue(until), before.version());
            }
            return before.undo(f, DecisionKind.SNOOZE, tx.decisions().lastSeq(), null);
        });
    }

    /**
     * The days Snooze offers on {@code asOf}: the next work day ("tomorrow", Monday after a Friday)
     * and a week on (the first work day from {@code asOf + 7}), by the book's work days.
     */
    public SnoozeDays snoozeDays(LocalDate asOf) {
        WorkCalendar calendar = WorkCalendar.of(store.read(tx -> tx.settings().load()));
        return new SnoozeDays(calendar.addWorkDays(asOf, 1), calendar.addWorkDays(asOf.plusDays(7), 0));
    }

    /** The days Snooze offers: the next work day, and the work day a week on. */
    public record SnoozeDays(LocalDate nextWorkDay, LocalDate nextWeek) {
    }

    /**
     * Closes this occurrence of the follow-up, for a reason; returns what takes it back.
     *
     * @throws ConflictException when someone else did or skipped it meanwhile
     */
    public Undo skip(FollowUp f, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ServiceException(Decision.REASON_REQUIRED);
        }
        return store.write(tx -> {
            checkStillOpen(tx, f);
            Before before = before(tx, f);
            decide(tx, f, DecisionKind.SKIP, null, reason.strip());
            closeManual(tx, f, ManualFollowUp.Status.SKIPPED);
            return before.undo(f, DecisionKind.SKIP, tx.decisions().lastSeq(), null);
        });
    }

    /**
     * Refuses a decision on a follow-up that someone else (another computer, a command) did or
     * skipped since it was planned, saying who and when: nothing is logged or decided twice.
     */
    void checkStillOpen(BookTx tx, FollowUp f) {
        if (f.manualId() != null) {
            tx.followUps().find(f.manualId()).filter(m -> !m.isOpen()).ifPresent(m -> {
                RecordVersion closed = tx.followUps().version(m.id()).orElse(RecordVersion.NONE);
                throw conflicts.already(m.status() == ManualFollowUp.Status.DONE ? "done" : "skipped",
                        closed.changedBy(), closed.changedAt());
            });
            return;
        }
        tx.decisions().forClient(f.clientId()).stream()
                .filter(d -> d.key().equals(f.key()) && d.closes(f.action()))
                .reduce((earlier, later) -> later)
                .ifPresent(d -> {
                    throw conflicts.already(d.decision() == DecisionKind.DONE ? "done" : "skipped", d.by(), d.at());
                });
    }

    /**
     * What one done, snooze or skip wrote, to take it back with {@link #undo}.
     *
     * @param decisionSeq where the decision is kept in the book
     * @param contact the contact a done logged; null for snooze and skip
     * @param manualBefore the owner's own follow-up as it was before; null for the rules' follow-ups
     * @param manualVersion the version {@code manualBefore} was at; null with it
     */
    public record Undo(FollowUp followUp, DecisionKind decision, long decisionSeq, Interaction contact,
            ManualFollowUp manualBefore, RecordVersion manualVersion) {
    }

    /** The owner's own follow-up a decision is about, as it was before it, with its version; nulls for a rule's. */
    private record Before(ManualFollowUp manual, RecordVersion version) {
        Undo undo(FollowUp f, DecisionKind decision, long seq, Interaction contact) {
            return new Undo(f, decision, seq, contact, manual, version);
        }
    }

    /**
     * Takes back one done, snooze or skip, in one transaction, leaving the book as it was before
     * it: the decision goes, and so does the contact a done logged (with its record of a letter
     * sent, if it was one); the owner's own follow-up gets its status and due date back.
     *
     * @throws ServiceException ({@link #CANNOT_UNDO}) when the decision is no longer in the book
     */
    public void undo(Undo undo) {
        store.writeVoid(tx -> {
            boolean kept = tx.decisions().find(undo.decisionSeq())
                    .filter(d -> d.key().equals(undo.followUp().key()) && d.decision() == undo.decision()).isPresent();
            if (!kept) {
                throw new ServiceException(CANNOT_UNDO);
            }
            tx.decisions().delete(undo.decisionSeq());
            if (undo.contact() != null) {
                tx.interactions().delete(undo.contact().id());
            }
            ManualFollowUp before = undo.manualBefore();
            if (before != null && tx.followUps().find(before.id()).isPresent()
                    && !tx.followUps().restore(before, undo.manualVersion(), undo.manualVersion().number() + 1)) {
                throw new ServiceException(CANNOT_UNDO);
            }
        });
    }

    private static Before before(BookTx tx, FollowUp f) {
        if (f.manualId() == null) {
            return new Before(null, null);
        }
        return tx.followUps().find(f.manualId())
                .map(m -> new Before(m, tx.followUps().version(m.id()).orElseThrow()))
                .orElse(new Before(null, null));
    }

    /** Saves the owner's own follow-up, read at {@code version} in this transaction, as changed here now. */
    private void saveManual(BookTx tx, ManualFollowUp changed, RecordVersion version) {
        if (!tx.followUps().update(changed, version.number(), conflicts.by(), conflicts.now())) {
            throw tx.followUps().version(changed.id()).map(now -> conflicts.changed("this follow-up", now))
                    .orElseGet(() -> ConflictException.settled("That follow-up is no longer in the book."));
        }
    }

    /** Adds the owner's own follow-up; its anchor is today. */
    public ManualFollowUp add(String clientId, FollowUpAction action, LocalDate due, int priority, String note) {
        return store.write(tx -> {
            if (!tx.clients().exists(clientId)) {
                throw new ServiceException("That client is no longer in the book.");
            }
            ManualFollowUp f = new ManualFollowUp(tx.followUps().nextId(), clientId, action, due, priority, note,
                    ManualFollowUp.Status.OPEN, LocalDate.now(clock));
            tx.followUps().insert(f);
            return f;
        });
    }

    /** The client's decisions, newest first. */
    public List<Decision> history(String clientId) {
        List<Decision> decisions = new ArrayList<>(store.read(tx -> tx.decisions().forClient(clientId)));
        Collections.reverse(decisions);
        return decisions;
    }

    /** Records a decision on {@code f}'s occurrence; a done records the action it did, which it closes. */
    private void decide(BookTx tx, FollowUp f, DecisionKind kind, LocalDate until, String reason) {
        tx.decisions().insert(new Decision(f.clientId(), f.rule(), f.anchor(), kind, until, reason, clock.instant(),
                f.action(), identity.name()));
    }

    private void closeManual(BookTx tx, FollowUp f, ManualFollowUp.Status status) {
        Before before = before(tx, f);
        if (before.manual() != null) {
            saveManual(tx, before.manual().withStatus(status), before.version());
        }
    }
}
