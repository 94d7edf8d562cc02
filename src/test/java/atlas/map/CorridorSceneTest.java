package atlas.map;

import atlas.geo.WebMercator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import atlas.geo.Corridors;
import atlas.map.CorridorScene.Item;
import atlas.map.CorridorScene.View;
import atlas.model.FeatureKind;
import atlas.model.FeatureStatus;
import atlas.model.PlaceNames;
import atlas.model.Source;
import atlas.model.TimeSpan;
import atlas.model.TimedFeature;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class CorridorSceneTest {
    private static final LocalDate D = LocalDate.of(2022, 9, 15);

    static TimedFeature feature(String id, FeatureKind kind, FeatureStatus status, String wkt, String from, String until) throws Exception {
        return new TimedFeature(id, kind, PlaceNames.single(id), new WKTReader().read(wkt),
                TimeSpan.of(LocalDate.parse(from), until == null ? null : LocalDate.parse(until)), status,
                false, 0, true, "test feature", List.of(new Source("t", null, null)));
    }

    private static CorridorScene scene() throws Exception {
        return CorridorScene.of(Corridors.withBands(List.of(
                feature("post", FeatureKind.PEACEKEEPING_POST, FeatureStatus.NONE, "POINT (46.6 39.65)", "2020-11-10", null),
                feature("route", FeatureKind.CORRIDOR_ROUTE, FeatureStatus.OPEN, "LINESTRING (46.5 39.6, 46.7 39.6)", "2022-08-30", "2022-12-12"),
                feature("old", FeatureKind.LACHIN_ROAD_1992, FeatureStatus.NONE, "LINESTRING (46.5 39.7, 46.7 39.7)", "1992-05-18", "2020-11-10"))));
    }

    @Test
    void active_items_follow_date_and_toggles_bottom_to_top() throws Exception {
        CorridorScene s = scene();
        assertEquals(List.of("route-band", "route", "post"), ids(s.activeAt(D, true, true, true)));
        assertEquals(List.of("route"), ids(s.activeAt(D, true, false, false)));
        assertEquals(List.of("old"), ids(s.activeAt(LocalDate.of(2020, 11, 9), true, true, true)));
        assertEquals(List.of("post"), ids(s.activeAt(LocalDate.of(2020, 11, 10), true, true, true)));
        assertEquals(List.of(), ids(s.activeAt(LocalDate.of(1990, 1, 1), true, true, true)));
    }

    @Test
    void hit_prefers_points_then_lines_then_the_band() throws Exception {
        // given: zoom 10 around the route
        List<Item> active = scene().activeAt(D, true, true, true);
        double size = 256 * Math.pow(2, 10);
        View v = View.anchored(size, WebMercator.worldX(46.6), WebMercator.worldY(39.6), 400, 300);
        // when / then: on the route line
        assertEquals("route", CorridorScene.hit(active, v, 420, 301, 7).feature().id());
        // on the post (which is also inside the band)
        double px = v.x(WebMercator.worldX(46.6)), py = v.y(WebMercator.worldY(39.65));
        assertEquals("post", CorridorScene.hit(active, v, px + 2, py, 7).feature().id());
        // inside the band, away from the line: about 1.5 km south of the route (20 px at zoom 10)
        assertEquals("route-band", CorridorScene.hit(active, v, 400, 320, 7).feature().id());
        // far away
        assertNull(CorridorScene.hit(active, v, 400, 600, 7));
    }

    @Test
    void view_anchors_world_point_on_screen_point() {
        View v = View.anchored(1024, 0.5, 0.25, 100, 50);
        assertEquals(100, v.x(0.5), 1e-9);
        assertEquals(50, v.y(0.25), 1e-9);
        assertEquals(100 + 1024 * 0.01, v.x(0.51), 1e-9);
    }

    private static List<String> ids(List<Item> items) { return items.stream().map(i -> i.feature().id()).toList(); }
}
