package atlas.map;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Which events the map shows for the current date: those active on that day, those of the last N days or months
 * up to it (older ones fading), or all of them up to it (cumulative). An event is shown when its span overlaps
 * {@link #span(LocalDate)}.
 */
public record TimeWindow(Kind kind, int amount, ChronoUnit unit) {
    /** The three shapes of window. */
    public enum Kind { ACTIVE, LAST, CUMULATIVE }

    public TimeWindow {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.LAST) {
            if (amount < 1) throw new IllegalArgumentException("a window needs at least 1 " + unit + ": " + amount);
            if (unit != ChronoUnit.DAYS && unit != ChronoUnit.MONTHS && unit != ChronoUnit.YEARS)
                throw new IllegalArgumentException("window unit must be days, months or years: " + unit);
        } else {
            amount = 0;
            unit = ChronoUnit.DAYS;
        }
    }

    public static TimeWindow active() { return new TimeWindow(Kind.ACTIVE, 0, ChronoUnit.DAYS); }
    public static TimeWindow cumulative() { return new TimeWindow(Kind.CUMULATIVE, 0, ChronoUnit.DAYS); }
    public static TimeWindow last(int amount, ChronoUnit unit) { return new TimeWindow(Kind.LAST, amount, unit); }

    /** The first day of a cumulative window: 1 January of year 1 (an epoch day that fits an int, unlike LocalDate.MIN). */
    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

    /** Gets the first day of the window ending on {@code date}, or {@link #EARLIEST} for a cumulative one. */
    public LocalDate firstDay(LocalDate date) {
        return switch (kind) {
            case ACTIVE -> date;
            case LAST -> date.minus(amount, unit).plusDays(1);
            case CUMULATIVE -> EARLIEST;
        };
    }

    /** Gets the day after the last day of the window ending on {@code date}: always {@code date + 1}. */
    public LocalDate endExclusive(LocalDate date) { return date.plusDays(1); }

    /**
     * Computes the opacity (0..1) of an event whose last day is {@code lastDay}, seen on {@code date}: 1 while it is
     * active, fading with age inside a LAST window (down to 0.3 at its far end), 0.45 for past events of a
     * cumulative window.
     */
    public double opacity(LocalDate lastDay, LocalDate date) {
        return opacity(lastDay.toEpochDay(), date.toEpochDay(),  firstDay(date).toEpochDay());
    }

    /** Same as {@link #opacity(LocalDate, LocalDate)} on epoch days, for tight loops ({@code windowFirst} from {@link #firstDay}). */
    public double opacity(long lastDay, long date, long windowFirst) {
        if (lastDay >= date) return 1.0;
        return switch (kind) {
            case ACTIVE -> 1.0;
            case CUMULATIVE -> 0.45;
            case LAST -> {
                double length = Math.max(1, date - windowFirst);
                yield 1.0 - 0.7 * Math.min(1.0, (date - lastDay) / length);
            }
        };
    }

    /** Gets "Active on this day", "Last 30 days", "All up to now". */
    public String label() {
        return switch (kind) {
            case ACTIVE -> "Active on this day";
            case CUMULATIVE -> "All up to now";
            case LAST -> "Last " + amount + " " + unitName();
        };
    }

    private String unitName() {
        String u = unit.toString().toLowerCase(Locale.ROOT);
        return amount == 1 ? u.substring(0, u.length() - 1) : u;
    }

    /** Gets the text form kept in preferences: {@code active}, {@code cumulative}, {@code last:30:days}. */
    public String key() {
        return switch (kind) {
            case ACTIVE -> "active";
            case CUMULATIVE -> "cumulative";
            case LAST -> "last:" + amount + ":" + unit.toString().toLowerCase(Locale.ROOT);
        };
    }

    /** Parses {@link #key()}; throws IllegalArgumentException naming the text when it is not one. */
    public static TimeWindow ofKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        if (k.equals("active")) return active();
        if (k.equals("cumulative")) return cumulative();
        String[] p = k.split(":");
        if (p.length == 3 && p[0].equals("last")) {
            try {
                ChronoUnit u = switch (p[2]) {
                    case "days" -> ChronoUnit.DAYS;
                    case "months" -> ChronoUnit.MONTHS;
                    case "years" -> ChronoUnit.YEARS;
                    default -> throw new IllegalArgumentException(p[2]);
                };
                return last(Integer.parseInt(p[1]), u);
            } catch (IllegalArgumentException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("not a time window: '" + key + "' (expected active, cumulative or last:N:days|months|years)");
    }

    @Override public String toString() { return label(); }
}
