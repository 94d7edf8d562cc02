package atlas.geo;

import atlas.model.LatLon;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A spherical azimuthal equidistant projection centred on one point: metres east ({@code x}) and north
 * ({@code y}) of the centre. Distances from the centre are exact on the sphere; within 100 km of the centre
 * other distances are off by less than 0.01 %, so buffers computed here are buffers on the ground.
 * Immutable and thread-safe.
 */
public record LocalProjection(LatLon centre) {
    /** Mean Earth radius in metres (IUGG), shared with {@link Distances}. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    /** Gets a projection centred on the middle of a geometry's envelope (degrees, x = lon, y = lat). */
    public static LocalProjection centredOn(Geometry degrees) {
        Coordinate c = degrees.getEnvelopeInternal().centre();
        return new LocalProjection(LatLon.of(c));
    }

    /** Computes the metric position (x east, y north, metres) of a (lat, lon) in degrees. */
    public Coordinate forward(double lat, double lon) {
        double phi0 = Math.toRadians(centre.lat());
        double phi = Math.toRadians(lat);
        double dLambda = Math.toRadians(lon - centre.lon());
        double cosC = Math.sin(phi0) * Math.sin(phi) + Math.cos(phi0) * Math.cos(phi) * Math.cos(dLambda);
        double c = Math.acos(Math.max(-1, Math.min(1, cosC)));
        // k -> 1 as c -> 0: avoid 0/0 at the centre itself.
        double k = c < 1e-12 ? 1 : c / Math.sin(c);
        double x = EARTH_RADIUS_M * k * Math.cos(phi) * Math.sin(dLambda);
        double y = EARTH_RADIUS_M * k * (Math.cos(phi0) * Math.sin(phi) - Math.sin(phi0) * Math.cos(phi) * Math.cos(dLambda));
        return new Coordinate(x, y);
    }

    /** Computes the (lat, lon) in degrees of a metric position (x east, y north, metres). */
    public LatLon inverse(double x, double y) {
        double phi0 = Math.toRadians(centre.lat());
        double rho = Math.hypot(x, y);
        if (rho < 1e-9) return centre;
        double c = rho / EARTH_RADIUS_M;
        double sinC = Math.sin(c), cosC = Math.cos(c);
        double phi = Math.asin(cosC * Math.sin(phi0) + y * sinC * Math.cos(phi0) / rho);
        double lambda = Math.toRadians(centre.lon())
                + Math.atan2(x * sinC, rho * Math.cos(phi0) * cosC - y * Math.sin(phi0) * sinC);
        double lon = Math.toDegrees(lambda);
        if (lon > 180) lon -= 360;
        if (lon < -180) lon += 360;
        return LatLon.of(Math.toDegrees(phi), lon);
    }

    /** Computes a copy of a geometry in degrees (x = lon, y = lat) projected to metres. The input is not changed. */
    public Geometry toMetres(Geometry degrees) {
        Geometry g = degrees.copy();
        g.apply(new Filter(true));
        g.geometryChanged();
        return g;
    }

    /** Computes a copy of a geometry in metres turned back into degrees (x = lon, y = lat). The input is not changed. */
    public Geometry toDegrees(Geometry metres) {
        Geometry g = metres.copy();
        g.apply(new Filter(false));
        g.geometryChanged();
        return g;
    }

    private final class Filter implements CoordinateSequenceFilter {
        private final boolean forward;

        Filter(boolean forward) { this.forward = forward; }

        @Override public void filter(CoordinateSequence seq, int i) {
            double a = seq.getX(i), b = seq.getY(i);
            if (forward) {
                Coordinate m = forward(b, a);
                seq.setOrdinate(i, 0, m.x);
                seq.setOrdinate(i, 1, m.y);
            } else {
                LatLon p = inverse(a, b);
                seq.setOrdinate(i, 0, p.lon());
                seq.setOrdinate(i, 1, p.lat());
            }
        }

        @Override public boolean isDone() { return false; }
        @Override public boolean isGeometryChanged() { return true; }
    }
}
