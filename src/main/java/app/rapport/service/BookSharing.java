package app.rapport.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sharing a book: the whole of a book of one's own (clients, contacts, follow-ups, decisions,
 * settings, templates) copied into an empty team book, all or nothing. It goes through the book
 * JSON, so the team book holds exactly what an export and an import would carry.
 */
public final class BookSharing {
    private BookSharing() {
    }

    /** Copies {@code from} into {@code to}, which must be empty; returns what was copied. */
    public static ImportResult share(OpenBook from, OpenBook to) {
        Path json;
        try {
            json = Files.createTempFile("rapport-share-", ".json");
        } catch (IOException e) {
            throw new ServiceException("Cannot make a temporary file to share the book: " + e.getMessage(), e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(json)) {
                from.transfer().writeBook(out);
            } catch (IOException e) {
                throw new ServiceException("Cannot write the book to share it: " + OutputTarget.inWords(e) + ".", e);
            }
            return to.transfer().importIntoEmpty(json);
        } finally {
            try {
                Files.deleteIfExists(json);
            } catch (IOException e) {
                json.toFile().deleteOnExit();
            }
        }
    }
}
