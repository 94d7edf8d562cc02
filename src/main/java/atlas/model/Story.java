package atlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A story for presenting: a title, a short description and an ordered list of {@link Stop}s. Immutable; the
 * editing calls return a new story. Stop positions are 0-based.
 */
public record Story(String title, String description, List<Stop> stops) {
    /** The story file format version this model reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public Story {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        stops = List.copyOf(stops);
    }

    /** Gets an empty story with this title. */
    public static Story titled(String title) { return new Story(title, "", List.of()); }

    public int size() { return stops.size(); }

    public Stop stop(int i) { return stops.get(i); }

    public Story withTitle(String t) { return new Story(t, description, stops); }

    public Story withDescription(String d) { return new Story(title, d, stops); }

    public Story withStops(List<Stop> s) { return new Story(title, description, s); }

    /** Gets the story with {@code s} inserted at position {@code i} (0..size). */
    public Story withStopAdded(int i, Stop s) {
        List<Stop> l = new ArrayList<>(stops);
        l.add(i, s);
        return withStops(l);
    }

    /** Gets the story with the stop at {@code i} replaced by {@code s}. */
    public Story withStopReplaced(int i, Stop s) {
        List<Stop> l = new ArrayList<>(stops);
        l.set(i, s);
        return withStops(l);
    }

    /** Gets the story without the stop at {@code i}. */
    public Story withStopRemoved(int i) {
        List<Stop> l = new ArrayList<>(stops);
        l.remove(i);
        return withStops(l);
    }

    /** Gets the story with the stop at {@code from} moved to position {@code to} (positions in the result). */
    public Story withStopMoved(int from, int to) {
        List<Stop> l = new ArrayList<>(stops);
        Stop s = l.remove(from);
        l.add(to, s);
        return withStops(l);
    }
}
