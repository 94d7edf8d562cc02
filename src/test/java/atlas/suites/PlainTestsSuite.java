package atlas.suites;

import org.junit.platform.suite.api.ExcludePackages;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Every test without a JavaFX tag outside the command line's package: the model, geometry, readers, writers, tiles. */
@Suite(failIfNoTests = false)
@SelectPackages("atlas")
@ExcludePackages("atlas.cli")
@IncludeClassNamePatterns(Suites.TEST_CLASSES)
@ExcludeTags({"ui", "ui-isolated"})
public class PlainTestsSuite {
}
