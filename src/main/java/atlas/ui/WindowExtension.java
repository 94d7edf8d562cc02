package atlas.ui;

/**
 * A feature that adds itself to the main window (panels, toolbar buttons, keys) without the window knowing it:
 * implementations are found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/atlas.ui.WindowExtension}) and installed once the window is built, before it shows.
 */
public interface WindowExtension {
    /** Adds the feature to a window. FX thread. */
    void install(MainWindow window, MapResources res);
}
