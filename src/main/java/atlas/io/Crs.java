package atlas.io;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The coordinate reference systems of imported files (JSON-FG {@code coordRefSys}): CRS84 and EPSG:4326 are read as
 * they are (EPSG:4326 with its latitude-first axis order swapped), any other EPSG code known to proj4j is
 * reprojected to WGS84 degrees; an unknown one is refused naming it. Package-private.
 */
final class Crs {
    private Crs() {}

    /** The positions' CRS could not be used; the message names it. */
    static final class Unsupported extends Exception {
        Unsupported(String message) { super(message); }
    }

    /**
     * Gets the transform of a {@code coordRefSys} value (a URI such as {@code http://www.opengis.net/def/crs/EPSG/0/3857},
     * a CURIE {@code [EPSG:3857]} or {@code EPSG:3857}) to (lon, lat) degrees, or null when none is needed.
     */
    static UnaryOperator<Coordinate> transform(String crs) throws Unsupported {
        String c = crs.strip();
        String u = c.toUpperCase(Locale.ROOT).replace("[", "").replace("]", "");
        if (u.endsWith("/OGC/1.3/CRS84") || u.equals("OGC:CRS84") || u.endsWith("CRS84")) return null;
        String code = null;
        int i = u.indexOf("/EPSG/");
        if (i >= 0) {
            String rest = u.substring(i + 6);
            int slash = rest.indexOf('/');
            code = slash >= 0 ? rest.substring(slash + 1) : rest;
        } else if (u.startsWith("EPSG:")) {
            code = u.substring(5);
        } else if (u.startsWith("URN:OGC:DEF:CRS:EPSG:")) {
            code = u.substring(u.lastIndexOf(':') + 1);
        }
        if (code == null || !code.chars().allMatch(Character::isDigit) || code.isEmpty())
            throw new Unsupported("unsupported coordinate reference system '" + crs + "' (expected CRS84, EPSG:4326 or another EPSG code)");
        if (code.equals("4326")) return p -> new Coordinate(p.y, p.x);
        CoordinateReferenceSystem from;
        try {
            from = new CRSFactory().createFromName("EPSG:" + code);
        } catch (RuntimeException e) {
            throw new Unsupported("unknown coordinate reference system EPSG:" + code + " ('" + crs + "'): cannot reproject it to WGS84");
        }
        CoordinateReferenceSystem to = new CRSFactory().createFromName("EPSG:4326");
        CoordinateTransform t = new CoordinateTransformFactory().createTransform(from, to);
        return p -> {
            ProjCoordinate out = new ProjCoordinate();
            t.transform(new ProjCoordinate(p.x, p.y), out);
            return new Coordinate(out.x, out.y);
        };
    }
}
