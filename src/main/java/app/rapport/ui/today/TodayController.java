package app.rapport.ui.today;

import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import app.rapport.model.Agenda;
import app.rapport.service.AgendaPrefetch;
import app.rapport.service.FollowUpService;
import app.rapport.service.OpenBook;
import app.rapport.service.PlanningService;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.FollowUpWords;
import app.rapport.ui.Navigator;
import app.rapport.ui.Screen;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import app.rapport.ui.contacts.LogContactController;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * Today: the follow-ups to work through, grouped as Overdue, Today and Coming up. Done opens the
 * log dialog prefilled; Snooze and Skip ask when and why. Keyboard: arrows, D, S, K, Enter.
 */
public final class TodayController implements Screen {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TodayController.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMM", Locale.ENGLISH);
    /** How long after a saved agenda is shown it is checked, leaving the first frames to draw. */
    static final javafx.util.Duration SAVED_CHECK_DELAY = javafx.util.Duration.seconds(2);

    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Clock clock;
    private final Navigator navigator;
    private final TodayViewModel model = new TodayViewModel();
    private final Parent view;

    @FXML
    private Label dateLabel;
    @FXML
    private Label overdueCount;
    @FXML
    private Label todayCount;
    @FXML
    private Label upcomingCount;
    @FXML
    private TreeTableView<AgendaRow> agendaTable;
    @FXML
    private TreeTableColumn<AgendaRow, AgendaRow> clientColumn;
    @FXML
    private TreeTableColumn<AgendaRow, AgendaRow> actionColumn;
    @FXML
    private TreeTableColumn<AgendaRow, AgendaRow> dueColumn;
    @FXML
    private TreeTableColumn<AgendaRow, AgendaRow> buttonsColumn;
    @FXML
    private VBox caughtUp;
    @FXML
    private Label caughtUpDetail;

