package app.rapport.ui.insight;

import app.rapport.model.Insight;
import app.rapport.model.InsightChart;
import app.rapport.model.InsightFilter;
import app.rapport.model.InsightTile;
import app.rapport.service.OpenBook;
import app.rapport.service.PrintablePdf;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.Screen;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Insight: whether the loyalty work pays off. Headline tiles and charts over a window of months
 * ending today, computed in the background each time the screen opens; a number opens the client
 * list filtered to the clients behind it. The report (one page) saves as PDF or prints; every
 * figure exports as a table in one CSV file.
 */
public final class InsightController implements Screen {
    private static final Logger LOG = LoggerFactory.getLogger(InsightController.class);
    static final String UPDATING = "updating";

    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final InsightViewModel model;
    private final Parent view;

    @FXML
    private Label subtitleLabel;
    @FXML
    private Button savePdfButton;
    @FXML
    private Button printButton;
    @FXML
    private Button exportCsvButton;
    @FXML
    private ToggleButton months3Button;
    @FXML
    private ToggleButton months6Button;
    @FXML
    private ToggleButton months12Button;
    @FXML
    private ToggleButton months24Button;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private Label progressLabel;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox body;
    @FXML
    private GridPane tilesGrid;
    @FXML
    private GridPane chartsGrid;
    @FXML
    private Label loadingLabel;

    public InsightController(OpenBook book, TaskRunner runner, Dialogs dialogs, Navigator navigator) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.model = new InsightViewModel(book.insight(), runner);
        this.view = Views.load(this);
        refresh();
    }

    @FXML
    private void initialize() {
        subtitleLabel.textProperty().bind(model.subtitleProperty());
        var nothingYet = model.shownProperty().isNull();
        loadingLabel.textProperty().bind(model.statusProperty());
        loadingLabel.visibleProperty().bind(nothingYet);
        progressLabel.textProperty().bind(Bindings.when(nothingYet).then("").otherwise(model.statusProperty()));
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        scroll.visibleProperty().bind(nothingYet.not());
        model.loadingProperty().addListener((o, was, now) -> {
            body.getStyleClass().remove(UPDATING);
            if (now) {
                body.getStyleClass().add(UPDATING);
            }
        });
        for (Button b : List.of(savePdfButton, printButton, exportCsvButton)) {
            b.disableProperty().bind(nothingYet);
        }
        ToggleGroup windows = new ToggleGroup();
        List<ToggleButton> buttons = List.of(months3Button, months6Button, months12Button, months24Button);
        for (int i = 0; i < buttons.size(); i++) {
            ToggleButton b = buttons.get(i);
            int months = InsightViewModel.WINDOWS.get(i);
            b.setToggleGroup(windows);
            b.setUserData(months);
            b.setSelected(months == model.monthsProperty().get());
        }
        windows.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one window is always chosen
            } else {
                model.monthsProperty().set((Integer) now.getUserData());
            }
        });
        model.shownProperty().addListener((o, was, now) -> {
            if (now != null) {
                show(now);
            }
        });
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (was == null || was.getWidth() != now.getWidth()) {
                arrange();
            }
        });
    }

    /** Puts the tiles and charts in rows as the width allows. */
    private void arrange() {
        double width = scroll.getViewportBounds() == null ? 0 : scroll.getViewportBounds().getWidth();
        body.applyCss(); // the padding and the numbers' size come from the stylesheet
        InsightLayout.arrange(tilesGrid, chartsGrid, width - body.snappedLeftInset() - body.snappedRightInset());
    }

    private void show(InsightViewModel.Shown shown) {
        tilesGrid.getChildren().clear();
        for (InsightTile tile : shown.tiles()) {
            tilesGrid.getChildren().add(InsightTileView.tile(tile, this::open));
        }
        chartsGrid.getChildren().clear();
        for (InsightChart chart : shown.charts()) {
            chartsGrid.getChildren().add(InsightChartView.card(chart, this::open));
        }
        arrange();
        logDrawn(shown);
    }

    /** Logs when the figures are first laid out on screen (drawn right after): the screen's speed. */
    private void logDrawn(InsightViewModel.Shown shown) {
        Views.onceInScene(view, scene -> Views.afterLayoutWhen(scene, () -> true, () -> LOG.info(
                "Insight drawn, {} ms after it was asked for ({} months; the figures took {} ms)", model.sinceAsked(),
                shown.insight().months().size(), shown.computeMillis())));
    }

    private void open(InsightFilter filter) {
        model.open(filter, navigator::showClientsBehind);
    }

    @FXML
    private void handleSavePdf() {
        Insight insight = model.insight();
        Optional<Path> file = dialogs.chooseFileToSave("Save the Insight report as PDF", "PDF documents", "pdf",
                "insight-" + insight.asOf() + ".pdf");
        file.ifPresent(f -> {
            navigator.status("Setting the report…");
            runner.run(() -> {
                PrintablePdf paper = book.insightReport().report(insight);
                book.printing().save(paper, f);
                return f;
            }, saved -> navigator.status("Saved the report to " + saved + "."),
                    e -> dialogs.error("Could not save the report", ErrorMessages.plain(e)));
        });
    }

    @FXML
    private void handlePrint() {
        Insight insight = model.insight();
        navigator.status("Setting the report…");
        runner.run(() -> dialogs.print(book.insightReport().report(insight), "Rapport: Insight "
                + model.subtitleProperty().get()), printer -> navigator.status(printer
                        .map(p -> "Sent the report to " + p + ".").orElse("The report was not printed.")),
                e -> dialogs.error("Could not print the report", ErrorMessages.plain(e)));
    }

    @FXML
    private void handleExportCsv() {
        Insight insight = model.insight();
        dialogs.chooseFileToSave("Export the figures as CSV", "Spreadsheet (CSV)", "csv",
                "insight-" + insight.asOf() + ".csv").ifPresent(f -> runner.run(() -> {
                    book.insightReport().exportCsv(insight, f);
                    return f;
                }, saved -> navigator.status("Exported the figures to " + saved + "."),
                        e -> dialogs.error("Could not export the figures", ErrorMessages.plain(e))));
    }

    @Override
    public Parent view() {
        return view;
    }

    /** Computes the figures again: the screen opens on the book as it is now. */
    @Override
    public void refresh() {
        model.load();
    }

    @Override
    public void focusFirst() {
        ((ToggleButton) months12Button.getToggleGroup().getSelectedToggle()).requestFocus();
    }

    /** The view-model (for tests). */
    InsightViewModel model() {
        return model;
    }
}
