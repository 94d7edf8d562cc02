package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Stop;
import atlas.model.Story;
import atlas.io.BasemapReader;
import atlas.io.Datasets;
import atlas.model.TimedEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import atlas.ui.LayersPanel;
import atlas.ui.MapAssembly;
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
                assertTrue(BasemapReader.CONTEXT_BOUNDS.contains(stop.center().lon(), stop.center().lat()),
                        stop.title() + " looks outside the base map's detailed area");
                assertFalse(stop.text().isBlank(), stop.title());
                assertFalse(stop.text().contains("<"), stop.title() + ": text must not contain markup other than * and **");
            }
        }
    }

    @Test
    void every_stop_sets_the_layers_it_needs_and_a_window_when_it_is_about_several_days() throws Exception {
        Set<String> known = MapAssembly.layerToggles().stream().map(LayersPanel.Entry::layerId).collect(Collectors.toSet());
        Map<String, LocalDate[]> events = datasetEvents();
        for (String file : ShippedStories.FILES) {
            for (Stop stop : ShippedStories.load(file).stops()) {
                String where = file + " / " + stop.title();
                assertTrue(stop.setsLayers() && !stop.layers().isEmpty(), where + ": sets no layers");
                assertTrue(known.containsAll(stop.layers()), where + ": unknown layer in " + stop.layers() + " (known: " + known + ")");
                boolean aboutOtherDays = stop.highlights().stream().map(events::get)
                        .anyMatch(span -> span[0].isBefore(stop.date()) || span[1].isAfter(stop.date()));
                assertTrue(stop.window() != null || !aboutOtherDays, where + ": highlights other days than " + stop.date() + " but has no window");
            }
        }
    }

    @Test
    void the_shipped_stories_have_the_expected_phases() throws Exception {
        assertEquals(List.of("stories/background-1988-2020.story.json", "stories/lachin-corridor-2020-2023.story.json",
                "stories/august-2022-escalation.story.json"), ShippedStories.FILES);
        Story background = ShippedStories.load(ShippedStories.FILES.get(0));
        Story lachin = ShippedStories.load(ShippedStories.FILES.get(1));
        Story august = ShippedStories.load(ShippedStories.FILES.get(2));
        assertEquals("Background, 1988–2020", background.title());
        assertEquals(List.of("1988-02-20", "1988-02-27", "1988-11-21", "1991-09-02", "1992-05-09", "1993-07-23", "1994-05-12",
                "2007-11-29", "2016-04-02", "2020-11-09"), background.stops().stream().map(st -> st.date().toString()).toList());
        assertEquals("The Lachin corridor, 2020–2023", lachin.title());
        assertEquals(List.of("2020-11-10", "2022-08-30", "2022-12-12", "2023-02-22", "2023-04-23", "2023-06-15", "2023-09-12",
                "2023-09-19", "2023-09-24", "2024-06-12"), lachin.stops().stream().map(st -> st.date().toString()).toList());
        assertEquals("The August 2022 escalation", august.title());
        assertEquals(List.of("2022-08-01", "2022-08-03", "2022-08-03", "2022-08-04", "2022-08-26", "2022-08-30"),
                august.stops().stream().map(st -> st.date().toString()).toList());
    }
}
