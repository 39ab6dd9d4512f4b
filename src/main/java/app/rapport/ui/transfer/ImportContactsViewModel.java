package app.rapport.ui.transfer;

import app.rapport.service.ContactFile;
import app.rapport.service.DuplicatePolicy;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The contact import's state: the file as read with the owner's choices, whether it is a CSV (with
 * its columns to map) or vCards, what is ready to import, whether a check or an import can run, and
 * the choice for clients already in the book, in words.
 */
final class ImportContactsViewModel {
    static final String SKIP = "Skip them";
    static final String MERGE = "Merge them (fill in what the book lacks)";
    static final String ADD = "Add them anyway";
    static final String ASK = "Ask me for each one";
    static final List<String> DUPLICATE_CHOICES = List.of(SKIP, MERGE, ADD, ASK);
    /** What the owner can answer about one client already in the book. */
    static final List<String> ONE_DUPLICATE_CHOICES = List.of(SKIP, MERGE, ADD);

    /** The file as last read; null until it is. */
    final ObjectProperty<ContactFile> file = new SimpleObjectProperty<>();
    /** The clients were imported (once is enough: the dialog's Import is spent). */
    final BooleanProperty imported = new SimpleBooleanProperty();
    final StringProperty duplicates = new SimpleStringProperty(SKIP);
    /** Whether the file's columns are shown to map: a CSV, or a file not read yet ("Reading the file…"). */
    final BooleanBinding showsColumns;
    /** What is ready to import ("" until the file is read). */
    final StringBinding ready;
    final BooleanBinding canCheck;
    final BooleanBinding canImport;

    ImportContactsViewModel() {
        showsColumns = Bindings.createBooleanBinding(() -> file.get() == null || !file.get().vcard(), file);
        ready = Bindings.createStringBinding(this::readyText, file);
        canCheck = Bindings.createBooleanBinding(() -> file.get() != null && file.get().contactCount() > 0, file);
        canImport = canCheck.and(imported.not());
    }

    private String readyText() {
        ContactFile f = file.get();
        if (f == null) {
            return "";
        }
        int problems = f.problems().size();
        return f.contactCount() + (f.contactCount() == 1 ? " client is" : " clients are") + " ready to import"
                + (problems == 0 ? "." : "; " + problems + (problems == 1 ? " problem so far." : " problems so far."));
    }

    /** Whether the owner is asked about each client already in the book, one by one. */
    boolean asksForEach() {
        return ASK.equals(duplicates.get());
    }

    /** The policy for every client already in the book, as chosen (Skip when the owner asks for each). */
    DuplicatePolicy policy() {
        return policy(duplicates.get());
    }

    /** A choice in words as a policy: Merge, Add, else Skip. */
    static DuplicatePolicy policy(String choice) {
        return MERGE.equals(choice) ? DuplicatePolicy.MERGE : ADD.equals(choice) ? DuplicatePolicy.ADD
                : DuplicatePolicy.SKIP;
    }
}
