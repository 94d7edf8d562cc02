package atlas.suites;

import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every test without a JavaFX tag (the model, geometry, readers, writers and the command line's processes): one JVM,
 * which runs beside the JavaFX tests' JVM, so the two cores of a small machine each have a suite.
 */
@Suite(failIfNoTests = false)
@SelectPackages("atlas")
@IncludeClassNamePatterns(Suites.TEST_CLASSES)
@ExcludeTags({"ui", "ui-isolated"})
public class PlainTestsSuite {
}
