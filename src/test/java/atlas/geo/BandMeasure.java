package atlas.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.LatLon;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Measures a band on the ground with haversine distances, independently of the projection that built it. */
public final class BandMeasure {
    private static final GeometryFactory GF = new GeometryFactory();

    private BandMeasure() {}

    /** Computes the great-circle distance in km from a point to a route densified every ~20 m. */
    public static double distanceToRouteKm(LatLon p, Geometry route) {
        double best = Double.MAX_VALUE;
        Coordinate[] cs = route.getCoordinates();
        if (cs.length == 1) return Distances.haversineKm(p, LatLon.of(cs[0]));
        for (int i = 0; i + 1 < cs.length; i++) {
            LatLon a = LatLon.of(cs[i]), b = LatLon.of(cs[i + 1]);
            int n = Math.max(1, (int) Math.ceil(Distances.haversineKm(a, b) / 0.02));
            for (int k = 0; k <= n; k++) {
                double t = (double) k / n;
                LatLon q = LatLon.of(a.lat() + t * (b.lat() - a.lat()), a.lon() + t * (b.lon() - a.lon()));
                best = Math.min(best, Distances.haversineKm(p, q));
            }
        }
        return best;
    }

    /** Checks that every vertex of the band's outer boundary is {@code halfKm} from the route within a relative tolerance. */
    public static void checkBoundary(Geometry route, Geometry band, double halfKm, double tolerance) {
        Coordinate[] ring = band.getCoordinates();
        int step = Math.max(1, ring.length / 60);
        for (int i = 0; i < ring.length; i += step) {
            double d = distanceToRouteKm(LatLon.of(ring[i]), route);
            assertTrue(Math.abs(d - halfKm) <= halfKm * tolerance,
                    "boundary point " + LatLon.of(ring[i]) + " is " + d + " km from the route, expected " + halfKm);
        }
    }

    /**
     * Computes the band's width in km across segment {@code seg} of the route at fraction {@code f} of its length:
     * walks out both ways perpendicular to the segment (bisection on the inside test) and adds the two
     * haversine distances to the boundary.
     */
    public static double widthAcross(Geometry route, Geometry band, int seg, double f) {
        Coordinate[] cs = route.getCoordinates();
        LatLon a = LatLon.of(cs[seg]), b = LatLon.of(cs[seg + 1]);
        LatLon mid = LatLon.of(a.lat() + f * (b.lat() - a.lat()), a.lon() + f * (b.lon() - a.lon()));
        double bearing = Distances.bearingDeg(a, b);
        return reach(band, mid, bearing + 90) + reach(band, mid, bearing - 90);
    }

    private static double reach(Geometry band, LatLon from, double bearing) {
        double in = 0, out = 20;
        for (int i = 0; i < 40; i++) {
            double m = (in + out) / 2;
            LatLon q = Distances.destination(from, bearing, m);
            if (band.contains(GF.createPoint(q.toCoordinate()))) in = m; else out = m;
        }
        return Distances.haversineKm(from, Distances.destination(from, bearing, in));
    }
}
