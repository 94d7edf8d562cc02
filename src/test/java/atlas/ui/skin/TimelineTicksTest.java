package atlas.ui.skin;

import static org.junit.jupiter.api.Assertions.*;

import atlas.model.Bucket;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTicksTest {
    private static List<String> labels(String from, String until, double px) {
        return TimelineTicks.ticks(LocalDate.parse(from), LocalDate.parse(until), px).stream()
                .filter(TimelineTicks.Tick::major).map(TimelineTicks.Tick::label).toList();
    }

    @Test
    void the_whole_dataset_is_labelled_in_years() {
        List<String> l = labels("1988-01-01", "2025-01-01", 1200);
        assertEquals("1988", l.get(0));
        assertTrue(l.contains("2020"));
        assertTrue(l.stream().allMatch(s -> s.matches("\\d{4}")), l.toString());
    }

    @Test
    void a_year_and_a_half_is_labelled_in_months_with_the_year_at_january() {
        List<String> l = labels("2022-06-01", "2023-12-01", 1200);
        assertEquals("Jun 2022", l.get(0), "the first label gives the year");
        assertTrue(l.contains("2023"), "January shows its year: " + l);
        assertTrue(l.contains("Aug"), l.toString());
    }

    @Test
    void three_weeks_are_labelled_in_days_with_the_context_first() {
        List<String> l = labels("2022-08-13", "2022-09-03", 1200);
        assertEquals("13 Aug 2022", l.get(0));
        assertTrue(l.contains("26"), l.toString());
        assertTrue(l.contains("Sep"), "the 1st of a month is named: " + l);
    }

    @Test
    void buckets_are_the_finest_at_least_three_pixels_wide() {
        assertEquals(Bucket.YEAR, TimelineTicks.bucketFor(13515, 1070));
        assertEquals(Bucket.MONTH, TimelineTicks.bucketFor(13515, 1400));
        assertEquals(Bucket.WEEK, TimelineTicks.bucketFor(1461, 1200));
        assertEquals(Bucket.DAY, TimelineTicks.bucketFor(120, 1200));
    }
}
