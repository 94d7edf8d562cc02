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
}
