package atlas.suites;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Every test tagged {@code ui}: one JVM, one JavaFX toolkit, one test class after another. */
@Suite(failIfNoTests = false)
@SelectPackages("atlas")
@IncludeClassNamePatterns(Suites.TEST_CLASSES)
@IncludeTags("ui")
public class FxTestsSuite {
}