    public TodayController(OpenBook book, TaskRunner runner, Dialogs dialogs, Clock clock, Navigator navigator) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.navigator = navigator;
        this.view = Views.load(this);
        refresh();
    }

    @FXML
    private void initialize() {
        agendaTable.setRoot(new TreeItem<>());
        AgendaCells.install(this, clientColumn, actionColumn, dueColumn, buttonsColumn);
        AgendaCells.fitColumns(List.of(), LocalDate.now(clock), actionColumn, dueColumn, buttonsColumn);
        agendaTable.setRowFactory(t -> AgendaCells.row());
        agendaTable.setPlaceholder(new Label("Planning…"));
        dateLabel.setText(DAY.format(LocalDate.now(clock)));
        countLabel(overdueCount, Bucket.OVERDUE, "overdue");
        countLabel(todayCount, Bucket.TODAY, "due today");
        countLabel(upcomingCount, Bucket.UPCOMING, "coming up");
        model.followUps().addListener((ListChangeListener<FollowUp>) change -> rebuild());
        agendaTable.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        agendaTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                selected().ifPresent(f -> navigator.showClient(f.clientId()));
            }
        });
    }

    /** A bucket's count; hidden while the first agenda is planned ("0 overdue" would be wrong then). */
    private void countLabel(Label label, Bucket bucket, String words) {
        label.textProperty().bind(model.count(bucket).asString("%d " + words));
        label.visibleProperty().bind(model.asOfProperty().isNotNull());
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void refresh() {
        if (model.asOf() != null) {
            runner.run(() -> book.planning().agenda(), this::show, this::cannotPlan);
            return;
        }
        Optional<AgendaPrefetch.FirstAgenda> ready = book.agendaPrefetch().ready();
        if (ready.isPresent()) {
            showFirst(ready.get()); // before the window is first drawn, which then draws the list too
            return;
        }
        runner.run(() -> book.agendaPrefetch().first(), this::showFirst, this::cannotPlan);
    }

    private void showFirst(AgendaPrefetch.FirstAgenda first) {
        show(first.agenda());
        if (first.saved()) {
            checkSaved(first.agenda());
        }
    }

    private void cannotPlan(Throwable e) {
        agendaTable.setPlaceholder(new Label("The agenda could not be planned: " + ErrorMessages.plain(e)));
    }

    /**
     * Today opened on the agenda saved when the day was planned ahead (the book has not changed
     * since): once the window is up, plan the day again, and show that agenda if it differs and the
     * owner has not worked on the list meanwhile (their changes re-plan the clients they touch).
     */
    private void checkSaved(Agenda saved) {
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(SAVED_CHECK_DELAY);
        settle.setOnFinished(e -> {
            if (!onShowingWindow()) {
                return; // the window closed (or this screen was replaced) meanwhile: nothing to check
            }
            recheck(saved);
        });
        settle.play();
    }

    private boolean onShowingWindow() {
        javafx.scene.Scene scene = view.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    private void recheck(Agenda saved) {
        runner.run(() -> book.planning().agenda(), fresh -> {
            if (fresh.equals(saved)) {
                LOG.info("The agenda planned again matches the saved one ({} follow-ups)", fresh.followUps().size());
            } else if (model.followUps().equals(saved.followUps()) && saved.asOf().equals(model.asOf())) {
                LOG.warn("The saved agenda differed from the one planned now: showing the new one");
                show(fresh);
            }
        }, failure -> LOG.warn("Today's agenda could not be planned again to check the saved one", failure));
    }

    /** Logs when the first frame with the list is laid out (it is drawn right after): the start-up figure. */
    private void logFirstFrame() {
        Views.onceInScene(view, scene -> Views.afterLayoutWhen(scene, this::onShowingWindow,
                () -> LOG.info("Today drawn, {} ms after the program started", sinceStart())));
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private void show(Agenda agenda) {
        if (model.asOf() == null) {
            LOG.info("Today shows {} follow-ups, {} ms after the program started", agenda.followUps().size(),
                    sinceStart());
            logFirstFrame();
        }
        dateLabel.setText(DAY.format(agenda.asOf()));
        model.show(agenda, 7);
        if (agendaTable.getSelectionModel().getSelectedItem() == null) {
            selectFirstFollowUp();
        }
    }

    @Override
    public void focusFirst() {
        agendaTable.requestFocus();
    }

    @Override
    public Optional<String> currentClientId() {
        return selected().map(FollowUp::clientId);
    }

    Optional<FollowUp> selected() {
        TreeItem<AgendaRow> item = agendaTable.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? Optional.empty() : Optional.ofNullable(item.getValue().followUp());
    }

    LocalDate asOf() {
        return model.asOf();
    }

    /** Rebuilds the grouped rows, keeping the selection on the same follow-up, or the next one. */
    private void rebuild() {
        int oldIndex = agendaTable.getSelectionModel().getSelectedIndex();
        FollowUp was = selected().orElse(null);
        TreeItem<AgendaRow> root = new TreeItem<>();
        for (Bucket b : Bucket.values()) {
            List<FollowUp> in = model.inBucket(b);
            if (in.isEmpty()) {
                continue;
            }
            TreeItem<AgendaRow> group = new TreeItem<>(AgendaRow.group(b, in.size()));
            group.setExpanded(true);
            List<TreeItem<AgendaRow>> rows = new java.util.ArrayList<>(in.size());
            for (FollowUp f : in) {
                rows.add(new TreeItem<>(AgendaRow.of(f)));
            }
            group.getChildren().setAll(rows);
            root.getChildren().add(group);
        }
        AgendaCells.fitColumns(model.followUps(), model.asOf() == null ? LocalDate.now(clock) : model.asOf(),
                actionColumn, dueColumn, buttonsColumn);
        agendaTable.setRoot(root);
        caughtUp.setVisible(model.followUps().isEmpty() && model.asOf() != null);
        agendaTable.setVisible(!caughtUp.isVisible());
        if (was != null && model.followUps().contains(was)) {
            select(was);
        } else if (oldIndex >= 0) {
            int i = Math.min(oldIndex, agendaTable.getExpandedItemCount() - 1);
            while (i >= 0 && i < agendaTable.getExpandedItemCount() && agendaTable.getTreeItem(i).getValue().followUp() == null) {
                i++;
            }
            if (i >= agendaTable.getExpandedItemCount()) {
                i = agendaTable.getExpandedItemCount() - 1;
            }
            agendaTable.getSelectionModel().select(i);
        }
    }

    private void select(FollowUp f) {
        for (int i = 0; i < agendaTable.getExpandedItemCount(); i++) {
            if (f.equals(agendaTable.getTreeItem(i).getValue().followUp())) {
                agendaTable.getSelectionModel().select(i);
                agendaTable.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    /** Selects the follow-up for the same occurrence as {@code f} (its reason or due date may have moved on). */
    private void selectKey(FollowUp f) {
        model.followUps().stream().filter(g -> g.key().equals(f.key())).findFirst().ifPresent(this::select);
    }

    private void selectFirstFollowUp() {
        if (agendaTable.getExpandedItemCount() > 1) {
            agendaTable.getSelectionModel().select(1);
        }
    }

    private void onKey(KeyEvent e) {
        Optional<FollowUp> f = selected();
        if (f.isEmpty()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.D) {
            done(f.get());
        } else if (code == KeyCode.S) {
            showSnoozeMenu(f.get(), selectedRowNode());
        } else if (code == KeyCode.K) {
            skip(f.get());
        } else if (code == KeyCode.W) {
            writeNote(f.get());
        } else if (code == KeyCode.ENTER) {
            navigator.showClient(f.get().clientId());
        } else {
            return;
        }
        e.consume();
    }

    /** The row on screen for the selection, to open menus beside it; the table when it is scrolled away. */
    private Node selectedRowNode() {
        int index = agendaTable.getSelectionModel().getSelectedIndex();
        for (Node n : agendaTable.lookupAll(".tree-table-row-cell")) {
            if (n instanceof javafx.scene.control.TreeTableRow<?> row && row.getIndex() == index && row.isVisible()) {
                return row;
            }
        }
        return agendaTable;
    }

    void done(FollowUp f) {
        LogContactController.complete(f, book, runner, clock, view.getScene().getWindow())
                .ifPresent(undo -> decided(undo, "Done: " + FollowUpWords.done(f)));
    }

    ContextMenu snoozeMenu(FollowUp f, FollowUpService.SnoozeDays days) {
        MenuItem nextWorkDay = new MenuItem(TodayViewModel.nextWorkDayChoice(model.asOf(), days.nextWorkDay()));
        nextWorkDay.setOnAction(e -> snooze(f, days.nextWorkDay()));
        MenuItem nextWeek = new MenuItem("Next week (" + SHORT.format(days.nextWeek()) + ")");
        nextWeek.setOnAction(e -> snooze(f, days.nextWeek()));
        MenuItem pick = new MenuItem("Pick a date…");
        pick.setOnAction(e -> dialogs.pickDate("Snooze until", "Put off " + FollowUpWords.task(f) + " until:",
                        days.nextWeek(), model.asOf().plusDays(1))
                .ifPresent(d -> snooze(f, d)));
        ContextMenu menu = new ContextMenu(nextWorkDay, nextWeek, pick);
        menu.setOnShown(e -> menu.getSkin().getNode().requestFocus());
        return menu;
    }

    /** Opens the snooze choices beside {@code anchor}, once the book's work days have said which days they are. */
    void showSnoozeMenu(FollowUp f, Node anchor) {
        LocalDate asOf = model.asOf();
        runner.run(() -> book.followUps().snoozeDays(asOf), days -> snoozeMenu(f, days).show(anchor, Side.BOTTOM, 0, 0),
                e -> dialogs.error("Could not snooze", ErrorMessages.plain(e)));
    }

    private void snooze(FollowUp f, LocalDate until) {
        runner.run(() -> book.followUps().snooze(f, until, ""),
                undo -> decided(undo, "Snoozed " + FollowUpWords.task(f) + " until " + SHORT.format(until)),
                e -> dialogs.error("Could not snooze", ErrorMessages.plain(e)));
    }

    void skip(FollowUp f) {
        dialogs.askText("Skip this follow-up", "Why skip " + FollowUpWords.task(f)
                        + "? The reason is kept in their history.", "Reason", "Skip")
                .ifPresent(reason -> runner.run(() -> book.followUps().skip(f, reason),
                        undo -> decided(undo, "Skipped " + FollowUpWords.task(f)),
                        e -> dialogs.error("Could not skip", ErrorMessages.plain(e))));
    }

    /** A follow-up was done, snoozed or skipped: it leaves the list, and the status line offers to undo it. */
    private void decided(FollowUpService.Undo undo, String message) {
        FollowUp f = undo.followUp();
        model.remove(f);
        navigator.offerUndo(message, () -> undo(undo));
        replan(f.clientId());
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
                replan(f.clientId(), () -> selectKey(f));
            }
        }, e -> dialogs.error("Could not undo", ErrorMessages.plain(e)));
    }

    void openClient(FollowUp f) {
        navigator.showClient(f.clientId());
    }

    /** Re-plans one client in the background and puts their follow-ups back in the list. */
    private void replan(String clientId) {
        replan(clientId, () -> { });
    }

    private void replan(String clientId, Runnable then) {
        runner.run(() -> book.planning().client(clientId), plan -> {
            model.replaceClient(clientId, plan.map(PlanningService.ClientPlan::open).orElse(List.of()));
            then.run();
        }, e -> navigator.status("Could not re-plan: " + ErrorMessages.plain(e)));
    }

    /** Opens the letter for this follow-up; a note that is part of it completes it. */
    void writeNote(FollowUp f) {
        navigator.writeNote(f.clientId(), f.action().includesNote() ? f : null);
    }

    @FXML
    private void handleNotesDue() {
        navigator.printNotesDue();
    }

    @FXML
    private void handleCallSheet() {
        app.rapport.ui.letters.CallSheetPrinter.print(book.sheets(), runner, dialogs, navigator,
                model.asOf() == null ? LocalDate.now(clock) : model.asOf());
    }

    @FXML
    private void handleAdd() {
        navigator.addFollowUp(selected().map(FollowUp::clientId).orElse(null));
    }

    /** The view-model (for tests). */
    TodayViewModel model() {
        return model;
    }
}
