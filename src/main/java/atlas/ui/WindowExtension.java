package atlas.ui;

/**
 * A feature that adds itself to the main window (panels, toolbar buttons, keys) without the window knowing it:
 * implementations are found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/atlas.ui.WindowExtension}) and installed once the window is built, before it shows.
 */
public interface WindowExtension {
    /** Adds the feature to a window. FX thread. */
    void install(MainWindow window, MapResources res);

    /**
     * Checks the asset files the feature ships (e.g. its bundled documents), so a broken one stops start-up with a
     * message naming it instead of failing later. Called once at start-up on a background thread; throws an
     * exception whose message names the file. Does nothing by default.
     */
    default void checkAssets() throws Exception {}
}
