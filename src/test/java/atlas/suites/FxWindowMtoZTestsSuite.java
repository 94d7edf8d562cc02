package atlas.suites;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The tests tagged {@code ui} of the window's package ({@code atlas.ui}) whose class name starts with M to Z (main
 * window, timeline, workspace...): one JVM, one JavaFX toolkit (see {@link FxWindowAtoLTestsSuite}).
 */
@Suite(failIfNoTests = false)
@SelectPackages("atlas.ui")
@IncludeClassNamePatterns(Suites.WINDOW_M_TO_Z)
@IncludeTags("ui")
public class FxWindowMtoZTestsSuite {
    @BeforeSuite
    static void toolkit() throws java.util.concurrent.TimeoutException { Suites.startToolkit(); }
}
