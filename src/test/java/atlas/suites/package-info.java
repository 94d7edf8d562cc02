/**
 * The test suites {@code mvn verify} runs (see the surefire configuration in pom.xml): the JavaFX tests in one JVM
 * with one toolkit ({@link atlas.suites.FxTestsSuite}), the plain tests in another beside it
 * ({@link atlas.suites.PlainTestsSuite}), and the tests that drag and drop with the robot in a fresh one
 * ({@link atlas.suites.IsolatedFxTestsSuite}). A test class joins a suite by its tag; nothing here lists classes.
 */
package atlas.suites;
