package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * random() and setseed(). Each connection runs on its own thread, so a thread-local generator
 * is the session's generator; until setseed() is called it is seeded randomly.
 */
final class RandomSource {
    private RandomSource() {
    }

    private static final ThreadLocal<Random> SEEDED = new ThreadLocal<>();

    static double next() {
        Random r = SEEDED.get();
        return r == null ? ThreadLocalRandom.current().nextDouble() : r.nextDouble();
    }

    static void seed(double seed) {
        if (seed < -1 || seed > 1 || Double.isNaN(seed)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "setseed parameter " + seed + " is out of allowed range [-1,1]");
        }
        SEEDED.set(new Random(Double.doubleToLongBits(seed)));
    }
}
