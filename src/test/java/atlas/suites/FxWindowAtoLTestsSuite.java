package atlas.suites;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The tests tagged {@code ui} of the window's package ({@code atlas.ui}) whose class name starts with A to L (animation,
 * compare, corridor, keyboard, language...): one JVM, one JavaFX toolkit. The window's tests are split in two by name
 * so that more JVMs share the two cores: much of a robot test's time is waiting (for pulses, for the robot), which
 * the other JVMs fill.
 */
@Suite(failIfNoTests = false)
@SelectPackages("atlas.ui")
@IncludeClassNamePatterns(Suites.WINDOW_A_TO_L)
@IncludeTags("ui")
public class FxWindowAtoLTestsSuite {
    @BeforeSuite
    static void toolkit() throws java.util.concurrent.TimeoutException { Suites.startToolkit(); }
}
