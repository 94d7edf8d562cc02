package atlas.map;

import atlas.geo.PixelXY;
import atlas.geo.Viewport;
import atlas.model.TimedEvent;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Marks the events a story stop highlights: a ring around each event's point, on one canvas (their titles are
 * placed by the {@link EventLabelLayer}, clear of the town names). Data comes in through {@link #setEvents}; events
 * outside the view or without a point are skipped.
 */
public final class HighlightLayer extends CanvasLayer {
    private static final Color RING = Color.web("#b3261e");
    private static final Color HALO = Color.web("#ffffff", 0.85);
    private static final double RADIUS_PX = 14;
    private List<TimedEvent> events = List.of();

    public HighlightLayer() {
        getStyleClass().add("highlight-layer");
    }

    /** Sets the highlighted events (empty for none). FX thread. */
    public void setEvents(List<TimedEvent> highlighted) {
        Fx.requireFxThread();
        events = List.copyOf(highlighted);
        markDirty();
    }

    /** Gets the highlighted events. */
    public List<TimedEvent> events() { return events; }

    @Override protected void draw(GraphicsContext g, Viewport view) {
        for (TimedEvent e : events) {
            if (e.point() == null) continue;
            PixelXY p = view.toScreen(e.point());
            if (p.x() < -50 || p.y() < -50 || p.x() > view.widthPx() + 50 || p.y() > view.heightPx() + 50) continue;
            g.setStroke(HALO);
            g.setLineWidth(6);
            g.strokeOval(p.x() - RADIUS_PX, p.y() - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
            g.setStroke(RING);
            g.setLineWidth(3);
            g.strokeOval(p.x() - RADIUS_PX, p.y() - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
        }
    }
}
