/**
 * The in-memory model of the atlas: dated, located, sourced events ({@link atlas.model.TimedEvent}),
 * places with their names by usage ({@link atlas.model.Place}), geometry valid for a period
 * ({@link atlas.model.TimedFeature}), the workspace of data layers a user has open ({@link atlas.model.Workspace}),
 * which events the map shows around a date ({@link atlas.model.TimeWindow}) and the indexed timeline over them
 * ({@link atlas.model.TimelineIndex}), the one way anything asks "which events, when". Dates are read with one
 * parser, {@link atlas.model.EventDate#parse}.
 *
 * <p>Pure Java: depends only on {@code java.*} and JTS geometry, never on JavaFX, Jackson or files.
 * Dates are {@link java.time.LocalDate} with a {@link atlas.model.DatePrecision}; spans are half-open
 * {@code [from, until)} {@link atlas.model.TimeSpan}s; coordinates are (lat, lon) {@link atlas.model.LatLon}.
 */
package atlas.model;
