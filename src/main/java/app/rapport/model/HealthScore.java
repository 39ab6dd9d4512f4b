package app.rapport.model;

import java.util.Objects;

/** A client's health from 0 to 100, and its band. */
public record HealthScore(int score, HealthBand band) {
    public HealthScore {
        Objects.requireNonNull(band, "band");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("A health score goes from 0 to 100, not " + score);
        }
        if (band != HealthBand.of(score)) {
            throw new IllegalArgumentException("A score of " + score + " is " + HealthBand.of(score) + ", not " + band);
        }
    }

    public static HealthScore of(int score) {
        return new HealthScore(score, HealthBand.of(score));
    }
}
