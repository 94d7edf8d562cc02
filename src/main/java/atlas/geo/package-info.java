/**
 * Geographic maths and base-map geometry: Web Mercator and slippy-map tile maths ({@link atlas.geo.WebMercator},
 * {@link atlas.geo.TileId}), screen viewports ({@link atlas.geo.Viewport}, a {@link atlas.geo.Projector}), and the
 * in-memory base map ({@link atlas.geo.Basemap}) the tile renderer draws from. Other packages add metric geometry
 * (distances, corridors) here.
 *
 * <p>Degrees; (lat, lon) order in every API; pixels at a zoom level are Web Mercator pixels of 256-px tiles, origin
 * at the top-left (lon -180, lat +85.05). Depends only on {@code java.*}, JTS and {@link atlas.model}.
 */
package atlas.geo;
