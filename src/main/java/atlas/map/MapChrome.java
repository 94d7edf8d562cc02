package atlas.map;

import atlas.geo.Viewport;
import atlas.i18n.Texts;
import atlas.model.LatLon;
import atlas.tiles.LegendItem;
import atlas.tiles.TileRenderer;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.AnchorPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The controls drawn over the map: zoom buttons (top right), legend (top left), scale bar and cursor position
 * (bottom left), attribution (bottom right). Ids: {@code #zoom-in}, {@code #zoom-out}, {@code #scale-bar},
 * {@code #scale-label}, {@code #cursor-position}, {@code #attribution}, {@code #legend}. Clicks between the controls
 * go through to the map.
 */
public final class MapChrome extends AnchorPane {
    private static final double SCALE_MAX_PX = 140;
    private final Label scaleLabel = new Label();
    private final Region scaleBar = new Region();
    private final Label cursorLabel = new Label("—");
    private final Label attribution = new Label();
    private final TitledPane legend;
    private final TileRenderer legendStyle;
    private java.util.Set<LegendItem> hiddenItems = java.util.EnumSet.noneOf(LegendItem.class);
    /** Whether the legend was put in a scene open: its rows are built at the next layout. */
    private boolean legendDue;
    private final VBox bottomLeft;
    private final VBox topRight;
    private final VBox zoom;

    /**
     * Shows or hides the zoom buttons (shown by default): an exported image (snapshot, slide, handout, animation)
     * has nothing to click.
     */
    public void setZoomButtonsShown(boolean shown) {
        zoom.setVisible(shown);
        zoom.setManaged(shown);
    }

    MapChrome(AtlasMap map, TileRenderer legendStyle) {
        getStyleClass().add("map-chrome");
        setPickOnBounds(false);
        // as wide as the map even when the map is narrower than the widest control (a compare mode's half): a wider
        // chrome would be centred over the map and spill its controls onto the neighbour
        setMinSize(0, 0);

        Button in = new Button("+");
        in.setId("zoom-in");
        in.setTooltip(tooltip("map.zoom-in"));
        Translations.bind(in.accessibleTextProperty(), "map.zoom-in");
        in.setOnAction(e -> map.zoomBy(1));
        Button out = new Button("−");
        out.setId("zoom-out");
        out.setTooltip(tooltip("map.zoom-out"));
        Translations.bind(out.accessibleTextProperty(), "map.zoom-out");
        out.setOnAction(e -> map.zoomBy(-1));
        in.setFocusTraversable(false);
        out.setFocusTraversable(false);
        zoom = new VBox(in, out);
        zoom.getStyleClass().add("zoom-buttons");
        topRight = new VBox(10, zoom);
        topRight.setAlignment(Pos.TOP_RIGHT);
        topRight.setPickOnBounds(false);
        topRight.setFillWidth(false);
        add(topRight, 10.0, 10.0, null, null);

        scaleBar.setId("scale-bar");
        scaleBar.getStyleClass().add("scale-bar");
        scaleLabel.setId("scale-label");
        scaleLabel.getStyleClass().add("scale-label");
        VBox scale = new VBox(2, scaleLabel, scaleBar);
        scale.getStyleClass().add("scale-box");
        cursorLabel.setId("cursor-position");
        cursorLabel.getStyleClass().add("cursor-position");
        bottomLeft = new VBox(4, scale, cursorLabel);
        bottomLeft.setAlignment(Pos.BOTTOM_LEFT);
        bottomLeft.setPickOnBounds(false);
        add(bottomLeft, null, null, BOTTOM_LEFT_GAP_PX, SIDE_GAP_PX);

        attribution.setId("attribution");
        attribution.getStyleClass().add("attribution");
        attribution.setWrapText(true);
        // at most 560 px, and never wider than the map (a compare mode's half): it wraps instead of leaving the map
        attribution.maxWidthProperty().bind(javafx.beans.binding.Bindings.max(0.0, javafx.beans.binding.Bindings.min(560.0, widthProperty().subtract(16))));
        attribution.textProperty().bind(Bindings.createStringBinding(() -> map.getTileSource() == null ? ""
                : TileSources.displayAttribution(map.getTileSource()), map.tileSourceProperty(), Translations.languageProperty()));
        add(attribution, null, 0.0, 0.0, null);

        this.legendStyle = legendStyle;
        legend = new TitledPane(null, null);
        Translations.bind(legend.textProperty(), "legend.title");
        legend.setId("legend");
        legend.getStyleClass().add("legend");
        legend.setExpanded(true);
        // folded, the legend is just its title bar (a TitledPane otherwise keeps its content's width)
        legend.maxWidthProperty().bind(javafx.beans.binding.Bindings.when(legend.expandedProperty())
                .then(Region.USE_COMPUTED_SIZE).otherwise(110.0));
        // reachable from the keyboard: Space or Enter opens and folds it
        legend.setFocusTraversable(true);
        add(legend, 10.0, null, null, 10.0);
        // the rows are built when the legend is first shown open: a window whose legend starts folded builds none
        // before its first paint. Opened by a click, at once; shown open in a scene, at the scene's next layout
        legend.expandedProperty().addListener(o -> {
            if (legend.isExpanded() && legend.getScene() != null) legendRows();
        });
        legend.sceneProperty().addListener(o -> {
            if (legend.isExpanded() && legend.getScene() != null && legend.getContent() == null) {
                legendDue = true;
                requestLayout();
            }
        });

        map.viewProperty().addListener((o, a, v) -> update(v));
        map.pointerPositionProperty().addListener((o, a, p) -> cursorLabel.setText(format(p)));
        cursorLabel.visibleProperty().bind(map.pointerPositionProperty().isNotNull());
        cursorLabel.managedProperty().bind(cursorLabel.visibleProperty());
        update(map.getView());
        Translations.onChange(this, () -> {
            update(map.getView());
            cursorLabel.setText(format(map.pointerPositionProperty().get()));
        });
    }

    private static javafx.scene.control.Tooltip tooltip(String key) {
        javafx.scene.control.Tooltip t = new javafx.scene.control.Tooltip();
        Translations.bind(t.textProperty(), key);
        return t;
    }

    private void add(Node n, Double top, Double right, Double bottom, Double left) {
        getChildren().add(n);
        AnchorPane.setTopAnchor(n, top);
        AnchorPane.setRightAnchor(n, right);
        AnchorPane.setBottomAnchor(n, bottom);
        AnchorPane.setLeftAnchor(n, left);
    }

    /** The bottom-left stack's gap to the map's bottom edge, and to the attribution when it sits above it. */
    private static final double BOTTOM_LEFT_GAP_PX = 8, SIDE_GAP_PX = 10;

    /**
     * Gets the base-map legend's rows ({@code #legend-river}, …, and the note on approximate geometry), building them
     * if the legend was never shown open.
     */
    public Node legendRows() {
        if (legend.getContent() == null) {
            VBox items = new VBox(3);
            for (LegendItem item : LegendItem.values()) {
                ImageView swatch = new ImageView(AtlasTileRetriever.toFx(legendStyle.legendSwatch(item, 34, 14)));
                Label l = new Label(item.label(), swatch);
                Translations.onChange(l, () -> l.setText(item.label()));
                l.getStyleClass().add("legend-item");
                l.setId("legend-" + item.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                l.setVisible(!hiddenItems.contains(item));
                l.setManaged(l.isVisible());
                l.setUserData(item);
                items.getChildren().add(l);
            }
            Label note = new Label();
            Translations.bind(note.textProperty(), "legend.note-approximate");
            note.getStyleClass().add("legend-note");
            note.setWrapText(true);
            note.setMaxWidth(230);
            items.getChildren().add(note);
            legend.setContent(items);
        }
        return legend.getContent();
    }

    /** Leaves these rows out of the base-map legend (the historical lines a layer toggle hides); the others show. */
    public void setHiddenLegendItems(java.util.Set<LegendItem> hidden) {
        hiddenItems = hidden.isEmpty() ? java.util.EnumSet.noneOf(LegendItem.class) : java.util.EnumSet.copyOf(hidden);
        if (!(legend.getContent() instanceof javafx.scene.Parent rows)) return;
        for (Node n : rows.getChildrenUnmodifiable()) {
            if (!(n.getUserData() instanceof LegendItem item)) continue;
            n.setVisible(!hiddenItems.contains(item));
            n.setManaged(n.isVisible());
        }
    }

    @Override protected void layoutChildren() {
        if (legendDue) {
            // shown open in a scene: the rows join now, styled at once (this pulse's styling has run)
            legendDue = false;
            if (legend.getContent() == null) legendRows().applyCss();
        }
        // on a narrow map (a compare mode's half) the attribution wraps across the bottom: the scale bar and the
        // legends stacked at the bottom left go above it instead of under it
        double w = getWidth();
        double attrW = Math.min(attribution.prefWidth(-1), attribution.getMaxWidth());
        double attrH = attribution.isVisible() ? attribution.prefHeight(attrW) : 0;
        boolean overlaps = SIDE_GAP_PX + bottomLeft.prefWidth(-1) > w - attrW;
        double bottom = overlaps ? attrH + BOTTOM_LEFT_GAP_PX / 2 : BOTTOM_LEFT_GAP_PX;
        Double now = AnchorPane.getBottomAnchor(bottomLeft);
        if (now == null || Math.abs(now - bottom) > 0.5) AnchorPane.setBottomAnchor(bottomLeft, bottom);
        super.layoutChildren();
    }

    /** Adds a control at the bottom-left stack, above the scale bar (e.g. a date badge). */
    public void addBottomLeft(Node n) { bottomLeft.getChildren().add(0, n); }

    /** Adds a control at the top right, under the zoom buttons (e.g. the drawing tools). */
    public void addTopRight(Node n) { topRight.getChildren().add(n); }

    /** Gets the legend pane (e.g. to add entries for an overlay). */
    public TitledPane legend() { return legend; }

    private void update(Viewport v) {
        ScaleBar s = ScaleBar.fit(v.metresPerPixel(), SCALE_MAX_PX);
        scaleBar.setPrefWidth(s.widthPx());
        scaleBar.setMinWidth(s.widthPx());
        scaleBar.setMaxWidth(s.widthPx());
        scaleLabel.setText(s.label());
    }

    /** Gets a position as "39.81528° N  46.75194° E" in the interface's language ("39,81528° с. ш.  46,75194° в. д."). */
    static String format(LatLon p) {
        if (p == null) return "—";
        return Texts.format("map.position",
                Texts.format(p.lat() >= 0 ? "map.latitude.north" : "map.latitude.south", Texts.decimal(Math.abs(p.lat()), 5)),
                Texts.format(p.lon() >= 0 ? "map.longitude.east" : "map.longitude.west", Texts.decimal(Math.abs(p.lon()), 5)));
    }
}
