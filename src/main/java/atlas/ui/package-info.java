/**
 * The application window: {@link atlas.ui.AtlasApp} (start-up, error dialog), {@link atlas.ui.MainWindow} (toolbar,
 * map in the centre, free left/right/bottom regions for panels), the shared observable {@link atlas.ui.AtlasState},
 * the preferences ({@link atlas.ui.WindowPrefs}), {@link atlas.ui.MapAssembly} (builds the map with every overlay,
 * for the window and for snapshots alike) and {@link atlas.ui.MapSnapshot} (renders the map headless to an image).
 *
 * <p>Depends on {@link atlas.map} and below, JavaFX, and {@link atlas.io} for loading; never parses files itself.
 */
package atlas.ui;
