package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Dataset;
import atlas.model.TimedEvent;
import org.junit.jupiter.api.Test;

class SyntheticDatasetsTest {
    @Test void same_seed_gives_the_same_dataset_and_another_seed_another() {
        assertEquals(SyntheticDatasets.generate(300, 5), SyntheticDatasets.generate(300, 5));
        assertNotEquals(SyntheticDatasets.generate(300, 5), SyntheticDatasets.generate(300, 6));
    }

    @Test void synthetic_events_lie_in_1988_to_2024_and_round_trip_through_the_file_format() throws Exception {
        // given:
        Dataset d = SyntheticDatasets.generate(3000, 42);
        // when:
        Dataset back = new DatasetReader().readString(new DatasetWriter().toJson(d), "synthetic.atlas.json");
        // then:
        assertEquals(d, back);
        assertEquals(3000, d.events().size());
        for (TimedEvent e : d.events()) {
            assertTrue(e.span().from().getYear() >= 1988 && e.span().until().minusDays(1).getYear() <= 2024, e.dateLabel());
            assertTrue(e.title().startsWith("Synthetic"), e.title());
        }
        assertTrue(d.events().stream().anyMatch(e -> e.end() != null && e.span().until().toEpochDay() - e.span().from().toEpochDay() > 365));
    }
}
