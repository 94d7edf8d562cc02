package atlas.ui;

import atlas.tiles.TileCache;
import atlas.tiles.TileServer;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The online tile servers and the size of the tile cache, as the user set them (java.util.prefs, child
 * {@code tile-servers} of the {@code atlas.prefs.node} node): OpenStreetMap alone by default; a school can add its
 * own server with its URL template and attribution. A stored entry that is no longer valid is skipped.
 */
public final class TileServerSettings {
    private final Preferences node;

    TileServerSettings(Preferences node) { this.node = node; }

    /** Gets the settings of this run. */
    public static TileServerSettings standard() {
        return new TileServerSettings(Preferences.userRoot().node(System.getProperty("atlas.prefs.node", "corridor-atlas")).node("tile-servers"));
    }

    /** Gets the servers, in chooser order; OpenStreetMap when none is set. */
    public List<TileServer> servers() {
        int n = node.getInt("count", -1);
        if (n < 0) return List.of(TileServer.OPENSTREETMAP);
        List<TileServer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try {
                out.add(new TileServer(node.get(i + ".name", ""), node.get(i + ".url", ""), node.get(i + ".attribution", "")));
            } catch (IllegalArgumentException skipped) {
                // edited by hand into something invalid: leave it out rather than fail start-up
            }
        }
        return List.copyOf(out);
    }

    /** Gets the cache size limit in bytes ({@link TileCache#DEFAULT_MAX_BYTES} unless set). */
    public long cacheBytes() { return Math.max(TileCache.MIN_MAX_BYTES, node.getLong("cache.bytes", TileCache.DEFAULT_MAX_BYTES)); }

    /** Saves the servers and the cache limit. */
    public void save(List<TileServer> servers, long cacheBytes) {
        try {
            node.clear();
        } catch (BackingStoreException ignored) {
            // overwritten below anyway
        }
        node.putInt("count", servers.size());
        for (int i = 0; i < servers.size(); i++) {
            node.put(i + ".name", servers.get(i).name());
            node.put(i + ".url", servers.get(i).urlTemplate());
            node.put(i + ".attribution", servers.get(i).attribution());
        }
        node.putLong("cache.bytes", cacheBytes);
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // not fatal: the next run starts with the defaults
        }
    }
}
