package atlas.geo;

import atlas.model.LatLon;

/** Projects positions to screen pixels and back, for one view of the map. Implementations are immutable. */
public interface Projector {
    /** Computes the screen position of a point (x right, y down, origin at the view's top-left). */
    PixelXY toScreen(LatLon p);

    /** Computes the position under a screen pixel. */
    LatLon toLatLon(double x, double y);
}
