package atlas.story;

import atlas.geo.WebMercator;
import atlas.model.LatLon;
import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.util.Duration;

/**
 * Animates a {@link MapCamera} to a target view: the centre moves in Web Mercator space with ease-in-out, and
 * for long moves the zoom dips out and back in (a "fly to"). Starting a new flight stops the running one and
 * starts from wherever the camera is now, so the camera never jumps back. FX thread only.
 */
public final class CameraFlight {
    private final MapCamera camera;
    private Transition running;
    private LatLon targetCenter;
    private double targetZoom;

    public CameraFlight(MapCamera camera) { this.camera = camera; }

    /** Flies to the view over {@code duration}; a zero duration shows the view at once. */
    public void flyTo(LatLon center, double zoom, Duration duration) {
        stop();
        targetCenter = center;
        targetZoom = zoom;
        if (duration.lessThanOrEqualTo(Duration.ZERO)) {
            camera.show(center, zoom);
            return;
        }
        LatLon from = camera.center();
        double z0 = camera.zoom();
        double[] p0 = mercator(from), p1 = mercator(center);
        double dz = dip(p0, p1, Math.min(z0, zoom));
        Transition t = new Transition() {
            {
                setCycleDuration(duration);
                setInterpolator(Interpolator.LINEAR);
            }

            @Override protected void interpolate(double frac) {
                double e = Interpolator.EASE_BOTH.interpolate(0.0, 1.0, frac);
                double x = p0[0] + (p1[0] - p0[0]) * e, y = p0[1] + (p1[1] - p0[1]) * e;
                double z = z0 + (zoom - z0) * e - dz * Math.sin(Math.PI * frac);
                camera.show(frac >= 1 ? center : latLon(x, y), frac >= 1 ? zoom : z);
            }
        };
        t.setOnFinished(ev -> { if (running == t) running = null; });
        running = t;
        t.play();
    }

    /** Tests whether a flight is under way. */
    public boolean isFlying() { return running != null; }

    /** Stops the running flight where it is (the camera stays at its current view). */
    public void stop() {
        if (running != null) {
            Transition t = running;
            running = null;
            t.stop();
        }
    }

    /** Ends the running flight at its target at once. */
    public void finish() {
        if (running != null) {
            stop();
            camera.show(targetCenter, targetZoom);
        }
    }

    /** Computes how many zoom levels to zoom out mid-flight: none for short moves, up to 3 for long ones. */
    static double dip(double[] p0, double[] p1, double zoom) {
        double px = Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) * WebMercator.worldSizePx(zoom);
        return px <= 800 ? 0 : Math.min(3, Math.log(px / 800) / Math.log(2));
    }

    /** Gets normalised Web Mercator (x, y) in [0, 1] of a position. */
    static double[] mercator(LatLon p) { return new double[] {WebMercator.worldX(p.lon()), WebMercator.worldY(p.lat())}; }

    static LatLon latLon(double x, double y) {
        double lat = WebMercator.lat(Math.max(0, Math.min(1, y)));
        return LatLon.of(lat, Math.max(-180, Math.min(180, WebMercator.lon(x))));
    }
}
