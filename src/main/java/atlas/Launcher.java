package atlas;

import java.util.Arrays;

/**
 * Entry point of the runnable jar and of the installed app's launcher. Without arguments it opens the window; with
 * files only ({@code corridor-atlas FILE...}, also how a desktop's file association starts it) it opens the window
 * with those files (see {@link atlas.ui.OpenFiles}); with an option first it runs a headless command (see
 * {@code --help}). Not a JavaFX Application subclass, so the jar starts on the class path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (opensWindow(args)) {
            atlas.ui.AtlasApp.preload(); // read the base map while the toolkit starts
            javafx.application.Application.launch(atlas.ui.AtlasApp.class, args);
        } else {
            System.exit(atlas.cli.Cli.runAsProcess(args));
        }
    }

    /**
     * Tells whether a command line opens the window: no arguments, or only file names (none starting with
     * {@code -}; name a file that does, like {@code ./-x.atlas.json}).
     */
    public static boolean opensWindow(String[] args) {
        return Arrays.stream(args).noneMatch(a -> a.startsWith("-"));
    }
}
