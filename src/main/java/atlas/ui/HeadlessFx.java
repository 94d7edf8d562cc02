package atlas.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit without a display (Monocle headless, software rendering) for commands that render the
 * map to images. Does nothing when the toolkit already runs (e.g. inside tests).
 */
public final class HeadlessFx {
    private static boolean started;

    private HeadlessFx() {}

    /**
     * Starts the toolkit headless once per JVM and keeps it alive after the last window closes. The virtual screen
     * is made at least {@code widthPx x heightPx}, so a window of that size fits on it.
     */
    public static synchronized void start(int widthPx, int heightPx) throws InterruptedException {
        if (started) return;
        setIfAbsent("headless.geometry", Math.max(1280, widthPx) + "x" + Math.max(800, heightPx) + "-32");
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        if (!up.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
        Platform.setImplicitExit(false);
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}
