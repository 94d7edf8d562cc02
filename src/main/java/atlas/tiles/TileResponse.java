package atlas.tiles;

import java.time.Instant;

/**
 * A tile server's answer: the image bytes with their validators and expiry ({@link #ok}), or "not modified"
 * ({@link #notModified}) for a copy revalidated with {@code If-None-Match} / {@code If-Modified-Since}.
 *
 * @param body         the encoded image, or null when not modified
 * @param expires      when the tile should be asked for again ({@link CachePolicy})
 * @param etag         the server's entity tag, or null
 * @param lastModified the server's {@code Last-Modified} header, or null
 */
public record TileResponse(byte[] body, Instant expires, String etag, String lastModified) {
    /** Gets a response carrying a tile. */
    public static TileResponse ok(byte[] body, Instant expires, String etag, String lastModified) {
        return new TileResponse(body, expires, etag, lastModified);
    }

    /** Gets the response to a revalidation: the copy on disk is still good until {@code expires}. */
    public static TileResponse notModified(Instant expires) { return new TileResponse(null, expires, null, null); }

    /** Tests whether this is a "not modified" answer. */
    public boolean isNotModified() { return body == null; }
}
