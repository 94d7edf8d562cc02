package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Account;
import atlas.model.CoordinateStatus;
import atlas.model.Dataset;
import atlas.model.Place;
import atlas.model.TimedEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks what the shipped dataset must contain: every reference place and event, and the August 2022 seed told by each side. */
class ShippedDatasetContentTest {
    private static Dataset shipped;

    @BeforeAll static void load() { shipped = Datasets.loadShipped(); }

    @Test void ships_every_reference_place_and_event() {
        // expect: the 61 places and 111 events of the reference, none dropped (the record has grown since: see assets/data/README.md)
        assertEquals(61, shipped.places().size());
        assertTrue(shipped.events().size() >= 111, "events: " + shipped.events().size());
    }

    @Test void seed_events_of_august_2022_are_present_and_disputed_ones_carry_both_sides() {
        // given:
        List<String> seed = List.of("e-2022-08-01-lachin-area-escalation", "e-2022-08-02-karabakh-says-new-route-demanded",
                "e-2022-08-03-azerbaijani-operation", "e-2022-08-03-armenia-rejects-route-demand",
                "e-2022-08-04-russian-mfa-statement", "e-2020-11-09-trilateral-statement", "e-2020-11-10-clause-6-lachin-corridor");
        // then:
        for (String id : seed) assertTrue(shipped.event(id).isPresent(), id);
        for (String id : List.of("e-2022-08-01-lachin-area-escalation", "e-2022-08-03-azerbaijani-operation")) {
            Set<String> parties = shipped.event(id).orElseThrow().accounts().stream().map(Account::party).collect(Collectors.toSet());
            assertTrue(parties.contains("Azerbaijan"), id + " " + parties);
            assertTrue(parties.stream().anyMatch(p -> p.contains("Armenia") || p.contains("Nagorno-Karabakh")), id + " " + parties);
        }
        TimedEvent mfa = shipped.event("e-2022-08-04-russian-mfa-statement").orElseThrow();
        assertTrue(mfa.sources().stream().anyMatch(s -> "https://news.am/eng/news/714886.html".equals(s.url())), "news.am 4 Aug 2022");
    }

    @Test void events_linked_to_a_place_sit_on_it_and_unlocated_places_have_no_point() {
        Map<String, Place> places = shipped.places().stream().collect(Collectors.toMap(Place::id, Function.identity()));
        for (TimedEvent e : shipped.events()) {
            if (e.placeId() != null) assertEquals(places.get(e.placeId()).point(), e.point(), e.id());
        }
        for (Place p : shipped.places()) {
            assertEquals(p.status() == CoordinateStatus.NOT_LOCATED, p.point() == null, p.id());
            if (p.status() == CoordinateStatus.APPROXIMATE) assertTrue(p.errorKm() > 0, p.id() + " needs its error");
        }
    }
}
