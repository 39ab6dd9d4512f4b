package app.rapport.planning;

import java.util.Objects;

/** A relationship's health, 0 to 100, and its band. */
public record HealthScore(int score, HealthBand band) {

    public HealthScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("A health score goes from 0 to 100: " + score);
        }
        Objects.requireNonNull(band, "band");
    }

    public static HealthScore of(int score) {
        return new HealthScore(score, HealthBand.of(score));
    }
}
