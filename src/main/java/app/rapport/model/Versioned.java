package app.rapport.model;

/**
 * A record as it was read to be edited, with the version it was read at: saving it passes that
 * version, and is refused when the record has moved on since.
 */
public record Versioned<T>(T value, long version) {
}
