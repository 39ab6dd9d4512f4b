package app.rapport.model;

/** The counts that {@code rapport stats} prints. */
public record BookStats(long clients, long activeClients, long interactions, long openFollowUps) {
}
