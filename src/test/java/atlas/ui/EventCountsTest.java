package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.model.Bucket;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventCountsTest {
    private final TimelineIndex index = TimelineIndex.of(CorridorEvents.dataset());
    private final EventCounts counts = new EventCounts(index);

    @Test void whole_extent_by_year_matches_the_index() { check("2020-01-01", "2024-01-01", Bucket.YEAR); }
    @Test void by_month_matches_the_index() { check("2020-01-01", "2024-01-01", Bucket.MONTH); }
    @Test void by_week_from_mid_week_matches_the_index() { check("2022-07-20", "2022-09-10", Bucket.WEEK); }
    @Test void by_day_around_equal_dates_matches_the_index() { check("2020-11-01", "2020-11-30", Bucket.DAY); }
    @Test void span_ending_on_an_event_day_excludes_it() { check("2023-09-01", "2023-09-19", Bucket.DAY); }

    @Test
    void counts_the_two_events_of_10_november_in_their_categories() {
        int[][] c = counts.count(LocalDate.of(2020, 11, 10), LocalDate.of(2020, 11, 11), Bucket.DAY);
        assertEquals(1, c[atlas.model.Category.CORRIDOR.ordinal()][0]);
        assertEquals(1, c[atlas.model.Category.PEACEKEEPING.ordinal()][0]);
        assertEquals(0, c[atlas.model.Category.CEASEFIRE.ordinal()][0]);
    }

    @Test
    void events_spread_over_centuries_are_counted_by_walking_them() {
        // a 1700 event makes the range wider than the running totals cover
        java.util.List<atlas.model.TimedEvent> events = new java.util.ArrayList<>(CorridorEvents.EVENTS);
        events.add(new atlas.model.TimedEvent("old", atlas.model.EventDate.year(1700), null, "Old", "", atlas.model.Category.POLITICAL,
                null, atlas.model.LatLon.of(39.8, 46.7), java.util.List.of(new atlas.model.Source("s", null, null)), java.util.List.of()));
        TimelineIndex wide = TimelineIndex.of(events, java.util.List.of());
        EventCounts c = new EventCounts(wide);
        for (Bucket b : Bucket.values()) {
            int[][] expected = wide.histogram(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1), b);
            int[][] actual = c.count(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1), b);
            for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], actual[i], b + " category " + i);
        }
        assertEquals(1, c.count(LocalDate.of(1700, 1, 1), LocalDate.of(1701, 1, 1), Bucket.YEAR)[atlas.model.Category.POLITICAL.ordinal()][0]);
    }

    private void check(String from, String until, Bucket b) {
        LocalDate f = LocalDate.parse(from), u = LocalDate.parse(until);
        int[][] expected = index.histogram(f, u, b);
        int[][] actual = counts.count(f, u, b);
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], actual[i], "category " + i);
    }
}
