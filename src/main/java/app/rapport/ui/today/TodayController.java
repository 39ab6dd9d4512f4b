package app.rapport.ui.today;

import app.rapport.model.Agenda;
import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import app.rapport.service.AgendaPrefetch;
import app.rapport.service.OpenBook;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.Screen;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import app.rapport.ui.letters.CallSheetPrinter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Today: the follow-ups to work through, grouped as Overdue, Today and Coming up. Done opens the
 * log dialog prefilled; Snooze and Skip ask when and why ({@link FollowUpActions}). Keyboard:
 * arrows, D, S, K, W, Enter. Opens on the agenda saved ahead when there is one, then checks it
 * against the day planned again.
 */
public final class TodayController implements Screen {
    private static final Logger LOG = LoggerFactory.getLogger(TodayController.class);
    /** How long after a saved agenda is shown it is checked, leaving the first frames to draw. */
    static final Duration SAVED_CHECK_DELAY = Duration.seconds(2);

    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Clock clock;
    private final Navigator navigator;
    private final TodayViewModel model = new TodayViewModel();
    private final Parent view;
    private FollowUpActions actions;
    private AgendaTable agenda;

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
        actions = new FollowUpActions(book, runner, dialogs, clock, navigator, model, agendaTable,
                f -> agenda.selectSameAs(f, model.followUps()));
        agenda = new AgendaTable(agendaTable, clientColumn, actionColumn, dueColumn, buttonsColumn, actions,
                model::asOf, LocalDate.now(clock));
        dateLabel.setText(TodayViewModel.DAY.format(LocalDate.now(clock)));
        countLabel(overdueCount, Bucket.OVERDUE, "overdue");
        countLabel(todayCount, Bucket.TODAY, "due today");
        countLabel(upcomingCount, Bucket.UPCOMING, "coming up");
        caughtUp.visibleProperty().bind(model.caughtUp());
        agendaTable.visibleProperty().bind(model.caughtUp().not());
        model.followUps().addListener((ListChangeListener<FollowUp>) change ->
                agenda.show(model, model.dayOr(LocalDate.now(clock))));
        agendaTable.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        agendaTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                agenda.selected().ifPresent(f -> navigator.showClient(f.clientId()));
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
     * since): once the window is up, plan the day again, and show that agenda if the view-model
     * says so ({@link TodayViewModel#recheck}).
     */
    private void checkSaved(Agenda saved) {
        PauseTransition settle = new PauseTransition(SAVED_CHECK_DELAY);
        settle.setOnFinished(e -> {
            if (!onShowingWindow()) {
                return; // the window closed (or this screen was replaced) meanwhile: nothing to check
            }
            recheck(saved);
        });
        settle.play();
    }

    private boolean onShowingWindow() {
        Scene scene = view.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    private void recheck(Agenda saved) {
        runner.run(() -> book.planning().agenda(), fresh -> {
            switch (model.recheck(saved, fresh)) {
                case SAME -> LOG.info("The agenda planned again matches the saved one ({} follow-ups)",
                        fresh.followUps().size());
                case SHOW_FRESH -> {
                    LOG.warn("The saved agenda differed from the one planned now: showing the new one");
                    show(fresh);
                }
                case KEEP_SHOWN -> {
                    // the owner worked on the list meanwhile: their changes re-planned the clients they touched
                }
            }
        }, failure -> LOG.warn("Today's agenda could not be planned again to check the saved one", failure));
    }

    /** Logs when the first frame with the list is laid out (it is drawn right after): the start-up figure. */
    private void logFirstFrame() {
        Views.onceInScene(view, scene -> Views.afterLayoutWhen(scene, this::onShowingWindow,
                () -> LOG.info("Today drawn, {} ms after the program started", sinceStart())));
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private void show(Agenda shown) {
        if (model.asOf() == null) {
            LOG.info("Today shows {} follow-ups, {} ms after the program started", shown.followUps().size(),
                    sinceStart());
            logFirstFrame();
        }
        dateLabel.setText(TodayViewModel.DAY.format(shown.asOf()));
        model.show(shown, 7);
        if (!agenda.hasSelection()) {
            agenda.selectFirstFollowUp();
        }
    }

    @Override
    public void focusFirst() {
        agendaTable.requestFocus();
    }

    @Override
    public Optional<String> currentClientId() {
        return agenda.selected().map(FollowUp::clientId);
    }

    private void onKey(KeyEvent e) {
        Optional<FollowUp> f = agenda.selected();
        if (f.isEmpty()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.D) {
            actions.done(f.get());
        } else if (code == KeyCode.S) {
            actions.showSnoozeMenu(f.get(), agenda.selectedRowNode());
        } else if (code == KeyCode.K) {
            actions.skip(f.get());
        } else if (code == KeyCode.W) {
            actions.writeNote(f.get());
        } else if (code == KeyCode.ENTER) {
            navigator.showClient(f.get().clientId());
        } else {
            return;
        }
        e.consume();
    }

    @FXML
    private void handleNotesDue() {
        navigator.printNotesDue();
    }

    @FXML
    private void handleCallSheet() {
        CallSheetPrinter.print(book.sheets(), runner, dialogs, navigator, model.dayOr(LocalDate.now(clock)));
    }

    @FXML
    private void handleAdd() {
        navigator.addFollowUp(agenda.selected().map(FollowUp::clientId).orElse(null));
    }

    /** The view-model (for tests). */
    TodayViewModel model() {
        return model;
    }
}
