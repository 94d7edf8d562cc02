package atlas.suites;

import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;

/** What the suites share. */
final class Suites {
    /** The test classes surefire picks by default: {@code Test*}, {@code *Test}, {@code *Tests}, {@code *TestCase}. */
    static final String TEST_CLASSES = "^(.*\\.Test[^.]*|.*Tests?|.*TestCase)$";

    private Suites() {}

    /**
     * Starts the JavaFX toolkit the way TestFX starts it, with its primary stage, before any test class of a JavaFX
     * suite: when a command that renders (e.g. {@code --animate}, through {@code HeadlessFx}) ran first and started
     * it, the robot's keys and clicks of every later TestFX class reached no window.
     */
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }
}
