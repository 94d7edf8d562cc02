package atlas.story;

import atlas.ui.MainWindow;
import atlas.ui.MapResources;
import atlas.ui.WindowExtension;

/** Installs the story mode (panel, Present button, F5, close prompt) in the main window; found by ServiceLoader. */
public final class StoryExtension implements WindowExtension {
    @Override public void install(MainWindow window, MapResources res) {
        new StoryMode(window, res, StoryDocument.defaultRecoveryDir()).install();
    }

    /** Reads every shipped story: a missing or broken one is named at start-up, not when a user opens it. */
    @Override public void checkAssets() throws Exception {
        for (String f : ShippedStories.FILES) ShippedStories.load(f);
    }
}
