package atlas.ui;

import atlas.i18n.Language;
import atlas.i18n.Texts;
import atlas.map.AtlasMap;
import atlas.map.TileSources;
import atlas.map.Translations;
import atlas.model.NameStyle;
import atlas.tiles.TileSource;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
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
    /** Built when the Layers drop-down first opens (or {@link #layersPanel()} is first asked). */
    private LayersPanel layersPanel;
    private final javafx.scene.control.CustomMenuItem layersItem = new javafx.scene.control.CustomMenuItem(null, false);
    private final ComboBox<TileSource> sources = new ComboBox<>();
    private MapResources res;
    private final OpenFiles openFiles = new OpenFiles();
    private final DisplaySettings display;
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
        getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("contrast.css")).toExternalForm());
        map = MapAssembly.build(res, state);
        compare = new CompareView(res, state, map, true);
        setCenter(compare);
        // the panels leave the map narrow: the base-map legend starts folded (snapshots show it open)
        map.chrome().legend().setExpanded(false);
        drawingTools = new DrawingTools(state);
        // the tool palette is one of the parts built after the first paint (deferredParts); the keys work at once
        drawingTools.attach(map, false);
        onDispose(drawingTools::dispose);
        compare.setOnCompareMap(m -> drawingTools.attach(m, false));
        // the drawing keys go on whichever scene shows the window, and leave it with the window
        subscriptions.follow(sceneProperty(), () -> drawingTools.install(getScene()));

        this.res = res;
        sources.setId("tile-source");
        sources.getItems().setAll(res.sources());
        sources.setConverter(new StringConverter<>() {
            @Override public String toString(TileSource s) { return s == null ? "" : TileSources.displayName(s); }
            @Override public TileSource fromString(String s) { return MainWindow.this.res.source(s); }
        });
        Translations.relabel(sources);
        subscriptions.bindBidirectional(sources.valueProperty(), map.tileSourceProperty());

        ComboBox<NameStyle> names = new ComboBox<>();
        names.setId("name-style");
        names.getItems().setAll(NameStyle.values());
        names.setConverter(Translations.converter(NameStyle::label));
        Translations.relabel(names);
        subscriptions.bindBidirectional(names.valueProperty(), state.nameStyleProperty());

        MenuItem reset = item("menu.reset-view");
        reset.setId("reset-view");
        reset.setOnAction(e -> map.flyTo(AtlasMap.DEFAULT_CENTER, AtlasMap.DEFAULT_ZOOM, javafx.util.Duration.millis(600)));
        MenuItem about = item("menu.about");
        about.setId("about");
        about.setOnAction(e -> about());
        MenuItem compareItem = item("menu.compare");
        compareItem.setId("compare-menu-item");
        compareItem.setAccelerator(COMPARE_KEY);
        compareItem.setOnAction(e -> compare.toggle());
        MenuItem servers = item("menu.tile-servers");
        servers.setId("tile-servers");
        servers.setOnAction(e -> editTileServers());
        MenuItem animate = item("menu.export-animation");
        animate.setId("export-animation");
        animate.setOnAction(e -> exportAnimation());
        display = new DisplaySettings(this, state);
        menu = new MenuButton(null, null, languageMenu(), display.menu(), compareItem, animate, reset, servers, about);
        Translations.bind(menu.textProperty(), "menu.title");
        menu.accessibleTextProperty().bind(menu.textProperty());
        menu.setId("main-menu");

        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // layers panel (corridor, band, posts, NKAO 1991, 1994 line) in a drop-down, kept in step with the state; its
        // check boxes are built when it first opens
        MenuButton layers = new MenuButton(null, null, layersItem);
        layers.setOnShowing(e -> layersPanel());
        Translations.bind(layers.textProperty(), "toolbar.layers");
        // a menu button reports no text of its own to screen readers: say its label
        layers.accessibleTextProperty().bind(layers.textProperty());
        layers.setId("layers-menu");
        javafx.scene.control.ToggleButton compareToggle = new javafx.scene.control.ToggleButton();
        Translations.bind(compareToggle.textProperty(), "toolbar.compare");
        compareToggle.setId("compare-toggle");
        compareToggle.setTooltip(new javafx.scene.control.Tooltip());
        Translations.bind(compareToggle.getTooltip().textProperty(), "toolbar.compare.tip");
        compareToggle.setSelected(state.isComparing());
        subscriptions.listen(state.compareDateProperty(), () -> compareToggle.setSelected(state.isComparing()));
        compareToggle.setOnAction(e -> compare.toggle());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COMPARE_KEY.match(e)) {
                compare.toggle();
                e.consume();
            }
        });
        Label tilesLabel = label("toolbar.tiles", sources), namesLabel = label("toolbar.place-names", names);
        toolbar = new ToolBar(tilesLabel, sources, namesLabel, names, layers, compareToggle, spacer, menu);
        toolbar.setId("main-toolbar");
        setTop(toolbar);
        MapDescription.install(map, state);
        // Tab follows the page: toolbar, event list (left), map, details (right), timeline (bottom), whatever order
        // the panels were built in (BorderPane's children cannot be reordered: a removed child leaves its place);
        // F6 / Shift+F6 jump between these regions
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
            if (e.getCode() == javafx.scene.input.KeyCode.TAB) {
                if (moveFocus(e.isShiftDown() ? -1 : 1)) e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.F6) {
                cycleRegion(e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
    }

    /** Gets the controls Tab visits, in order: region by region (top, left, centre, right, bottom), each in tree order. */
    List<javafx.scene.Node> tabOrder() {
        List<javafx.scene.Node> out = new java.util.ArrayList<>();
        for (javafx.scene.Node r : regions()) collectFocusable(r, out);
        return out;
    }

    private static void collectFocusable(javafx.scene.Node n, List<javafx.scene.Node> out) {
        if (!n.isVisible() || n.isDisabled()) return;
        if (n.isFocusTraversable()) out.add(n);
        if (n instanceof javafx.scene.Parent p) for (javafx.scene.Node c : p.getChildrenUnmodifiable()) collectFocusable(c, out);
    }

    /** Moves the focus to the next ({@code +1}) or previous ({@code -1}) control of {@link #tabOrder()}. */
    private boolean moveFocus(int step) {
        List<javafx.scene.Node> order = tabOrder();
        if (order.isEmpty() || getScene() == null) return false;
        javafx.scene.Node focus = getScene().getFocusOwner();
        int at = -1;
        for (javafx.scene.Node p = focus; p != null && at < 0; p = p.getParent()) at = order.indexOf(p);
        order.get(at < 0 ? (step > 0 ? 0 : order.size() - 1) : Math.floorMod(at + step, order.size())).requestFocus();
        return true;
    }

    private List<javafx.scene.Node> regions() {
        return java.util.stream.Stream.of(getTop(), getLeft(), getCenter(), getRight(), getBottom()).filter(Objects::nonNull).toList();
    }

    /** Moves the focus to the first control of the next ({@code +1}) or previous ({@code -1}) region. */
    void cycleRegion(int step) {
        List<javafx.scene.Node> regions = regions();
        javafx.scene.Node focus = getScene() == null ? null : getScene().getFocusOwner();
        int at = -1;
        for (int i = 0; i < regions.size(); i++) if (focus != null && isInside(focus, regions.get(i))) at = i;
        for (int k = 1; k <= regions.size(); k++) {
            javafx.scene.Node r = regions.get(Math.floorMod(at + step * k, regions.size()));
            javafx.scene.Node first = firstFocusable(r);
            if (first != null) {
                first.requestFocus();
                return;
            }
        }
    }

    private static boolean isInside(javafx.scene.Node n, javafx.scene.Node region) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) if (p == region) return true;
        return false;
    }

    private static javafx.scene.Node firstFocusable(javafx.scene.Node n) {
        if (!n.isVisible() || n.isDisabled()) return null;
        if (n.isFocusTraversable()) return n;
        if (n instanceof javafx.scene.Parent p)
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                javafx.scene.Node f = firstFocusable(c);
                if (f != null) return f;
            }
        return null;
    }

    /**
     * Builds what the window leaves out of its first paint: the drawing tools' palette (the drawing keys work
     * without it), the Layers drop-down's check boxes and the compare bar (these two are also built on their first
     * use, so a key pressed earlier still works). Returns the steps, to be run one per pulse after the map is on
     * screen; each runs once however often it is called. FX thread.
     */
    public List<Runnable> deferredParts() {
        return List.of(this::palette, this::layersPanel, compare::bar);
    }

    private boolean paletteAdded;

    /** Adds the drawing tools' palette to the map, once. */
    private void palette() {
        if (paletteAdded || disposed) return;
        paletteAdded = true;
        drawingTools.addPalette(map);
    }

    /** Gets the window's accessibility settings (high contrast, text size, reduced motion). */
    public DisplaySettings display() { return display; }

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

    /** Gets the layers panel (the check boxes of the "Layers" drop-down), building it on first use. */
    public LayersPanel layersPanel() {
        if (layersPanel == null) {
            layersPanel = new LayersPanel(state, MapAssembly.layerToggles());
            onDispose(layersPanel::dispose);
            layersItem.setContent(layersPanel);
        }
        return layersPanel;
    }

    /** Gets the entry point for files handed to the app (command line, file associations); add openers to it. */
    public OpenFiles openFiles() { return openFiles; }

    /** Gets the main menu, to add items to. */
    public MenuButton menu() { return menu; }

    /** Gets the toolbar, to add controls to. */
    public ToolBar toolbar() { return toolbar; }

    /** Gets a menu item whose text follows the language. */
    static MenuItem item(String key) {
        MenuItem m = new MenuItem();
        Translations.bind(m.textProperty(), key);
        return m;
    }

    /** Gets a label whose text follows the language, naming {@code control} (screen readers read it with it). */
    static Label label(String key, javafx.scene.Node control) {
        Label l = new Label();
        Translations.bind(l.textProperty(), key);
        l.setLabelFor(control);
        if (control instanceof javafx.scene.control.Control c) c.accessibleTextProperty().bind(l.textProperty());
        return l;
    }

    /** Gets the Language submenu: one item per language, named in itself; the choice applies at once. */
    private Menu languageMenu() {
        Menu m = new Menu();
        m.setId("language-menu");
        Translations.bind(m.textProperty(), "menu.language");
        ToggleGroup group = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem r = new RadioMenuItem();
            Translations.bind(r.textProperty(), "language." + l.tag());
            r.setId("language-" + l.tag());
            r.setToggleGroup(group);
            r.setSelected(Translations.getLanguage() == l);
            r.setOnAction(e -> Translations.setLanguage(l));
            m.getItems().add(r);
        }
        Translations.onChange(this, () -> group.getToggles().forEach(t ->
                t.setSelected(((RadioMenuItem) t).getId().equals("language-" + Translations.getLanguage().tag()))));
        return m;
    }

    /** Opens Menu ▸ Tile servers… and applies what the user sets: the chooser's online sources, the cache limit. */
    private void editTileServers() {
        TileServerSettings settings = TileServerSettings.standard();
        TileServersDialog d = new TileServersDialog(getScene() == null ? null : getScene().getWindow(),
                settings.servers(), settings.cacheBytes(), res.tileCache().sizeBytes());
        if (d.showAndWait().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).isEmpty()) return;
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
        Alert a = Dialogs.localize(new Alert(Alert.AlertType.INFORMATION));
        a.setTitle(Texts.get("about.title"));
        a.setHeaderText(Texts.get("about.header"));
        a.setContentText(Texts.format("about.text", Texts.get("tiles.attribution.offline-atlas")));
        a.getDialogPane().setMinWidth(560);
        if (getScene() != null) a.initOwner(getScene().getWindow());
        a.show();
    }
}
