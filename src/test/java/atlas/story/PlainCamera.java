package atlas.story;

import atlas.model.LatLon;
import java.util.ArrayList;
import java.util.List;

/** A map camera that only keeps its view (no map drawn), recording each view it was shown. */
final class PlainCamera implements MapCamera {
    private LatLon center;
    private double zoom;
    final List<double[]> shown = new ArrayList<>();

    PlainCamera(LatLon center, double zoom) {
        this.center = center;
        this.zoom = zoom;
    }

    @Override public LatLon center() { return center; }
    @Override public double zoom() { return zoom; }

    @Override public void show(LatLon c, double z) {
        center = c;
        zoom = z;
        shown.add(new double[] {c.lat(), c.lon(), z});
    }
}
