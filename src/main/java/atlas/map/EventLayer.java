package atlas.map;

import atlas.geo.PixelXY;
import atlas.geo.ProjectedTimeline;
import atlas.geo.Viewport;
import atlas.model.Category;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.TimeWindow;
import atlas.model.TimedEvent;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The events on the map for the current date and time window, drawn on ONE canvas (no node per event): a symbol
 * per category, fading with age inside the window, grid clustering with counts where markers overlap, and the
 * selected event highlighted with its label. A click on a marker selects its event (for a cluster, its latest).
 * Events without a point are counted as shown but never drawn.
 *
 * <p>Data comes in through setters of immutable values, each of which marks the layer dirty; drawing happens only
 * in {@link #layoutLayer()}. The events are the application's one timeline ({@link ProjectedTimeline}, its index
 * and the map positions of its events): this layer keeps no copy of them. FX thread only.
 */
public final class EventLayer extends AtlasLayer {
    private static final double RADIUS = 6;
    private static final double CLUSTER_RADIUS = 11;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<TimedEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private ProjectedTimeline timeline = ProjectedTimeline.EMPTY;
    private LocalDate date = EventDate.DEFAULT_DAY;
    private TimeWindow window = TimeWindow.active();
    private Set<Category> categories = EnumSet.allOf(Category.class);
    private EventFrame frame = EventFrame.EMPTY;
    private AtlasMap host;
    private final EventHandler<MouseEvent> clickHandler = this::onHostClicked;

    public EventLayer() {
        getStyleClass().add("event-layer");
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        selectedEvent.addListener(o -> markDirty());
    }

    /** Replaces the events drawn (the application's timeline); keeps the selection only if it is still in it. */
    public void setTimeline(ProjectedTimeline t) {
        Fx.requireFxThread();
        timeline = Objects.requireNonNull(t, "timeline");
        if (timeline.index().indexOf(selectedEvent.get()) < 0) selectedEvent.set(null);
        markDirty();
    }

    /** Gets the events drawn. */
    public ProjectedTimeline getTimeline() { return timeline; }

    /** Sets the date whose events are shown. */
    public void setDate(LocalDate d) {
        Fx.requireFxThread();
        if (d.equals(date)) return;
        date = d;
        markDirty();
    }

    public LocalDate getDate() { return date; }

    /** Sets which events around the date are shown (active, last N days/months, cumulative). */
    public void setWindow(TimeWindow w) {
        Fx.requireFxThread();
        window = Objects.requireNonNull(w, "window");
        markDirty();
    }

    public TimeWindow getWindow() { return window; }

    /** Sets the categories drawn; an empty set draws none. */
    public void setCategories(Set<Category> categories) {
        Fx.requireFxThread();
        this.categories = categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
        markDirty();
    }

    /** The selected event: highlighted and labelled on the map; set by a click on a marker. */
    public ObjectProperty<TimedEvent> selectedEventProperty() { return selectedEvent; }
    public TimedEvent getSelectedEvent() { return selectedEvent.get(); }
    public void setSelectedEvent(TimedEvent e) { selectedEvent.set(e); }

    /** Gets the markers drawn in the last frame, in layer pixels, without the selected event's (see {@link #selectedMarker()}). */
    public List<EventMarker> markers() { return frame.markers; }

    /** Gets the selected event's marker as last drawn, or null. */
    public EventMarker selectedMarker() { return frame.selected; }

    /** Gets the events the last frame showed (date, window and categories applied, on screen or not), in timeline order. */
    public List<TimedEvent> shownEvents() { return List.copyOf(frame.shownEvents()); }

    /** Tests whether an event's position lies inside the visible map (with a small inset); false off a map or without a point. */
    public boolean isOnScreen(TimedEvent e) {
        if (map() == null || e.point() == null) return false;
        Viewport v = viewport();
        PixelXY p = v.toScreen(e.point());
        double inset = 24;
        return p.x() >= inset && p.y() >= inset && p.x() <= v.widthPx() - inset && p.y() <= v.heightPx() - inset;
    }

    /** Moves the map to an event (keeping the zoom) when its position is off-screen; does nothing otherwise or without a point. */
    public void reveal(TimedEvent e) {
        if (e == null || e.point() == null || map() == null || isOnScreen(e)) return;
        map().flyTo(e.point(), viewport().zoom(), REVEAL_FLIGHT);
    }

    private static final Duration REVEAL_FLIGHT = Duration.millis(350);

    /** Recomputes the frame and redraws now (normally done by the layout pass); returns the markers drawn. */
    public List<EventMarker> redraw() {
        layoutLayer();
        return frame.markers;
    }

    @Override protected void onAttach() {
        host = map();
        host.addEventHandler(MouseEvent.MOUSE_CLICKED, clickHandler);
        markDirty();
    }

