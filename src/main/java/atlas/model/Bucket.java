package atlas.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A histogram bucket width on the timeline. */
public enum Bucket {
    DAY, WEEK, MONTH, YEAR;

    /** Gets the first day of the bucket containing {@code d} (weeks start on Monday). */
    public LocalDate floor(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    /** Gets the first day of the bucket after the one starting at {@code bucketStart}. */
    public LocalDate next(LocalDate bucketStart) {
        return switch (this) {
            case DAY -> bucketStart.plusDays(1);
            case WEEK -> bucketStart.plusWeeks(1);
            case MONTH -> bucketStart.plusMonths(1);
            case YEAR -> bucketStart.plusYears(1);
        };
    }

    /** Gets the number of buckets needed to cover {@code [from, until)}. */
    public int count(LocalDate from, LocalDate until) {
        LocalDate a = floor(from);
        long n = switch (this) {
            case DAY -> ChronoUnit.DAYS.between(a, until);
            case WEEK -> (ChronoUnit.DAYS.between(a, until) + 6) / 7;
            case MONTH -> ChronoUnit.MONTHS.between(a, floor(until.minusDays(1))) + 1;
            case YEAR -> until.minusDays(1).getYear() - a.getYear() + 1;
        };
        return (int) Math.max(0, n);
    }
}
