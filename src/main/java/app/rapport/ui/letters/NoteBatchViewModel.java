package app.rapport.ui.letters;

import app.rapport.letters.Envelope;
import app.rapport.model.PageSize;
import app.rapport.service.LetterDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /** How many notes were logged as written from this batch. */
    int written;

    /** Shows the batch's letters, with the envelope that fits the first one's paper. */
    void show(List<LetterDraft> drafts) {
        if (!drafts.isEmpty()) {
            envelope.set(envelopeFor(drafts.get(0).page()));
        }
        items.setAll(drafts.stream().map(Item::new).toList());
    }

    /** DL for A4 and A5, C6 for cards, a No. 10 for US sizes. */
    static Envelope envelopeFor(PageSize page) {
        return page == PageSize.A4 || page == PageSize.A5 ? Envelope.DL : page.isCard() ? Envelope.C6 : Envelope.NO_10;
    }

    /** The envelope to print after each letter; empty when the owner prints none. */
    Optional<Envelope> envelopeChosen() {
        return withEnvelopes.get() ? Optional.of(envelope.get()) : Optional.empty();
    }

    /** A letter as the preview shows it: with its personal line when the owner writes them. */
    LetterDraft asPreviewed(Item item) {
        return item.draft().withPersonalLine(askPersonalLine.get() ? item.personalLine.get() : "");
    }

    /** What the preview says under a letter: fields with no value, and its template's mistakes. */
    static List<String> previewWarnings(LetterDraft draft) {
        List<String> out = new ArrayList<>(draft.warnings());
        draft.problems().stream().map(p -> "Template mistake: " + p).forEach(out::add);
        return out;
    }

    /** What the batch holds, in words, over the list. */
    String summary() {
        int n = items.size();
        return n == 0 ? written > 0 ? ALL_DONE : "No notes are due."
                : n == 1 ? "One letter to write." : n + " letters to write. Untick the ones you will not send today.";
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
