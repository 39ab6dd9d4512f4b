package app.rapport.service;

import app.rapport.io.contacts.CsvContacts;
import app.rapport.io.contacts.TextDecoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The text of a file to import (clients, sales): at most 50 MB, decoded as {@link TextDecoding} does. */
final class ImportedText {
    private ImportedText() {
    }

    /**
     * Reads and decodes a file.
     *
     * @param encoding {@code null} for UTF-8 (or UTF-16, recognised); e.g. "windows-1252" when the owner chose it
     */
    static String read(Path file, String encoding) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > CsvContacts.MAX_FILE_BYTES) {
                throw new ServiceException(file.getFileName() + " is " + size / (1024 * 1024)
                        + " MB; Rapport imports files up to 50 MB. Split it and import the parts.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ServiceException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return TextDecoding.decode(bytes, encoding);
    }
}
