package app.rapport.ui.letters;

import app.rapport.letters.Envelope;
import app.rapport.service.LetterDraft;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The letters of one print job: which go out, each one's personal line, and the options (a
 * personal line in each, envelopes and their size). Says what to warn about before printing.
 */
final class NoteBatchViewModel {
    static final String NOTHING_CHOSEN = "Tick at least one letter to print.";
    /** What the preview says once every letter was marked written. */
    static final String ALL_DONE = "Every letter here is marked as written.";
    static final String CHOOSE_ONE = "Choose a letter on the left to see it as it prints.";

    /** One letter in the job. */
    static final class Item {
        final ObjectProperty<LetterDraft> draft;
        final BooleanProperty include = new SimpleBooleanProperty(true);
        final StringProperty personalLine = new SimpleStringProperty("");

        Item(LetterDraft draft) {
            this.draft = new SimpleObjectProperty<>(draft);
        }

        LetterDraft draft() {
            return draft.get();
        }
    }

    final ObservableList<Item> items = FXCollections.observableArrayList();
    final BooleanProperty askPersonalLine = new SimpleBooleanProperty(true);
    final BooleanProperty withEnvelopes = new SimpleBooleanProperty(false);
    final ObjectProperty<Envelope> envelope = new SimpleObjectProperty<>(Envelope.NO_10);

    void show(List<LetterDraft> drafts) {
        items.setAll(drafts.stream().map(Item::new).toList());
    }

    /** The letters to print, in order, each with its personal line when the owner writes them. */
    List<LetterDraft> toPrint() {
        List<LetterDraft> out = new ArrayList<>();
        for (Item item : items) {
            if (item.include.get()) {
                out.add(item.draft().withPersonalLine(askPersonalLine.get() ? item.personalLine.get().strip() : ""));
            }
        }
        return out;
    }

    /** Template mistakes that stop the job. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        for (LetterDraft d : toPrint()) {
            if (!d.problems().isEmpty()) {
                out.add(d.clientName() + " (\"" + d.template().title() + "\"): " + String.join("; ", d.problems()));
            }
        }
        return out;
    }

    /** What the owner should know before the job prints; empty when all is well. */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        List<LetterDraft> drafts = toPrint();
        drafts.forEach(d -> out.addAll(d.warnings()));
        if (askPersonalLine.get()) {
            List<String> without = drafts.stream().filter(d -> d.personalLine().isBlank())
                    .map(LetterDraft::clientName).toList();
            if (!without.isEmpty()) {
                out.add(without.size() == 1 ? "The letter to " + without.get(0) + " has no personal line yet."
                        : without.size() + " letters have no personal line yet: " + String.join(", ", without) + ".");
            }
        }
        return out;
    }

    int included() {
        return (int) items.stream().filter(i -> i.include.get()).count();
    }

    /** Takes out the letters that were marked written. */
    void removeWritten(List<LetterDraft> written) {
        items.removeIf(i -> written.stream().anyMatch(w -> w.clientId().equals(i.draft().clientId())
                && w.template().name().equals(i.draft().template().name())));
    }
}
