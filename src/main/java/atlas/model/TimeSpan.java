package atlas.model;

import atlas.i18n.Texts;
import java.time.LocalDate;

/**
 * A half-open span of days {@code [from, until)}. A null {@code from} or {@code until} is an open end
 * (written {@code ".."} in files). An instant {@code t} is inside when {@code from <= t < until}:
 * something valid until 30 Aug 2022 is no longer valid on 30 Aug 2022.
 */
public record TimeSpan(LocalDate from, LocalDate until) {
    public static final TimeSpan ALWAYS = new TimeSpan(null, null);

    public TimeSpan {
        if (from != null && until != null && !until.isAfter(from))
            throw new IllegalArgumentException("span end " + until + " is not after its start " + from);
    }

    public static TimeSpan of(LocalDate from, LocalDate until) { return new TimeSpan(from, until); }
    public static TimeSpan from(LocalDate from) { return new TimeSpan(from, null); }
    /** Gets the span of the single day {@code d}. */
    public static TimeSpan day(LocalDate d) { return new TimeSpan(d, d.plusDays(1)); }

    /** Tests if day {@code t} lies inside this span. */
    public boolean contains(LocalDate t) {
        return (from == null || !t.isBefore(from)) && (until == null || t.isBefore(until));
    }

    /** Tests if the two spans share at least one day. */
    public boolean overlaps(TimeSpan o) {
        return (from == null || o.until == null || o.until.isAfter(from))
                && (until == null || o.from == null || until.isAfter(o.from));
    }

    public boolean isOpenStart() { return from == null; }
    public boolean isOpenEnd() { return until == null; }

    /** Gets a copy starting at {@code newFrom} (null: open) with the same end; throws when that end is not after it. */
    public TimeSpan withFrom(LocalDate newFrom) { return new TimeSpan(newFrom, until); }

    /** Gets a copy ending at {@code newUntil} (null: open) with the same start; throws when it is not after the start. */
    public TimeSpan withUntil(LocalDate newUntil) { return new TimeSpan(from, newUntil); }

    /** Gets "10 Nov 2020 – 30 Aug 2022" style text; open ends read "…". The end shown is the last day inside. */
    public String label() {
        String a = from == null ? "…" : Texts.date(from);
        String b = until == null ? "…" : Texts.date(until.minusDays(1));
        return Texts.format("format.range", a, b);
    }
}
