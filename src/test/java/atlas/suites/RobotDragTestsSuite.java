package atlas.suites;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The JavaFX tests tagged {@code ui-isolated}, which drag and drop with the robot: Monocle's drag-and-drop state does
 * not survive other tests' mouse drags in the same JVM, so they get a fresh JVM of their own.
 */
@Suite(failIfNoTests = false)
@SelectPackages("atlas")
@IncludeClassNamePatterns(Suites.TEST_CLASSES)
@IncludeTags("ui-isolated")
public class RobotDragTestsSuite {
    @BeforeSuite
    static void toolkit() throws java.util.concurrent.TimeoutException { Suites.startToolkit(); }
}
