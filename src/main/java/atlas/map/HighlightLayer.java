package atlas.map;

import atlas.geo.PixelXY;
import atlas.geo.Viewport;
import atlas.model.TimedEvent;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Marks the events a story stop highlights: a ring around each event's point and its title beside it, on one
 * canvas. Data comes in through {@link #setEvents}; events outside the view or without a point are skipped.
 */
public final class HighlightLayer extends CanvasLayer {
    private static final Color RING = Color.web("#b3261e");
    private static final Color HALO = Color.web("#ffffff", 0.85);
    private static final Color LABEL_BG = Color.web("#ffffff", 0.88);
    private static final Color LABEL_FG = Color.web("#1d1d1f");
    private static final double RADIUS_PX = 14;
    private List<TimedEvent> events = List.of();
    private String unlabelled;

    public HighlightLayer() {
        getStyleClass().add("highlight-layer");
    }

    /**
     * Sets the highlighted events (empty for none); {@code unlabelledId} names one that gets a ring but no label
     * (the selected event, which the event layer labels already), or null. FX thread.
     */
    public void setEvents(List<TimedEvent> highlighted, String unlabelledId) {
        Fx.requireFxThread();
        events = List.copyOf(highlighted);
        unlabelled = unlabelledId;
        markDirty();
    }

    /** Gets the highlighted events. */
    public List<TimedEvent> events() { return events; }

    @Override protected void draw(GraphicsContext g, Viewport view) {
        if (events.isEmpty()) return;
        Font font = AtlasFonts.font(true, 13);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double labelY = Double.NaN;
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
            if (e.id().equals(unlabelled)) continue;
            // events often share a point: stack their labels instead of drawing them over each other
            double y = Double.isNaN(labelY) || Math.abs(labelY - p.y()) > 20 ? p.y() : labelY + 20;
            labelY = y;
            String t = e.title();
            Text probe = new Text(t);
            probe.setFont(font);
            double w = probe.getLayoutBounds().getWidth() + 10;
            double x = p.x() + RADIUS_PX + 6;
            g.setFill(LABEL_BG);
            g.fillRoundRect(x, y - 10, w, 20, 6, 6);
            g.setFill(LABEL_FG);
            g.fillText(t, x + 5, y);
        }
    }
}
