/**
 * Reads, writes and exports datasets in the Corridor Atlas file format (a GeoJSON FeatureCollection with
 * JSON-FG {@code time}; see {@code assets/schema/dataset-format.md}).
 *
 * <p>{@link atlas.io.DatasetReader} checks a whole file and reports every {@link atlas.io.Problem} at once with
 * file, line, column and JSON path; a file with any problem is rejected whole. {@link atlas.io.DatasetWriter}
 * writes atomically and round-trips exactly. {@link atlas.io.Datasets} is the loading service the UI calls.
 *
 * <p>Depends on {@code atlas.model}, {@code atlas.geo}, Jackson and JTS; never on JavaFX.
 */
package atlas.io;
