package app.rapport.service;

import app.rapport.reminders.DailyReminder;
import app.rapport.reminders.DaySummary;
import app.rapport.reminders.ReminderState;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import app.rapport.store.SettingsRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * The daily reminder over the book: whether it shows now and what it says. What it remembers (the
 * day it last showed, a pending "Later") and the owner's choices about it are kept in the book, so a
 * restart the same day does not show it again. They are not part of the exported settings. On a
 * team book each computer has its own reminder: its keys end with the computer's {@code scope}.
 */
public final class ReminderService {
    static final String LAST_SHOWN = "app.reminders.lastShown";
    static final String LATER_AT = "app.reminders.laterAt";
    static final String ENABLED = "app.reminders.enabled";
    static final String WHEN_CAUGHT_UP = "app.reminders.whenCaughtUp";

    private final BookStore store;
    private final PlanningService planning;
    private final DailyReminder reminder;
    private final String scope;

    public ReminderService(BookStore store, PlanningService planning, Clock clock) {
        this(store, planning, clock, "");
    }

    /** @param scope what ends this computer's keys on a team book ("@" and its id); "" on a book of one's own */
    public ReminderService(BookStore store, PlanningService planning, Clock clock, String scope) {
        this.store = store;
        this.planning = planning;
        this.reminder = new DailyReminder(clock);
        this.scope = scope;
    }

    /** The owner's choices: a reminder each day, and one even when nothing is due. */
    public record Choices(boolean enabled, boolean whenCaughtUp) {
    }

    public Choices choices() {
        return store.read(tx ->
                new Choices(flag(tx.settings(), ENABLED + scope, true),
                        flag(tx.settings(), WHEN_CAUGHT_UP + scope, false)));
    }

    public void saveChoices(Choices choices) {
        store.writeVoid(tx -> {
            tx.settings().putValue(ENABLED + scope, String.valueOf(choices.enabled()));
            tx.settings().putValue(WHEN_CAUGHT_UP + scope, String.valueOf(choices.whenCaughtUp()));
        });
    }

    /**
     * Checks the clock: when the reminder is due, plans the day and returns what to show (the day is
     * then remembered as shown). Empty when it is not due, is switched off, or nothing is due and the
     * owner did not ask for "all caught up" reminders (the day then counts as done too).
     */
    public Optional<DaySummary> check() {
        record Due(boolean due, Choices choices) {
        }
        Due due = store.read(tx -> {
            Choices choices = new Choices(flag(tx.settings(), ENABLED + scope, true),
                    flag(tx.settings(), WHEN_CAUGHT_UP + scope, false));
            LocalTime time = tx.settings().load().reminderTime();
            return new Due(choices.enabled() && reminder.isDue(state(tx.settings()), time), choices);
        });
        if (!due.due()) {
            return Optional.empty();
        }
        DaySummary summary = DaySummary.of(planning.agenda());
        remember(tx -> reminder.shown(state(tx.settings())));
        return summary.isEmpty() && !due.choices().whenCaughtUp() ? Optional.empty() : Optional.of(summary);
    }

    /** Today's summary, whenever asked (the tray's "Today's summary"); changes nothing. */
    public DaySummary summaryNow() {
        return DaySummary.of(planning.agenda());
    }

    /** "Later": show it again in an hour. */
    public void later() {
        remember(tx -> reminder.later(state(tx.settings())));
    }

    /**
     * Keeps what the reminder remembers. Not a change to the book: it changes no follow-up, so the
     * agendas saved ahead stay valid (the day's first reminder would otherwise make the next start
     * plan the whole book again), and it alone does not call for a backup.
     */
    private void remember(Function<BookTx, ReminderState> next) {
        store.writeAsideVoid(tx -> save(tx.settings(), next.apply(tx)));
    }

    /** What the reminder remembers (for the Settings screen and tests). */
    public ReminderState state() {
        return store.read(tx -> state(tx.settings()));
    }

    private ReminderState state(SettingsRepository settings) {
        LocalDate last = settings.value(LAST_SHOWN + scope).filter(v -> !v.isBlank()).map(LocalDate::parse)
                .orElse(null);
        Instant later = settings.value(LATER_AT + scope).filter(v -> !v.isBlank()).map(Instant::parse).orElse(null);
        return new ReminderState(last, later);
    }

    private void save(SettingsRepository settings, ReminderState state) {
        settings.putValue(LAST_SHOWN + scope, state.lastShown() == null ? "" : state.lastShown().toString());
        settings.putValue(LATER_AT + scope, state.laterAt() == null ? "" : state.laterAt().toString());
    }

    private static boolean flag(SettingsRepository settings, String key, boolean otherwise) {
        return settings.value(key).map(Boolean::parseBoolean).orElse(otherwise);
    }
}
