/**
 * Reading and writing files: datasets in the Corridor Atlas format (a GeoJSON FeatureCollection with JSON-FG
 * {@code time}; see {@code assets/schema/dataset-format.md}) and stories ({@link atlas.io.StoryReader},
 * {@link atlas.io.StoryWriter}).
 *
 * <p>Readers report every problem at once with file, line, column and JSON path ({@link atlas.io.Problem},
 * {@link atlas.io.StoryProblem}) and reject a broken file whole; writers save atomically through
 * {@link atlas.io.AtomicFiles} (temporary sibling, moved into place; stale temporary files cleaned; failures as a
 * {@link atlas.io.WriteException} naming the target) and round-trip. {@link atlas.io.TerminalText} escapes control
 * characters in whatever is printed to a terminal.
 * {@link atlas.io.Datasets} is the dataset loading service the UI calls: a rejected file keeps the current
 * dataset.
 *
 * <p>Depends on atlas.model, atlas.geo, Jackson and JTS only; never on JavaFX.
 */
package atlas.io;
