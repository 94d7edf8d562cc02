package atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.LatLon;
import org.junit.jupiter.api.Test;

class WebMercatorTest {
    private static final double EPS = 1e-6;

    @Test
    void origin_maps_to_world_centre() {
        // when
        PixelXY p = WebMercator.toPixel(new LatLon(0, 0), 0);
        // then
        assertEquals(128, p.x(), EPS);
        assertEquals(128, p.y(), EPS);
    }

    @Test
    void projection_limit_maps_to_the_top_left_corner() {
        PixelXY p = WebMercator.toPixel(new LatLon(WebMercator.MAX_LAT, -180), 3);
        assertEquals(0, p.x(), EPS);
        assertEquals(0, p.y(), 1e-4);
    }

    @Test
    void stepanakert_lies_in_the_known_osm_tiles() {
        // OSM tile names for 39.8153 N, 46.7519 E (computed with the standard slippy-map formula)
        LatLon stepanakert = new LatLon(39.81528, 46.75194);
        assertEquals(new TileId(10, 644, 388), WebMercator.tileAt(stepanakert, 10));
        assertEquals(new TileId(13, 5159, 3106), WebMercator.tileAt(stepanakert, 13));
        assertEquals(new TileId(0, 0, 0), WebMercator.tileAt(stepanakert, 0));
    }

    @Test
    void tile_corners_are_the_inverse_of_tile_lookup() {
        TileId t = new TileId(9, 322, 194);
        LatLon nw = t.northWest();
        assertEquals(46.40625, nw.lon(), EPS);
        assertEquals(39.909736, nw.lat(), 1e-5);
        assertEquals(t, WebMercator.tileAt(new LatLon(nw.lat() - 1e-6, nw.lon() + 1e-6), 9));
    }

    @Test
    void pixel_and_lat_lon_round_trip_at_fractional_zoom() {
        LatLon p = new LatLon(39.7, 46.5);
        PixelXY px = WebMercator.toPixel(p, 9.37);
        LatLon back = WebMercator.toLatLon(px.x(), px.y(), 9.37);
        assertEquals(p.lat(), back.lat(), 1e-9);
        assertEquals(p.lon(), back.lon(), 1e-9);
    }

    @Test
    void ground_resolution_follows_latitude_and_zoom() {
        assertEquals(156_543.034, WebMercator.metresPerPixel(0, 0), 1e-3);
        assertEquals(156_543.034 * Math.cos(Math.toRadians(40)) / 512, WebMercator.metresPerPixel(40, 9), 1e-3);
    }

    @Test
    void viewport_projects_its_centre_to_the_middle_of_the_screen() {
        Viewport v = new Viewport(new LatLon(39.7, 46.5), 9, 800, 600);
        PixelXY c = v.toScreen(v.center());
        assertEquals(400, c.x(), EPS);
        assertEquals(300, c.y(), EPS);
        LatLon corner = v.toLatLon(0, 0);
        PixelXY back = v.toScreen(corner);
        assertEquals(0, back.x(), 1e-6);
        assertEquals(0, back.y(), 1e-6);
    }

    @Test
    void viewport_pans_by_screen_pixels() {
        Viewport v = new Viewport(new LatLon(39.7, 46.5), 9, 800, 600);
        Viewport east = v.panned(256, 0);
        assertEquals(46.5 + 360.0 / 512, east.center().lon(), 1e-9);
        assertEquals(39.7, east.center().lat(), 1e-9);
    }

    @Test
    void latitudes_beyond_the_projection_clamp_to_it() {
        assertEquals(WebMercator.MAX_LAT, WebMercator.clampLat(90), 0);
        assertEquals(-WebMercator.MAX_LAT, WebMercator.clampLat(-90), 0);
        assertEquals(39.7, WebMercator.clampLat(39.7), 0);
        assertEquals(0, WebMercator.worldY(90), 1e-12);
        assertEquals(1, WebMercator.worldY(-90), 1e-12);
    }

    @Test
    void a_view_asked_for_at_the_pole_shows_the_top_of_the_world_not_a_blank() {
        // when: the centre 90,0 at zoom 9 in a 1600 x 1000 view (--snapshot --center 90,0)
        Viewport v = new Viewport(new LatLon(90, 0), 9, 1600, 1000);
        // then: the top edge of the view is the top edge of the world, and the scale bar has a length
        assertEquals(0, WebMercator.toPixel(v.toLatLon(800, 0), 9).y(), 1e-6);
        assertTrue(v.center().lat() < WebMercator.MAX_LAT && v.center().lat() > 84);
        assertTrue(v.metresPerPixel() > 1, "metres per pixel at the centre: " + v.metresPerPixel());
        assertEquals(-v.center().lat(), new Viewport(new LatLon(-90, 0), 9, 1600, 1000).center().lat(), 1e-9);
    }

    @Test
    void a_view_taller_than_the_world_is_centred_on_the_equator() {
        assertEquals(0, new Viewport(new LatLon(60, 10), 1, 800, 900).center().lat(), 0);
    }

    @Test
    void views_inside_the_world_keep_their_centre() {
        assertEquals(new LatLon(39.7, 46.5), new Viewport(new LatLon(39.7, 46.5), 9, 1600, 1000).center());
        assertEquals(new LatLon(39.7, 46.5), new Viewport(new LatLon(39.7, 46.5), 9, 0, 0).center());
    }

    @Test
    void screen_coordinates_of_world_coordinates_agree_with_to_screen() {
        Viewport v = new Viewport(new LatLon(39.7, 46.5), 10.5, 800, 600);
        LatLon p = new LatLon(39.81528, 46.75194);
        PixelXY s = v.toScreen(p);
        assertEquals(s.x(), v.screenX(WebMercator.worldX(p.lon())), 1e-6);
        assertEquals(s.y(), v.screenY(WebMercator.worldY(p.lat())), 1e-6);
    }
}
