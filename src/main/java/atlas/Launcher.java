package atlas;

/**
 * Entry point of the runnable jar. Without arguments it opens the window; with arguments it runs a headless
 * command (see {@code --help}). Not a JavaFX Application subclass, so the shaded jar starts on the classpath.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            atlas.ui.AtlasApp.preload(); // read the base map while the toolkit starts
            javafx.application.Application.launch(atlas.ui.AtlasApp.class, args);
        } else {
            System.exit(atlas.cli.Cli.runAsProcess(args));
        }
    }
}
