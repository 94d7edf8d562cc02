package atlas.tiles;

import atlas.geo.TileId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Downloads tiles over HTTP(S) from a "{z}/{x}/{y}" URL template, sending the application's User-Agent (as the
 * OpenStreetMap tile usage policy requires). Timeouts of 10 s; any status but 200 is a failure.
 */
public final class HttpTileFetcher implements TileFetcher {
    /** Gets the User-Agent every request sends. */
    public static final String USER_AGENT = "CorridorAtlas/0.1 (+desktop app)";
    /** Gets the OpenStreetMap standard tile layer's URL template. */
    public static final String OSM_TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    private final String template;
    private volatile HttpClient client;

    public HttpTileFetcher(String template) { this.template = template; }

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
    public URI uri(TileId id) {
        return URI.create(template.replace("{z}", Integer.toString(id.zoom()))
                .replace("{x}", Long.toString(id.x())).replace("{y}", Long.toString(id.y())));
    }

    @Override public byte[] fetch(TileId id) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(uri(id)).timeout(Duration.ofSeconds(10))
                .header("User-Agent", USER_AGENT).GET().build();
        try {
            HttpResponse<byte[]> res = client().send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() != 200) throw new IOException("HTTP " + res.statusCode() + " for " + req.uri());
            return res.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
