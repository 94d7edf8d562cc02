/**
 * Geometry on the ground and on the screen: Web Mercator and slippy-map tile maths ({@link atlas.geo.WebMercator},
 * {@link atlas.geo.TileId}), screen viewports ({@link atlas.geo.Viewport}, a {@link atlas.geo.Projector}), the
 * in-memory base map ({@link atlas.geo.Basemap}) the tile renderer draws from, the map positions of a timeline's
 * events ({@link atlas.geo.ProjectedTimeline}), local metric projections, great-circle distances and the corridor
 * band. Web Mercator exists only in {@link atlas.geo.WebMercator}, with its one latitude clamp
 * ({@link atlas.geo.WebMercator#clampLat}); everything else projects through it or a {@link atlas.geo.Viewport}.
 *
 * <p>Degrees; (lat, lon) order in APIs, JTS x = lon, y = lat inside geometries. Pixels at a zoom level are Web
 * Mercator pixels of 256-px tiles, origin at the top-left (lon -180, lat +85.05). Buffers and widths are computed
 * in metres in a local azimuthal equidistant projection, never in degrees. Depends only on atlas.model and JTS.
 */
package atlas.geo;
