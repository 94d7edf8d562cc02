/**
 * Geometry on the ground: local metric projections, great-circle distances and the corridor band.
 *
 * <p>Degrees; (lat, lon) order in APIs, JTS x = lon, y = lat inside geometries. Buffers and widths are computed
 * in metres in a local azimuthal equidistant projection, never in degrees. Depends only on atlas.model and JTS.
 */
package atlas.geo;
