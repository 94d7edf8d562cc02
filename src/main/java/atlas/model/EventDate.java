package atlas.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar date known to a {@link DatePrecision}, with an optional time of day (local time of the region).
 * A month-precision date is stored on the 1st of its month, a year-precision date on 1 January.
 */
public record EventDate(LocalDate date, DatePrecision precision, LocalTime timeOfDay) {
    public EventDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1)
            throw new IllegalArgumentException("a month-precision date must be stored on day 1: " + date);
        if (precision == DatePrecision.YEAR && date.getDayOfYear() != 1)
            throw new IllegalArgumentException("a year-precision date must be stored on 1 January: " + date);
        if (timeOfDay != null && precision != DatePrecision.DAY)
            throw new IllegalArgumentException("a time of day needs day precision");
    }

    public static EventDate day(LocalDate d) { return new EventDate(d, DatePrecision.DAY, null); }
    public static EventDate month(int year, int month) { return new EventDate(LocalDate.of(year, month, 1), DatePrecision.MONTH, null); }
    public static EventDate year(int year) { return new EventDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR, null); }

    /** Parses {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}, optionally followed by {@code THH:mm}. */
    public static EventDate parse(String text) {
        String s = text.trim();
        LocalTime time = null;
        int t = s.indexOf('T');
        if (t > 0) { time = LocalTime.parse(s.substring(t + 1)); s = s.substring(0, t); }
        if (s.matches("\\d{4}")) return year(Integer.parseInt(s));
        if (s.matches("\\d{4}-\\d{2}")) return month(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return new EventDate(LocalDate.parse(s), DatePrecision.DAY, time);
        throw new IllegalArgumentException("expected yyyy, yyyy-mm or yyyy-mm-dd: '" + text + "'");
    }

    /** Gets the first day this date covers. */
    public LocalDate firstDay() { return date; }

    /** Gets the day after the last day this date covers (exclusive end). */
    public LocalDate endExclusive() {
        return switch (precision) {
            case DAY -> date.plusDays(1);
            case MONTH -> date.plusMonths(1);
            case YEAR -> date.plusYears(1);
        };
    }

    /** Gets the ISO text at this precision ({@code 2022-08}, {@code 2022-08-03T14:00}), as written in files. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> timeOfDay == null ? date.toString() : date + "T" + timeOfDay;
        };
    }

    /** Gets a human label at this precision: "3 Aug 2022", "Aug 2022", "1992", "3 Aug 2022, 12:00". */
    public String label() {
        return switch (precision) {
            case YEAR -> Integer.toString(date.getYear());
            case MONTH -> date.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
            case DAY -> date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
                    + (timeOfDay == null ? "" : ", " + timeOfDay);
        };
    }

    @Override public String toString() { return iso(); }
}
