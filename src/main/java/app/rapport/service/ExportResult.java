package app.rapport.service;

/** What an export wrote. */
public record ExportResult(long clients, long interactions) {
}
