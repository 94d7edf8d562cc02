package atlas.model;

import atlas.i18n.Texts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Which events the map shows for the current date: those active on that day ({@link Kind#ACTIVE}), those of the
 * last N days, months or years up to it, older ones fading ({@link Kind#LAST}), all of them up to it
 * ({@link Kind#CUMULATIVE}), or those of one explicit span of days whatever the date ({@link Kind#SPAN}, set by a
 * story stop that is about a period). An event is shown when its span overlaps
 * {@code [firstDay(date), endExclusive(date))}. Immutable.
 */
public record TimeWindow(Kind kind, int amount, ChronoUnit unit, TimeSpan span) {
    /** The shapes of window. */
    public enum Kind { ACTIVE, LAST, CUMULATIVE, SPAN }

    /** The first day of a cumulative window: 1 January of year 1 (an epoch day that fits an int, unlike LocalDate.MIN). */
    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

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
        if (kind == Kind.SPAN) {
            Objects.requireNonNull(span, "span");
            if (span.isOpenStart() || span.isOpenEnd()) throw new IllegalArgumentException("a window span needs both ends: " + span);
        } else {
            span = null;
        }
    }

    public static TimeWindow active() { return new TimeWindow(Kind.ACTIVE, 0, ChronoUnit.DAYS, null); }
    public static TimeWindow cumulative() { return new TimeWindow(Kind.CUMULATIVE, 0, ChronoUnit.DAYS, null); }
    public static TimeWindow last(int amount, ChronoUnit unit) { return new TimeWindow(Kind.LAST, amount, unit, null); }
    /** Gets the window of one explicit span of days (both ends set), whatever the date. */
    public static TimeWindow span(TimeSpan span) { return new TimeWindow(Kind.SPAN, 0, ChronoUnit.DAYS, span); }

    /** Gets the first day of the window for {@code date}: the date itself, N units before, {@link #EARLIEST} or the span's start. */
    public LocalDate firstDay(LocalDate date) {
        return switch (kind) {
            case ACTIVE -> date;
            case LAST -> date.minus(amount, unit).plusDays(1);
            case CUMULATIVE -> EARLIEST;
            case SPAN -> span.from();
        };
    }

    /** Gets the day after the last day of the window for {@code date}: {@code date + 1}, or the span's end. */
    public LocalDate endExclusive(LocalDate date) { return kind == Kind.SPAN ? span.until() : date.plusDays(1); }

    /**
     * Computes the opacity (0..1) of an event whose last day is {@code lastDay}, seen on {@code date}: 1 while it is
     * active (and for every event of a span window), fading with age inside a LAST window (down to 0.3 at its far
     * end), 0.45 for past events of a cumulative window.
     */
    public double opacity(LocalDate lastDay, LocalDate date) {
        long age = Math.max(0, ChronoUnit.DAYS.between(lastDay, date));
        return opacity((int) Math.min(Integer.MAX_VALUE, age), (int) ChronoUnit.DAYS.between(firstDay(date), date));
    }

    /**
     * Same as {@link #opacity(LocalDate, LocalDate)} for tight loops: {@code ageDays} is how many days before the
     * date the event's last day lies (0 when it is active), {@code windowDays} the days from the window's first day
     * to the date.
     */
    public double opacity(int ageDays, int windowDays) {
        if (ageDays <= 0) return 1.0;
        return switch (kind) {
            case ACTIVE, SPAN -> 1.0;
            case CUMULATIVE -> 0.45;
            case LAST -> 1.0 - 0.7 * Math.min(1.0, ageDays / (double) Math.max(1, windowDays));
        };
    }

    /**
     * Gets the window in the interface's language: "Active on this day", "Last 30 days", "All up to now",
     * "1 Aug – 31 Aug 2022".
     */
    public String label() {
        return switch (kind) {
            case ACTIVE -> Texts.get("window.active");
            case CUMULATIVE -> Texts.get("window.cumulative");
            case LAST -> Texts.plural("window.last." + unit.toString().toLowerCase(Locale.ROOT), amount);
            case SPAN -> spanLabel(span);
        };
    }

    /** Gets a span as "1 Aug – 31 Aug 2022" (its last day inclusive; both years when they differ). */
    static String spanLabel(TimeSpan s) {
        LocalDate last = s.until().minusDays(1);
        if (last.equals(s.from())) return Texts.date(s.from());
        return Texts.format("format.range", s.from().getYear() == last.getYear() ? Texts.dayMonth(s.from()) : Texts.date(s.from()),
                Texts.date(last));
    }

    /**
     * Gets the text form kept in preferences: {@code active}, {@code cumulative}, {@code last:30:days},
     * {@code span:2022-08-01:2022-09-01} (the end exclusive).
     */
    public String key() {
        return switch (kind) {
            case ACTIVE -> "active";
            case CUMULATIVE -> "cumulative";
            case LAST -> "last:" + amount + ":" + unit.toString().toLowerCase(Locale.ROOT);
            case SPAN -> "span:" + span.from() + ":" + span.until();
        };
    }

    /** Parses {@link #key()}; throws IllegalArgumentException naming the text when it is not one. */
    public static TimeWindow ofKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        if (k.equals("active")) return active();
        if (k.equals("cumulative")) return cumulative();
        String[] p = k.split(":");
        if (p.length == 3) {
            try {
                if (p[0].equals("last")) {
                    ChronoUnit u = switch (p[2]) {
                        case "days" -> ChronoUnit.DAYS;
                        case "months" -> ChronoUnit.MONTHS;
                        case "years" -> ChronoUnit.YEARS;
                        default -> throw new IllegalArgumentException(p[2]);
                    };
                    return last(Integer.parseInt(p[1]), u);
                }
                if (p[0].equals("span")) return span(TimeSpan.of(LocalDate.parse(p[1]), LocalDate.parse(p[2])));
            } catch (RuntimeException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("not a time window: '" + key
                + "' (expected active, cumulative, last:N:days|months|years or span:FROM:UNTIL)");
    }

    @Override public String toString() { return label(); }
}
