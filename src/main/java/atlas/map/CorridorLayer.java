package atlas.map;

import atlas.geo.Corridors;
import atlas.geo.Viewport;
import atlas.geo.WebMercator;
import atlas.map.CorridorScene.Item;
import atlas.map.CorridorScene.View;
import atlas.model.EventDate;
import atlas.model.NameStyle;
import atlas.model.TimedFeature;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;

/**
 * The Lachin corridor overlay: for the layer's {@link #dateProperty() date}, draws the corridor features valid
 * that day (routes by status, the 1992–2020 road, the 5 km band, posts, checkpoint, protest camp) on one
 * {@link Canvas}, redrawn in {@link #layoutLayer()} on every pan, zoom or date change; no node is created per
 * frame. Hovering an element shows the one reusable {@link CorridorPopup}; clicking pins it so its source
 * links can be followed. Touch on the FX thread only.
 *
 * <p>It projects through the map's {@link atlas.geo.Viewport} like every layer (the view is read back from Gluon
 * before the layers are laid out, so it stays glued to the tiles in the middle of a drag too).
 */
public class CorridorLayer extends AtlasLayer {
    /** Ids of the toggles in {@code AtlasState.visibleLayers()} this layer follows. */
    public static final String CORRIDOR = "corridor", BAND = "band", POSTS = "posts";

    private static final double HIT_TOLERANCE_PX = 7;

    private final Canvas canvas = new Canvas();
    private final CorridorPainter painter;
    private final CorridorPopup popup;
    private final CorridorLegend legend;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", EventDate.DEFAULT_DAY);
    private final ObjectProperty<NameStyle> nameStyle = new SimpleObjectProperty<>(this, "nameStyle", NameStyle.BOTH);
    private final BooleanProperty corridorVisible = new SimpleBooleanProperty(this, "corridorVisible", true);
    private final BooleanProperty bandVisible = new SimpleBooleanProperty(this, "bandVisible", true);
    private final BooleanProperty postsVisible = new SimpleBooleanProperty(this, "postsVisible", true);
    private final ObjectProperty<LocalDate> ghostDate = new SimpleObjectProperty<>(this, "ghostDate");
    private final ObjectProperty<LocalDate> legendAlsoDate = new SimpleObjectProperty<>(this, "legendAlsoDate");

    private CorridorScene scene = CorridorScene.of(List.of());
    private List<Item> active = List.of();
    private View view = new View(1, 0, 0);
    private double metresPerPx;
    private Item hovered;
    private boolean pinned;
    private Function<Viewport, List<LabelBox>> keepClear = v -> List.of();
    private Parent host;
    private final EventHandler<MouseEvent> onMove = this::mouseMoved;
    private final EventHandler<MouseEvent> onClick = this::mouseClicked;
    private final EventHandler<MouseEvent> onExit = e -> { if (!pinned) setHovered(null); };

    /** Creates an empty layer whose source links open in the system browser (java.awt.Desktop, off the FX thread). */
    public CorridorLayer() { this(CorridorLayer::browse); }

    /** Creates an empty layer; source links open through {@code linkOpener} (e.g. HostServices::showDocument). */
    public CorridorLayer(Consumer<String> linkOpener) {
        this(CorridorPalette.DEFAULT, linkOpener);
    }

    public CorridorLayer(CorridorPalette palette, Consumer<String> linkOpener) {
        painter = new CorridorPainter(palette);
        popup = new CorridorPopup(linkOpener);
        legend = new CorridorLegend(palette);
        canvas.setMouseTransparent(true);
        canvas.setId("corridor-canvas");
        getStyleClass().add("corridor-layer");
        getStylesheets().add(CorridorLayer.class.getResource("corridor.css").toExternalForm());
        getChildren().addAll(canvas, popup);
        popup.closeButton().setOnAction(e -> { pinned = false; setHovered(null); });
        ChangeListener<Object> redraw = (o, a, b) -> markDirty();
        date.addListener(redraw);
        corridorVisible.addListener(redraw);
        bandVisible.addListener(redraw);
        postsVisible.addListener(redraw);
        ghostDate.addListener(redraw);
        legendAlsoDate.addListener(redraw);
        nameStyle.addListener((o, a, b) -> { if (popup.feature() != null) popup.show(popup.feature(), b); });
        parentProperty().addListener((o, oldParent, newParent) -> attach(oldParent, newParent));
    }

    /** Day drawn. Changing it redraws on the next pulse; nothing is animated, so no stale frame is ever shown. */
    public final ObjectProperty<LocalDate> dateProperty() { return date; }
    public final LocalDate getDate() { return date.get(); }
    public final void setDate(LocalDate d) { date.set(d); }

