package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.DatePrecision;
import atlas.model.TimeSpan;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline bar's arithmetic, without the toolkit. */
class TimelineSpansTest {
    private static final TimeSpan EXTENT = span("2020-01-01", "2024-01-01");
    private static final int MIN = TimelineBar.MIN_VISIBLE_DAYS;

    private static LocalDate d(String s) { return LocalDate.parse(s); }

    private static TimeSpan span(String from, String until) { return TimeSpan.of(d(from), d(until)); }

    @Test
    void a_span_inside_the_extent_is_kept_as_it_is() {
        TimeSpan s = span("2021-03-01", "2021-06-01");
        assertSame(s, TimelineSpans.clamp(s, EXTENT, MIN));
    }

    @Test
    void a_span_past_the_end_moves_back_keeping_its_length() {
        assertEquals(span("2023-11-01", "2024-01-01"), TimelineSpans.clamp(span("2023-12-01", "2024-01-31"), EXTENT, MIN));
    }

    @Test
    void a_span_longer_than_the_extent_becomes_the_extent() {
        assertEquals(EXTENT, TimelineSpans.clamp(span("2010-01-01", "2030-01-01"), EXTENT, MIN));
    }

    @Test
    void a_span_shorter_than_the_minimum_is_widened() {
        assertEquals(MIN, TimelineSpans.days(TimelineSpans.clamp(span("2022-08-01", "2022-08-03"), EXTENT, MIN)));
    }

    @Test
    void dates_clamp_to_the_first_and_last_day_of_the_extent() {
        assertEquals(d("2020-01-01"), TimelineSpans.clamp(d("1999-05-05"), EXTENT));
        assertEquals(d("2023-12-31"), TimelineSpans.clamp(d("2024-01-01"), EXTENT));
        assertEquals(d("2022-08-26"), TimelineSpans.clamp(d("2022-08-26"), EXTENT));
    }

    @Test
    void zooming_keeps_the_anchor_day_at_its_fraction() {
        // given: the day at 30 % of the bar
        LocalDate anchor = d("2022-08-26");
        // when: half as many days are shown around it
        TimeSpan z = TimelineSpans.zoomed(anchor.toEpochDay(), 0.3, 200, EXTENT, MIN);
        // then
        assertEquals(200, TimelineSpans.days(z));
        assertEquals(0.3, TimelineSpans.fractionOf(z, anchor), 1.0 / 200);
    }

    @Test
    void zooming_in_stops_at_the_minimum_and_out_at_the_extent() {
        assertEquals(MIN, TimelineSpans.days(TimelineSpans.zoomed(d("2022-01-01").toEpochDay(), 0.5, 2, EXTENT, MIN)));
        assertEquals(EXTENT, TimelineSpans.zoomed(d("2022-01-01").toEpochDay(), 0.5, 1e6, EXTENT, MIN));
    }

    @Test
    void panning_moves_by_a_fraction_and_at_least_a_day() {
        assertEquals(span("2021-01-11", "2021-04-21"), TimelineSpans.panned(span("2021-01-01", "2021-04-11"), 0.1, EXTENT, MIN));
        assertEquals(span("2021-01-02", "2021-04-12"), TimelineSpans.panned(span("2021-01-01", "2021-04-11"), 0.001, EXTENT, MIN));
    }

    @Test
    void a_date_off_screen_brings_the_span_to_it_centred_or_near_the_start_while_playing() {
        TimeSpan v = span("2021-01-01", "2021-03-02"); // 60 days
        assertSame(v, TimelineSpans.showing(v, d("2021-02-01"), false, EXTENT, MIN));
        assertEquals(span("2022-07-28", "2022-09-26"), TimelineSpans.showing(v, d("2022-08-27"), false, EXTENT, MIN));
        assertEquals(span("2022-08-21", "2022-10-20"), TimelineSpans.showing(v, d("2022-08-27"), true, EXTENT, MIN));
    }

    @Test
    void positions_and_days_on_the_bar_are_inverse() {
        TimeSpan v = span("2022-01-01", "2022-01-11");
        assertEquals(d("2022-01-06"), TimelineSpans.dateAt(v, 0.5));
        assertEquals(0.5, TimelineSpans.fractionOf(v, d("2022-01-06")), 1e-9);
        assertEquals(d("2022-01-10"), TimelineSpans.dateAt(v, 1.0), "the last day, not the day after");
    }

    @Test
    void the_extent_covers_whole_years_of_the_index() {
        assertEquals(EXTENT, TimelineSpans.extentOf(TimelineIndex.of(CorridorEvents.dataset())).orElseThrow());
        assertTrue(TimelineSpans.extentOf(TimelineIndex.EMPTY).isEmpty());
    }

    @Test
    void typed_dates_use_the_one_parser_and_the_extent() {
        assertEquals(DatePrecision.MONTH, TimelineSpans.parse("2023-04", EXTENT).precision());
        for (List<String> c : List.of(List.of("2022-13-01", "Month 13 does not exist"), List.of("2023-02-30", "2023-02 has no day 30"),
                List.of("26/08/2022", "use yyyy-mm-dd, yyyy-mm or yyyy"), List.of("1975", "Outside the timeline (1 Jan 2020 – 31 Dec 2023)"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimelineSpans.parse(c.get(0), EXTENT));
            assertTrue(e.getMessage().contains(c.get(1)), c.get(0) + " -> " + e.getMessage());
        }
    }
}
