package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.BandMeasure;
import atlas.geo.Corridors;
import atlas.model.Dataset;
import atlas.model.FeatureKind;
import atlas.model.LatLon;
import atlas.model.TimedFeature;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The corridor as shipped in the dataset: which features each day shows, and the band measured on the ground. */
class ShippedCorridorTest {
    private static final Dataset D = Datasets.loadShipped();
    /** How close (km) a route must pass to a place to count as going through it. */
    private static final double THROUGH_KM = 0.5;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2021-06-01; tf-corridor-phase1 tf-pk-hq-stepanakert tf-pk-op8-shosh tf-pk-op13-martuni tf-pk-op23-dadivank tf-pk-aghavno",
            "2022-09-15; tf-corridor-phase2-open tf-temporary-link tf-pk-hq-stepanakert tf-pk-op8-shosh tf-pk-op13-martuni tf-pk-op23-dadivank tf-pk-op1-hakari",
            "2023-05-01; tf-corridor-phase3-checkpoint tf-checkpoint-hakari tf-pk-hq-stepanakert tf-pk-op8-shosh tf-pk-op13-martuni tf-pk-op23-dadivank tf-pk-op1-hakari",
            "2023-10-15; tf-corridor-end tf-checkpoint-hakari tf-pk-hq-stepanakert tf-pk-op8-shosh tf-pk-op13-martuni tf-pk-op23-dadivank tf-pk-op1-hakari",
            "2020-06-01; tf-lachin-road-1992",
            "2023-01-10; tf-corridor-phase2-road-closed tf-temporary-link tf-protest-camp tf-pk-hq-stepanakert tf-pk-op8-shosh tf-pk-op13-martuni tf-pk-op23-dadivank tf-pk-op1-hakari",
            "2023-09-26; tf-exodus-route tf-checkpoint-hakari tf-pk-hq-stepanakert tf-pk-op8-shosh tf-pk-op13-martuni tf-pk-op23-dadivank tf-pk-op1-hakari",
            "2024-07-01; tf-corridor-end tf-checkpoint-hakari"})
    void features_active_on_a_day(String day, String ids) {
        Set<String> active = D.features().stream().filter(f -> f.isValidAt(LocalDate.parse(day)))
                .map(TimedFeature::id).collect(Collectors.toSet());
        assertEquals(Set.of(ids.trim().split(" ")), active);
    }

    @ParameterizedTest(name = "{0}: Berdzor {1}, Hin Shen and Mets Shen {2}")
    @CsvSource({"2021-06-01, true, false", "2022-08-29, true, false", "2022-08-30, false, true",
                "2022-09-15, false, true", "2023-05-01, false, true", "2023-10-15, false, true"})
    void route_of_the_day_goes_through_berdzor_only_in_phase_1(String day, boolean berdzor, boolean shens) {
        TimedFeature route = routeAt(LocalDate.parse(day));
        assertEquals(berdzor, passes(route, "lachin"), "through Berdzor/Lachin");
        assertEquals(shens, passes(route, "hin-shen") && passes(route, "mets-shen"), "through Hin Shen and Mets Shen");
        assertTrue(passes(route, "goris") && passes(route, "stepanakert"), "from Goris to Stepanakert");
    }

    @Test
    void checkpoint_exists_from_23_april_2023() {
        TimedFeature cp = D.features().stream().filter(f -> f.kind() == FeatureKind.CHECKPOINT).findFirst().orElseThrow();
        assertFalse(cp.isValidAt(LocalDate.of(2023, 4, 22)));
        assertTrue(cp.isValidAt(LocalDate.of(2023, 4, 23)));
        assertTrue(cp.approximate() && cp.errorKm() > 0, "the bridge location is an estimate");
        String text = cp.description();
        assertTrue(text.contains("Azerbaijan's account") && text.contains("Russia's Ministry of Defence")
                && text.contains("Armenia's and Karabakh's account"), "each side's account");
        assertEquals(3, cp.sources().size());
    }

    @Test
    void every_banded_route_has_a_band_2_5_km_either_side_on_the_ground() {
        List<TimedFeature> routes = D.features().stream().filter(Corridors::hasBand).toList();
        assertEquals(6, routes.size(), "phases 1-3 by status and the exodus route");
        for (TimedFeature r : routes) {
            TimedFeature band = Corridors.bandOf(r);
            BandMeasure.checkBoundary(r.geometry(), band.geometry(), 2.5, 0.05);
            assertEquals(5.0, BandMeasure.widthAcross(r.geometry(), band.geometry(), 0, 0.5), 0.25, r.id() + " Goris-Tegh");
            assertEquals(r.validity(), band.validity());
        }
    }

    @Test
    void every_corridor_feature_is_sourced_and_named_by_both_usages() {
        for (TimedFeature f : D.features()) {
            assertFalse(f.sources().isEmpty(), f.id());
            assertFalse(f.description().isBlank(), f.id());
            assertTrue(f.names().armenian() != null && f.names().azerbaijani() != null, f.id());
        }
    }

    private static TimedFeature routeAt(LocalDate d) {
        List<TimedFeature> rs = D.features().stream()
                .filter(f -> f.kind() == FeatureKind.CORRIDOR_ROUTE && f.isValidAt(d)).toList();
        assertEquals(1, rs.size(), "one corridor route on " + d);
        return rs.get(0);
    }

    private static boolean passes(TimedFeature route, String placeId) {
        LatLon p = D.place(placeId).orElseThrow().point();
        return BandMeasure.distanceToRouteKm(p, route.geometry()) < THROUGH_KM;
    }
}
