package app.rapport.store;

import app.rapport.model.Settings;
import java.util.Optional;

/** The book's settings, and small named values the app keeps in the book. */
public interface SettingsRepository {
    Settings load();

    void save(Settings settings);

    /** Whether the owner has ever saved settings in this book. */
    boolean isCustomised();

    Optional<String> value(String key);

    void putValue(String key, String value);
}
