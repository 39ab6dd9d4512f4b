package app.rapport.ui.transfer;

import app.rapport.service.SalesFile;
import app.rapport.service.SalesImportService.NewClients;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sales import's state: the file as read with the owner's choices, what the owner must still
 * choose (a column, the order of day and month), whether a check or an import can run, and the
 * new-clients choice in words.
 */
final class ImportSalesViewModel {
    static final String ADD_NEW = "Add them as new clients";
    static final String LIST_ONLY = "List them, add no one";
    static final List<String> NEW_CLIENT_CHOICES = List.of(ADD_NEW, LIST_ONLY);

    /** The file as last read; null until it is. */
    final ObjectProperty<SalesFile> file = new SimpleObjectProperty<>();
    /** Readings of the file with a changed choice still under way. */
    final IntegerProperty rereading = new SimpleIntegerProperty();
    /** A check or an import is under way. */
    final BooleanProperty running = new SimpleBooleanProperty();
    /** The sales were imported (once is enough: the dialog's Import is spent). */
    final BooleanProperty imported = new SimpleBooleanProperty();
    final StringProperty newClients = new SimpleStringProperty(ADD_NEW);
    /** Whether to ask the order of day and month: the file's slashed dates leave it open. */
    final BooleanBinding asksDateOrder;
    /** Why it is asked, in words ("" when it is not). */
    final StringBinding dateQuestion;
    /** What is ready, or what the owner must choose first. */
    final StringBinding ready;
    final BooleanBinding canCheck;
    final BooleanBinding canImport;

    ImportSalesViewModel() {
        dateQuestion = Bindings.createStringBinding(() -> file.get() == null ? "" : file.get().dateOrderQuestion(),
                file);
        asksDateOrder = Bindings.createBooleanBinding(() -> !dateQuestion.get().isEmpty(), dateQuestion);
        ready = Bindings.createStringBinding(this::readyText, file, imported);
        canCheck = Bindings.createBooleanBinding(() -> file.get() != null && file.get().missing().isEmpty()
                && !file.get().needsDateOrder() && rereading.get() == 0 && !running.get(), file, rereading, running);
        canImport = canCheck.and(imported.not());
    }

    private String readyText() {
        SalesFile f = file.get();
        if (f == null) {
            return "";
        }
        if (imported.get()) {
            return "Imported: the report is below. Today lists the thank-yous of the new purchases.";
        }
        if (!f.missing().isEmpty()) {
            return "Choose the column that holds " + String.join(", and the one that holds ", f.missingLabels()
                    .stream().map(l -> "\u201c" + l + "\u201d").toList()) + ".";
        }
        if (f.needsDateOrder()) {
            return "Say whether the day or the month comes first, above.";
        }
        int sales = f.sales().size();
        int problems = f.problems().size();
        return sales + (sales == 1 ? " sale is" : " sales are") + " ready to check and import"
                + (problems == 0 ? "." : "; " + problems + (problems == 1 ? " line cannot be read." : " lines cannot"
                + " be read.")) + " A sale already in your book is skipped.";
    }

    NewClients newClientsPolicy() {
        return LIST_ONLY.equals(newClients.get()) ? NewClients.SKIP : NewClients.ADD;
    }
}
