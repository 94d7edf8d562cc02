package atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.LatLon;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

class CorridorsTest {
    private static final double TOLERANCE = 0.05;
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void band_boundary_is_half_the_width_from_the_route_everywhere() throws Exception {
        // given: Goris - Tegh - Kornidzor - Hin Shen, a route with bends (lon lat)
        Geometry route = new WKTReader().read(
                "LINESTRING (46.33861 39.50778, 46.47583 39.55472, 46.53111 39.54806, 46.545 39.555, 46.60278 39.63722)");
        // when
        Geometry band = Corridors.around(route, 5);
        // then
        BandMeasure.checkBoundary(route, band, 2.5, TOLERANCE);
    }

    @Test
    void band_is_five_km_wide_across_a_long_straight_segment() throws Exception {
        // given: Goris - Tegh (about 13 km)
        Geometry route = new WKTReader().read("LINESTRING (46.33861 39.50778, 46.47583 39.55472)");
        // when
        Geometry band = Corridors.around(route, 5);
        // then: across the segment at a quarter, half and three quarters of its length
        for (double f : new double[] {0.25, 0.5, 0.75}) {
            double width = BandMeasure.widthAcross(route, band, 0, f);
            assertEquals(5.0, width, 5.0 * TOLERANCE, "width at " + f);
        }
    }

    @Test
    void band_in_degrees_is_wider_in_longitude_than_in_latitude() throws Exception {
        // given: a point at 39.7 N, where a degree of longitude is about 0.77 of a degree of latitude
        Geometry p = GF.createPoint(new Coordinate(46.6, 39.7));
        // when
        Geometry band = Corridors.around(p, 5);
        // then
        double dLon = band.getEnvelopeInternal().getWidth(), dLat = band.getEnvelopeInternal().getHeight();
        assertEquals(1 / Math.cos(Math.toRadians(39.7)), dLon / dLat, 0.01);
        assertEquals(5.0, Distances.haversineKm(LatLon.of(39.7 - dLat / 2, 46.6), LatLon.of(39.7 + dLat / 2, 46.6)), 0.02);
    }

    @Test
    void empty_route_gives_empty_band_and_bad_width_is_refused() {
        assertTrue(Corridors.around(GF.createLineString(), 5).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Corridors.around(GF.createPoint(new Coordinate(46, 39)), 0));
        assertFalse(Corridors.around(GF.createPoint(new Coordinate(46, 39)), 1).isEmpty());
    }

    @Test
    void projection_round_trips_and_keeps_distances() {
        LocalProjection p = new LocalProjection(LatLon.of(39.65, 46.55));
        Coordinate m = p.forward(39.81528, 46.75194);
        LatLon back = p.inverse(m.x, m.y);
        assertEquals(39.81528, back.lat(), 1e-9);
        assertEquals(46.75194, back.lon(), 1e-9);
        assertEquals(Distances.haversineKm(LatLon.of(39.65, 46.55), LatLon.of(39.81528, 46.75194)),
                Math.hypot(m.x, m.y) / 1000, 1e-6);
    }
}
