package app.rapport.service.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** Random choices for the sample book, always from the caller's seeded random. */
final class Pick {
    private Pick() {
    }

    static <T> T one(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    static int between(SplittableRandom random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    static double between(SplittableRandom random, double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    /** One of {@code values}, each as likely as its weight. */
    static <T> T weighted(SplittableRandom random, List<T> values, ToIntFunction<T> weight) {
        int total = 0;
        for (T value : values) {
            total += weight.applyAsInt(value);
        }
        int roll = random.nextInt(total);
        for (T value : values) {
            roll -= weight.applyAsInt(value);
            if (roll < 0) {
                return value;
            }
        }
        return values.get(values.size() - 1);
    }
}
