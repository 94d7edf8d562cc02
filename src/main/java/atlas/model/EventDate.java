package atlas.model;

import atlas.i18n.Texts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar date known to a {@link DatePrecision}, with an optional time of day (local time of the region).
 * A month-precision date is stored on the 1st of its month, a year-precision date on 1 January.
 */
public record EventDate(LocalDate date, DatePrecision precision, LocalTime timeOfDay) {
    /** The day the timeline opens on when no other is remembered: 4 August 2022. */
    public static final LocalDate DEFAULT_DAY = LocalDate.of(2022, 8, 4);

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

    /**
     * Parses {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd} (years 0001–9999, two-digit month and day),
     * optionally followed by a time of day {@code Thh:mm} or {@code Thh:mm:ss}: the one date parser of the
     * application (the date field, the command line, the readers). A month or a year is stored on its first day with
     * its precision. Leading and trailing blanks are ignored. Throws {@link IllegalArgumentException} whose message
     * says, for a person, what is wrong: the expected forms, the month that does not exist, the day the month lacks.
     */
    public static EventDate parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) throw new IllegalArgumentException(Texts.get("date.parse.empty"));
        LocalTime time = null;
        int t = s.indexOf('T');
        if (t > 0) {
            try {
                time = LocalTime.parse(s.substring(t + 1));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(Texts.format("date.parse.time", s));
            }
            s = s.substring(0, t);
        }
        int n = s.length();
        if ((n != 4 && n != 7 && n != 10) || (n > 4 && s.charAt(4) != '-') || (n > 7 && s.charAt(7) != '-')
                || !digits(s, 0, 4) || (n > 4 && !digits(s, 5, 7)) || (n > 7 && !digits(s, 8, 10)))
            throw new IllegalArgumentException(Texts.format("date.parse.not-a-date", text.trim()));
        int y = number(s, 0, 4);
        if (y < 1) throw new IllegalArgumentException(Texts.format("date.parse.year", s.substring(0, 4)));
        if (time != null && n != 10) throw new IllegalArgumentException(Texts.format("date.parse.time-needs-day", text.trim()));
        if (n == 4) return year(y);
        int m = number(s, 5, 7);
        if (m < 1 || m > 12) throw new IllegalArgumentException(Texts.format("date.parse.month", s.substring(5, 7)));
        if (n == 7) return month(y, m);
        int d = number(s, 8, 10);
        int length = YearMonth.of(y, m).lengthOfMonth();
        if (d < 1 || d > length) throw new IllegalArgumentException(Texts.format("date.parse.day", s.substring(0, 7), s.substring(8, 10), length));
        return new EventDate(LocalDate.of(y, m, d), DatePrecision.DAY, time);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) v = v * 10 + (s.charAt(i) - '0');
        return v;
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

    /**
     * Gets a label at this precision in the interface's language: "3 Aug 2022", "Aug 2022", "1992",
     * "3 Aug 2022, 12:00" ("3 авг. 2022", "авг. 2022" in Russian).
     */
    public String label() {
        return switch (precision) {
            case YEAR -> Integer.toString(date.getYear());
            case MONTH -> Texts.monthYear(date);
            case DAY -> timeOfDay == null ? Texts.date(date) : Texts.format("date.with-time", Texts.date(date), timeOfDay);
        };
    }

    @Override public String toString() { return iso(); }
}
