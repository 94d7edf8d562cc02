package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Dataset;
import atlas.model.Place;
import atlas.model.TimedEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the dataset that ships in assets/data (read from the classpath, as the application reads it). */
class ShippedDatasetTest {
    private static Dataset shipped;

    @BeforeAll static void load() { shipped = Datasets.loadShipped(); }

    @Test void shipped_dataset_round_trips(@TempDir Path dir) throws Exception {
        // when:
        Path file = dir.resolve("karabakh.atlas.json");
        new DatasetWriter().write(shipped, file);
        // then:
        assertEquals(shipped, new DatasetReader().read(file));
    }

    @Test void every_event_has_a_source_a_valid_place_and_a_date_in_1988_to_2026() {
        Map<String, Place> places = shipped.places().stream().collect(Collectors.toMap(Place::id, Function.identity()));
        assertFalse(shipped.events().isEmpty());
        for (TimedEvent e : shipped.events()) {
            assertFalse(e.sources().isEmpty(), e.id() + " has no source");
            assertTrue(e.placeId() == null || places.containsKey(e.placeId()), e.id() + " names an unknown place");
            LocalDate first = e.span().from();
            LocalDate last = e.span().until().minusDays(1);
            assertTrue(first.getYear() >= 1988 && last.getYear() <= 2026, e.id() + " dated " + e.dateLabel());
        }
    }

    @Test void every_contested_place_has_both_usage_names() {
        List<Place> contested = shipped.places().stream().filter(p -> p.names().isContested()).toList();
        assertFalse(contested.isEmpty());
        for (Place p : contested) {
            assertFalse(p.names().armenian().isBlank(), p.id());
            assertFalse(p.names().azerbaijani().isBlank(), p.id());
            assertTrue(p.names().label(atlas.model.NameStyle.BOTH).contains(" / "), p.id());
        }
    }

    @Test void stepanakert_carries_both_names() {
        assertTrue(shipped.places().stream().anyMatch(p -> p.names().armenian().equals("Stepanakert")
                && p.names().azerbaijani().equals("Khankendi")), "Stepanakert / Khankendi");
    }

    @Test void every_account_of_a_disputed_event_has_a_source() {
        for (TimedEvent e : shipped.events()) {
            e.accounts().forEach(a -> assertFalse(a.sources().isEmpty(), e.id() + ": " + a.party() + " without source"));
        }
    }
}
