package atlas.ui;

import atlas.map.AtlasMap;
import atlas.map.TileSources;
import atlas.model.LatLon;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Renders the map pane, exactly as the window builds it ({@link MapAssembly}), to an image: opens it in an
 * undecorated stage of the requested size, waits until every visible tile is loaded, and snapshots it. Call from
 * any thread but the FX thread, after the toolkit started (see {@link HeadlessFx}).
 */
public final class MapSnapshot {
    /** What to render: the view and image size; {@code state} adjusts the application state (date, names…) first. */
    public record Request(LatLon center, double zoom, int widthPx, int heightPx, Consumer<AtlasState> state) {
        public Request {
            Objects.requireNonNull(center, "center");
            if (widthPx < 16 || heightPx < 16 || widthPx > 8000 || heightPx > 8000)
                throw new IllegalArgumentException("image size must be between 16 and 8000 pixels: " + widthPx + "x" + heightPx);
            if (state == null) state = s -> {};
        }

        /** Gets the default request: the window's opening view at 1600 x 1000. */
        public static Request standard() { return new Request(AtlasMap.DEFAULT_CENTER, AtlasMap.DEFAULT_ZOOM, 1600, 1000, null); }

        /** Gets a copy with another state adjustment, applied after this one's. */
        public Request andState(Consumer<AtlasState> more) { return new Request(center, zoom, widthPx, heightPx, state.andThen(more)); }
    }

    private MapSnapshot() {}

    /** Computes the image of the map for a request; waits at most {@code timeoutSeconds} for tiles. */
    public static BufferedImage render(MapResources res, Request req, long timeoutSeconds) throws Exception {
        if (Platform.isFxApplicationThread()) throw new IllegalStateException("call MapSnapshot.render off the FX thread");
        Stage[] stage = new Stage[1];
        AtlasMap map = onFx(() -> {
            AtlasState state = new AtlasState();
            req.state().accept(state);
            AtlasMap m = MapAssembly.build(res, state);
            // never seen on a desktop (an export from the window): transparent, undecorated, off the screens
            Stage s = new Stage(javafx.stage.StageStyle.UNDECORATED);
            s.setOpacity(0);
            s.setX(-20_000);
            s.setY(-20_000);
            s.setScene(new Scene(m, req.widthPx(), req.heightPx()));
            s.show();
            m.setView(req.center(), req.zoom());
            stage[0] = s;
            return m;
        });
        try {
            awaitTiles(timeoutSeconds);
            WritableImage img = onFx(() -> {
                map.layout();
                // the scene, not the map node: overlays wider than a small map (legend, attribution) would otherwise
                // grow the image beyond the size asked for
                return map.getScene().snapshot(null);
            });
            return SwingFXUtils.fromFXImage(img, null);
        } finally {
            Platform.runLater(() -> stage[0].close());
        }
    }

    /** Waits until tiles were delivered and none is pending for a few pulses in a row. */
    private static void awaitTiles(long timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long start = TileSources.loaded();
        int quiet = 0;
        long last = -1;
        while (quiet < 4) {
            if (System.nanoTime() > deadline) throw new TimeoutException(atlas.i18n.Texts.format("snapshot.timeout", timeoutSeconds));
            Thread.sleep(60);
            onFx(() -> null); // one round trip through the FX queue: tile images are set in runLater
            long loaded = TileSources.loaded();
            boolean idle = TileSources.pending() == 0 && loaded > start && loaded == last;
            quiet = idle ? quiet + 1 : 0;
            last = loaded;
        }
    }

    private static <T> T onFx(Supplier<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }
}