    /**
     * Another day whose corridor routes are drawn faint and dashed under this day's (the compare mode's "ghost" of
     * the other side's date), or null for none (the default).
     */
    public final ObjectProperty<LocalDate> ghostDateProperty() { return ghostDate; }
    public final LocalDate getGhostDate() { return ghostDate.get(); }
    public final void setGhostDate(LocalDate d) { ghostDate.set(d); }

    /**
     * Another day whose items the legend lists too (the compare mode's swipe, where this layer's legend explains both
     * sides), or null for none (the default).
     */
    public final ObjectProperty<LocalDate> legendAlsoDateProperty() { return legendAlsoDate; }
    public final void setLegendAlsoDate(LocalDate d) { legendAlsoDate.set(d); }

    /** Which names the popup shows. */
    public final ObjectProperty<NameStyle> nameStyleProperty() { return nameStyle; }

    /** Whether routes, roads, checkpoint and protest camp are drawn. */
    public final BooleanProperty corridorVisibleProperty() { return corridorVisible; }
    /** Whether the 5 km band is drawn. */
    public final BooleanProperty bandVisibleProperty() { return bandVisible; }
    /** Whether peacekeeping headquarters and posts are drawn. */
    public final BooleanProperty postsVisibleProperty() { return postsVisible; }

    /** Gets the legend node that follows what this layer draws (place it in the map chrome). */
    public CorridorLegend legend() { return legend; }

    /** Gets the popup card (hidden when no element is hovered or pinned). */
    public CorridorPopup popup() { return popup; }

    /** Gets the canvas the layer draws on. */
    public Canvas canvas() { return canvas; }

    /** Gets the items drawn in the last frame, bottom to top. */
    public List<Item> drawnItems() { return active; }

    /**
     * Sets where the lines must not be drawn in a view: the names on the map (e.g. {@code PlaceLabelLayer::textBoxes});
     * lines break under them so that no line runs through a name's letters. Areas are still filled there.
     */
    public void setKeepClear(Function<Viewport, List<LabelBox>> boxes) {
        keepClear = java.util.Objects.requireNonNull(boxes);
        markDirty();
    }

    /** Sets the link opener used by source links. */
    public void setLinkOpener(Consumer<String> opener) { popup.setLinkOpener(opener); }

    /**
     * Replaces the corridor features (as read from the dataset; bands are computed here, once, from the routes in
     * use). Features of other kinds are ignored by nothing: every timed feature is drawable.
     */
    public void setFeatures(List<TimedFeature> features) { setScene(CorridorScene.of(Corridors.withBands(features))); }

    /**
     * Uses an already computed scene (features with their bands, e.g. computed off the FX thread with the rest of
     * the data); a popup of the previous scene closes.
     */
    public void setScene(CorridorScene s) {
        if (s == scene) return;
        scene = s;
        pinned = false;
        setHovered(null);
        markDirty();
    }

    @Override protected void layoutLayer() {
        if (map() == null) return;
        Viewport v = viewport();
        double w = v.widthPx(), h = v.heightPx();
        if (canvas.getWidth() != w) canvas.setWidth(w);
        if (canvas.getHeight() != h) canvas.setHeight(h);
        view = View.of(v);
        metresPerPx = v.metresPerPixel();
        active = scene.activeAt(date.get(), corridorVisible.get(), bandVisible.get(), postsVisible.get());
        if (hovered != null && !active.contains(hovered)) { pinned = false; hovered = null; popup.hide(); }
        LocalDate ghost = ghostDate.get();
        List<Item> ghostItems = ghost == null || ghost.equals(date.get()) || !corridorVisible.get() ? List.of()
                : scene.activeAt(ghost, true, false, false);
        painter.paint(canvas.getGraphicsContext2D(), active, ghostItems, view, hovered, w, h, metresPerPx, keepClear.apply(v));
        LocalDate also = legendAlsoDate.get();
        if (also == null || also.equals(date.get())) {
            legend.show(active);
        } else {
            List<Item> both = new java.util.ArrayList<>(scene.activeAt(also, corridorVisible.get(), bandVisible.get(), postsVisible.get()));
            both.addAll(active);
            legend.show(both);
        }
        if (popup.isVisible()) placePopup(popup.getLayoutX(), popup.getLayoutY());
    }

