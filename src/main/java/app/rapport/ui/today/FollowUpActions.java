package app.rapport.ui.today;

import app.rapport.model.FollowUp;
import app.rapport.service.ConflictException;
import app.rapport.service.FollowUpService;
import app.rapport.service.OpenBook;
import app.rapport.service.PlanningService;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.FollowUpWords;
import app.rapport.ui.Navigator;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.contacts.LogContactController;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * What the owner does with a follow-up on Today: Done (the log dialog, prefilled), Snooze (to the
 * next work day, next week or a day picked), Skip (with a reason), or a note to write. A follow-up
 * decided leaves the list at once, its client is planned again in the background, and the status
 * line offers to take the decision back.
 */
final class FollowUpActions {
    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Clock clock;
    private final Navigator navigator;
    private final TodayViewModel model;
    private final Node view;
    private final Consumer<FollowUp> reselect;

    /**
     * @param view the screen (its window owns the log dialog; out of a scene, Today is not on show)
     * @param reselect selects the follow-up for the same occurrence, once an undone one is back
     */
    FollowUpActions(OpenBook book, TaskRunner runner, Dialogs dialogs, Clock clock, Navigator navigator,
            TodayViewModel model, Node view, Consumer<FollowUp> reselect) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.navigator = navigator;
        this.model = model;
        this.view = view;
        this.reselect = reselect;
    }

    /**
     * Opens the log dialog to complete {@code f}. Cancelled, the client is planned again: when
     * someone else did it meanwhile (the dialog said who and when), it leaves the list.
     */
    void done(FollowUp f) {
        LogContactController.complete(f, book, runner, clock, view.getScene().getWindow())
                .ifPresentOrElse(undo -> decided(undo, "Done: " + FollowUpWords.done(f)),
                        () -> replan(f.clientId(), () -> { }));
    }

    /** Opens the snooze choices beside {@code anchor}, once the book's work days have said which days they are. */
    void showSnoozeMenu(FollowUp f, Node anchor) {
        LocalDate asOf = model.asOf();
        runner.run(() -> book.followUps().snoozeDays(asOf), days -> snoozeMenu(f, days).show(anchor, Side.BOTTOM, 0, 0),
                e -> dialogs.error("Could not snooze", ErrorMessages.plain(e)));
    }

    private ContextMenu snoozeMenu(FollowUp f, FollowUpService.SnoozeDays days) {
        MenuItem nextWorkDay = new MenuItem(TodayViewModel.nextWorkDayChoice(model.asOf(), days.nextWorkDay()));
        nextWorkDay.setOnAction(e -> snooze(f, days.nextWorkDay()));
        MenuItem nextWeek = new MenuItem("Next week (" + TodayViewModel.SHORT.format(days.nextWeek()) + ")");
        nextWeek.setOnAction(e -> snooze(f, days.nextWeek()));
        MenuItem pick = new MenuItem("Pick a date…");
        pick.setOnAction(e -> dialogs.pickDate("Snooze until", "Put off " + FollowUpWords.task(f) + " until:",
                        days.nextWeek(), model.asOf().plusDays(1))
                .ifPresent(d -> snooze(f, d)));
        ContextMenu menu = new ContextMenu(nextWorkDay, nextWeek, pick);
        menu.setOnShown(e -> menu.getSkin().getNode().requestFocus());
        return menu;
    }

    private void snooze(FollowUp f, LocalDate until) {
        runner.run(() -> book.followUps().snooze(f, until, ""),
                undo -> decided(undo, "Snoozed " + FollowUpWords.task(f) + " until "
                        + TodayViewModel.SHORT.format(until)),
                e -> refused(f, "Could not snooze", e));
    }

    void skip(FollowUp f) {
        dialogs.askText("Skip this follow-up", "Why skip " + FollowUpWords.task(f)
                        + "? The reason is kept in their history.", "Reason", "Skip")
                .ifPresent(reason -> runner.run(() -> book.followUps().skip(f, reason),
                        undo -> decided(undo, "Skipped " + FollowUpWords.task(f)),
                        e -> refused(f, "Could not skip", e)));
    }

    /** Says why a decision was refused; when someone else decided first, the client is planned again. */
    private void refused(FollowUp f, String title, Throwable e) {
        dialogs.error(title, ErrorMessages.plain(e));
        if (e instanceof ConflictException) {
            replan(f.clientId(), () -> { });
        }
    }

    /** Opens the letter for this follow-up; a note that is part of it completes it. */
    void writeNote(FollowUp f) {
        navigator.writeNote(f.clientId(), f.action().includesNote() ? f : null);
    }

    /** A follow-up was done, snoozed or skipped: it leaves the list, and the status line offers to undo it. */
    private void decided(FollowUpService.Undo undo, String message) {
        FollowUp f = undo.followUp();
        model.remove(f);
        navigator.offerUndo(message, () -> undo(undo));
        replan(f.clientId(), () -> { });
    }

    /** Takes a decision back: the follow-up returns to the list (selected, when Today is on show). */
    private void undo(FollowUpService.Undo undo) {
        FollowUp f = undo.followUp();
        runner.run(() -> {
            book.followUps().undo(undo);
            return f;
        }, back -> {
            navigator.status("Undone: " + FollowUpWords.task(f) + " is back on the list.");
            if (view.getScene() == null) {
                navigator.bookChanged();
            } else {
                replan(f.clientId(), () -> reselect.accept(f));
            }
        }, e -> dialogs.error("Could not undo", ErrorMessages.plain(e)));
    }

    /** Re-plans one client in the background and puts their follow-ups back in the list. */
    private void replan(String clientId, Runnable then) {
        runner.run(() -> book.planning().client(clientId), plan -> {
            model.replaceClient(clientId, plan.map(PlanningService.ClientPlan::open).orElse(List.of()));
            then.run();
        }, e -> navigator.status("Could not re-plan: " + ErrorMessages.plain(e)));
    }
}
