package app.rapport.service;

import java.util.List;

/**
 * What an import added to the book (records already in the book, identical, are not counted),
 * and anything it had to leave out, in plain words.
 */
public record ImportResult(int clients, int interactions, List<String> notes) {
    public ImportResult {
        notes = List.copyOf(notes);
    }

    public ImportResult(int clients, int interactions) {
        this(clients, interactions, List.of());
    }
}
