/**
 * Base-map tiles as Java2D images: {@link atlas.tiles.TileRenderer} draws 256-px Web Mercator tiles from the
 * in-memory {@link atlas.geo.Basemap}; {@link atlas.tiles.TileSource}s hand out tiles (the offline renderer, or an
 * online {@link atlas.tiles.TileServer} through {@link atlas.tiles.CachedOnlineTileSource}: the shared disk
 * {@link atlas.tiles.TileCache} with its size limit, the server's expiry ({@link atlas.tiles.CachePolicy}),
 * {@link atlas.tiles.Backoff} after failures, downloads on threads of their own, the offline tile as the fallback).
 * Every tile is a 256 x 256 {@code TYPE_INT_ARGB_PRE} image. Rendering is thread-safe and runs off the FX thread.
 *
 * <p>Depends on {@code java.*} (including java.awt, javax.imageio and java.net.http), {@link atlas.geo} and
 * {@link atlas.model}; never on JavaFX.
 */
package atlas.tiles;
