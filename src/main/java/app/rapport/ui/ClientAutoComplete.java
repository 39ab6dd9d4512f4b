package app.rapport.ui;

import app.rapport.model.ClientRef;
import app.rapport.model.Text;
import java.util.Collection;
import java.util.List;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The client auto-complete of every form that names a client (Log a contact, Add a follow-up,
 * Referred by): up to twelve clients whose name holds what was typed, accents and case aside.
 *
 * <p>Its popup is ControlsFX's, whose stylesheet asks for Modena's colours ({@code -fx-color},
 * {@code -fx-control-inner-background}, {@code -fx-selection-bar}...). The app's theme (AtlantaFX)
 * names its colours otherwise, so without them every showing logged a CSS ClassCastException and
 * the list kept JavaFX's fallback look: the popup gets them here, from the theme's own.
 */
public final class ClientAutoComplete {
    /** How many clients the popup offers at most. */
    static final int SUGGESTIONS = 12;
    /** Modena's colours the ControlsFX popup looks up, given as the theme's. */
    static final String THEME_COLOURS = "-fx-color: -color-bg-default;"
            + " -fx-control-inner-background: -color-bg-default;"
            + " -fx-selection-bar-non-focused: -color-accent-subtle;"
            + " -fx-selection-bar: -color-accent-subtle;"
            + " -fx-accent: -color-accent-emphasis;";

    private ClientAutoComplete() {
    }

    /**
     * Offers {@code clients} as the owner types in {@code field}. The collection is read as it is
     * when the owner types (a list filled later, once the book is read, is fine).
     */
    public static AutoCompletionBinding<ClientRef> attach(TextField field, Collection<ClientRef> clients) {
        AutoCompletionBinding<ClientRef> binding = TextFields.bindAutoCompletion(field,
                request -> suggestions(clients, request.getUserText()));
        binding.getAutoCompletionPopup().setStyle(THEME_COLOURS);
        return binding;
    }

    /** The clients whose name holds {@code typed} (folded), at most {@link #SUGGESTIONS}, in the list's order. */
    static List<ClientRef> suggestions(Collection<ClientRef> clients, String typed) {
        String wanted = Text.fold(typed.strip());
        return clients.stream().filter(r -> Text.fold(r.displayName()).contains(wanted))
                .limit(SUGGESTIONS).toList();
    }
}
