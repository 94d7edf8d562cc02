package atlas.story;

import atlas.model.LatLon;

/**
 * The map's view as the presentation sees it: where the map is centred and at which zoom, and a way to set
 * both at once. The window's map pane implements it; calls happen on the FX thread.
 */
public interface MapCamera {
    /** Gets the current centre. */
    LatLon center();

    /** Gets the current zoom level (Web Mercator, fractional). */
    double zoom();

    /** Shows {@code center} at {@code zoom} immediately. */
    void show(LatLon center, double zoom);
}