    /**
     * Computes the corridor's lines (routes, roads) as drawn in a view at the layer's date and toggles, in screen
     * pixels ({@code {xs, ys}} per line part): town names take a side of their dot clear of them where they can.
     */
    public List<double[][]> screenLines(Viewport v) {
        if (!corridorVisible.get()) return List.of();
        View view = View.of(v);
        List<double[][]> out = new java.util.ArrayList<>();
        for (Item it : scene.activeAt(date.get(), true, false, false)) {
            if (it.shape() != CorridorScene.Shape.LINE) continue;
            for (int p = 0; p < it.xs().length; p++) {
                int n = it.xs()[p].length;
                double[] xs = new double[n], ys = new double[n];
                for (int i = 0; i < n; i++) {
                    xs[i] = view.x(it.xs()[p][i]);
                    ys[i] = view.y(it.ys()[p][i]);
                }
                out.add(new double[][]{xs, ys});
            }
        }
        return out;
    }

    /** Computes the item under a point in this layer's coordinates, or null. */
    public Item itemAt(double x, double y) { return CorridorScene.hit(active, view, x, y, HIT_TOLERANCE_PX); }

    /** Gets the screen position of a (lat, lon) in this layer's coordinates in the last frame. */
    public Point2D screenOf(double lat, double lon) {
        return new Point2D(view.x(WebMercator.worldX(lon)), view.y(WebMercator.worldY(lat)));
    }

    /** Shows the popup for an item at (x, y) and pins it, as a click does; null hides it. */
    public void select(Item it, double x, double y) {
        pinned = it != null;
        setHovered(it);
        if (it != null) placePopupNear(x, y);
    }

    @Override protected void languageChanged() {
        legend.relabel();
        if (popup.feature() != null) popup.show(popup.feature(), nameStyle.get());
        markDirty();
    }

    /** Removes the mouse handlers from the map and the base class's subscriptions. */
    @Override public void dispose() {
        attach(host, null);
        super.dispose();
    }

    /** Opens a URL in the desktop browser on a background thread; prints it when no browser is available. */
    static void browse(String url) {
        Thread t = new Thread(() -> {
            try {
                if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE))
                    java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
                else System.err.println(atlas.i18n.Texts.format("link.open-in-browser", url));
            } catch (Exception e) {
                System.err.println(atlas.i18n.Texts.format("link.cannot-open", url, e.getMessage()));
            }
        }, "corridor-link");
        t.setDaemon(true);
        t.start();
    }

    private void attach(Parent oldParent, Parent newParent) {
        if (oldParent != null) {
            oldParent.removeEventFilter(MouseEvent.MOUSE_MOVED, onMove);
            oldParent.removeEventFilter(MouseEvent.MOUSE_CLICKED, onClick);
            oldParent.removeEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        }
        host = newParent;
        if (newParent != null) {
            newParent.addEventFilter(MouseEvent.MOUSE_MOVED, onMove);
            newParent.addEventFilter(MouseEvent.MOUSE_CLICKED, onClick);
            newParent.addEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        }
    }

    private boolean inPopup(MouseEvent e) {
        for (Object t = e.getTarget(); t instanceof Node n; t = n.getParent()) if (n == popup) return true;
        return false;
    }

    private void mouseMoved(MouseEvent e) {
        if (pinned || inPopup(e)) return;
        Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        Item it = itemAt(p.getX(), p.getY());
        setHovered(it);
        if (it != null) placePopupNear(p.getX(), p.getY());
    }

    private void mouseClicked(MouseEvent e) {
        if (inPopup(e) || !e.isStillSincePress()) return;
        Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        select(itemAt(p.getX(), p.getY()), p.getX(), p.getY());
    }

    private void setHovered(Item it) {
        if (it == hovered && (it == null) == !popup.isVisible()) return;
        hovered = it;
        if (it == null) popup.hide(); else popup.show(it.feature(), nameStyle.get());
        markDirty();
    }

    /**
     * Places the popup 14 px below and right of the pointer at (px, py), or on the pointer's other side where it does
     * not fit: never over the pointer, where it would stop the hover from following the mouse.
     */
    private void placePopupNear(double px, double py) {
        popup.applyCss();
        popup.autosize();
        double w = popup.getWidth(), h = popup.getHeight();
        double x = px + 14, y = py + 14;
        if (x > canvas.getWidth() - w - 4) x = px - 14 - w;
        if (y > canvas.getHeight() - h - 4) y = py - 14 - h;
        placePopup(x, y);
    }

    private void placePopup(double x, double y) {
        popup.applyCss();
        popup.autosize();
        double w = popup.getWidth(), h = popup.getHeight();
        double maxX = canvas.getWidth() - w - 4, maxY = canvas.getHeight() - h - 4;
        popup.relocate(Math.max(4, Math.min(x, maxX)), Math.max(4, Math.min(y, maxY)));
    }
}
