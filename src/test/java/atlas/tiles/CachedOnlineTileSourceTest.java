package atlas.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.TileId;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedOnlineTileSourceTest {
    private static final TileId TILE = new TileId(10, 644, 388);
    private static final int OFFLINE_RGB = 0xFF123456;
    private static final int ONLINE_RGB = 0xFF00AA00;

    @TempDir Path cache;

    /** An offline source that paints one colour, so tests can tell which source answered. */
    private static final TileSource OFFLINE = new TileSource() {
        @Override public String name() { return "offline"; }
        @Override public String attribution() { return ""; }
        @Override public BufferedImage tile(TileId id) { return plain(OFFLINE_RGB); }
    };

    @Test
    void network_failure_falls_back_to_the_offline_tile_and_caches_nothing() {
        // given
        var src = source(id -> { throw new IOException("network unreachable"); });
        // when
        BufferedImage img = src.tile(TILE);
        // then
        assertEquals(OFFLINE_RGB, img.getRGB(10, 10));
        assertFalse(Files.exists(src.cacheFile(TILE)));
    }

    @Test
    void undecodable_server_answer_falls_back_to_the_offline_tile() {
        var src = source(id -> "<html>rate limited</html>".getBytes());
        assertEquals(OFFLINE_RGB, src.tile(TILE).getRGB(10, 10));
        assertFalse(Files.exists(src.cacheFile(TILE)));
    }

    @Test
    void fetched_tile_is_cached_and_served_from_disk_next_time() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        var src = source(id -> { calls.incrementAndGet(); return png(ONLINE_RGB); });
        assertEquals(ONLINE_RGB, src.tile(TILE).getRGB(5, 5));
        assertEquals(ONLINE_RGB, src.tile(TILE).getRGB(5, 5));
        assertEquals(1, calls.get());
        assertTrue(Files.size(src.cacheFile(TILE)) > 0);
    }

    @Test
    void corrupt_cached_tile_is_fetched_again() throws IOException {
        // given: a truncated PNG in the cache
        AtomicInteger calls = new AtomicInteger();
        var src = source(id -> { calls.incrementAndGet(); return png(ONLINE_RGB); });
        Files.createDirectories(src.cacheFile(TILE).getParent());
        Files.write(src.cacheFile(TILE), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        // when
        BufferedImage img = src.tile(TILE);
        // then
        assertEquals(ONLINE_RGB, img.getRGB(5, 5));
        assertEquals(1, calls.get());
        assertEquals(ONLINE_RGB, ImageIO.read(src.cacheFile(TILE).toFile()).getRGB(5, 5));
    }

    @Test
    void corrupt_cached_tile_with_the_network_down_shows_the_offline_tile() throws IOException {
        var src = source(id -> { throw new IOException("offline"); });
        Files.createDirectories(src.cacheFile(TILE).getParent());
        Files.write(src.cacheFile(TILE), "garbage".getBytes());
        assertEquals(OFFLINE_RGB, src.tile(TILE).getRGB(5, 5));
        assertFalse(Files.exists(src.cacheFile(TILE)), "the broken file is removed");
    }

    @Test
    void requests_send_the_application_user_agent_to_the_osm_url() {
        var f = new HttpTileFetcher(HttpTileFetcher.OSM_TEMPLATE);
        assertEquals("https://tile.openstreetmap.org/10/644/388.png", f.uri(TILE).toString());
        assertEquals("CorridorAtlas/0.1 (+desktop app)", HttpTileFetcher.USER_AGENT);
    }

    private CachedOnlineTileSource source(TileFetcher f) {
        return new CachedOnlineTileSource("test", "", f, cache, OFFLINE, Clock.systemUTC());
    }

    private static BufferedImage plain(int rgb) {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE);
        var g = img.createGraphics();
        g.setColor(new Color(rgb, true));
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        return img;
    }

    private static byte[] png(int rgb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(plain(rgb), "png", out);
        return out.toByteArray();
    }
}
