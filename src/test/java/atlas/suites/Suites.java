package atlas.suites;

import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;

/** What the suites share. */
final class Suites {
    /** The test classes surefire picks by default: {@code Test*}, {@code *Test}, {@code *Tests}, {@code *TestCase}. */
    static final String TEST_CLASSES = "^(.*\\.Test[^.]*|.*Tests?|.*TestCase)$";
    /** The test classes of {@code atlas.ui} (not its subpackages) whose name starts with A to L. */
    static final String WINDOW_A_TO_L = "^atlas\\.ui\\.(Test[^.]*|[A-L][^.]*(Tests?|TestCase))$";
    /** The test classes of {@code atlas.ui} (not its subpackages) whose name starts with M to Z. */
    static final String WINDOW_M_TO_Z = "^atlas\\.ui\\.(?!Test)[M-Z][^.]*(Tests?|TestCase)$";

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
