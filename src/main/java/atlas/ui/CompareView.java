package atlas.ui;

import atlas.geo.Viewport;
import atlas.map.AtlasMap;
import atlas.map.CorridorLayer;
import atlas.map.Fx;
import atlas.map.Subscriptions;
import atlas.model.EventDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The map pane of the window, of a presentation and of {@code --snapshot}: the map of the timeline's date ("B") and,
 * while the state has a {@link AtlasState#compareDateProperty() compare date} ("A"), a second map of the state at
 * that date, built by {@link MapAssembly#buildAt} with every overlay the first one has. Two layouts:
 * {@link Layout#SWIPE} stacks the maps, A left of a divider the user drags and B right of it (each map's tiles and
 * overlays clipped to its side); {@link Layout#SIDE_BY_SIDE} puts A left and B right. Both pan and zoom together.
 * Both dates are labelled at the divider; {@link #ghostProperty()} draws the other date's corridor faint on each
 * side. In the window, the {@link CompareBar} above the maps gives each side its date field and event steps.
 *
 * <p>The second map exists only while comparing: leaving the compare mode {@link AtlasMap#dispose() disposes} it,
 * with every listener it and this view's compare wiring put on the state. {@link #dispose()} ends the view. FX
 * thread only.
 */
public final class CompareView extends Region {
    /** How the two dates are shown. */
    public enum Layout {
        /** One map over the other, split by a divider the user drags (A left, B right). */
        SWIPE,
        /** Two maps next to each other (A left, B right). */
        SIDE_BY_SIDE;

        /** Gets the name shown to the user, in the interface's language. */
        public String label() { return atlas.i18n.Texts.get(this == SWIPE ? "compare.swipe" : "compare.side-by-side"); }
    }

    /** The divider's position is kept between these fractions of the width, so both sides stay visible. */
    static final double MIN_DIVIDER = 0.04, MAX_DIVIDER = 0.96;
    private static final double GAP_PX = 4, LABEL_TOP_PX = 10, LABEL_OFFSET_PX = 12, HANDLE_PX = 30, GRIP_PX = 12;

    private final MapResources res;
    private final AtlasState state;
    private final AtlasMap main;
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.SWIPE);
    private final DoubleProperty divider = new SimpleDoubleProperty(this, "divider", 0.5);
    private final BooleanProperty ghost = new SimpleBooleanProperty(this, "ghost", false);
    private final BooleanProperty controlsShown = new SimpleBooleanProperty(this, "controlsShown", true);
    private final BooleanProperty dateStamp = new SimpleBooleanProperty(this, "dateStamp", false);
    /** The compare map's date: the state's compare date, kept (never null) while the compare map is taken down. */
    private final ObjectProperty<LocalDate> dateA = new SimpleObjectProperty<>(this, "dateA", EventDate.DEFAULT_DAY);
    private final ReadOnlyObjectWrapper<AtlasMap> other = new ReadOnlyObjectWrapper<>(this, "compareMap");
    /** Subscriptions for the view's life. */
    private final Subscriptions subscriptions = new Subscriptions();
    /** Subscriptions for the compare map's life. */
    private final Subscriptions comparing = new Subscriptions();
    /** The swipe's clips: the main map right of the divider, the compare map left of it. */
    private final Rectangle clip = new Rectangle(), clipA = new Rectangle();
    /** Each map clipped to its own bounds while comparing: nothing of one (a popup, a label) spills onto the other. */
    private final Rectangle boundsA = new Rectangle(), boundsB = new Rectangle();
    private final Pane overlay = new Pane();
    private final Region line = new Region(), grip = new Region();
    private final Label handle = new Label("◀ ▶");
    private final Label labelA = new Label(), labelB = new Label(), stamp = new Label();
    /** The window's is built when the compare mode is first entered (or {@link #bar()} is first asked). */
    private CompareBar bar;
    private LocalDate lastA;
    private java.util.function.Consumer<AtlasMap> onCompareMap = m -> {};
    private boolean syncing;

    /** Creates the pane around a presentation's (or a snapshot's) map {@code main}, following {@code state}. */
    public CompareView(MapResources res, AtlasState state, AtlasMap main) { this(res, state, main, false); }

    /**
     * Creates the pane around a map; with {@code deferBar} (the window's) the compare bar is built only when the
     * compare mode is first entered or {@link #bar()} is first asked, so the window's first paint does not wait for it.
     */
    CompareView(MapResources res, AtlasState state, AtlasMap main, boolean deferBar) {
        this.res = Objects.requireNonNull(res, "res");
        this.state = Objects.requireNonNull(state, "state");
        this.main = Objects.requireNonNull(main, "main");
        getStyleClass().add("compare-view");
        setId("compare-view");
        getStylesheets().add(Objects.requireNonNull(CompareView.class.getResource("compare.css")).toExternalForm());
        setMinSize(0, 0);
        line.getStyleClass().add("compare-divider");
        line.setId("compare-divider");
        grip.getStyleClass().add("compare-divider-grip");
        grip.setId("compare-divider-grip");
        handle.getStyleClass().add("compare-divider-handle");
        handle.setId("compare-divider-handle");
        for (Region r : new Region[] {grip, handle}) {
            r.setCursor(Cursor.H_RESIZE);
            r.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragDivider);
            r.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        }
        line.setMouseTransparent(true);
        labelA.getStyleClass().addAll("compare-date-label", "compare-a");
        labelA.setId("compare-label-a");
        labelB.getStyleClass().addAll("compare-date-label", "compare-b");
        labelB.setId("compare-label-b");
        labelA.setMouseTransparent(true);
        labelB.setMouseTransparent(true);
        stamp.getStyleClass().add("date-stamp");
        stamp.setId("date-stamp");
        stamp.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        overlay.getChildren().addAll(line, grip, handle, labelA, labelB, stamp);
        // placed by this view's layout, never resized by the overlay pane to their preferred (empty) size
        overlay.getChildren().forEach(n -> n.setManaged(false));
        getChildren().addAll(main, overlay);
        if (!deferBar) bar();
        subscriptions.follow(state.compareDateProperty(), this::compareDateChanged);
        subscriptions.listen(state.dateProperty(), this::refreshLabels);
        // the date labels keep clear of the main map's legend, which unfolds and folds: checked again once the
        // pulse has laid the legend out (its bounds are a pulse old while this view lays out its children)
        subscriptions.listen(main.chrome().legend().boundsInParentProperty(), this::requestLayout);
        subscriptions.listen(main.chrome().legend().visibleProperty(), this::requestLayout);
        Runnable afterLayout = () -> { for (Label l : List.of(labelA, labelB, stamp)) clearOfLegend(l); };
        subscriptions.follow(sceneProperty(), new Runnable() {
            private javafx.scene.Scene hooked;

            @Override public void run() {
                if (hooked != null) hooked.removePostLayoutPulseListener(afterLayout);
                hooked = getScene();
                if (hooked != null) hooked.addPostLayoutPulseListener(afterLayout);
            }
        });
        subscriptions.add(() -> { if (getScene() != null) getScene().removePostLayoutPulseListener(afterLayout); });
        layout.addListener(o -> relayout());
        divider.addListener(o -> requestLayout());
        controlsShown.addListener(o -> {
            if (controlsShown.get() && state.isComparing()) bar();
            requestLayout();
        });
        dateStamp.addListener(o -> refreshLabels());
        ghost.addListener(o -> applyGhost());
        dateA.addListener(o -> applyGhost());
        atlas.map.Translations.onChange(this, this::refreshLabels);
        refreshLabels();
    }

    /** Gets the map of the timeline's date (B, the right side), the one given to the constructor. */
    public AtlasMap mainMap() { return main; }

    /** The map of the compare date (A, the left side) while comparing; null otherwise. */
    public ReadOnlyObjectProperty<AtlasMap> compareMapProperty() { return other.getReadOnlyProperty(); }
    public AtlasMap getCompareMap() { return other.get(); }

    /** Gets the state shown. */
    public AtlasState state() { return state; }

    /** Swipe (the default) or side by side. */
    public ObjectProperty<Layout> layoutProperty() { return layout; }
    public Layout getLayout() { return layout.get(); }
    public void setLayout(Layout l) { layout.set(Objects.requireNonNull(l, "layout")); }

    /** The swipe divider's position as a fraction of the width (default 0.5), kept within [0.04, 0.96]. */
    public DoubleProperty dividerProperty() { return divider; }
    public double getDivider() { return clampDivider(divider.get()); }
    public void setDivider(double f) { divider.set(clampDivider(f)); }

    /** Whether each side draws the other date's corridor as a faint ghost (default off). */
    public BooleanProperty ghostProperty() { return ghost; }
    public boolean isGhost() { return ghost.get(); }
    public void setGhost(boolean g) { ghost.set(g); }

    /** Whether the compare bar (date fields, steps, layout) shows above the maps while comparing (default true). */
    public BooleanProperty controlsShownProperty() { return controlsShown; }
    public void setControlsShown(boolean b) { controlsShown.set(b); }

    /** Whether the timeline's date is stamped at the top of the map when not comparing (animation frames; default off). */
    public BooleanProperty dateStampProperty() { return dateStamp; }
    public void setDateStamp(boolean b) { dateStamp.set(b); }

    /**
     * Sets what is done to each compare map when it is built, and to the one shown now (e.g. the drawing tools
     * attached, so that drawing works on its side too); undone by the map's disposal.
     */
    public void setOnCompareMap(java.util.function.Consumer<AtlasMap> action) {
        onCompareMap = Objects.requireNonNull(action);
        if (other.get() != null) action.accept(other.get());
    }

    /**
     * Gets the compare bar (shown above the maps while comparing, when {@link #controlsShownProperty()} is on), building
     * it when the view was made without it: the window's first paint does not wait for controls that only show while
     * comparing. FX thread.
     */
    public CompareBar bar() {
        if (bar == null) {
            bar = new CompareBar(this, state);
            bar.setVisible(state.isComparing() && controlsShown.get());
            getChildren().add(bar);
            if (other.get() != null) bar.follow(comparing);
        }
        return bar;
    }

    /** Tests whether the compare bar has been built (it is, once the compare mode was entered). */
    boolean hasBar() { return bar != null; }

    /**
     * Enters the compare mode: A is the date compared last, or else a year before the timeline's date (clamped into
     * the data); does nothing when comparing.
     */
    public void enter() {
        if (state.isComparing()) return;
        LocalDate a = lastA != null ? lastA : state.getDate().minusYears(1);
        Optional<LocalDate> first = state.getIndex().firstDay();
        if (first.isPresent() && a.isBefore(first.get())) a = first.get();
        state.setCompareDate(a);
    }

    /** Leaves the compare mode (the compare date is remembered for the next {@link #enter()}). */
    public void leave() { state.setCompareDate(null); }

    /** Enters or leaves the compare mode. */
    public void toggle() {
        if (state.isComparing()) leave(); else enter();
    }

    /** Swaps the two dates: A takes the timeline's date and the timeline A's. Does nothing when not comparing. */
    public void swapDates() {
        if (!state.isComparing()) return;
        LocalDate a = state.getCompareDate(), b = state.getDate();
        state.batch(() -> {
            state.setCompareDate(b);
            state.setDate(a);
        });
    }

    /** Ends the view: leaves nothing subscribed to the state (the compare map, if any, is disposed). */
    public void dispose() {
        Fx.requireFxThread();
        closeCompare();
        subscriptions.dispose();
    }

    /** Gets the x of the divider in this pane, in pixels. */
    public double dividerX() {
        return layout.get() == Layout.SIDE_BY_SIDE ? Math.round(getWidth() / 2) : Math.round(getDivider() * getWidth());
    }

    private static double clampDivider(double f) {
        return Double.isNaN(f) ? 0.5 : Math.max(MIN_DIVIDER, Math.min(MAX_DIVIDER, f));
    }

    private void compareDateChanged() {
        LocalDate a = state.getCompareDate();
        if (a != null) {
            lastA = a;
            dateA.set(a);
            if (controlsShown.get()) bar();
            if (other.get() == null) openCompare();
        } else {
            closeCompare();
        }
        refreshLabels();
        requestLayout();
    }

    private void openCompare() {
        AtlasMap a = MapAssembly.buildAt(res, state, dateA);
        a.setId("compare-map");
        a.getStyleClass().add("compare-map");
        other.set(a);
        getChildren().add(0, a);
        comparing.follow(main.tileSourceProperty(), () -> a.setTileSource(main.getTileSource()));
        a.setView(main.getView().center(), main.getView().zoom());
        comparing.listen(a.viewProperty(), () -> sync(a, main));
        comparing.listen(main.viewProperty(), () -> sync(main, a));
        comparing.listen(state.dateProperty(), this::applyGhost);
        if (bar != null) bar.follow(comparing);
        comparing.add(() -> main.setContentClip(null));
        comparing.add(() -> a.setContentClip(null));
        a.setClip(boundsA);
        main.setClip(boundsB);
        comparing.add(() -> main.setClip(null));
        comparing.add(() -> a.setClip(null));
        comparing.add(() -> main.setPickOnBounds(true));
        comparing.add(() -> main.getStyleClass().remove("swipe-top"));
        onCompareMap.accept(a);
        applyGhost();
        relayout();
    }

    private void closeCompare() {
        AtlasMap a = other.get();
        if (a == null) return;
        comparing.dispose();
        corridorOf(main).ifPresent(c -> {
            c.setGhostDate(null);
            c.setLegendAlsoDate(null);
        });
        getChildren().remove(a);
        other.set(null);
        a.dispose();
        requestLayout();
    }

    /** Moves {@code to} to {@code from}'s centre and zoom (each map keeps its own size). */
    private void sync(AtlasMap from, AtlasMap to) {
        if (syncing) return;
        Viewport f = from.getView(), t = to.getView();
        if (Math.abs(f.zoom() - t.zoom()) < 1e-9 && f.center().equals(t.center())) return;
        syncing = true;
        try {
            to.setView(f.center(), f.zoom());
        } finally {
            syncing = false;
        }
    }

    private void applyGhost() {
        AtlasMap a = other.get();
        boolean on = ghost.get() && a != null;
        corridorOf(main).ifPresent(c -> c.setGhostDate(on ? dateA.get() : null));
        // swiping, the main map's legend (the only one shown) explains both sides
        corridorOf(main).ifPresent(c -> c.setLegendAlsoDate(a != null && layout.get() == Layout.SWIPE ? dateA.get() : null));
        if (a != null) corridorOf(a).ifPresent(c -> c.setGhostDate(on ? state.getDate() : null));
    }

    private static Optional<CorridorLayer> corridorOf(AtlasMap m) {
        return m.overlays().stream().filter(CorridorLayer.class::isInstance).map(CorridorLayer.class::cast).findFirst();
    }

    private void relayout() {
        AtlasMap a = other.get();
        boolean swipe = layout.get() == Layout.SWIPE;
        if (a != null) {
            // swiping, the compare map's chrome would sit under the main map's; side by side each map has its own
            // (the base-map legend once, on the main map)
            a.chrome().setVisible(!swipe);
            a.chrome().legend().setVisible(false);
            main.setContentClip(swipe ? clip : null);
            a.setContentClip(swipe ? clipA : null);
            // the main map's own background would cover the compare map under it
            main.getStyleClass().remove("swipe-top");
            if (swipe) main.getStyleClass().add("swipe-top");
            // left of the divider, the mouse must reach the compare map under the (clipped) main map
            main.setPickOnBounds(!swipe);
        }
        grip.setVisible(swipe);
        handle.setVisible(swipe);
        applyGhost();
        requestLayout();
    }

    private void dragDivider(MouseEvent e) {
        if (getWidth() <= 0) return;
        setDivider(sceneToLocal(e.getSceneX(), e.getSceneY()).getX() / getWidth());
        e.consume();
    }

    private void refreshLabels() {
        boolean on = state.isComparing();
        labelA.setText(on ? atlas.i18n.Texts.format("compare.label-a", atlas.i18n.Texts.get("compare.a"), EventDate.day(dateA.get()).label()) : "");
        labelB.setText(on ? atlas.i18n.Texts.format("compare.label-b", atlas.i18n.Texts.get("compare.b"), EventDate.day(state.getDate()).label()) : "");
        stamp.setText(EventDate.day(state.getDate()).label());
        stamp.setVisible(dateStamp.get() && !on);
        requestLayout();
    }

    @Override protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        AtlasMap a = other.get();
        boolean on = a != null;
        boolean showBar = on && controlsShown.get();
        if (bar != null) bar.setVisible(showBar);
        showBar = showBar && bar != null;
        double top = 0;
        if (showBar) {
            top = Math.ceil(bar.prefHeight(w));
            bar.resizeRelocate(0, 0, w, top);
        }
        double mh = Math.max(0, h - top);
        overlay.resizeRelocate(0, top, w, mh);
        for (Region r : new Region[] {line, grip, handle, labelA, labelB}) r.setVisible(on && (r != grip && r != handle || layout.get() == Layout.SWIPE));
        if (!on) {
            main.resizeRelocate(0, top, w, mh);
        } else if (layout.get() == Layout.SWIPE) {
            a.resizeRelocate(0, top, w, mh);
            main.resizeRelocate(0, top, w, mh);
            double x = dividerX();
            clip.setX(x);
            clip.setY(0);
            clip.setWidth(Math.max(0, w - x));
            clip.setHeight(mh);
            clipA.setWidth(x);
            clipA.setHeight(mh);
        } else {
            double half = Math.floor((w - GAP_PX) / 2);
            a.resizeRelocate(0, top, half, mh);
            main.resizeRelocate(w - half, top, half, mh);
        }
        if (on) {
            boundsA.setWidth(a.getWidth());
            boundsA.setHeight(a.getHeight());
            boundsB.setWidth(main.getWidth());
            boundsB.setHeight(main.getHeight());
        }
        double x = dividerX();
        boolean swipe = layout.get() == Layout.SWIPE;
        double lineW = swipe ? 3 : GAP_PX;
        line.resizeRelocate(x - lineW / 2, 0, lineW, mh);
        grip.resizeRelocate(x - GRIP_PX / 2, 0, GRIP_PX, mh);
        handle.resizeRelocate(x - HANDLE_PX / 2, mh / 2 - HANDLE_PX / 2, HANDLE_PX, HANDLE_PX);
        if (swipe) {
            // beside the divider, each on its own side
            placeLabel(labelA, x - LABEL_OFFSET_PX, true);
            placeLabel(labelB, x + LABEL_OFFSET_PX, false);
        } else {
            // over the middle of each map, clear of its zoom buttons and legend
            placeLabel(labelA, x / 2 + labelA.prefWidth(-1) / 2, true);
            placeLabel(labelB, x + (w - x) / 2 - labelB.prefWidth(-1) / 2, false);
        }
        double sw = stamp.prefWidth(-1), sh = stamp.prefHeight(-1);
        stamp.resizeRelocate(Math.round((w - sw) / 2), LABEL_TOP_PX, sw, sh);
        for (Label l : List.of(labelA, labelB, stamp)) clearOfLegend(l);
    }

    /**
     * Moves a label placed over the main map's legend (the base map's, top left: unfolded, or under a divider dragged
     * far left) to just below it, so that neither covers the other.
     */
    private void clearOfLegend(Label l) {
        javafx.scene.Node legend = main.chrome().legend();
        if (!l.isVisible() || !legend.isVisible() || legend.getScene() == null || l.getScene() == null) return;
        Bounds lb = overlay.sceneToLocal(legend.localToScene(legend.getBoundsInLocal()));
        if (lb != null && l.getBoundsInParent().intersects(lb)) l.relocate(l.getLayoutX(), Math.round(lb.getMaxY() + LABEL_OFFSET_PX / 2));
    }

    /** Places a date label at the top beside the divider: ending at {@code x} (left side) or starting there. */
    private void placeLabel(Label l, double x, boolean leftOfX) {
        double lw = l.prefWidth(-1), lh = l.prefHeight(-1);
        double lx = leftOfX ? x - lw : x;
        lx = Math.max(4, Math.min(getWidth() - lw - 4, lx));
        l.resizeRelocate(Math.round(lx), LABEL_TOP_PX, lw, lh);
    }

    @Override protected double computePrefWidth(double height) { return main.prefWidth(height); }

    @Override protected double computePrefHeight(double width) { return main.prefHeight(width); }
}
