package atlas.ui;

import atlas.model.EventDate;
import atlas.model.TimeSpan;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The arithmetic of the timeline bar, pure and without the toolkit so it is unit-tested as such: the extent a
 * timeline needs, spans clamped to it, zooming around a point, panning, the date under a position and typed dates.
 * Spans are half-open {@code [from, until)} with both ends set.
 */
public final class TimelineSpans {
    private TimelineSpans() {}

    /** Gets the extent the bar shows for an index: whole years around its events; empty when it has none. */
    public static Optional<TimeSpan> extentOf(TimelineIndex index) {
        return index.firstDay().map(first -> {
            LocalDate last = index.lastDay().orElse(first);
            return TimeSpan.of(first.withDayOfYear(1), last.plusYears(1).withDayOfYear(1));
        });
    }

    /** Gets the number of days of a span with both ends. */
    public static long days(TimeSpan s) { return ChronoUnit.DAYS.between(s.from(), s.until()); }

    /**
     * Computes {@code s} moved and shortened into {@code extent}, at least {@code minDays} long (or the whole extent
     * when it is shorter); {@code s} itself when it already fits.
     */
    public static TimeSpan clamp(TimeSpan s, TimeSpan extent, int minDays) {
        long eFrom = extent.from().toEpochDay(), eUntil = extent.until().toEpochDay();
        long from = s.from().toEpochDay(), until = s.until().toEpochDay();
        long length = Math.max(Math.min(minDays, eUntil - eFrom), Math.min(until - from, eUntil - eFrom));
        if (from < eFrom) from = eFrom;
        if (from + length > eUntil) from = eUntil - length;
        TimeSpan c = TimeSpan.of(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(from + length));
        return c.equals(s) ? s : c;
    }

    /** Gets {@code d} clamped into {@code extent} (its first or last day when outside). */
    public static LocalDate clamp(LocalDate d, TimeSpan extent) {
        if (d.isBefore(extent.from())) return extent.from();
        if (!d.isBefore(extent.until())) return extent.until().minusDays(1);
        return d;
    }

    /**
     * Computes the span {@code length} days long (at least {@code minDays}, at most the extent) whose point at
     * {@code fraction} (0..1) is the day {@code anchor} (an epoch day with a fraction), clamped into the extent: what
     * a zoom around the cursor shows.
     */
    public static TimeSpan zoomed(double anchor, double fraction, double length, TimeSpan extent, int minDays) {
        double newLength = Math.max(minDays, Math.min(length, days(extent)));
        long newFrom = Math.round(anchor - fraction * newLength);
        return clamp(TimeSpan.of(LocalDate.ofEpochDay(newFrom), LocalDate.ofEpochDay(newFrom + Math.round(newLength))), extent, minDays);
    }

    /** Computes {@code s} moved by a fraction of its length (negative: to the past; at least a day), clamped. */
    public static TimeSpan panned(TimeSpan s, double fractionOfSpan, TimeSpan extent, int minDays) {
        long shift = Math.round(days(s) * fractionOfSpan);
        if (shift == 0) shift = fractionOfSpan > 0 ? 1 : -1;
        return clamp(TimeSpan.of(s.from().plusDays(shift), s.until().plusDays(shift)), extent, minDays);
    }

    /** Gets the position (0..1 inside the span, outside it beyond) of the start of day {@code d} in {@code s}. */
    public static double fractionOf(TimeSpan s, LocalDate d) {
        double from = s.from().toEpochDay(), until = s.until().toEpochDay();
        return (d.toEpochDay() - from) / (until - from);
    }

    /** Gets the day at {@code fraction} (0..1) of {@code s}, clamped to its days. */
    public static LocalDate dateAt(TimeSpan s, double fraction) {
        long from = s.from().toEpochDay(), until = s.until().toEpochDay();
        long d = from + (long) Math.floor(Math.max(0, Math.min(1, fraction)) * (until - from));
        return LocalDate.ofEpochDay(Math.min(until - 1, d));
    }

    /**
     * Computes the span of the same length as {@code s} that shows {@code d}: {@code s} when it does; otherwise with
     * {@code d} at its middle (or a tenth from its start while playing, so the date runs across), clamped.
     */
    public static TimeSpan showing(TimeSpan s, LocalDate d, boolean playing, TimeSpan extent, int minDays) {
        if (s.contains(d)) return s;
        long length = days(s);
        LocalDate from = playing ? d.minusDays(length / 10) : d.minusDays(length / 2);
        return clamp(TimeSpan.of(from, from.plusDays(length)), extent, minDays);
    }

    /**
     * Parses a typed date with the one date parser ({@link EventDate#parse}: {@code yyyy-mm-dd}, {@code yyyy-mm},
     * {@code yyyy}; a month or year means its first day) and checks it lies in {@code extent} (null: anywhere).
     * Throws IllegalArgumentException with a message for the user.
     */
    public static EventDate parse(String text, TimeSpan extent) {
        EventDate d;
        try {
            d = EventDate.parse(text);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new IllegalArgumentException(Character.toUpperCase(m.charAt(0)) + m.substring(1));
        }
        if (extent != null && !extent.contains(d.firstDay())) {
            throw new IllegalArgumentException(atlas.i18n.Texts.format("timeline.outside",
                    EventDate.day(extent.from()).label(), EventDate.day(extent.until().minusDays(1)).label()));
        }
        return d;
    }
}
