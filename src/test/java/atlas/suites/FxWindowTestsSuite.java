package atlas.suites;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The tests tagged {@code ui} of the window's package ({@code atlas.ui}): one JVM, one JavaFX toolkit. */
@Suite(failIfNoTests = false)
@SelectPackages("atlas.ui")
@IncludeClassNamePatterns(Suites.TEST_CLASSES)
@IncludeTags("ui")
public class FxWindowTestsSuite {
    @BeforeSuite
    static void toolkit() throws java.util.concurrent.TimeoutException { Suites.startToolkit(); }
}
