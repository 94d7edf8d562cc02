package atlas.map;

import javafx.application.Platform;

/** Checks for JavaFX thread discipline. */
public final class Fx {
    private Fx() {}

    /** Throws {@link IllegalStateException} unless called on the FX application thread. */
    public static void requireFxThread() {
        if (!Platform.isFxApplicationThread())
            throw new IllegalStateException("must be called on the FX application thread, not " + Thread.currentThread().getName());
    }

    /** Gets the scale of the screen a node's window is on (2 on a doubled HiDPI screen), or 1 for a node in no window. */
    public static double outputScale(javafx.scene.Node n) {
        javafx.scene.Scene scene = n.getScene();
        return scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getOutputScaleX();
    }
}
