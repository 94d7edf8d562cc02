/**
 * The in-memory model of the atlas: dated, located, sourced events ({@link atlas.model.TimedEvent}),
 * places with their names by usage ({@link atlas.model.Place}), geometry valid for a period
 * ({@link atlas.model.TimedFeature}) and the indexed timeline over them ({@link atlas.model.TimelineIndex}).
 *
 * <p>Pure Java: depends only on {@code java.*} and JTS geometry, never on JavaFX, Jackson or files.
 * Dates are {@link java.time.LocalDate} with a {@link atlas.model.DatePrecision}; spans are half-open
 * {@code [from, until)} {@link atlas.model.TimeSpan}s; coordinates are (lat, lon) {@link atlas.model.LatLon}.
 */
package atlas.model;
