package atlas.model;

import atlas.i18n.Texts;
import org.locationtech.jts.geom.Coordinate;

/** A WGS84 position in degrees, (lat, lon) order. The only place that converts to and from JTS (x = lon, y = lat). */
public record LatLon(double lat, double lon) {
    public LatLon {
        if (!(lat >= -90 && lat <= 90)) throw new IllegalArgumentException(Texts.format("latlon.latitude-range", lat));
        if (!(lon >= -180 && lon <= 180)) throw new IllegalArgumentException(Texts.format("latlon.longitude-range", lon));
    }

    public static LatLon of(double lat, double lon) { return new LatLon(lat, lon); }

    /** Gets this position as a JTS coordinate (x = lon, y = lat). */
    public Coordinate toCoordinate() { return new Coordinate(lon, lat); }

    /** Gets the position of a JTS coordinate (x = lon, y = lat). */
    public static LatLon of(Coordinate c) { return new LatLon(c.y, c.x); }

    @Override public String toString() { return String.format(java.util.Locale.ROOT, "%.5f, %.5f", lat, lon); }
}
