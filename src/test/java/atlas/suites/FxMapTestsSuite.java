package atlas.suites;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ExcludePackages;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The tests tagged {@code ui} of every package but the window's and the stories' (the map's layers, the commands that
 * render): one JVM, one JavaFX toolkit.
 */
@Suite(failIfNoTests = false)
@SelectPackages("atlas")
@ExcludePackages({"atlas.ui", "atlas.story"})
@IncludeClassNamePatterns(Suites.TEST_CLASSES)
@IncludeTags("ui")
public class FxMapTestsSuite {
    @BeforeSuite
    static void toolkit() throws java.util.concurrent.TimeoutException { Suites.startToolkit(); }
}
