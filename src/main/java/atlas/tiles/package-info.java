/**
 * Base-map tiles as Java2D images: {@link atlas.tiles.TileRenderer} draws 256-px Web Mercator tiles from the
 * in-memory {@link atlas.geo.Basemap}; {@link atlas.tiles.TileSource}s hand out tiles (the offline renderer, or
 * OpenStreetMap with a disk cache that falls back to the offline tile). Every tile is a 256 x 256
 * {@code TYPE_INT_ARGB_PRE} image. Rendering is thread-safe and runs off the FX thread.
 *
 * <p>Depends on {@code java.*} (including java.awt, javax.imageio and java.net.http), {@link atlas.geo} and
 * {@link atlas.model}; never on JavaFX.
 */
package atlas.tiles;
