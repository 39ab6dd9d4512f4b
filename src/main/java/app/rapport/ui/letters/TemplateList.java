package app.rapport.ui.letters;

import app.rapport.service.TemplateService.TemplateEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The Letters screen's list of templates, each by its title, marked when the owner edited a built-in
 * one or wrote it. The owner choosing another template than the one in the editor opens it; the
 * list filled or its selection put back from here opens nothing.
 */
final class TemplateList {
    private final ListView<TemplateEntry> list;
    /** Set while the list is filled or its selection set from here. */
    private boolean quiet;

    /**
     * @param shown the template in the editor
     * @param chosen told the template the owner chose, when it is not the one in the editor
     */
    TemplateList(ListView<TemplateEntry> list, Supplier<TemplateEntry> shown, Consumer<TemplateEntry> chosen) {
        this.list = list;
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.template().title()
                        + (item.builtIn() ? item.edited() ? "  · edited" : "" : "  · yours"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, entry) -> {
            if (!quiet && entry != null && entry != shown.get()) {
                chosen.accept(entry);
            }
        });
    }

    /**
     * Shows {@code entries} with the one named {@code name} selected, else the first; returns the
     * one selected (empty for an empty list).
     */
    Optional<TemplateEntry> show(List<TemplateEntry> entries, String name) {
        quiet = true;
        try {
            list.getItems().setAll(entries);
            Optional<TemplateEntry> selected = LettersViewModel.toOpen(entries, name);
            selected.ifPresent(list.getSelectionModel()::select);
            return selected;
        } finally {
            quiet = false;
        }
    }

    /** Puts the selection back on {@code entry} (the owner chose to stay with it). */
    void selectAgain(TemplateEntry entry) {
        quiet = true;
        try {
            list.getSelectionModel().select(entry);
        } finally {
            quiet = false;
        }
    }
}
