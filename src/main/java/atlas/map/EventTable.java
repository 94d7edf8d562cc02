package atlas.map;

import atlas.model.Category;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A columnar copy of a timeline's events for drawing: start and end days as epoch days, category ordinals and
 * normalised Web Mercator positions (0..1 from the top-left of the world), in timeline order. Built once per
 * dataset, off the per-frame path; immutable.
 */
final class EventTable {
    static final EventTable EMPTY = new EventTable(TimelineIndex.of(List.of(), List.of()));

    final TimelineIndex index;
    final int size;
    final int[] startDay;
    final int[] untilDay;
    final byte[] category;
    final double[] mx;
    final double[] my;

    EventTable(TimelineIndex index) {
        this.index = index;
        List<TimedEvent> events = index.events();
        size = events.size();
        startDay = new int[size];
        untilDay = new int[size];
        category = new byte[size];
        mx = new double[size];
        my = new double[size];
        for (int i = 0; i < size; i++) {
            TimedEvent e = events.get(i);
            startDay[i] = (int) e.span().from().toEpochDay();
            untilDay[i] = (int) e.span().until().toEpochDay();
            category[i] = (byte) e.category().ordinal();
            // an event without location keeps NaN: listed and on the timeline, never drawn
            mx[i] = e.point() == null ? Double.NaN : mercatorX(e.point().lon());
            my[i] = e.point() == null ? Double.NaN : mercatorY(e.point().lat());
        }
    }

    TimedEvent event(int row) { return index.get(row); }

    /** Computes the row of an event, or -1 when it is not in this table. */
    int rowOf(TimedEvent e) {
        if (e == null) return -1;
        int row = index.indexOf(e);
        return row >= 0 && index.get(row).equals(e) ? row : -1;
    }

    /** Gets the number of rows whose start day is before {@code day} (rows are sorted by start day). */
    int countStartingBefore(long day) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startDay[mid] < day) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    static int mask(Set<Category> categories) {
        int m = 0;
        for (Category c : categories) m |= 1 << c.ordinal();
        return m;
    }

    static long epochDay(LocalDate d) { return d.toEpochDay(); }

    /** Gets the normalised Web Mercator x (0 at 180 W, 1 at 180 E). */
    static double mercatorX(double lon) { return (lon + 180.0) / 360.0; }

    /** Gets the normalised Web Mercator y (0 at the top of the world, 1 at the bottom), clamped to ±85.0511°. */
    static double mercatorY(double lat) {
        double l = Math.max(-85.05112878, Math.min(85.05112878, lat));
        double s = Math.sin(Math.toRadians(l));
        return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    }
}
