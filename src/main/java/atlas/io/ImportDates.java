package atlas.io;

import atlas.model.DatePrecision;
import atlas.model.EventDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the dates imported files carry into {@link EventDate}s, keeping their precision: {@code yyyy},
 * {@code yyyy-mm}, {@code yyyy-mm-dd} (through {@link EventDate#parse}), RFC 3339 / ISO timestamps with or without an
 * offset (the file's local date and time of day are kept, seconds dropped) and epoch milliseconds. Package-private.
 */
final class ImportDates {
    private ImportDates() {}

    /** Parses a date or timestamp; throws IllegalArgumentException when it is none. */
    static EventDate parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("empty date");
        int t = s.indexOf('T');
        if (t < 0 && s.indexOf(' ') == 10) t = 10;
        if (t > 0) {
            LocalDateTime local;
            try {
                local = OffsetDateTime.parse(s.replace(' ', 'T')).toLocalDateTime();
            } catch (DateTimeParseException e) {
                try {
                    local = LocalDateTime.parse(s.replace(' ', 'T'));
                } catch (DateTimeParseException e2) {
                    throw new IllegalArgumentException("bad timestamp '" + s + "'");
                }
            }
            return new EventDate(local.toLocalDate(), DatePrecision.DAY, local.toLocalTime().withSecond(0).withNano(0));
        }
        if (s.length() > 10 && s.chars().allMatch(Character::isDigit))
            return EventDate.day(Instant.ofEpochMilli(Long.parseLong(s)).atOffset(ZoneOffset.UTC).toLocalDate());
        if (s.startsWith("-") || s.startsWith("+")) throw new IllegalArgumentException("bad date '" + s + "'");
        return EventDate.parse(s);
    }

    /** Parses a timestamp to an instant (a date alone is its midnight UTC). */
    static Instant instant(String text) {
        String s = text.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        }
    }

    /** Gets the later of two dates by the day after their last day. */
    static EventDate later(EventDate a, EventDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.endExclusive().isAfter(a.endExclusive()) ? b : a;
    }

    /** Gets the earlier of two dates by their first day. */
    static EventDate earlier(EventDate a, EventDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.firstDay().isBefore(a.firstDay()) ? b : a;
    }
}
