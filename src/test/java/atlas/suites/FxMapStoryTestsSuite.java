package atlas.suites;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ExcludePackages;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The tests tagged {@code ui} of every other package (the map's layers, presentations, exports, the commands that
 * render): one JVM, one JavaFX toolkit.
 */
@Suite(failIfNoTests = false)
@SelectPackages("atlas")
@ExcludePackages("atlas.ui")
@IncludeClassNamePatterns(Suites.TEST_CLASSES)
@IncludeTags("ui")
public class FxMapStoryTestsSuite {
    @BeforeSuite
    static void toolkit() throws java.util.concurrent.TimeoutException { Suites.startToolkit(); }
}
