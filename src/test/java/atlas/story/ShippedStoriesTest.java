package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Stop;
import atlas.model.Story;
import atlas.io.Datasets;
import atlas.model.TimedEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped stories read cleanly and point at real events of the shipped dataset, at the right dates. */
class ShippedStoriesTest {
    /** First and last day of each event of the shipped dataset (read with the app's reader), by id. */
    private static Map<String, LocalDate[]> datasetEvents() {
        Map<String, LocalDate[]> out = new HashMap<>();
        for (TimedEvent e : Datasets.loadShipped().events())
            out.put(e.id(), new LocalDate[] {e.span().from(), e.span().until().minusDays(1)});
        return out;
    }

    @Test
    void every_highlighted_event_exists_and_falls_in_its_stop_window() throws Exception {
        Map<String, LocalDate[]> events = datasetEvents();
        assertTrue(events.size() > 50, "dataset events: " + events.size());
        for (String file : ShippedStories.FILES) {
            Story s = ShippedStories.load(file);
            assertFalse(s.stops().isEmpty(), file);
            for (Stop stop : s.stops()) {
                LocalDate from = stop.window() == null ? stop.date() : stop.window().from();
                LocalDate last = stop.window() == null ? stop.date() : stop.window().until().minusDays(1);
                assertFalse(stop.highlights().isEmpty(), file + " / " + stop.title() + ": highlights nothing");
                for (String id : stop.highlights()) {
                    LocalDate[] span = events.get(id);
                    assertTrue(span != null, file + " / " + stop.title() + ": unknown event id " + id);
                    assertTrue(!span[1].isBefore(from) && !span[0].isAfter(last),
                            file + " / " + stop.title() + ": " + id + " is outside " + from + " – " + last);
                }
                assertTrue(stop.center().lat() > 39.3 && stop.center().lat() < 40.2 && stop.center().lon() > 45.5
                        && stop.center().lon() < 47.5, stop.title() + " looks outside the region");
                assertFalse(stop.text().isBlank(), stop.title());
                assertFalse(stop.text().contains("<"), stop.title() + ": text must not contain markup other than * and **");
            }
        }
    }

    @Test
    void the_shipped_stories_have_the_expected_phases() throws Exception {
        Story lachin = ShippedStories.load(ShippedStories.FILES.get(0));
        Story august = ShippedStories.load(ShippedStories.FILES.get(1));
        assertEquals("The Lachin corridor, 2020–2023", lachin.title());
        assertEquals(List.of("2020-11-10", "2022-08-30", "2022-12-12", "2023-04-23", "2023-09-24"),
                lachin.stops().stream().map(st -> st.date().toString()).toList());
        assertEquals("The August 2022 escalation", august.title());
        assertEquals(List.of("2022-08-01", "2022-08-03", "2022-08-03", "2022-08-04", "2022-08-26", "2022-08-30"),
                august.stops().stream().map(st -> st.date().toString()).toList());
    }
}
