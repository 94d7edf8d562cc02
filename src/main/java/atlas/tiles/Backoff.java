package atlas.tiles;

import java.time.Duration;
import java.time.Instant;

/**
 * When to ask a tile server again after it or the network failed: not before a delay that doubles with each
 * failure in a row ({@link #FIRST} up to {@link #LONGEST}), or longer when the server said so ({@code Retry-After},
 * at most an hour). Failures of requests already under way when the first one failed do not lengthen it. A success
 * ends the back-off. Thread-safe.
 */
public final class Backoff {
    /** Gets the pause after the first failure. */
    public static final Duration FIRST = Duration.ofSeconds(15);
    /** Gets the longest pause after repeated failures. */
    public static final Duration LONGEST = Duration.ofMinutes(10);
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);
    private int failures;
    private Instant notBefore = Instant.MIN;

    /** Tests whether a request may be sent at {@code now}. */
    public synchronized boolean mayTry(Instant now) { return !now.isBefore(notBefore); }

    /** Records a failure at {@code now}; {@code retryAfter} is the server's wish, or null. */
    public synchronized void failed(Instant now, Duration retryAfter) {
        if (now.isBefore(notBefore)) return; // already pausing: a request that was under way
        failures = Math.min(failures + 1, 20);
        Duration d = FIRST.multipliedBy(1L << Math.min(failures - 1, 10));
        if (d.compareTo(LONGEST) > 0) d = LONGEST;
        if (retryAfter != null) d = max(d, retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter);
        notBefore = now.plus(d);
    }

    /** Records a success: requests may go again at once. */
    public synchronized void succeeded() {
        failures = 0;
        notBefore = Instant.MIN;
    }

    /** Gets when the next request may be sent ({@link Instant#MIN} when not pausing). */
    public synchronized Instant notBefore() { return notBefore; }

    private static Duration max(Duration a, Duration b) { return a.compareTo(b) >= 0 ? a : b; }
}
