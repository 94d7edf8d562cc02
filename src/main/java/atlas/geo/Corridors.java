package atlas.geo;

import atlas.model.FeatureKind;
import atlas.model.FeatureStatus;
import atlas.model.PlaceNames;
import atlas.model.TimedFeature;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Computes the corridor band: the strip of a given width on the ground centred on a route. The 2020 statement
 * gives the corridor a width (5 km) but no centreline, so a band drawn along the road in use is an
 * interpretation; {@link #bandOf} says so in the feature it returns.
 */
public final class Corridors {
    /** Width of the Lachin corridor in the 9/10 Nov 2020 statement, kilometres. */
    public static final double BAND_WIDTH_KM = 5.0;

    /** Longest edge of a band's boundary before it is turned back into degrees, metres. */
    private static final double DENSIFY_M = 250;

    private Corridors() {}

    /**
     * Computes the band of total width {@code widthKm} (half of it either side) around a route given in degrees
     * (x = lon, y = lat). The buffer is computed in metres, in an azimuthal equidistant projection centred on the
     * route, with round joins and ends, then returned in degrees. An empty route gives an empty polygon.
     */
    public static Geometry around(Geometry routeDegrees, double widthKm) {
        if (!(widthKm > 0)) throw new IllegalArgumentException("band width must be positive: " + widthKm);
        if (routeDegrees.isEmpty()) return routeDegrees.getFactory().createPolygon();
        LocalProjection p = LocalProjection.centredOn(routeDegrees);
        Geometry metres = p.toMetres(routeDegrees);
        BufferParameters bp = new BufferParameters(16, BufferParameters.CAP_ROUND, BufferParameters.JOIN_ROUND, 5);
        Geometry band = org.locationtech.jts.operation.buffer.BufferOp.bufferOp(metres, widthKm * 1000 / 2, bp);
        return p.toDegrees(Densifier.densify(band, DENSIFY_M));
    }

    /** Tests whether a feature is a route in use that the corridor band follows (routes not closed, the exodus route). */
    public static boolean hasBand(TimedFeature f) {
        return (f.kind() == FeatureKind.CORRIDOR_ROUTE && f.status() != FeatureStatus.CLOSED)
                || f.kind() == FeatureKind.EXODUS_ROUTE;
    }

    /**
     * Computes the {@link #BAND_WIDTH_KM} band of a route as a {@link FeatureKind#CORRIDOR_BAND} feature with the
     * route's validity, status and sources; its id is the route's id followed by {@code "-band"}.
     */
    public static TimedFeature bandOf(TimedFeature route) {
        PlaceNames n = route.names();
        PlaceNames names = new PlaceNames("5 km band: " + n.armenian(), "5 km band: " + n.azerbaijani(),
                "5 km band: " + n.international(), null, null, null);
        String description = "A band 2.5 km either side of the route in use. The 9/10 Nov 2020 statement gives the"
                + " corridor a width of five kilometres but no centreline or boundary, so this band is the atlas's"
                + " interpretation, not a surveyed limit; it inherits the route's approximations.";
        return new TimedFeature(route.id() + "-band", FeatureKind.CORRIDOR_BAND, names,
                around(route.geometry(), BAND_WIDTH_KM), route.validity(), route.status(), true,
                route.errorKm(), true, description, route.sources());
    }

    /**
     * Computes the features followed by the bands of those that {@link #hasBand have one}, in input order.
     * Costs one buffer per route: callers compute it once per dataset, not per frame.
     */
    public static List<TimedFeature> withBands(List<TimedFeature> features) {
        List<TimedFeature> out = new ArrayList<>(features);
        for (TimedFeature f : features) if (hasBand(f)) out.add(bandOf(f));
        return List.copyOf(out);
    }
}
