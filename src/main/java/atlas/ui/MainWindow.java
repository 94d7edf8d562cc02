package atlas.ui;

import atlas.map.AtlasMap;
import atlas.model.NameStyle;
import atlas.tiles.OfflineTileSource;
import atlas.tiles.TileSource;
import java.util.Objects;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The main window's content: a toolbar on top (tile source, name style, menu), the map in the centre. Left, right
 * and bottom are free for panels: use BorderPane's {@code setLeft}, {@code setRight}, {@code setBottom}, and add
 * toolbar items with {@link #toolbar()}. State shared with panels is {@link #state()}.
 */
public final class MainWindow extends BorderPane {
    private final AtlasState state;
    private final AtlasMap map;
    private final ToolBar toolbar;
    private final MenuButton menu;
    private final LayersPanel layersPanel;
    private final ComboBox<TileSource> sources = new ComboBox<>();
    private MapResources res;
    private final OpenFiles openFiles = new OpenFiles();
    private final CompareView compare;
    /** Enters or leaves the compare mode. */
    public static final javafx.scene.input.KeyCombination COMPARE_KEY = javafx.scene.input.KeyCombination.keyCombination("Shortcut+K");
    private final DrawingTools drawingTools;
    /** Everything the window and what was installed in it subscribed to, undone by {@link #dispose()}. */
    private final atlas.map.Subscriptions subscriptions = new atlas.map.Subscriptions();
    private boolean disposed;

    /** Creates the window content for loaded map resources and a state. FX thread. */
    public MainWindow(MapResources res, AtlasState state) {
        this.state = Objects.requireNonNull(state);
        getStyleClass().add("main-window");
        getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("atlas.css")).toExternalForm());
        map = MapAssembly.build(res, state);
        compare = new CompareView(res, state, map);
        setCenter(compare);
        // the panels leave the map narrow: the base-map legend starts folded (snapshots show it open)
        map.chrome().legend().setExpanded(false);
        drawingTools = new DrawingTools(state);
        drawingTools.attach(map, true);
        onDispose(drawingTools::dispose);
        compare.setOnCompareMap(m -> drawingTools.attach(m, false));
        // the drawing keys go on whichever scene shows the window, and leave it with the window
        subscriptions.follow(sceneProperty(), () -> drawingTools.install(getScene()));

        this.res = res;
        sources.setId("tile-source");
        sources.getItems().setAll(res.sources());
        sources.setConverter(new StringConverter<>() {
            @Override public String toString(TileSource s) { return s == null ? "" : s.name(); }
            @Override public TileSource fromString(String s) { return MainWindow.this.res.source(s); }
        });
        sources.setButtonCell(new ListCell<>() {
            @Override protected void updateItem(TileSource s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? "" : s.name());
            }
        });
        subscriptions.bindBidirectional(sources.valueProperty(), map.tileSourceProperty());

        ComboBox<NameStyle> names = new ComboBox<>();
        names.setId("name-style");
        names.getItems().setAll(NameStyle.values());
        names.setConverter(new StringConverter<>() {
            @Override public String toString(NameStyle s) { return s == null ? "" : s.label(); }
            @Override public NameStyle fromString(String s) { return NameStyle.BOTH; }
        });
        subscriptions.bindBidirectional(names.valueProperty(), state.nameStyleProperty());

        MenuItem reset = new MenuItem("Reset view");
        reset.setOnAction(e -> map.flyTo(AtlasMap.DEFAULT_CENTER, AtlasMap.DEFAULT_ZOOM, javafx.util.Duration.millis(600)));
        MenuItem about = new MenuItem("About and data sources…");
        about.setOnAction(e -> about());
        MenuItem compareItem = new MenuItem("Compare two dates");
        compareItem.setId("compare-menu-item");
        compareItem.setAccelerator(COMPARE_KEY);
        compareItem.setOnAction(e -> compare.toggle());
        MenuItem servers = new MenuItem("Tile servers…");
        servers.setId("tile-servers");
        servers.setOnAction(e -> editTileServers());
        MenuItem animate = new MenuItem("Export animation…");
        animate.setId("export-animation");
        animate.setOnAction(e -> exportAnimation());
        menu = new MenuButton("Menu", null, compareItem, animate, reset, servers, about);
        menu.setId("main-menu");

        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // layers panel (corridor, band, posts, NKAO 1991, 1994 line) in a drop-down, kept in step with the state
        layersPanel = new LayersPanel(state, MapAssembly.layerToggles());
        onDispose(layersPanel::dispose);
        javafx.scene.control.CustomMenuItem layersItem = new javafx.scene.control.CustomMenuItem(layersPanel, false);
        MenuButton layers = new MenuButton("Layers", null, layersItem);
        layers.setId("layers-menu");
        javafx.scene.control.ToggleButton compareToggle = new javafx.scene.control.ToggleButton("Compare");
        compareToggle.setId("compare-toggle");
        compareToggle.setTooltip(new javafx.scene.control.Tooltip("Compare two dates on the map: A left, B right (Ctrl+K)"));
        compareToggle.setSelected(state.isComparing());
        subscriptions.listen(state.compareDateProperty(), () -> compareToggle.setSelected(state.isComparing()));
        compareToggle.setOnAction(e -> compare.toggle());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COMPARE_KEY.match(e)) {
                compare.toggle();
                e.consume();
            }
        });
        toolbar = new ToolBar(new Label("Tiles"), sources, new Label("Place names"), names, layers, compareToggle, spacer, menu);
        toolbar.setId("main-toolbar");
        setTop(toolbar);
    }

    /**
     * Records what undoes a subscription made for this window by something installed in it (a {@link WindowExtension},
     * the timeline views): {@link #dispose()} runs it. Runs it at once when the window is already disposed.
     */
    public void onDispose(Runnable undo) {
        if (disposed) undo.run();
        else subscriptions.add(undo);
    }

    /**
     * Takes the window apart: the compare view and its second map, the map with every overlay, the drawing keys and
     * everything installed in the window with {@link #onDispose} (the story mode's handlers on the stage, the timeline
     * views). Afterwards nothing longer-lived (the state, the stage, the JVM's tile source) holds the window. Idempotent;
     * FX thread.
     */
    public void dispose() {
        atlas.map.Fx.requireFxThread();
        if (disposed) return;
        disposed = true;
        subscriptions.dispose();
        compare.dispose();
        map.dispose();
    }

    /** Tests whether {@link #dispose()} was called. */
    public boolean isDisposed() { return disposed; }

    /** Gets the map pane (add overlays, move the view). */
    public AtlasMap map() { return map; }

    /** Opens the "Export animation" dialog for the map as it is shown now; returns it. */
    public AnimationDialog exportAnimation() {
        AnimationDialog d = new AnimationDialog(res, state, map, getScene() == null ? null : getScene().getWindow());
        d.show();
        return d;
    }

    /** Gets the map pane: the map, and the second map and controls of the compare mode. */
    public CompareView compareView() { return compare; }

    /** Gets the shared application state. */
    public AtlasState state() { return state; }

    /** Gets the drawing tools (pen, highlighter, arrow, text; undo, redo) shared by the window and its presentations. */
    public DrawingTools drawingTools() { return drawingTools; }

    /** Gets the layers panel (the check boxes of the "Layers" drop-down). */
    public LayersPanel layersPanel() { return layersPanel; }

    /** Gets the entry point for files handed to the app (command line, file associations); add openers to it. */
    public OpenFiles openFiles() { return openFiles; }

    /** Gets the main menu, to add items to. */
    public MenuButton menu() { return menu; }

    /** Gets the toolbar, to add controls to. */
    public ToolBar toolbar() { return toolbar; }

    /** Opens Menu ▸ Tile servers… and applies what the user sets: the chooser's online sources, the cache limit. */
    private void editTileServers() {
        TileServerSettings settings = TileServerSettings.standard();
        TileServersDialog d = new TileServersDialog(getScene() == null ? null : getScene().getWindow(),
                settings.servers(), settings.cacheBytes(), res.tileCache().sizeBytes());
        if (d.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isEmpty()) return;
        settings.save(d.servers(), d.cacheBytes());
        setTileServers(d.servers(), d.cacheBytes());
    }

    /**
     * Sets the online tile servers the chooser offers and the cache limit; a source shown now that is no longer
     * offered gives way to the offline one. FX thread.
     */
    public void setTileServers(java.util.List<atlas.tiles.TileServer> servers, long cacheBytes) {
        TileSource shown = map.getTileSource();
        res = res.withServers(servers);
        long bytes = cacheBytes;
        new Thread(() -> res.tileCache().setMaxBytes(bytes), "tile-cache-limit").start();
        sources.getItems().setAll(res.sources());
        map.setTileSource(res.sources().contains(shown) ? shown : res.offline());
    }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("About Corridor Atlas");
        a.setHeaderText("Corridor Atlas 0.1 — map explorer of the Nagorno-Karabakh region and the Lachin corridor");
        a.setContentText("Base-map data: " + OfflineTileSource.ATTRIBUTION
                + ".\n\nContested places carry both names; the former NKAO boundary and the 1994 ceasefire line are"
                + " approximate (about ±1.3 km). Code: GPL-3.0. Data licences: assets/basemap/LICENSES.md.");
        a.getDialogPane().setMinWidth(560);
        if (getScene() != null) a.initOwner(getScene().getWindow());
        a.show();
    }
}
