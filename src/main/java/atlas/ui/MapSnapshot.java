package atlas.ui;

import atlas.map.AtlasMap;
import atlas.map.TileSources;
import atlas.model.LatLon;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Renders the map pane, exactly as the window builds it ({@link MapAssembly} inside a {@link CompareView}), to an
 * image: builds it in a scene of the requested size that is never shown on a screen (so the window's exports open no
 * other window), waits until every visible tile is loaded, and snapshots it. A {@link Session} keeps the scene for
 * many frames (an animation changes the date and snapshots again, reusing the scene, its canvases and the image).
 * Call from any thread but the FX thread, after the toolkit started (see {@link HeadlessFx}).
 */
public final class MapSnapshot {
    /**
     * What to render: the view and image size; {@code state} adjusts the application state (date, compare date,
     * names…) first, {@code view} the map pane (swipe or side by side, divider, ghost, date stamp).
     */
    public record Request(LatLon center, double zoom, int widthPx, int heightPx, Consumer<AtlasState> state,
                          Consumer<CompareView> view) {
        public Request {
            Objects.requireNonNull(center, "center");
            if (widthPx < 16 || heightPx < 16 || widthPx > 8000 || heightPx > 8000)
                throw new IllegalArgumentException("image size must be between 16 and 8000 pixels: " + widthPx + "x" + heightPx);
            if (state == null) state = s -> {};
            if (view == null) view = v -> {};
        }

        /** Gets a request with no change to the map pane's options. */
        public Request(LatLon center, double zoom, int widthPx, int heightPx, Consumer<AtlasState> state) {
            this(center, zoom, widthPx, heightPx, state, null);
        }

        /** Gets the default request: the window's opening view at 1600 x 1000. */
        public static Request standard() { return new Request(AtlasMap.DEFAULT_CENTER, AtlasMap.DEFAULT_ZOOM, 1600, 1000, null); }

        /** Gets a copy with another state adjustment, applied after this one's. */
        public Request andState(Consumer<AtlasState> more) {
            return new Request(center, zoom, widthPx, heightPx, state.andThen(more), view);
        }

        /** Gets a copy with another adjustment of the map pane, applied after this one's. */
        public Request andView(Consumer<CompareView> more) {
            return new Request(center, zoom, widthPx, heightPx, state, view.andThen(more));
        }
    }

    private MapSnapshot() {}

    /** Computes the image of the map for a request; waits at most {@code timeoutSeconds} for tiles. */
    public static BufferedImage render(MapResources res, Request req, long timeoutSeconds) throws Exception {
        try (Session s = Session.open(res, req)) {
            s.awaitTiles(timeoutSeconds);
            return s.snapshot();
        }
    }

    /**
     * The map pane of one request in a scene kept for several snapshots. Open it off the FX thread; every method
     * runs its FX work on the FX thread and waits for it. Close it to dispose the map pane.
     */
    public static final class Session implements AutoCloseable {
        private final CompareView view;
        private final Scene scene;
        private final int width, height;
        /** Tiles delivered in the JVM before the map pane was built: some must arrive for it. */
        private final long loadedBefore;
        private WritableImage image;

        private Session(CompareView view, Scene scene, int width, int height, long loadedBefore) {
            this.view = view;
            this.scene = scene;
            this.width = width;
            this.height = height;
            this.loadedBefore = loadedBefore;
        }

        /** Builds the map pane of a request in a scene of its size, at its view (tiles start loading). */
        public static Session open(MapResources res, Request req) throws Exception {
            if (Platform.isFxApplicationThread()) throw new IllegalStateException("open a MapSnapshot.Session off the FX thread");
            // counted before the pane exists: its tiles may all arrive before awaitTiles looks
            long loadedBefore = TileSources.loaded();
            Session s = fx(() -> {
                AtlasState state = new AtlasState();
                req.state().accept(state);
                AtlasMap m = MapAssembly.build(res, state);
                CompareView v = new CompareView(res, state, m);
                v.setControlsShown(false);
                // an image has nothing to click: no zoom buttons on either map
                m.chrome().setZoomButtonsShown(false);
                v.setOnCompareMap(other -> other.chrome().setZoomButtonsShown(false));
                req.view().accept(v);
                Scene scene = new Scene(v, req.widthPx(), req.heightPx());
                m.setView(req.center(), req.zoom());
                v.applyCss();
                v.layout();
                return new Session(v, scene, req.widthPx(), req.heightPx(), loadedBefore);
            });
            // the view is applied after a first layout, when the maps know their size
            s.update(st -> {
                AtlasMap m = s.view.mainMap();
                m.setView(req.center(), req.zoom());
            });
            return s;
        }

        /** Gets the image width in pixels. */
        public int width() { return width; }

        /** Gets the image height in pixels. */
        public int height() { return height; }

        /** Changes the state shown (e.g. the date of the next frame) on the FX thread, and lays the scene out. */
        public void update(Consumer<AtlasState> change) throws Exception {
            fx(() -> {
                change.accept(view.state());
                view.applyCss();
                view.layout();
                return null;
            });
        }

        /** Waits until tiles were delivered and none is pending for a few rounds in a row. */
        public void awaitTiles(long timeoutSeconds) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            long start = loadedBefore;
            int quiet = 0;
            long last = -1;
            while (quiet < 4) {
                if (System.nanoTime() > deadline) throw new TimeoutException(atlas.i18n.Texts.format("snapshot.timeout", timeoutSeconds,
                        TileSources.loaded() - start, TileSources.pending()));
                Thread.sleep(60);
                // a scene that is not shown is laid out only when asked: this also requests the tiles in view, and
                // tile images arrive through runLater
                fx(() -> {
                    view.applyCss();
                    view.layout();
                    return null;
                });
                long loaded = TileSources.loaded();
                boolean idle = TileSources.pending() == 0 && loaded > start && loaded == last;
                quiet = idle ? quiet + 1 : 0;
                last = loaded;
            }
        }

        /** Computes the image of the scene now. */
        public BufferedImage snapshot() throws Exception {
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            pixels(((DataBufferInt) out.getRaster().getDataBuffer()).getData());
            return out;
        }

        /**
         * Renders the scene now into {@code argb} (non-premultiplied ARGB, row by row, {@code width * height} long; a
         * new array when null or too short), reusing one FX image between calls. Returns the array written.
         */
        public int[] pixels(int[] argb) throws Exception { return pixels(st -> {}, argb); }

        /** Changes the state shown (e.g. the date of the next frame) and renders it, in one turn of the FX thread. */
        public int[] pixels(Consumer<AtlasState> change, int[] argb) throws Exception {
            int[] out = argb != null && argb.length >= width * height ? argb : new int[width * height];
            fx(() -> {
                change.accept(view.state());
                view.applyCss();
                view.layout();
                image = scene.snapshot(image);
                image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), out, 0, width);
                return null;
            });
            return out;
        }

        /** Gets the map pane (FX thread only). */
        public CompareView view() { return view; }

        /** Disposes the map pane: no listener of it stays anywhere. */
        @Override public void close() throws Exception {
            fx(() -> {
                view.dispose();
                view.mainMap().dispose();
                return null;
            });
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return atlas.ui.FxThread.call(work, 60);
    }
}
