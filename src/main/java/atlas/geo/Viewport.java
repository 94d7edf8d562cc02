package atlas.geo;

import atlas.model.LatLon;
import java.util.Objects;

/**
 * One view of the map: its centre, (fractional) Web Mercator zoom and size in pixels. Immutable, so it can be
 * handed to any thread; the screen origin is the view's top-left corner. The centre's latitude is kept where the
 * view shows no area beyond the world's top or bottom edge ({@link WebMercator#clampCenterLat}): a view asked for
 * at latitude 90 shows the northernmost part of the map, never a blank screen.
 */
public record Viewport(LatLon center, double zoom, double widthPx, double heightPx) implements Projector {
    /** Gets the smallest zoom level a view may have. */
    public static final double MIN_ZOOM = 1;
    /** Gets the largest zoom level a view may have. */
    public static final double MAX_ZOOM = 18;

    public Viewport {
        Objects.requireNonNull(center, "center");
        if (!(zoom >= 0 && zoom <= 24)) throw new IllegalArgumentException("zoom out of range: " + zoom);
        if (!(widthPx >= 0) || !(heightPx >= 0)) throw new IllegalArgumentException("negative size");
        double lat = WebMercator.clampCenterLat(center.lat(), zoom, heightPx);
        if (lat != center.lat()) center = new LatLon(lat, center.lon());
    }

    /** Gets a copy with another centre and zoom (clamped to [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}]). */
    public Viewport withView(LatLon newCenter, double newZoom) {
        return new Viewport(newCenter, clampZoom(newZoom), widthPx, heightPx);
    }

    /** Gets a copy with another size in pixels. */
    public Viewport withSize(double w, double h) { return new Viewport(center, zoom, w, h); }

    /** Gets a zoom level clamped to [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}]. */
    public static double clampZoom(double z) { return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)); }

    @Override public PixelXY toScreen(LatLon p) {
        PixelXY c = WebMercator.toPixel(center, zoom);
        PixelXY q = WebMercator.toPixel(p, zoom);
        return new PixelXY(q.x() - c.x() + widthPx / 2, q.y() - c.y() + heightPx / 2);
    }

    @Override public LatLon toLatLon(double x, double y) {
        PixelXY c = WebMercator.toPixel(center, zoom);
        return WebMercator.toLatLon(c.x() + x - widthPx / 2, c.y() + y - heightPx / 2, zoom);
    }

    /** Gets the view panned by a number of screen pixels (positive dx moves the view east, dy south). */
    public Viewport panned(double dx, double dy) {
        PixelXY c = WebMercator.toPixel(center, zoom);
        return withView(WebMercator.toLatLon(c.x() + dx, c.y() + dy, zoom), zoom);
    }

    /** Gets the size of the whole world in pixels at this view's zoom. */
    public double worldSizePx() { return WebMercator.worldSizePx(zoom); }

    /** Computes the screen x of a normalised Web Mercator world x (see {@link WebMercator#worldX}). */
    public double screenX(double worldX) {
        return (worldX - WebMercator.worldX(center.lon())) * worldSizePx() + widthPx / 2;
    }

    /** Computes the screen y of a normalised Web Mercator world y (see {@link WebMercator#worldY}). */
    public double screenY(double worldY) {
        return (worldY - WebMercator.worldY(center.lat())) * worldSizePx() + heightPx / 2;
    }

    /** Computes the ground resolution at the view's centre, in metres per pixel. */
    public double metresPerPixel() { return WebMercator.metresPerPixel(center.lat(), zoom); }
}
