package app.rapport.io;

import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.Interaction;
import app.rapport.model.LetterTemplate;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.Settings;
import java.util.List;
import java.util.function.Consumer;

/** A whole book, as the book JSON writer walks it: each part streamed in a stable order. */
public interface BookContent {
    Settings settings();

    void clients(Consumer<Client> sink);

    void interactions(Consumer<Interaction> sink);

    void followUps(Consumer<ManualFollowUp> sink);

    void decisions(Consumer<Decision> sink);

    /** The templates the owner edited or added; built-in ones unchanged are not listed. */
    List<LetterTemplate> templates();
}
