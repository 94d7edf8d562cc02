package atlas.ui;

import atlas.io.AssetException;
import atlas.io.Assets;
import atlas.io.Datasets;
import atlas.i18n.Language;
import atlas.i18n.Texts;
import atlas.map.AtlasFonts;
import atlas.map.AtlasMap;
import atlas.map.Translations;
import atlas.map.TileSources;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: loads the base map (started as early as possible, in parallel with the toolkit), opens
 * the main window at the last view, and saves window and view on close. A missing or broken asset file stops
 * start-up with a dialog naming the file.
 */
public final class AtlasApp extends Application {
    private static final Logger LOG = Logger.getLogger(AtlasApp.class.getName());
    private static CompletableFuture<MapResources> loading;
    private static CompletableFuture<LoadedData> datasetLoading;

    /**
     * Starts loading the map resources and the shipped dataset in the background (idempotent); the launcher calls
     * this before the toolkit starts, so reading overlaps the toolkit's start-up.
     */
    public static synchronized CompletableFuture<MapResources> preload() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(() -> MapResources.load(Assets.standard()));
            // the shipped dataset's timeline, map positions and corridor bands are computed here too, off the FX thread
            datasetLoading = CompletableFuture.supplyAsync(() -> LoadedData.of(Datasets.loadShipped()));
        }
        return loading;
    }

    private static CompletableFuture<Void> fonts;

    @Override public void init() {
        preload();
        // the interface's font is registered while the rest loads (the toolkit runs by now)
        fonts = CompletableFuture.runAsync(AtlasFonts::load);
    }

    /**
     * Gets the language of this run: {@code -Datlas.lang} (the launcher's {@code --lang}) for this run only, else the
     * one the user chose last time, else the system's when it is one of the four, else English.
     */
    static Language startLanguage(WindowPrefs prefs) {
        return Language.ofTag(System.getProperty("atlas.lang")).or(prefs::language).orElseGet(Language::system);
    }

    @Override public void start(Stage stage) {
        WindowPrefs prefs = WindowPrefs.standard();
        Translations.setLanguage(startLanguage(prefs));
        stage.titleProperty().bind(Translations.text("app.name"));
        MapResources res;
        try {
            res = preload().join();
        } catch (CompletionException e) {
            showStartupError(e.getCause());
            return;
        }
        AtlasState state = new AtlasState();
        state.setNameStyle(prefs.nameStyle());
        // the workspace of last time: the shipped record where it was, the other files' layers read after the paint
        WorkspaceStore store = WorkspaceStore.standard();
        WorkspaceStartup.Initial initial;
        try {
            LoadedData shipped = datasetLoading.join();
            initial = WorkspaceStartup.initial(shipped.workspace().layers().get(0).dataset(), store.load().saved());
            // the shipped record's timeline, computed while the toolkit started, is reused when it is all there is
            state.setData(LoadedData.of(initial.workspace(), shipped));
        } catch (CompletionException e) {
            showStartupError(e.getCause());
            return;
        }
        // a stage shown again with a new window (tests reuse the primary stage) lets the old one go whole
        if (stage.getScene() != null && stage.getScene().getRoot() instanceof MainWindow old) old.dispose();
        if (fonts != null) fonts.join(); else AtlasFonts.load();
        Rectangle2D bounds = prefs.windowBounds().filter(AtlasApp::onSomeScreen).orElse(null);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double sceneWidth = bounds == null ? Math.min(1680, screen.getWidth() * 0.92) : bounds.getWidth();
        double sceneHeight = bounds == null ? Math.min(1050, screen.getHeight() * 0.9) : bounds.getHeight();
        prefetchFirstTiles(res, res.source(prefs.tileSource()), state, prefs.maximized() ? screen.getWidth() : sceneWidth,
                prefs.maximized() ? screen.getHeight() : sceneHeight, prefs.textScale());
        MainWindow window = new MainWindow(res, state);
        prefs.restoreDisplay(window.display(), state);
        javafx.beans.InvalidationListener saveDisplay = o -> prefs.saveDisplay(window.display(), state);
        window.display().highContrastProperty().addListener(saveDisplay);
        window.display().textScaleProperty().addListener(saveDisplay);
        state.reducedMotionProperty().addListener(saveDisplay);
        // a choice made in the Language menu is remembered at once (a crash later does not lose it)
        Translations.onChange(window, () -> prefs.saveLanguage(Translations.getLanguage()));
        WorkspaceEditor editor = new WorkspaceEditor(state, daemonThread("workspace-timeline"));
        initial.infos().forEach(editor::setInfo);
        editor.recent().setAll(initial.recent());
        editor.setStore(store);
        ImportAction imports = new ImportAction(editor, r -> {
            Thread t = new Thread(r, "import");
            t.setDaemon(true);
            t.start();
        });
        WorkspaceViews workspace = new WorkspaceViews(window, editor, imports,
                new ExportAction(r -> new Thread(r, "export").start())).install();
        workspace.setOnNotice(text -> WorkspaceStartup.showNotice(stage, text));
        java.util.List<WindowExtension> extensions = new java.util.ArrayList<>();
        for (WindowExtension x : java.util.ServiceLoader.load(WindowExtension.class)) extensions.add(x);
        AtlasMap map = window.map();
        map.overlays().stream().filter(l -> l instanceof atlas.map.CorridorLayer)
                .forEach(l -> ((atlas.map.CorridorLayer) l).setLinkOpener(getHostServices()::showDocument));
        // The timeline bar, event list and details are built after the first map paint (they cost about 1.5 s of CPU
        // time in a cold JVM), and the toolbar joins the window then (its styling and layout cost a tenth of the
        // start); until then empty regions of their size keep the map where it will stay.
        int textScale = window.display().textScaleProperty().get();
        Region listSlot = slot(LIST_WIDTH, -1), detailsSlot = slot(DETAILS_WIDTH, -1), barSlot = slot(-1, barHeight(textScale));
        Region toolbarSlot = slot(-1, toolbarHeight(textScale));
        javafx.scene.Node toolbar = window.getTop();
        window.setLeft(listSlot);
        window.setRight(detailsSlot);
        window.setBottom(barSlot);
        window.setTop(toolbarSlot);
        Runnable buildPanels = () -> {
            if (window.isDisposed()) return;
            if (window.getTop() == toolbarSlot) window.setTop(toolbar);
            TimelineViews timeline = new TimelineViews(state, map, getHostServices()::showDocument).remember(TimelineSettings.forApp());
            window.onDispose(timeline::dispose);
            timeline.list().setPrefWidth(LIST_WIDTH);
            timeline.details().setPrefWidth(DETAILS_WIDTH);
            javafx.scene.layout.VBox left = new javafx.scene.layout.VBox(workspace.panel(), timeline.list());
            left.setId("left-column");
            left.setPrefWidth(LIST_WIDTH);
            javafx.scene.layout.VBox.setVgrow(timeline.list(), javafx.scene.layout.Priority.ALWAYS);
            // a slot the user already filled (e.g. the story panel on the right) keeps its content
            if (window.getLeft() == listSlot) window.setLeft(left);
            if (window.getRight() == detailsSlot) window.setRight(timeline.details());
            if (window.getBottom() == barSlot) window.setBottom(timeline.bar());
        };
        map.setTileSource(res.source(prefs.tileSource()));

        Scene scene = new Scene(window, sceneWidth, sceneHeight);
        stage.setScene(scene);
        if (bounds != null) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.maximized());
        // closing the stage saves the window and view and disposes the window; the stage keeps neither handler once
        // the window is disposed (a stage shown again with another scene keeps nothing of this window)
        javafx.event.EventHandler<javafx.stage.WindowEvent> onClose = e -> {
            prefs.save(stage.isMaximized() ? null : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                    stage.isMaximized(), map.getView(), map.getTileSource().name(), state.getNameStyle());
            store.flush();
        };
        javafx.event.EventHandler<javafx.stage.WindowEvent> onHidden = e -> {
            window.dispose();
            // the toolkit may keep a closed stage (Monocle keeps the last focused window, Quantum the last full-screen
            // one): it keeps no scene of ours
            if (stage.getScene() != null && stage.getScene().getRoot() == window) stage.setScene(null);
        };
        stage.setOnCloseRequest(onClose);
        stage.setOnHidden(onHidden);
        window.onDispose(() -> {
            if (stage.getOnCloseRequest() == onClose) stage.setOnCloseRequest(null);
            if (stage.getOnHidden() == onHidden) stage.setOnHidden(null);
        });
        stage.show();
        map.setView(prefs.center(), prefs.zoom());
        java.util.List<String> arguments = getParameters() == null ? java.util.List.of() : getParameters().getRaw();
        map.requestFocus();
        logFirstPaint(() -> {
            atlas.map.TilePrefetch.drop();
            // the extensions (the story mode: its toolbar buttons, F5, the files it opens) join the window now: the
            // first paint shows none of them
            if (!window.isDisposed()) for (WindowExtension x : extensions) x.install(window, res);
            buildPanels.run();
            // every other asset is checked now, in the background: a broken one stops the app with a dialog naming it
            CompletableFuture<?> world = res.renderer().prepareWorld();
            CompletableFuture<?> others = CompletableFuture.runAsync(() -> {
                for (WindowExtension x : extensions) {
                    try {
                        x.checkAssets();
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }
            });
            CompletableFuture<Void> assets = CompletableFuture.allOf(world, others);
            assets.whenComplete((w, err) -> {
                if (err != null) Platform.runLater(() -> showStartupError(err instanceof CompletionException c ? c.getCause() : err));
                // -Datlas.exitAfterStart=true: the installer's class-data-sharing training run (and start-time
                // measurements) end by themselves once the window is complete
                else if (Boolean.getBoolean("atlas.exitAfterStart")) Platform.runLater(Platform::exit);
            });
            // what the first paint did without (nothing shows it at start), one part per turn of the FX thread
            java.util.Deque<Runnable> steps = new java.util.ArrayDeque<>(window.deferredParts());
            // then the files, once the window and its assets are complete (a fraction of a second): a big file read
            // meanwhile would slow them, and they would hold up the pulses while the file loads
            Runnable openFiles = () -> {
                if (window.isDisposed()) return;
                // the remembered files, one after another, off the FX thread; then the files given to the app
                workspace.reopenRemembered();
                // corridor-atlas FILE...: datasets, stories and importable files, as a desktop's file association passes them
                window.openFiles().openArguments(arguments);
                // -Datlas.dataset=FILE imports a file (e.g. one made with --generate-events) as a layer, like File > Import
                String datasetFile = System.getProperty("atlas.dataset");
                if (datasetFile != null && !datasetFile.isBlank()) imports.importFile(java.nio.file.Path.of(datasetFile));
            };
            steps.add(() -> assets.whenComplete((w, err) -> {
                if (err == null) Platform.runLater(openFiles);
            }));
            runOnePerPulse(steps, window);
        });
    }

    /**
     * The toolbar's height at each text size step ({@link DisplaySettings}, 0 to 6) with the bundled font, and how
     * much taller the timeline bar is at every step: the places held for them before they join the window, and the
     * map's size foreseen for the first tiles ({@code DeferredPartsTest} checks them against the real ones).
     */
    private static final double[] TOOLBAR_HEIGHTS = {28, 30, 31, 36, 38, 44, 48};
    private static final double BAR_OVER_TOOLBAR = 86;

    /** Foresees the toolbar's height at a text size step. */
    static double toolbarHeight(int textScale) {
        return TOOLBAR_HEIGHTS[Math.max(0, Math.min(TOOLBAR_HEIGHTS.length - 1, textScale))];
    }

    /** Foresees the timeline bar's height at a text size step. */
    static double barHeight(int textScale) { return toolbarHeight(textScale) + BAR_OVER_TOOLBAR; }

    /**
     * Starts rendering the offline tiles the window's map will ask for when it is first laid out (at the default view,
     * in a scene of this size, the side panels' places held), so they render while the window is built rather than
     * after its first layout. Online sources are left alone (their tiles come from the network or the cache).
     */
    private static void prefetchFirstTiles(MapResources res, atlas.tiles.TileSource source, AtlasState state,
            double sceneWidth, double sceneHeight, int textScale) {
        if (!(source instanceof atlas.tiles.OfflineTileSource offline)) return;
        double width = sceneWidth - LIST_WIDTH - DETAILS_WIDTH, height = sceneHeight - toolbarHeight(textScale) - barHeight(textScale);
        atlas.map.TilePrefetch.start(offline.withHiddenLines(MapAssembly.hiddenLinesOfNewWindow(state)),
                atlas.map.TilePrefetch.firstRequests(AtlasMap.DEFAULT_CENTER, AtlasMap.DEFAULT_ZOOM, width, height));
    }

    /** Runs the steps one after another, each in its own turn of the FX thread, unless the window is disposed first. */
    private static void runOnePerPulse(java.util.Deque<Runnable> steps, MainWindow window) {
        if (steps.isEmpty() || window.isDisposed()) return;
        Platform.runLater(() -> {
            if (window.isDisposed()) return;
            steps.pop().run();
            runOnePerPulse(steps, window);
        });
    }

    /** Gets an executor of one daemon thread (work that must never keep the application alive). */
    private static java.util.concurrent.Executor daemonThread(String name) {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private static final double LIST_WIDTH = 300, DETAILS_WIDTH = 330;

    /** Gets an empty region holding a panel's place until the panel is built. */
    private static Region slot(double width, double height) {
        Region r = new Region();
        if (width > 0) r.setPrefWidth(width);
        if (height > 0) r.setPrefHeight(height);
        return r;
    }

    private static boolean onSomeScreen(Rectangle2D r) {
        return !Screen.getScreensForRectangle(r.getMinX(), r.getMinY(), Math.min(r.getWidth(), 100), Math.min(r.getHeight(), 100)).isEmpty();
    }

    /**
     * Logs the time from JVM start to the first pulse after the first tile reached the screen, then runs
     * {@code afterwards} (work that can wait until the map is on screen).
     */
    private static void logFirstPaint(Runnable afterwards) {
        new AnimationTimer() {
            private boolean seen;

            @Override public void handle(long now) {
                if (TileSources.loaded() == 0) return;
                if (!seen) {
                    seen = true; // the tile's image is set in a runLater; it is painted by the pulse after this one
                    return;
                }
                stop();
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                long cpuMs = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
                // on a busy machine wall time mostly waits for a core: the process CPU time and load tell how much
                LOG.info(String.format(java.util.Locale.ROOT,
                        "first map tile painted %d ms after JVM start (process CPU time %d ms, load average %.1f on %d cores)",
                        ms, cpuMs, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors()));
                afterwards.run();
            }
        }.start();
    }

    private static boolean failed;

    /** Shows why the application cannot start (once), then ends the process with exit code 1. */
    private static void showStartupError(Throwable cause) {
        if (failed) return;
        failed = true;
        String detail = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        String what = Texts.format(cause instanceof AssetException || cause instanceof java.io.IOException
                ? "startup.asset" : "startup.map", detail);
        System.err.println(atlas.io.TerminalText.escape(Texts.format("startup.console", detail.replaceAll("\\R", " "))));
        Alert alert = Dialogs.localize(new Alert(Alert.AlertType.ERROR, Texts.format("startup.advice", what)));
        alert.setTitle(Texts.get("startup.title"));
        alert.setHeaderText(Texts.get("startup.title"));
        alert.getDialogPane().setMinWidth(560);
        alert.showAndWait();
        Platform.exit();
        System.exit(1);
    }
}
