/**
 * The application window: {@link atlas.ui.AtlasApp} (start-up, error dialog), {@link atlas.ui.MainWindow} (toolbar,
 * map in the centre, free left/right/bottom regions for panels), the shared observable {@link atlas.ui.AtlasState},
 * the preferences ({@link atlas.ui.WindowPrefs}), {@link atlas.ui.MapAssembly} (builds the map with every overlay,
 * for the window and for snapshots alike) and {@link atlas.ui.MapSnapshot} (renders the map headless to an image).
 *
 * <p>The data shown is one immutable {@link atlas.ui.LoadedData} (a workspace of dataset layers and the one timeline
 * of its visible layers), computed on a loader thread and published whole in {@link atlas.ui.AtlasState#setData};
 * changes that belong together go through {@link atlas.ui.AtlasState#batch}. No view keeps its own copy of the
 * timeline.
 *
 * <p>Depends on {@link atlas.map} and below, JavaFX, and {@link atlas.io} for loading; never parses files itself.
 */
package atlas.ui;
