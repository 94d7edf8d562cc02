package atlas;

import java.util.Arrays;

/**
 * Entry point of the runnable jar and of the installed app's launcher. Without arguments it opens the window; with
 * files only ({@code corridor-atlas FILE...}, also how a desktop's file association starts it) it opens the window
 * with those files (see {@link atlas.ui.OpenFiles}); with an option first it runs a headless command (see
 * {@code --help}). {@code --lang en|hy|az|ru} anywhere sets the language of either. Not a JavaFX Application
 * subclass, so the jar starts on the class path.
 */
public final class Launcher {
    private Launcher() {}

    /** The JavaFX setting that draws control backgrounds from their fills (set for the window; {@code mvn javafx:run} too). */
    static final String NO_REGION_CACHE = "prism.disableRegionCaching";

    public static void main(String[] args) throws Exception {
        HeapBudget.installLater();
        // --lang X with nothing else but files opens the window in that language, for this run (a bad one is the
        // command line's usage error)
        String[] rest = args;
        try {
            atlas.cli.LanguageOption.Parsed lang = atlas.cli.LanguageOption.extract(args);
            rest = lang.rest().toArray(String[]::new);
            if (opensWindow(rest)) lang.language().ifPresent(l -> System.setProperty("atlas.lang", l.tag()));
        } catch (atlas.cli.Args.UsageException e) {
            rest = null;
        }
        if (rest != null && opensWindow(rest)) {
            // JavaFX draws a control's background from an image of it stretched over the control; in software rendering
            // (a machine without a GPU, a virtual display) painting the fills is cheaper: 8 % of a map frame there
            if (System.getProperty(NO_REGION_CACHE) == null) System.setProperty(NO_REGION_CACHE, "true");
            atlas.ui.AtlasApp.preload(); // read the base map while the toolkit starts
            javafx.application.Application.launch(atlas.ui.AtlasApp.class, rest);
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
