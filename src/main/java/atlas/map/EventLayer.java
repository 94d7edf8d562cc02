package atlas.map;

import atlas.geo.PixelXY;
import atlas.geo.ProjectedTimeline;
import atlas.geo.Viewport;
import atlas.geo.WebMercator;
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
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * The events on the map for the current date and time window, drawn on ONE canvas (no node per event): a symbol
 * per category, fading with age inside the window, grid clustering with counts where markers overlap, and the
 * selected event highlighted (its label is drawn by the {@link EventLabelLayer}). A click on a marker selects its
 * event; a click on a cluster zooms the map to its events (to their extent), or selects its latest where the map
 * cannot zoom further. Events without a point are counted as shown but never drawn. Events of a workspace layer that
 * has a colour get a ring of that colour around their symbol ({@link #setLayerColours}); an approximate location is
 * drawn hollow with a dashed outline; lines and polygons are drawn as such under the markers, and a moving point as
 * its path with its symbol where it is on the date ({@link EventShapes}).
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
    /** The ring colour of each visible layer (by its place in the timeline's layers), null for none. */
    private List<Color> layerColours = List.of();
    private AtlasMap host;
    private final EventHandler<MouseEvent> clickHandler = this::onHostClicked;
    /** Builds the cells of a view off the FX thread ({@link CellIndex}). */
    private final java.util.concurrent.Executor cellsExecutor;
    /** The cells of the timeline and the view last drawn, or null; the view and timeline they are being built for, or null. */
    private CellIndex cells;
    private Viewport cellsPending;
    private ProjectedTimeline cellsPendingTimeline;
    private boolean disposed;

    /** Creates an event layer that builds its cells on one shared low-priority daemon thread. */
    public EventLayer() { this(CellsThread.EXECUTOR); }

    /**
     * Creates an event layer that builds, on {@code cellsExecutor}, the cells that let a long time window (all up to
     * now) at a million events be drawn in a few milliseconds while the date moves ({@link CellIndex}).
     */
    public EventLayer(java.util.concurrent.Executor cellsExecutor) {
        this.cellsExecutor = Objects.requireNonNull(cellsExecutor, "cellsExecutor");
        getStyleClass().add("event-layer");
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        selectedEvent.addListener(o -> markDirty());
    }

    /** Replaces the events drawn (the application's timeline); keeps the selection only if it is still in it. */
    public void setTimeline(ProjectedTimeline t) {
        Fx.requireFxThread();
        if (t != timeline) cells = null;
        timeline = Objects.requireNonNull(t, "timeline");
        if (timeline.index().indexOf(selectedEvent.get()) < 0) selectedEvent.set(null);
        markDirty();
    }

    /** Gets the events drawn. */
    public ProjectedTimeline getTimeline() { return timeline; }

    /**
     * Sets the colour of each layer of the timeline (by its place among the timeline's layers; a null entry or a
     * missing one draws that layer's events without a ring).
     */
    public void setLayerColours(List<Color> colours) {
        Fx.requireFxThread();
        layerColours = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(colours));
        markDirty();
    }

    /** Gets the ring colour of a layer of the timeline, or null when its events have no ring. */
    public Color layerColour(int layer) {
        return layer >= 0 && layer < layerColours.size() ? layerColours.get(layer) : null;
    }

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
        cells = null;
        disposed = true;
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
        frame = frameFor(v);
        draw(canvas.getGraphicsContext2D(), v);
        return frame.markers;
    }

    /** What a frame was computed from: the same inputs give the same frame. */
    private record FrameKey(ProjectedTimeline timeline, LocalDate date, TimeWindow window, Set<Category> categories,
                            TimedEvent selected, Viewport view) {}

    private FrameKey frameKey;

    /**
     * Computes the frame for a view, or reuses the last one when nothing it depends on changed: the town names ask
     * for the markers before this layer draws them, in the same layout pass.
     */
    private EventFrame frameFor(Viewport v) {
        FrameKey k = new FrameKey(timeline, date, window, categories, selectedEvent.get(), v);
        if (!k.equals(frameKey)) {
            CellIndex c = cells != null && cells.isFor(timeline, v) ? cells : null;
            frame = EventFrame.compute(timeline, date, window, categories, timeline.index().indexOf(selectedEvent.get()), v, c);
            // a second frame of one view and timeline (the date, window or filter moves, the map does not) with many
            // events shown since the first: build the cells of this view so that the next frames cost what is on screen
            if (c == null && frameKey != null && frameKey.timeline() == timeline && frameKey.view().equals(v)
                    && frame.shownCount() >= EventFrame.CELLS_FROM_EVENTS
                    && timeline.index().firstDay().map(f -> !window.firstDay(date).isAfter(f)).orElse(false))
                requestCells(timeline, v);
            frameKey = k;
        }
        return frame;
    }

    /** Tests whether the next frame of this view can use cells built for it (for tests). */
    boolean hasCellsFor(Viewport v) { return cells != null && cells.isFor(timeline, v); }

    /** Builds the cells of a timeline and view off the FX thread, unless they are being built; kept if still wanted. */
    private void requestCells(ProjectedTimeline t, Viewport v) {
        if (cellsPendingTimeline == t && v.equals(cellsPending)) return;
        cellsPending = v;
        cellsPendingTimeline = t;
        cells = null; // the old view's cells are no use: let them go before the new ones take their memory
        cellsExecutor.execute(() -> {
            CellIndex built;
            try {
                built = CellIndex.of(t, v);
            } catch (OutOfMemoryError | RuntimeException e) {
                built = null; // frames keep visiting every event: slower, the same pictures
            }
            CellIndex done = built;
            javafx.application.Platform.runLater(() -> {
                if (cellsPendingTimeline == t && v.equals(cellsPending)) {
                    cellsPending = null;
                    cellsPendingTimeline = null;
                }
                // the same frames either way: no redraw, the next one uses them
                if (done != null && !disposed && timeline == t && frameKey != null && frameKey.view().equals(v)) cells = done;
            });
        });
    }

    /**
     * Gets the boxes around the markers drawn in a view (clusters and single events, the selected one included), for
     * town names to keep clear of where they can; computed once per view and data, shared with the drawing.
     */
    public List<LabelBox> markerBoxes(Viewport v) {
        EventFrame f = frameFor(v);
        List<LabelBox> out = new java.util.ArrayList<>(f.markers.size() + 1);
        for (EventMarker m : f.markers) {
            double r = m.isCluster() ? clusterRadius(m) + 3 : RADIUS + 1;
            out.add(new LabelBox(m.x() - r, m.y() - r, 2 * r, 2 * r));
        }
        if (f.selected != null) out.add(new LabelBox(f.selected.x() - RADIUS - 6, f.selected.y() - RADIUS - 6, 2 * RADIUS + 12, 2 * RADIUS + 12));
        return out;
    }

    private static double clusterRadius(EventMarker m) { return CLUSTER_RADIUS + Math.min(6, Math.log10(m.count()) * 3); }

    /** Same as {@link #renderView(Viewport)} for a centre, zoom and size. */
    public List<EventMarker> renderView(double centerLat, double centerLon, double zoom, double width, double height) {
        return renderView(new Viewport(new LatLon(centerLat, centerLon), zoom, width, height));
    }

    private void draw(GraphicsContext g, Viewport v) {
        double w = v.widthPx(), h = v.heightPx();
        g.clearRect(0, 0, w, h);
        Font countFont = AtlasFonts.font(true, 10);
        EventShapes.draw(g, frame.shapes, v, this::layerColour,
                frame.selected == null ? null : frame.selected.event());
        // every sprite the frame lacks is painted first, all in one snapshot; then each marker is a stamp
        MarkerSprites sprites = MarkerSprites.shared(Fx.outputScale(canvas));
        for (EventMarker m : frame.markers) {
            if (m.isCluster()) sprites.want(MarkerSprites.Kind.CLUSTER, m.category(), clusterRadius(m), null);
            else sprites.want(symbolKind(m), m.category(), RADIUS, null);
            Color ring = ringColour(m);
            if (ring != null) sprites.want(ringKind(m), null, ringRadius(m), ring);
        }
        sprites.paintWanted();
        for (EventMarker m : frame.markers) {
            if (m.isCluster()) {
                double r = clusterRadius(m);
                sprites.stamp(g, MarkerSprites.Kind.CLUSTER, m.category(), r, null, m.x(), m.y(), m.opacity());
                MarkerSprites.paintCount(g, m.count() > 999 ? atlas.i18n.Texts.format("map.cluster.thousands", m.count() / 1000)
                        : Integer.toString(m.count()), countFont, Math.round(m.x()), Math.round(m.y()), m.opacity());
            } else {
                sprites.stamp(g, symbolKind(m), m.category(), RADIUS, null, m.x(), m.y(), m.opacity());
            }
            ring(g, sprites, m, ringRadius(m));
        }
        EventMarker s = frame.selected;
        if (s != null) {
            double cx = Math.round(s.x()), cy = Math.round(s.y());
            g.setStroke(SELECTED_OUTLINE);
            g.setLineWidth(2);
            g.strokeOval(cx - RADIUS - 5, cy - RADIUS - 5, 2 * RADIUS + 10, 2 * RADIUS + 10);
            sprites.stamp(g, symbolKind(s), s.category(), RADIUS + 1.5, null, s.x(), s.y(), 1);
            ring(g, sprites, s, RADIUS + 4.5);
        }
    }

    private static final Color MIXED_RING = Color.web("#3c4650"), SELECTED_OUTLINE = Color.web("#1b1f24");

    private static MarkerSprites.Kind symbolKind(EventMarker m) {
        return m.approximate() ? MarkerSprites.Kind.APPROXIMATE : MarkerSprites.Kind.SYMBOL;
    }

    private static MarkerSprites.Kind ringKind(EventMarker m) {
        return m.layer() == EventMarker.MIXED ? MarkerSprites.Kind.MIXED_RING : MarkerSprites.Kind.RING;
    }

    private static double ringRadius(EventMarker m) { return m.isCluster() ? clusterRadius(m) + 2.5 : RADIUS + 3; }

    /** Gets the colour of the ring around a marker: its layer's colour, dark grey for a mixed cluster, null for none. */
    private Color ringColour(EventMarker m) { return m.layer() == EventMarker.MIXED ? MIXED_RING : layerColour(m.layer()); }

    /** Draws the ring of a marker's layer around it (dashed for a mixed cluster), at least faintly however old it is. */
    private void ring(GraphicsContext g, MarkerSprites sprites, EventMarker m, double r) {
        Color c = ringColour(m);
        if (c != null) sprites.stamp(g, ringKind(m), null, r, c, m.x(), m.y(), Math.max(0.35, m.opacity()));
    }

    private void onHostClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
        Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        EventMarker m = markerAt(p.getX(), p.getY());
        if (m == null) return;
        // a cluster opens up: the map zooms to its events (where it can zoom no further, its latest is selected)
        if (m.isCluster() && zoomTo(m)) {
            e.consume();
            return;
        }
        selectedEvent.set(m.event());
        e.consume();
    }

    /** The zoom level a click on a cluster zooms to at most: its events may share a point, and never part there. */
    public static final double CLUSTER_MAX_ZOOM = 15;
    private static final double CLUSTER_MARGIN_PX = 90;
    private static final Duration CLUSTER_FLIGHT = Duration.millis(450);

    /**
     * Zooms the map to the extent of a cluster's events (with a margin, at least one level in, at most
     * {@link #CLUSTER_MAX_ZOOM}); returns false, doing nothing, when the map is at that zoom already or the marker's
     * extent is unknown.
     */
    public boolean zoomTo(EventMarker m) {
        if (map() == null || !m.hasExtent()) return false;
        Viewport v = viewport();
        if (v.zoom() >= CLUSTER_MAX_ZOOM - 1e-6) return false;
        map().flyTo(clusterCenter(m), clusterZoom(m, v), CLUSTER_FLIGHT);
        return true;
    }

    /** Computes the centre of a cluster's events' extent. */
    static LatLon clusterCenter(EventMarker m) {
        return new LatLon(WebMercator.lat((m.minWorldY() + m.maxWorldY()) / 2), WebMercator.lon((m.minWorldX() + m.maxWorldX()) / 2));
    }

    /** Computes the zoom at which a cluster's events' extent fits the view with a margin, within the limits above. */
    static double clusterZoom(EventMarker m, Viewport v) {
        double w = Math.max(100, v.widthPx() - 2 * CLUSTER_MARGIN_PX), h = Math.max(100, v.heightPx() - 2 * CLUSTER_MARGIN_PX);
        double dx = Math.max(m.maxWorldX() - m.minWorldX(), 1e-12), dy = Math.max(m.maxWorldY() - m.minWorldY(), 1e-12);
        double fit = Math.log(Math.min(w / (dx * WebMercator.worldSizePx(0)), h / (dy * WebMercator.worldSizePx(0)))) / Math.log(2);
        return Math.max(Math.min(v.zoom() + 1, CLUSTER_MAX_ZOOM), Math.min(CLUSTER_MAX_ZOOM, fit));
    }

    /** Gets the marker under layer point (x, y), nearest first (the selected event's first); null when none is. */
    public EventMarker markerAt(double x, double y) {
        EventMarker s = frame.selected;
        if (s != null && Math.hypot(s.x() - x, s.y() - y) <= RADIUS + 4) return s;
        EventMarker best = null;
        double bestD = Double.MAX_VALUE;
        for (EventMarker m : frame.markers) {
            double r = (m.isCluster() ? CLUSTER_RADIUS : RADIUS) + 4;
            double d = Math.hypot(m.x() - x, m.y() - y);
            if (d <= r && d < bestD) { best = m; bestD = d; }
        }
        return best;
    }

    /** Gets the event whose marker is under layer point (x, y), nearest first; null when none is. */
    public TimedEvent hit(double x, double y) {
        EventMarker m = markerAt(x, y);
        return m == null ? null : m.event();
    }
}
