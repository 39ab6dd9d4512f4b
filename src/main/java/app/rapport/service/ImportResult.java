package app.rapport.service;

/** What an import added to the book (records already in the book, identical, are not counted). */
public record ImportResult(int clients, int interactions) {
}
