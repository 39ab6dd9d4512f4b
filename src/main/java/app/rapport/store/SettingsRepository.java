package app.rapport.store;

import app.rapport.model.RecordVersion;
import app.rapport.model.Settings;
import java.time.Instant;
import java.util.Optional;

/** The book's settings, and small named values the app keeps in the book. */
public interface SettingsRepository {
    Settings load();

    /** Saves the settings over whatever version they are at, by no one known (an import, a sample book). */
    void save(Settings settings);

    /**
     * Saves the settings if they are still at {@code version}, one version on, as changed by
     * {@code by} at {@code at}; false, changing nothing, when they have moved on since.
     */
    boolean save(Settings settings, long version, String by, Instant at);

    /** The settings' version (0 until they are first saved), and who saved them last and when. */
    RecordVersion version();

    /** Whether the owner has ever saved settings in this book. */
    boolean isCustomised();

    Optional<String> value(String key);

    void putValue(String key, String value);
}
