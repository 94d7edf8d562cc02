package atlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sorted, indexed timeline of a dataset's events and features.
 *
 * <p>Events are ordered by start day, then by id (a stable total order), and are addressed by their position in
 * that order. All spans are half-open: an event whose span ends at {@code t} is not active at {@code t}.
 * Queries return lists in that order, never null. Category filters take a set; an empty set means "none".
 *
 * <p>This class is immutable and safe to share between threads.
 */
public final class TimelineIndex {
    private final List<TimedEvent> events;
    private final List<TimedFeature> features;

    private TimelineIndex(List<TimedEvent> events, List<TimedFeature> features) {
        List<TimedEvent> sorted = new ArrayList<>(events);
        sorted.sort(ORDER);
        this.events = List.copyOf(sorted);
        this.features = List.copyOf(features);
    }

    /** The order of events on the timeline: start day, then id. */
    public static final Comparator<TimedEvent> ORDER =
            Comparator.comparing((TimedEvent e) -> e.start().firstDay()).thenComparing(TimedEvent::id);

    /** Computes the index of a dataset's events and features. */
    public static TimelineIndex of(Dataset d) { return new TimelineIndex(d.events(), d.features()); }

    public static TimelineIndex of(List<TimedEvent> events, List<TimedFeature> features) { return new TimelineIndex(events, features); }

    public int size() { return events.size(); }

    /** Gets the event at position {@code i} of the timeline order. */
    public TimedEvent get(int i) { return events.get(i); }

    /** Gets the position of an event in the timeline order, or -1. */
    public int indexOf(TimedEvent e) {
        int i = java.util.Collections.binarySearch(events, e, ORDER);
        return i >= 0 ? i : -1;
    }

    /** Gets all events in timeline order. */
    public List<TimedEvent> events() { return events; }

    public List<TimedFeature> features() { return features; }

    /** Gets the first day of the earliest event, or empty when there are none. */
    public Optional<LocalDate> firstDay() { return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0).start().firstDay()); }

    /** Gets the last day any event covers, or empty when there are none. */
    public Optional<LocalDate> lastDay() {
        return events.stream().map(e -> e.span().until().minusDays(1)).max(Comparator.naturalOrder());
    }

    /** Computes the events active on day {@code t} (span contains t). */
    public List<TimedEvent> at(LocalDate t) { return at(t, EnumSet.allOf(Category.class)); }

    public List<TimedEvent> at(LocalDate t, Set<Category> categories) {
        return events.stream().filter(e -> categories.contains(e.category()) && e.span().contains(t)).toList();
    }

    /** Computes the features valid on day {@code t}. */
    public List<TimedFeature> featuresAt(LocalDate t) {
        return features.stream().filter(f -> f.validity().contains(t)).toList();
    }

    /** Computes the events whose span overlaps {@code [from, until)}. */
    public List<TimedEvent> between(LocalDate from, LocalDate until) { return between(from, until, EnumSet.allOf(Category.class)); }

    public List<TimedEvent> between(LocalDate from, LocalDate until, Set<Category> categories) {
        TimeSpan w = TimeSpan.of(from, until);
        return events.stream().filter(e -> categories.contains(e.category()) && e.span().overlaps(w)).toList();
    }

    /** Computes the events that start inside {@code [from, until)}. */
    public List<TimedEvent> startingBetween(LocalDate from, LocalDate until, Set<Category> categories) {
        return events.stream().filter(e -> categories.contains(e.category())
                && !e.start().firstDay().isBefore(from) && e.start().firstDay().isBefore(until)).toList();
    }

    /**
     * Gets the event after the cursor, for stepping: the cursor is a day {@code t} and optionally the event
     * currently selected. When {@code current} starts on {@code t}, events of the same day after it come next;
     * otherwise the first event starting after {@code t}. Empty at the end of the timeline.
     */
    public Optional<TimedEvent> next(LocalDate t, TimedEvent current, Set<Category> categories) {
        for (TimedEvent e : events) {
            if (!categories.contains(e.category())) continue;
            LocalDate s = e.start().firstDay();
            boolean after = current != null && s.equals(t) && current.start().firstDay().equals(t)
                    ? ORDER.compare(e, current) > 0 : s.isAfter(t);
            if (after) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** Gets the event before the cursor; the mirror of {@link #next}. */
    public Optional<TimedEvent> previous(LocalDate t, TimedEvent current, Set<Category> categories) {
        for (int i = events.size() - 1; i >= 0; i--) {
            TimedEvent e = events.get(i);
            if (!categories.contains(e.category())) continue;
            LocalDate s = e.start().firstDay();
            boolean before = current != null && s.equals(t) && current.start().firstDay().equals(t)
                    ? ORDER.compare(e, current) < 0 : s.isBefore(t);
            if (before) return Optional.of(e);
        }
        return Optional.empty();
    }

    /**
     * Computes event counts per bucket over {@code [from, until)}, by start day: {@code result[c][b]} is the number of
     * events of category {@code Category.values()[c]} starting in bucket {@code b} (bucket 0 starts at
     * {@code bucket.floor(from)}).
     */
    public int[][] histogram(LocalDate from, LocalDate until, Bucket bucket) {
        int n = bucket.count(from, until);
        int[][] out = new int[Category.values().length][n];
        LocalDate first = bucket.floor(from);
        for (TimedEvent e : events) {
            LocalDate s = e.start().firstDay();
            if (s.isBefore(first) || !s.isBefore(until)) continue;
            int b = bucket.count(first, s.plusDays(1)) - 1;
            if (b >= 0 && b < n) out[e.category().ordinal()][b]++;
        }
        return out;
    }
}
