package atlas.tiles;

import atlas.geo.TileId;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Downloads tiles over HTTP(S) from a {@link TileServer}, as OpenStreetMap's tile usage policy asks: a User-Agent
 * naming the application with a contact URL, no {@code Cache-Control: no-cache} (nor any header that defeats the
 * server's caches), revalidation of an expired copy with {@code If-None-Match} / {@code If-Modified-Since}, and
 * the expiry the server gives ({@link CachePolicy}). Bodies larger than {@link #MAX_BODY_BYTES} are refused
 * without being read. Timeouts: 10 s to connect, 20 s for the answer.
 */
public final class HttpTileFetcher implements TileFetcher {
    /** Gets the project's web address, the contact the User-Agent gives. */
    public static final String PROJECT_URL = "https://github.com/corridor-atlas/corridor-atlas";
    /** Gets the User-Agent every request sends: the application, its version and its contact. */
    public static final String USER_AGENT = "CorridorAtlas/0.1 (desktop map explorer; +" + PROJECT_URL + ")";
    /** Gets the largest tile body accepted (a 256-px PNG is rarely above 100 KB). */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private final TileServer server;
    private final Clock clock;
    private volatile HttpClient client;

    public HttpTileFetcher(TileServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    /** Gets the HTTP client, made on first use: building one loads the TLS trust store, which costs start-up time. */
    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
                c = client;
            }
        }
        return c;
    }

    /** Gets the URL of a tile. */
    public URI uri(TileId id) { return server.uri(id); }

    @Override public TileResponse fetch(TileId id, TileCache.Entry cached) throws IOException {
        HttpRequest.Builder req = HttpRequest.newBuilder(uri(id)).timeout(Duration.ofSeconds(20))
                .header("User-Agent", USER_AGENT).header("Accept", "image/png,image/*;q=0.9");
        if (cached != null && cached.etag() != null) req.header("If-None-Match", cached.etag());
        if (cached != null && cached.lastModified() != null) req.header("If-Modified-Since", cached.lastModified());
        HttpResponse<InputStream> res;
        try {
            res = client().send(req.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new TileFetchException(TileFetchException.Kind.NETWORK, "cannot connect to " + uri(id).getHost(), null, e);
        } catch (HttpTimeoutException e) {
            throw new TileFetchException(TileFetchException.Kind.NETWORK, "no answer from " + uri(id).getHost(), null, e);
        } catch (IOException e) {
            throw new TileFetchException(TileFetchException.Kind.NETWORK, "network failure: " + e.getMessage(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try (InputStream body = res.body()) {
            Instant now = clock.instant();
            var h = res.headers();
            Instant expires = CachePolicy.expiry(now, h.firstValue("Cache-Control").orElse(null),
                    h.firstValue("Expires").orElse(null), h.firstValue("Date").orElse(null));
            int status = res.statusCode();
            if (status == 304 && cached != null) return TileResponse.notModified(expires);
            if (status == 429 || status >= 500)
                throw new TileFetchException(TileFetchException.Kind.SERVER, "HTTP " + status + " for " + uri(id),
                        retryAfter(h.firstValue("Retry-After").orElse(null), now), null);
            if (status != 200) throw new TileFetchException(TileFetchException.Kind.TILE, "HTTP " + status + " for " + uri(id));
            long declared = h.firstValueAsLong("Content-Length").orElse(-1);
            if (declared > MAX_BODY_BYTES) throw tooLarge(id, declared);
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) throw tooLarge(id, -1);
            return TileResponse.ok(bytes, expires, h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null));
        } catch (TileFetchException e) {
            throw e;
        } catch (IOException e) {
            throw new TileFetchException(TileFetchException.Kind.NETWORK, "network failure while reading " + uri(id), null, e);
        }
    }

    private TileFetchException tooLarge(TileId id, long bytes) {
        return new TileFetchException(TileFetchException.Kind.TILE, "the answer for " + uri(id) + " is larger than "
                + (MAX_BODY_BYTES >> 10) + " KB" + (bytes > 0 ? " (" + bytes + " bytes)" : ""));
    }

    /** Computes a {@code Retry-After} header (seconds or an HTTP date) as a duration, or null. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.matches("\\d{1,9}")) return Duration.ofSeconds(Long.parseLong(v));
        try {
            Duration d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
