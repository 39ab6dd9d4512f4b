package app.rapport.model;

import java.time.LocalDate;

/** A client this one referred, who joined on {@code since} (client-since date, or the day they were added). */
public record Referral(String clientId, String clientName, LocalDate since) {
}
