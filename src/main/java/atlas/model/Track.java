package atlas.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A moving point: positions at instants (a KML {@code gx:Track}), in time order. Between two instants the position is
 * interpolated linearly; before the first and after the last the track is at its ends.
 */
public record Track(List<Instant> times, List<LatLon> positions) {
    public Track {
        times = List.copyOf(times);
        positions = List.copyOf(positions);
        if (times.isEmpty()) throw new IllegalArgumentException("a track needs at least one position");
        if (times.size() != positions.size())
            throw new IllegalArgumentException("a track needs one time per position: " + times.size() + " times, "
                    + positions.size() + " positions");
        for (int i = 1; i < times.size(); i++)
            if (times.get(i).isBefore(times.get(i - 1)))
                throw new IllegalArgumentException("track times go back: " + times.get(i) + " after " + times.get(i - 1));
    }

    /** Gets the number of positions. */
    public int size() { return times.size(); }

    /** Gets the first instant. */
    public Instant first() { return times.get(0); }

    /** Gets the last instant. */
    public Instant last() { return times.get(times.size() - 1); }

    /** Computes the position at instant {@code t}, interpolating between the two nearest positions. */
    public LatLon positionAt(Instant t) {
        Objects.requireNonNull(t, "t");
        if (!t.isAfter(first())) return positions.get(0);
        if (!t.isBefore(last())) return positions.get(size() - 1);
        int lo = 0, hi = size() - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (times.get(mid).isAfter(t)) hi = mid; else lo = mid;
        }
        long span = times.get(hi).toEpochMilli() - times.get(lo).toEpochMilli();
        double f = span == 0 ? 0 : (t.toEpochMilli() - times.get(lo).toEpochMilli()) / (double) span;
        LatLon a = positions.get(lo), b = positions.get(hi);
        return LatLon.of(a.lat() + f * (b.lat() - a.lat()), a.lon() + f * (b.lon() - a.lon()));
    }
}