    @Override public void dispose() {
        if (host != null) host.removeEventHandler(MouseEvent.MOUSE_CLICKED, clickHandler);
        host = null;
        super.dispose();
    }

    @Override protected void layoutLayer() {
        if (map() == null) return;
        renderView(viewport());
    }

    /** Computes and draws the frame for a view without a map (for snapshots and benchmarks); returns the markers drawn. */
    public List<EventMarker> renderView(Viewport v) {
        double w = v.widthPx(), h = v.heightPx();
        if (canvas.getWidth() != w) canvas.setWidth(w);
        if (canvas.getHeight() != h) canvas.setHeight(h);
        frame = EventFrame.compute(timeline, date, window, categories, timeline.index().indexOf(selectedEvent.get()), v);
        draw(canvas.getGraphicsContext2D(), w, h);
        return frame.markers;
    }

    /** Same as {@link #renderView(Viewport)} for a centre, zoom and size. */
    public List<EventMarker> renderView(double centerLat, double centerLon, double zoom, double width, double height) {
        return renderView(new Viewport(new LatLon(centerLat, centerLon), zoom, width, height));
    }

    private void draw(GraphicsContext g, double w, double h) {
        g.clearRect(0, 0, w, h);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        Font countFont = AtlasFonts.font(true, 10);
        for (EventMarker m : frame.markers) {
            if (m.isCluster()) {
                double r = CLUSTER_RADIUS + Math.min(6, Math.log10(m.count()) * 3);
                g.setGlobalAlpha(0.25 * m.opacity());
                g.setFill(CategoryStyle.color(m.category()));
                g.fillOval(m.x() - r - 3, m.y() - r - 3, 2 * r + 6, 2 * r + 6);
                g.setGlobalAlpha(m.opacity());
                g.fillOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.5);
                g.strokeOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
                g.setFill(Color.WHITE);
                g.setFont(countFont);
                g.fillText(m.count() > 999 ? atlas.i18n.Texts.format("map.cluster.thousands", m.count() / 1000) : Integer.toString(m.count()), m.x(), m.y());
                g.setGlobalAlpha(1);
            } else {
                CategoryStyle.draw(g, m.category(), m.x(), m.y(), RADIUS, m.opacity());
            }
        }
        EventMarker s = frame.selected;
        if (s != null) {
            g.setStroke(Color.web("#1b1f24"));
            g.setLineWidth(2);
            g.strokeOval(s.x() - RADIUS - 5, s.y() - RADIUS - 5, 2 * RADIUS + 10, 2 * RADIUS + 10);
            CategoryStyle.draw(g, s.category(), s.x(), s.y(), RADIUS + 1.5, 1);
            drawLabel(g, s.event().title(), s.event().dateLabel(), s.x(), s.y() - RADIUS - 12, w);
        }
    }

    private static void drawLabel(GraphicsContext g, String title, String when, double x, double y, double w) {
        String t = title.length() > 60 ? title.substring(0, 57) + "…" : title;
        Font bold = AtlasFonts.font(true, 12.5);
        Font small = AtlasFonts.font(false, 11);
        double tw = Math.max(t.length() * 6.7, when.length() * 5.8) + 16;
        double bx = Math.max(4, Math.min(w - tw - 4, x - tw / 2));
        double by = y - 36;
        g.setGlobalAlpha(0.92);
        g.setFill(Color.WHITE);
        g.fillRoundRect(bx, by, tw, 34, 6, 6);
        g.setGlobalAlpha(1);
        g.setStroke(Color.web("#9aa3ad"));
        g.setLineWidth(1);
        g.strokeRoundRect(bx + 0.5, by + 0.5, tw - 1, 33, 6, 6);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(Color.web("#1b1f24"));
        g.setFont(bold);
        g.fillText(t, bx + 8, by + 3);
        g.setFill(Color.web("#55606b"));
        g.setFont(small);
        g.fillText(when, bx + 8, by + 19);
    }

    private void onHostClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
        Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        TimedEvent hit = hit(p.getX(), p.getY());
        if (hit != null) {
            selectedEvent.set(hit);
            e.consume();
        }
    }

    /** Gets the event whose marker is under layer point (x, y), nearest first; null when none is. */
    public TimedEvent hit(double x, double y) {
        EventMarker s = frame.selected;
        if (s != null && Math.hypot(s.x() - x, s.y() - y) <= RADIUS + 4) return s.event();
        EventMarker best = null;
        double bestD = Double.MAX_VALUE;
        for (EventMarker m : frame.markers) {
            double r = (m.isCluster() ? CLUSTER_RADIUS : RADIUS) + 4;
            double d = Math.hypot(m.x() - x, m.y() - y);
            if (d <= r && d < bestD) { best = m; bestD = d; }
        }
        return best == null ? null : best.event();
    }
}
