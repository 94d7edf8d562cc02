package atlas.geo;

import atlas.model.LatLon;

/** Great-circle distances and positions on the sphere of radius {@link LocalProjection#EARTH_RADIUS_M}. */
public final class Distances {
    private Distances() {}

    /** Computes the haversine great-circle distance between two points, in kilometres. */
    public static double haversineKm(LatLon a, LatLon b) {
        double p1 = Math.toRadians(a.lat()), p2 = Math.toRadians(b.lat());
        double dp = p2 - p1, dl = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * LocalProjection.EARTH_RADIUS_M / 1000 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Computes the point reached from {@code start} after {@code km} along the initial bearing (degrees from north, clockwise). */
    public static LatLon destination(LatLon start, double bearingDeg, double km) {
        double d = km * 1000 / LocalProjection.EARTH_RADIUS_M;
        double t = Math.toRadians(bearingDeg);
        double p1 = Math.toRadians(start.lat()), l1 = Math.toRadians(start.lon());
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(t));
        double l2 = l1 + Math.atan2(Math.sin(t) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        return LatLon.of(Math.toDegrees(p2), Math.toDegrees(l2));
    }

    /** Computes the initial bearing from {@code a} to {@code b}, degrees clockwise from north in [0, 360). */
    public static double bearingDeg(LatLon a, LatLon b) {
        double p1 = Math.toRadians(a.lat()), p2 = Math.toRadians(b.lat());
        double dl = Math.toRadians(b.lon() - a.lon());
        double y = Math.sin(dl) * Math.cos(p2);
        double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }
}
