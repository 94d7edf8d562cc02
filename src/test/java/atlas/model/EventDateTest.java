package atlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The one date parser: what it accepts, at which precision, and what it says about what it refuses. */
class EventDateTest {
    private static void checkParsed(String text, String firstDay, DatePrecision precision) {
        EventDate d = EventDate.parse(text);
        assertEquals(LocalDate.parse(firstDay), d.firstDay(), text);
        assertEquals(precision, d.precision(), text);
    }

    private static void checkRefused(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventDate.parse(text), text);
        assertTrue(e.getMessage().contains(message), text + " -> " + e.getMessage());
    }

    @Test void a_year() { checkParsed("1994", "1994-01-01", DatePrecision.YEAR); }
    @Test void a_month() { checkParsed("2022-08", "2022-08-01", DatePrecision.MONTH); }
    @Test void a_day() { checkParsed("2022-08-26", "2022-08-26", DatePrecision.DAY); }
    @Test void blanks_around_are_ignored() { checkParsed("  2023-09-19 ", "2023-09-19", DatePrecision.DAY); }
    @Test void a_leap_day() { checkParsed("2020-02-29", "2020-02-29", DatePrecision.DAY); }

    @Test void a_time_of_day_is_kept() {
        assertEquals(LocalTime.of(14, 30), EventDate.parse("2022-08-03T14:30").timeOfDay());
    }

    @Test void month_thirteen_is_refused() { checkRefused("2022-13", "month 13 does not exist"); }
    @Test void day_thirty_of_february_is_refused() { checkRefused("2023-02-30", "2023-02 has no day 30"); }
    @Test void day_29_of_a_common_year_is_refused() { checkRefused("2023-02-29", "2023-02 has no day 29"); }
    @Test void year_zero_is_refused() { checkRefused("0000", "year 0000 does not exist"); }
    @Test void other_forms_are_refused() { checkRefused("26/08/2022", "use yyyy-mm-dd, yyyy-mm or yyyy"); }
    @Test void one_digit_months_are_refused() { checkRefused("2022-8-26", "use yyyy-mm-dd, yyyy-mm or yyyy"); }
    @Test void nothing_is_refused() { checkRefused(" ", "found nothing"); }
    @Test void a_time_needs_a_day() { checkRefused("2022-08T10:00", "needs a full date"); }
    @Test void a_bad_time_is_refused() { checkRefused("2022-08-03T25:00", "no valid time of day"); }

    @Test void parse_and_iso_round_trip() {
        for (String s : new String[] {"1988", "1991-12", "2023-09-28", "2022-08-03T14:30"})
            assertEquals(s, EventDate.parse(s).iso());
    }
}
