package atlas.tiles;

import java.io.IOException;
import java.time.Duration;

/**
 * A tile that could not be fetched, and why: the kind tells the online source whether to stop asking for a while
 * (the network is down, the server is busy or failing) or only to give up this one tile (it does not exist, it is
 * too large).
 */
public final class TileFetchException extends IOException {
    /** Why a fetch failed. */
    public enum Kind {
        /** No connection, a timeout, a reset: the network or the server is unreachable. Back off. */
        NETWORK,
        /** The server answered 429 or 5xx: it is overloaded or failing. Back off (at least its Retry-After). */
        SERVER,
        /** The server has no such tile (4xx) or sent something that is not a tile. Do not back off. */
        TILE
    }

    private final Kind kind;
    private final Duration retryAfter;

    public TileFetchException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public TileFetchException(Kind kind, String message) { this(kind, message, null, null); }

    /** Gets why the fetch failed. */
    public Kind kind() { return kind; }

    /** Gets how long the server asked us to wait ({@code Retry-After}), or null. */
    public Duration retryAfter() { return retryAfter; }
}
