package atlas.suites;

/** What the suites share. */
final class Suites {
    /** The test classes surefire picks by default: {@code Test*}, {@code *Test}, {@code *Tests}, {@code *TestCase}. */
    static final String TEST_CLASSES = "^(.*\\.Test[^.]*|.*Tests?|.*TestCase)$";

    private Suites() {}
}
