package atlas.map;

import atlas.geo.Viewport;
import atlas.geo.WorldShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The untimed features of the workspace's visible layers (placemarks and GeoJSON features without a time: a border,
 * a road, a town): a reference layer shown at every date, under the events, thin and dashed in its layer's colour,
 * points as small squares, with their names where they do not overlap. Data comes in through
 * {@link #setReferences}; drawing happens in {@link #draw}. FX thread.
 */
public final class ReferenceLayer extends CanvasLayer {
    /** One reference feature to draw: its shape, its name (may be empty) and its layer's colour. */
    public record Reference(WorldShape shape, String name, Color colour) {
        public Reference {
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(colour, "colour");
            name = name == null ? "" : name;
        }
    }

    /** Names are drawn from this zoom on (below it they would cover the map). */
    private static final double LABEL_MIN_ZOOM = 8;
    private final Font labelFont = AtlasFonts.font(false, 11);
    private static final Color LABEL_HALO = Color.web("#ffffff", 0.85);
    private List<Reference> references = List.of();
    private List<double[]> labelled = List.of();

    public ReferenceLayer() {
        getStyleClass().add("reference-layer");
        setId("reference-layer");
    }

    /** Replaces the features drawn (empty for none). FX thread. */
    public void setReferences(List<Reference> refs) {
        Fx.requireFxThread();
        references = List.copyOf(refs);
        markDirty();
    }

    /** Gets the features drawn. */
    public List<Reference> references() { return references; }

    /** Gets the screen boxes {x, y, w, h} of the names drawn in the last frame (for tests). */
    public List<double[]> labelBoxes() { return labelled; }

    @Override protected void draw(GraphicsContext g, Viewport v) {
        List<double[]> boxes = new ArrayList<>();
        for (Reference r : references) EventShapes.drawReference(g, r.shape(), v, r.colour());
        if (v.zoom() >= LABEL_MIN_ZOOM) {
            g.setFont(labelFont);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            for (Reference r : references) {
                if (r.name().isBlank()) continue;
                double[] at = anchor(r.shape(), v);
                if (at == null) continue;
                double w = r.name().length() * 6.2 + 6, h = 15;
                double[] box = {at[0] + 7, at[1] - h / 2, w, h};
                if (box[0] > v.widthPx() || box[1] > v.heightPx() || box[0] + w < 0 || box[1] + h < 0) continue;
                if (boxes.stream().anyMatch(b -> overlap(b, box))) continue;
                boxes.add(box);
                g.setFill(LABEL_HALO);
                g.fillRoundRect(box[0], box[1], w, h, 4, 4);
                g.setFill(r.colour().darker());
                g.fillText(r.name(), box[0] + 3, at[1]);
            }
        }
        labelled = List.copyOf(boxes);
    }

    /** Gets where a feature's name goes: its first point, or the middle vertex of its first part; null for none. */
    private static double[] anchor(WorldShape s, Viewport v) {
        if (s.points().length >= 2) return new double[] {v.screenX(s.points()[0]), v.screenY(s.points()[1])};
        if (s.parts().isEmpty()) return null;
        double[] xy = s.parts().get(0);
        int mid = (xy.length / 2 / 2) * 2;
        return new double[] {v.screenX(xy[mid]), v.screenY(xy[mid + 1])};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }
}
