/**
 * The test suites {@code mvn verify} runs, each in a fresh JVM, four at a time (see the surefire configuration in
 * pom.xml): the JavaFX tests in four (the window's package in two halves by class name,
 * {@link atlas.suites.FxWindowAtoLTestsSuite} and {@link atlas.suites.FxWindowMtoZTestsSuite}, the stories',
 * {@link atlas.suites.FxStoryTestsSuite}, and the others, {@link atlas.suites.FxMapTestsSuite}), each with one toolkit;
 * the plain tests in two ({@link atlas.suites.PlainCliTestsSuite}, {@link atlas.suites.PlainTestsSuite}); and the
 * tests that drag and drop with the robot in a fresh one ({@link atlas.suites.RobotDragTestsSuite}). Surefire starts
 * them in alphabetical order, so the four JavaFX suites, the longest, start first. A test class joins a suite by its tag and package; nothing here
 * lists classes.
 */
package atlas.suites;
