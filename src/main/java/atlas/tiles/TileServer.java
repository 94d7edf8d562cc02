package atlas.tiles;

import atlas.i18n.Texts;
import atlas.geo.TileId;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * An online tile server: the name shown in the tile-source chooser, a URL template with {@code {z}}, {@code {x}} and
 * {@code {y}} (e.g. {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}) and the attribution its licence asks
 * for, shown on the map while its tiles are. Immutable; the constructor refuses a template that is not an http(s)
 * URL with all three placeholders.
 */
public record TileServer(String name, String urlTemplate, String attribution) {
    /** Gets the OpenStreetMap standard tile layer, the default server. */
    public static final TileServer OPENSTREETMAP = new TileServer("OpenStreetMap",
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "Map tiles © OpenStreetMap contributors (ODbL)");

    public TileServer {
        name = Objects.requireNonNull(name, "name").strip();
        urlTemplate = Objects.requireNonNull(urlTemplate, "urlTemplate").strip();
        attribution = attribution == null ? "" : attribution.strip();
        if (name.isEmpty()) throw new IllegalArgumentException(Texts.get("tile-servers.error.name"));
        String low = urlTemplate.toLowerCase(Locale.ROOT);
        if (!low.startsWith("https://") && !low.startsWith("http://"))
            throw new IllegalArgumentException(Texts.format("tile-servers.error.scheme", urlTemplate));
        for (String p : new String[] {"{z}", "{x}", "{y}"})
            if (!urlTemplate.contains(p)) throw new IllegalArgumentException(Texts.format("tile-servers.error.placeholder", p, urlTemplate));
        try {
            URI u = URI.create(expand(urlTemplate, 1, 2, 3));
            if (u.getHost() == null || u.getHost().isEmpty()) throw new IllegalArgumentException(Texts.get("tile-servers.error.host"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Texts.format("tile-servers.error.url", urlTemplate));
        }
        if (attribution.isEmpty()) throw new IllegalArgumentException(Texts.get("tile-servers.error.attribution"));
    }

    /** Computes the URL of a tile. */
    public URI uri(TileId id) { return URI.create(expand(urlTemplate, id.zoom(), id.x(), id.y())); }

    /** Gets the name of this server's folder in the tile cache: its name made safe, and a hash of its template. */
    public String cacheKey() {
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (safe.length() > 40) safe = safe.substring(0, 40);
        return (safe.isEmpty() ? "server" : safe) + "-" + String.format("%08x", urlTemplate.hashCode());
    }

    private static String expand(String template, int z, long x, long y) {
        return template.replace("{z}", Integer.toString(z)).replace("{x}", Long.toString(x)).replace("{y}", Long.toString(y));
    }
}
