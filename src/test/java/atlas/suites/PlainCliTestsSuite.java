package atlas.suites;

import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The command line's tests without a JavaFX tag (many run the launcher in processes of their own). */
@Suite(failIfNoTests = false)
@SelectPackages("atlas.cli")
@IncludeClassNamePatterns(Suites.TEST_CLASSES)
@ExcludeTags({"ui", "ui-isolated"})
public class PlainCliTestsSuite {
}
