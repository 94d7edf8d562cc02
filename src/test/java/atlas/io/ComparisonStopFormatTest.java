package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A comparison stop in the story format: the member {@code compare}, written, read back and checked. */
class ComparisonStopFormatTest {
    private static final LocalDate A = LocalDate.of(2021, 6, 1), B = LocalDate.of(2023, 6, 1);

    @Test
    void a_comparison_stop_survives_saving_and_reading() throws Exception {
        // given
        Stop s = Stop.at("Lachin 2021 and 2023", B, new LatLon(39.62, 46.58), 11).withCompareDate(A);
        Story story = new Story("Compare", "", List.of(s, Stop.at("One date", B, new LatLon(39.62, 46.58), 11)));
        // when
        String json = new StoryWriter().toJson(story);
        Story back = new StoryReader().read(json, "compare.story.json");
        // then
        assertTrue(json.contains("\"compare\" : \"2021-06-01\""), json);
        assertEquals(1, json.split("\"compare\"", -1).length - 1, "only the comparison has the member");
        assertEquals(story, back);
        assertTrue(back.stop(0).isComparison());
        assertNull(back.stop(1).compareDate());
    }

    @Test
    void a_compare_member_that_is_null_is_no_comparison() throws Exception {
        String json = new StoryWriter().toJson(new Story("C", "", List.of(Stop.at("One", B, new LatLon(39.6, 46.5), 9))))
                .replace("\"date\" : \"2023-06-01\"", "\"date\" : \"2023-06-01\", \"compare\" : null");
        assertNull(new StoryReader().read(json, "c.story.json").stop(0).compareDate());
    }

    @Test
    void a_compare_date_that_is_not_a_day_is_a_located_problem() {
        String json = new StoryWriter().toJson(new Story("C", "", List.of(Stop.at("One", B, new LatLon(39.6, 46.5), 9).withCompareDate(A))))
                .replace("\"compare\" : \"2021-06-01\"", "\"compare\" : \"2021-06\"");
        StoryFormatException e = assertThrows(StoryFormatException.class, () -> new StoryReader().read(json, "bad.story.json"));
        assertTrue(e.getMessage().contains("bad.story.json:") && e.getMessage().contains("$.stops[0].compare"), e.getMessage());
    }
}
