package atlas.suites;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The tests tagged {@code ui} of the stories' package (presentations, slides, handouts, story exports): one JVM, one
 * JavaFX toolkit.
 */
@Suite(failIfNoTests = false)
@SelectPackages("atlas.story")
@IncludeClassNamePatterns(Suites.TEST_CLASSES)
@IncludeTags("ui")
public class FxStoryTestsSuite {
    @BeforeSuite
    static void toolkit() throws java.util.concurrent.TimeoutException { Suites.startToolkit(); }
}
