package atlas.tiles;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a downloaded tile is used before it is asked for again: what the server's {@code Cache-Control} max-age
 * or {@code Expires} says, but never less than {@link #MIN_FRESH} (OpenStreetMap's tile usage policy: at least
 * 7 days) and never more than {@link #MAX_FRESH}. Pure functions.
 */
public final class CachePolicy {
    /** Gets the shortest time a tile is kept fresh, whatever the server says. */
    public static final Duration MIN_FRESH = Duration.ofDays(7);
    /** Gets the longest time a tile is kept fresh, whatever the server says. */
    public static final Duration MAX_FRESH = Duration.ofDays(365);
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])(?:s-maxage|max-age)\\s*=\\s*\"?(\\d{1,12})");

    private CachePolicy() {}

    /**
     * Computes when a tile fetched at {@code now} expires, from the response's {@code Cache-Control},
     * {@code Expires} and {@code Date} headers (each may be null). {@code Expires} is read relative to the server's
     * {@code Date}, so a wrong clock on either side does not shorten or stretch the lifetime.
     */
    public static Instant expiry(Instant now, String cacheControl, String expires, String date) {
        Duration fresh = serverLifetime(cacheControl, expires, date, now).orElse(MIN_FRESH);
        if (fresh.compareTo(MIN_FRESH) < 0) fresh = MIN_FRESH;
        if (fresh.compareTo(MAX_FRESH) > 0) fresh = MAX_FRESH;
        return now.plus(fresh);
    }

    /** Gets the lifetime the server gives, if it gives one. */
    static Optional<Duration> serverLifetime(String cacheControl, String expires, String date, Instant now) {
        if (cacheControl != null) {
            Matcher m = MAX_AGE.matcher(cacheControl.toLowerCase(Locale.ROOT));
            if (m.find()) return Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1))));
        }
        Optional<Instant> exp = httpDate(expires);
        if (exp.isEmpty()) return Optional.empty();
        Instant base = httpDate(date).orElse(now);
        Duration d = Duration.between(base, exp.get());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    private static Optional<Instant> httpDate(String s) {
        if (s == null || s.isBlank()) return Optional.empty();
        try {
            return Optional.of(ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
