package app.rapport.ui;

import app.rapport.service.OpenBook;
import app.rapport.testutil.FakeDialogs;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.ui.reminders.DesktopOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;

/** Mounts the main window on a real book in a temporary folder, with a pinned clock and scripted dialogs. */
public final class MainWindowHarness implements AppActions {
    public static final Clock CLOCK = Clock.fixed(LocalDateTime.parse("2026-11-22T10:00")
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    public final Clock clock;
    public final OpenBook book;
    public final FakeDialogs dialogs = new FakeDialogs();
    public final List<String> appCalls = new ArrayList<>();
    public MainWindowController controller;

    public MainWindowHarness(Path folder) {
        this(folder, CLOCK);
    }

    /** As above, with the book and the window on {@code clock}. */
    public MainWindowHarness(Path folder, Clock clock) {
        this.clock = clock;
        this.book = OpenBook.open(folder, false, clock, "a test");
    }

    /** The main window on a book opened already (a team book, say). */
    public MainWindowHarness(OpenBook book, Clock clock) {
        this.clock = clock;
        this.book = book;
    }

    public void show(Stage stage) {
        show(stage, new ImmediateTaskRunner());
    }

    /** As above, with the window's background work run by {@code runner}. */
    public void show(Stage stage, TaskRunner runner) {
        controller = new MainWindowController(book, runner, dialogs, clock, this);
        stage.setScene(Theme.scene(controller.load()));
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
    }

    public void close() {
        book.close();
    }

    @Override
    public Optional<DesktopOptions> desktop() {
        return Optional.empty();
    }

    @Override
    public void openSampleBook() {
        appCalls.add("sample");
    }

    @Override
    public void openOwnBook() {
        appCalls.add("own");
    }

    @Override
    public void quit() {
        appCalls.add("quit");
    }

    @Override
    public void restoreBook() {
        appCalls.add("restore");
    }
}
