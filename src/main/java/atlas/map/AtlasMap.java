package atlas.map;

import atlas.geo.PixelXY;
import atlas.geo.Viewport;
import atlas.geo.WebMercator;
import atlas.model.LatLon;
import atlas.tiles.OfflineTileSource;
import atlas.tiles.TileRenderer;
import atlas.tiles.TileSource;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The map pane: Gluon's {@link MapView} with the offline (or online) tiles, the overlays added with
 * {@link #addOverlay}, and the chrome (zoom buttons, scale bar, cursor position, attribution, legend).
 *
 * <p>The view is this class's own observable {@link #viewProperty()} (centre, zoom, size in pixels), kept in step
 * with the MapView after every drag, scroll and resize, because MapView's getCenter/getZoom do not follow the user.
 * Set it with {@link #setView} or animate it with {@link #flyTo}. {@link #getView()} is a
 * {@link atlas.geo.Projector} from lat/lon to this pane's pixels. Keyboard when focused: +/- zoom, arrows pan.
 *
 * <p>Tiles come from the JVM's one tile source ({@link TileSources}): a new map adopts the source in use, and a change
 * of {@link #tileSourceProperty()} or {@link #setHiddenLines hidden lines} selects it for every map of the JVM.
 * Subscriptions of the map to longer-lived state are made with {@link #listen} and removed, with every overlay, by
 * {@link #dispose()}. FX thread only.
 */
public final class AtlasMap extends StackPane {
    /** Gets the view the application opens on: lat 39.7 N, lon 46.5 E. */
    public static final LatLon DEFAULT_CENTER = new LatLon(39.7, 46.5);
    /** Gets the zoom level the application opens on. */
    public static final double DEFAULT_ZOOM = 9;
    private static final double PAN_STEP_PX = 120;

    private final ReadOnlyObjectWrapper<Viewport> view = new ReadOnlyObjectWrapper<>(this, "view",
            new Viewport(DEFAULT_CENTER, DEFAULT_ZOOM, 0, 0));
    private final ObjectProperty<TileSource> tileSource = new SimpleObjectProperty<>(this, "tileSource");
    private final TileRenderer renderer;
    private Set<String> hiddenLines = Set.of();
    /** The tile selection this map's MapView was built with. */
    private TileSources.Selection shownTiles;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReadOnlyObjectWrapper<LatLon> cursor = new ReadOnlyObjectWrapper<>(this, "pointerPosition");
    private final List<AtlasLayer> overlays = new ArrayList<>();
    private final Pane mapHost = new StackPane();
    private final MapChrome chrome;
    private MapView mapView;
    private Viewport requested;
    private Timeline flight;
    private final javafx.beans.property.BooleanProperty reducedMotion =
            new javafx.beans.property.SimpleBooleanProperty(this, "reducedMotion", false);
    private boolean dragging;

    /** Creates the map showing {@code source}'s tiles at the default view; the legend draws its symbols with {@code legendStyle}. */
    public AtlasMap(TileSource source, TileRenderer legendStyle) {
        getStyleClass().add("atlas-map");
        getStylesheets().add(Objects.requireNonNull(AtlasMap.class.getResource("map.css")).toExternalForm());
        setId("atlas-map");
        setFocusTraversable(true);
        // for screen readers the map is a picture whose text says what it shows (set by the window, see MapDescription)
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        mapHost.setMinSize(0, 0);
        setMinSize(0, 0);
        renderer = Objects.requireNonNull(legendStyle, "renderer");
        tileSource.set(Objects.requireNonNull(source));
        shownTiles = TileSources.useIfNone(selection());
        chrome = new MapChrome(this, legendStyle);
        getChildren().addAll(mapHost, chrome);
        requested = view.get();
        rebuildMapView();
        tileSource.addListener((o, was, now) -> {
            Objects.requireNonNull(now, "tile source");
            selectTiles();
        });
        widthProperty().addListener(o -> resized());
        heightProperty().addListener(o -> resized());
        addEventFilter(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            claimTiles();
        });
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> cursor.set(getView().toLatLon(e.getX(), e.getY())));
        // a drag moves the map only when its press reached the map (a drawing tool consumes its own)
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragging = true);
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> { if (dragging) userMoved(); });
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> dragging = false);
        addEventFilter(javafx.scene.input.ZoomEvent.ANY, e -> userMoved());
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(this::refreshView));
    }

    /** Whether the view jumps instead of flying ({@link #flyTo} then moves at once): the reduced-motion setting. */
    public javafx.beans.property.BooleanProperty reducedMotionProperty() { return reducedMotion; }
    public boolean isReducedMotion() { return reducedMotion.get(); }
    public void setReducedMotion(boolean r) { reducedMotion.set(r); }

    /** The current view: centre, zoom and size of this pane in pixels. Read-only; change it with {@link #setView}. */
    public ReadOnlyObjectProperty<Viewport> viewProperty() { return view.getReadOnlyProperty(); }
    public Viewport getView() { return view.get(); }

    /** The tile source shown; setting it refreshes every tile on screen and keeps the view. */
    public ObjectProperty<TileSource> tileSourceProperty() { return tileSource; }
    public TileSource getTileSource() { return tileSource.get(); }
    public void setTileSource(TileSource s) { tileSource.set(s); }

    /**
     * Sets which historical lines ({@link TileRenderer#NKAO_1991}, {@link TileRenderer#CEASEFIRE_1994}) the offline
     * tiles leave out; the tiles on screen are rendered again when this changes them.
     */
    public void setHiddenLines(Set<String> kinds) {
        Fx.requireFxThread();
        if (kinds.equals(hiddenLines)) return;
        hiddenLines = Set.copyOf(kinds);
        selectTiles();
    }

    /** Gets the historical line kinds the offline tiles leave out. */
    public Set<String> getHiddenLines() { return hiddenLines; }

    /** Gets what this map's tiles come from: the chosen source (offline without the hidden lines) and its fallback. */
    private TileSources.Selection selection() {
        OfflineTileSource offline = new OfflineTileSource(renderer).withHiddenLines(hiddenLines);
        TileSource s = tileSource.get() instanceof OfflineTileSource o ? o.withHiddenLines(hiddenLines) : tileSource.get();
        return new TileSources.Selection(s, offline);
    }

    /**
     * Makes this map's tiles the JVM's again before it asks for new ones (a moved or resized view): another map (a
     * snapshot rendered for an export, with other lines hidden) may have selected its own meanwhile.
     */
    private void claimTiles() {
        if (shownTiles != null) TileSources.use(shownTiles);
    }

    /** Selects this map's tiles for the JVM and shows them when this map showed others. */
    private void selectTiles() {
        TileSources.Selection s = selection();
        TileSources.use(s);
        if (!s.equals(shownTiles)) {
            shownTiles = s;
            rebuildMapView();
        }
    }

    /** Subscribes {@code action} to an observable until {@link #dispose()}. */
    public void listen(Observable o, Runnable action) { subscriptions.listen(o, action); }

    /** Runs {@code action} now and whenever {@code o} changes, until {@link #dispose()}. */
    public void follow(Observable o, Runnable action) { subscriptions.follow(o, action); }

    /**
     * Takes the map apart: stops a flight, removes and disposes every overlay and removes every subscription made
     * with {@link #listen}; afterwards the map holds no listener on anything that outlives it.
     */
    public void dispose() {
        Fx.requireFxThread();
        stopFlight();
        for (AtlasLayer l : List.copyOf(overlays)) removeOverlay(l);
        subscriptions.dispose();
    }

    /** The position under the mouse pointer (null before the pointer entered the map). */
    public ReadOnlyObjectProperty<LatLon> pointerPositionProperty() { return cursor.getReadOnlyProperty(); }

    /** Gets the chrome layer (buttons, scale bar, legend) for adding map controls next to them. */
    public MapChrome chrome() { return chrome; }

    /** Adds an overlay above the tiles and the overlays added before it. */
    public void addOverlay(AtlasLayer layer) {
        Fx.requireFxThread();
        overlays.add(layer);
        layer.attach(this);
        mapView.addLayer(layer);
    }

    /** Removes an overlay and disposes it. */
    public void removeOverlay(AtlasLayer layer) {
        Fx.requireFxThread();
        if (overlays.remove(layer)) mapView.removeLayer(layer);
        layer.dispose();
    }

    /** Renders every tile on screen again (e.g. after the tiles' content was switched), keeping the view. */
    public void refreshTiles() {
        Fx.requireFxThread();
        rebuildMapView();
    }

    /**
     * Clips what the map shows (tiles and overlays, not the chrome) to a shape in this pane's coordinates, or null
     * for no clip: the compare mode's swipe shows this map right of its divider only. Nothing outside the clip takes
     * the mouse.
     */
    public void setContentClip(Node clip) {
        Fx.requireFxThread();
        mapHost.setClip(clip);
    }

    /** Gets the overlays in drawing order (bottom first). */
    public List<AtlasLayer> overlays() { return List.copyOf(overlays); }

    /** Moves the view to a centre and zoom (clamped to the allowed zoom range), without animation. */
    public void setView(LatLon center, double zoom) {
        Fx.requireFxThread();
        stopFlight();
        applyView(center, Viewport.clampZoom(zoom));
    }

    /** Zooms by a number of levels around the centre. */
    public void zoomBy(double levels) { setView(getView().center(), getView().zoom() + levels); }

    /** Pans by screen pixels (positive dx moves the view east, dy south). */
    public void panBy(double dx, double dy) {
        Viewport v = getView().panned(dx, dy);
        setView(v.center(), v.zoom());
    }

    /**
     * Animates the view to a centre and zoom over {@code duration} (ease in and out, Web Mercator pixels
     * interpolated in a straight line). A new call or {@link #setView} stops a running flight. With reduced motion
     * (or a zero duration) the view is set at once.
     */
    public void flyTo(LatLon center, double zoom, Duration duration) {
        Fx.requireFxThread();
        stopFlight();
        if (isReducedMotion() || duration.lessThanOrEqualTo(Duration.ZERO)) {
            setView(center, zoom);
            return;
        }
        Viewport from = getView();
        double z1 = Viewport.clampZoom(zoom);
        double x0 = WebMercator.worldX(from.center().lon()), y0 = WebMercator.worldY(from.center().lat());
        double x1 = WebMercator.worldX(center.lon()), y1 = WebMercator.worldY(center.lat());
        DoubleProperty t = new SimpleDoubleProperty(0);
        t.addListener((o, a, b) -> {
            double f = b.doubleValue();
            applyView(new LatLon(WebMercator.lat(y0 + (y1 - y0) * f), WebMercator.lon(x0 + (x1 - x0) * f)),
                    from.zoom() + (z1 - from.zoom()) * f);
        });
        flight = new Timeline(new KeyFrame(duration, new KeyValue(t, 1, Interpolator.EASE_BOTH)));
        flight.play();
    }

    private void stopFlight() {
        if (flight != null) flight.stop();
        flight = null;
    }

    private void applyView(LatLon center, double zoom) {
        claimTiles();
        requested = new Viewport(center, zoom, getWidth(), getHeight());
        // the viewport keeps the centre where the view stays inside the world: show that one, not the one asked for
        LatLon c = requested.center();
        // Gluon ignores a setZoom/setCenter equal to its last requested value even after the user moved the map:
        // nudge first so both always apply.
        mapView.setZoom(zoom + 1e-7);
        mapView.setZoom(zoom);
        mapView.setCenter(c.lat() + 1e-7, c.lon());
        mapView.setCenter(c.lat(), c.lon());
        view.set(requested);
        Platform.runLater(this::refreshView);
    }

    private void rebuildMapView() {
        Viewport v = getView();
        MapView m = new MapView();
        m.setMinSize(0, 0);
        m.setZoom(v.zoom());
        m.setCenter(v.center().lat(), v.center().lon());
        m.addLayer(new ViewTracker());
        for (AtlasLayer l : overlays) m.addLayer(l);
        mapView = m;
        mapHost.getChildren().setAll(m);
        requested = v;
        // after layout, re-apply the view (or one set meanwhile) so the new MapView centres on it at its real size
        Platform.runLater(() -> {
            Viewport r = requested != null ? requested : getView();
            applyView(r.center(), r.zoom());
        });
    }

    /** The user moves the map through Gluon's own handlers: from now on the view is read back from the MapView. */
    private void userMoved() {
        stopFlight();
        requested = null;
        Platform.runLater(this::refreshView);
    }

    private void resized() {
        claimTiles();
        Viewport v = getView();
        view.set(v.withSize(getWidth(), getHeight()));
        Platform.runLater(this::refreshView);
    }

    /** Reads the view back from the MapView (after drags and Gluon's own zooming). */
    void refreshView() {
        double w = getWidth(), h = getHeight();
        // Until the user moves the map, the view is what was asked for: Gluon's read-back of it is off by a pixel
        // or so (and garbage while a new MapView is being laid out), and must not drift the view.
        if (requested != null && w > 0 && h > 0) {
            Viewport now = requested.withSize(w, h);
            if (!close(now, view.get())) view.set(now);
            return;
        }
        if (mapView == null || mapView.getScene() == null || w <= 0 || h <= 0) return;
        MapPoint c = mapView.getMapPosition(w / 2, h / 2);
        MapPoint e = mapView.getMapPosition(w / 2 + 256, h / 2);
        double dLon = e.getLongitude() - c.getLongitude();
        if (dLon <= 0) dLon += 360;
        double zoom = Math.log(360 / dLon) / Math.log(2);
        if (!Double.isFinite(zoom) || !Double.isFinite(c.getLatitude())) return;
        double lat = WebMercator.clampLat(c.getLatitude());
        double lon = c.getLongitude();
        lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        Viewport now = new Viewport(new LatLon(lat, lon), Math.max(0, Math.min(24, zoom)), w, h);
        if (Math.abs(now.center().lat() - c.getLatitude()) > 1e-6) {
            // dragged past the top or bottom of the world: snap the map back so it shows no blank band
            Platform.runLater(() -> { if (requested == null) applyView(now.center(), now.zoom()); });
        }
        if (!close(now, view.get())) view.set(now);
    }

    private static boolean close(Viewport a, Viewport b) {
        return Math.abs(a.zoom() - b.zoom()) < 1e-6 && Math.abs(a.center().lat() - b.center().lat()) < 1e-9
                && Math.abs(a.center().lon() - b.center().lon()) < 1e-9
                && a.widthPx() == b.widthPx() && a.heightPx() == b.heightPx();
    }

    private void onScroll(ScrollEvent e) {
        double dy = e.getDeltaY();
        if (dy == 0) return;
        e.consume();
        // zoom about the pointer: the point under it stays under it
        double dz = Math.max(-1, Math.min(1, dy / 40.0 * 0.5));
        Viewport v = getView();
        LatLon under = v.toLatLon(e.getX(), e.getY());
        double z = Viewport.clampZoom(v.zoom() + dz);
        PixelXY p = WebMercator.toPixel(under, z);
        LatLon c = WebMercator.toLatLon(p.x() - (e.getX() - v.widthPx() / 2), p.y() - (e.getY() - v.heightPx() / 2), z);
        setView(c, z);
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomBy(1);
            case MINUS, SUBTRACT -> zoomBy(-1);
            case LEFT -> panBy(-PAN_STEP_PX, 0);
            case RIGHT -> panBy(PAN_STEP_PX, 0);
            case UP -> panBy(0, -PAN_STEP_PX);
            case DOWN -> panBy(0, PAN_STEP_PX);
            default -> { return; }
        }
        e.consume();
    }

    /** An invisible first layer: Gluon lays it out after every move of the map, when the view is read back. */
    private final class ViewTracker extends com.gluonhq.maps.MapLayer {
        @Override protected void layoutLayer() { refreshView(); }
    }

    /** Gets the MapView currently shown (replaced when the tile source changes); for tests and snapshots. */
    Node mapViewNode() { return mapView; }
}
