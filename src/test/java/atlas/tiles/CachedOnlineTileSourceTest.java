package atlas.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.TileId;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online tile source against a tile server on this machine (com.sun.net.httpserver): the tile usage policy
 * (User-Agent, expiry, revalidation, no no-cache), the cache's limits, back-off and the thread rules. No internet.
 */
class CachedOnlineTileSourceTest {
    private static final TileId TILE = new TileId(10, 644, 388);
    private static final int OFFLINE_RGB = 0xFF123456, ONLINE_RGB = 0xFF00AA00;
    private static final TileSource OFFLINE = new TileSource() {
        @Override public String name() { return "offline"; }
        @Override public String attribution() { return ""; }
        @Override public BufferedImage tile(TileId id) { return plain(OFFLINE_RGB); }
    };

    @TempDir Path cacheDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final List<Headers> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Handler> answers = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService downloads;
    private TileCache cache;

    /** What the test server answers for a path. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange x) throws IOException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", x -> {
            requests.add(x.getRequestHeaders());
            Handler h = answers.getOrDefault(x.getRequestURI().getPath(), e -> send(e, 404, new byte[0], Map.of()));
            try {
                h.handle(x);
            } finally {
                x.close();
            }
        });
        server.start();
        downloads = CachedOnlineTileSource.downloadThreads("test");
        cache = new TileCache(cacheDir, TileCache.DEFAULT_MAX_BYTES, clock);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        downloads.shutdownNow();
    }

    @Test
    void requests_name_the_application_and_its_contact_and_never_ask_for_no_cache() throws IOException {
        // given
        serve(TILE, 200, png(ONLINE_RGB), Map.of());
        // when
        BufferedImage img = source().tile(TILE);
        // then
        assertEquals(ONLINE_RGB, img.getRGB(5, 5));
        Headers h = requests.get(0);
        assertTrue(h.getFirst("User-Agent").matches("CorridorAtlas/\\S+ \\(.*\\+https?://\\S+\\)"), h.getFirst("User-Agent"));
        assertNull(h.getFirst("Cache-Control"), "no Cache-Control header");
        assertNull(h.getFirst("Pragma"), "no Pragma header");
    }

    @Test
    void a_short_server_lifetime_is_stretched_to_seven_days_a_longer_one_is_honoured() throws IOException {
        // given: one tile the server keeps for an hour, one for 30 days
        TileId other = new TileId(10, 645, 388);
        serve(TILE, 200, png(ONLINE_RGB), Map.of("Cache-Control", "max-age=3600"));
        serve(other, 200, png(ONLINE_RGB), Map.of("Cache-Control", "public, max-age=2592000"));
        CachedOnlineTileSource src = source();
        src.tile(TILE);
        src.tile(other);
        // when: 6 days later, then 8 days later
        clock.advance(Duration.ofDays(6));
        src.tile(TILE);
        src.tile(other);
        assertEquals(2, requests.size(), "both still fresh after 6 days");
        clock.advance(Duration.ofDays(2));
        src.tile(TILE);
        src.tile(other);
        // then: the one-hour tile was asked for again after 7 days, the 30-day one was not
        assertEquals(3, requests.size());
        clock.advance(Duration.ofDays(23));
        src.tile(other);
        assertEquals(4, requests.size(), "the 30-day tile after 31 days");
    }

    @Test
    void an_expired_tile_is_revalidated_with_its_etag_and_kept_on_304() throws IOException {
        // given
        AtomicInteger fulls = new AtomicInteger();
        answers.put(path(TILE), x -> {
            if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                send(x, 304, null, Map.of());
            } else {
                fulls.incrementAndGet();
                send(x, 200, png(ONLINE_RGB), Map.of("ETag", "\"v1\""));
            }
        });
        CachedOnlineTileSource src = source();
        src.tile(TILE);
        // when
        clock.advance(Duration.ofDays(8));
        BufferedImage img = src.tile(TILE);
        // then
        assertEquals(ONLINE_RGB, img.getRGB(3, 3));
        assertEquals(2, requests.size());
        assertEquals(1, fulls.get(), "the second request was a revalidation");
        assertTrue(cache.get(key(), TILE).orElseThrow().isFresh(clock.instant()), "renewed");
    }

    @Test
    void a_cached_tile_dated_in_the_future_counts_as_expired() throws IOException {
        serve(TILE, 200, png(ONLINE_RGB), Map.of());
        CachedOnlineTileSource src = source();
        src.tile(TILE);
        Path f = cache.file(key(), TILE);
        Files.setLastModifiedTime(f, FileTime.from(clock.instant().plus(Duration.ofDays(400))));
        src.tile(TILE);
        assertEquals(2, requests.size(), "asked again");
    }

    @Test
    void the_cache_keeps_to_its_limit_evicting_the_least_recently_used_tiles() {
        // given: a limit of 10 KB and tiles of 3 KB
        TileCache small = new TileCache(cacheDir.resolve("small"), 10_000, clock);
        TileId a = new TileId(5, 1, 1), b = new TileId(5, 2, 1), c = new TileId(5, 3, 1), d = new TileId(5, 4, 1);
        for (TileId id : List.of(a, b, c)) small.put("s", id, entry(3000));
        // when: a is used, then d comes in
        clock.advance(Duration.ofSeconds(1));
        assertTrue(small.get("s", a).isPresent());
        small.put("s", d, entry(3000));
        // then: b, the least recently used, made room
        assertTrue(small.sizeBytes() <= 10_000, small.sizeBytes() + " bytes");
        assertFalse(Files.exists(small.file("s", b)), "b evicted");
        assertTrue(Files.exists(small.file("s", a)), "a was used, kept");
        assertTrue(Files.exists(small.file("s", d)));
    }

    @Test
    void the_use_order_survives_a_restart() throws IOException {
        TileCache first = new TileCache(cacheDir, 10_000, clock);
        TileId a = new TileId(5, 1, 1), b = new TileId(5, 2, 1), c = new TileId(5, 3, 1);
        for (TileId id : List.of(a, b, c)) first.put("s", id, entry(3000));
        // a used last, b never since it was written long ago
        setAccess(first.file("s", b), clock.instant().minus(Duration.ofDays(9)));
        setAccess(first.file("s", c), clock.instant().minus(Duration.ofDays(5)));
        setAccess(first.file("s", a), clock.instant().minus(Duration.ofDays(1)));
        TileCache second = new TileCache(cacheDir, 10_000, clock);
        second.put("s", new TileId(5, 9, 9), entry(3000));
        assertFalse(Files.exists(second.file("s", b)));
        assertTrue(Files.exists(second.file("s", a)));
    }

    @Test
    void stale_part_files_of_killed_runs_are_removed_and_old_layout_tiles_too() throws IOException {
        Path dir = Files.createDirectories(cacheDir.resolve("osm/5/1"));
        Path stale = Files.writeString(dir.resolve(".1.tile.abc.part"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(dir.resolve(".2.tile.def.part"), "being written");
        Path oldLayout = Files.writeString(Files.createDirectories(cacheDir.resolve("7/80/")).resolve("49.png"), "png");
        TileCache c = new TileCache(cacheDir, TileCache.DEFAULT_MAX_BYTES, Clock.systemUTC());
        c.sizeBytes();
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh), "a recent .part may be another run's write in progress");
        assertFalse(Files.exists(oldLayout));
    }

    @Test
    void after_a_server_failure_no_request_goes_out_for_a_while_and_tiles_come_from_the_fallback() throws IOException {
        // given: the server fails
        serve(TILE, 503, new byte[0], Map.of());
        CachedOnlineTileSource src = source();
        assertEquals(OFFLINE_RGB, src.tile(TILE).getRGB(1, 1));
        // when: more tiles are asked for at once
        for (int i = 0; i < 20; i++) assertEquals(OFFLINE_RGB, src.tile(new TileId(10, 600 + i, 388)).getRGB(1, 1));
        // then: no request went out during the back-off
        assertEquals(1, requests.size());
        // and: after it, the server is asked again, and a success ends the back-off
        clock.advance(Backoff.FIRST.plusSeconds(1));
        serve(TILE, 200, png(ONLINE_RGB), Map.of());
        assertEquals(ONLINE_RGB, src.tile(TILE).getRGB(1, 1));
        assertTrue(src.backoff().mayTry(clock.instant()));
    }

    @Test
    void with_the_network_down_an_expired_cached_tile_is_still_shown() throws IOException {
        serve(TILE, 200, png(ONLINE_RGB), Map.of());
        CachedOnlineTileSource src = source();
        src.tile(TILE);
        server.stop(0); // connection refused from now on
        clock.advance(Duration.ofDays(30));
        assertEquals(ONLINE_RGB, src.tile(TILE).getRGB(1, 1), "the old copy beats the offline tile");
        assertFalse(src.backoff().mayTry(clock.instant()), "backing off");
    }

    @Test
    void retry_after_is_honoured() throws IOException {
        answers.put(path(TILE), x -> send(x, 429, new byte[0], Map.of("Retry-After", "120")));
        CachedOnlineTileSource src = source();
        src.tile(TILE);
        assertEquals(clock.instant().plusSeconds(120), src.backoff().notBefore());
    }

    @Test
    void an_oversized_answer_is_refused_not_cached_and_does_not_stop_other_tiles() throws IOException {
        serve(TILE, 200, new byte[HttpTileFetcher.MAX_BODY_BYTES + 10], Map.of());
        CachedOnlineTileSource src = source();
        assertEquals(OFFLINE_RGB, src.tile(TILE).getRGB(1, 1));
        assertFalse(Files.exists(cache.file(key(), TILE)));
        assertTrue(src.backoff().mayTry(clock.instant()));
    }

    @Test
    void an_answer_that_is_not_an_image_falls_back_and_is_not_cached() throws IOException {
        serve(TILE, 200, "<html>rate limited</html>".getBytes(), Map.of());
        assertEquals(OFFLINE_RGB, source().tile(TILE).getRGB(10, 10));
        assertFalse(Files.exists(cache.file(key(), TILE)));
    }

    @Test
    void a_damaged_cache_file_is_replaced() throws IOException {
        serve(TILE, 200, png(ONLINE_RGB), Map.of());
        Path f = cache.file(key(), TILE);
        Files.createDirectories(f.getParent());
        Files.write(f, new byte[] {1, 2, 3});
        assertEquals(ONLINE_RGB, source().tile(TILE).getRGB(5, 5));
        assertEquals(1, requests.size());
    }

    @Test
    void a_slow_server_never_holds_the_render_threads() throws Exception {
        // given: a server that answers only when released, and two render threads
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 12; i++) {
            answers.put(path(new TileId(10, 700 + i, 388)), x -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(x, 200, png(ONLINE_RGB), Map.of());
            });
        }
        ExecutorService render = Executors.newFixedThreadPool(2);
        try {
            CachedOnlineTileSource src = source();
            List<CompletableFuture<BufferedImage>> online = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) online.add(src.tileAsync(new TileId(10, 700 + i, 388), render));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (requests.size() < 2 && System.nanoTime() < deadline) Thread.sleep(10); // two downloads are waiting
            // when: an offline tile is rendered on the same threads while all twelve downloads wait
            BufferedImage offline = CompletableFuture.supplyAsync(() -> OFFLINE.tile(TILE), render).get(10, TimeUnit.SECONDS);
            // then
            assertEquals(OFFLINE_RGB, offline.getRGB(1, 1));
            assertTrue(online.stream().noneMatch(CompletableFuture::isDone), "the downloads are still waiting");
            assertTrue(requests.size() <= 2, "at most two connections to the server: " + requests.size());
            release.countDown();
            for (var f : online) assertEquals(ONLINE_RGB, f.get(30, TimeUnit.SECONDS).getRGB(1, 1));
        } finally {
            release.countDown();
            render.shutdownNow();
        }
    }

    @Test
    void tile_servers_are_checked() {
        for (String[] bad : new String[][] {{"S", "ftp://x/{z}/{x}/{y}.png", "©"}, {"S", "https://x/{z}/{y}.png", "©"},
                {"", "https://x/{z}/{x}/{y}.png", "©"}, {"S", "https://x/{z}/{x}/{y}.png", " "}, {"S", "https:///{z}/{x}/{y}", "©"}}) {
            try {
                new TileServer(bad[0], bad[1], bad[2]);
                throw new AssertionError("accepted " + String.join(" ", bad));
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
        TileServer school = new TileServer("School", "http://tiles.school.example:8080/osm/{z}/{x}/{y}.png", "© OSM contributors");
        assertEquals("http://tiles.school.example:8080/osm/10/644/388.png", school.uri(TILE).toString());
        assertTrue(school.cacheKey().startsWith("school-"));
    }

    @Test
    void cache_lifetimes_follow_the_server_within_seven_days_and_a_year() {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        assertEquals(now.plus(Duration.ofDays(7)), CachePolicy.expiry(now, null, null, null));
        assertEquals(now.plus(Duration.ofDays(7)), CachePolicy.expiry(now, "no-cache, max-age=0", null, null));
        assertEquals(now.plus(Duration.ofDays(30)), CachePolicy.expiry(now, "max-age=2592000, public", null, null));
        assertEquals(now.plus(Duration.ofDays(365)), CachePolicy.expiry(now, "max-age=999999999", null, null));
        // Expires counts from the server's Date, not from our clock
        assertEquals(now.plus(Duration.ofDays(10)), CachePolicy.expiry(now, null,
                "Wed, 11 Mar 2026 00:00:00 GMT", "Sun, 01 Mar 2026 00:00:00 GMT"));
    }

    private CachedOnlineTileSource source() {
        return new CachedOnlineTileSource(testServer(), new HttpTileFetcher(testServer(), clock), cache, OFFLINE, clock, downloads);
    }

    private TileServer testServer() {
        return new TileServer("Test server", "http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png", "© test");
    }

    private String key() { return testServer().cacheKey(); }

    private static String path(TileId id) { return "/" + id.zoom() + "/" + id.x() + "/" + id.y() + ".png"; }

    private void serve(TileId id, int status, byte[] body, Map<String, String> headers) {
        answers.put(path(id), x -> send(x, status, body, headers));
    }

    private static void send(HttpExchange x, int status, byte[] body, Map<String, String> headers) throws IOException {
        headers.forEach((k, v) -> x.getResponseHeaders().add(k, v));
        x.sendResponseHeaders(status, body == null || body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) try (OutputStream o = x.getResponseBody()) {
            o.write(body);
        }
    }

    private static TileCache.Entry entry(int bytes) {
        return new TileCache.Entry(new byte[bytes - 100], Instant.EPOCH, Instant.EPOCH.plusSeconds(1), null, null);
    }

    private static void setAccess(Path f, Instant t) throws IOException {
        Files.getFileAttributeView(f, java.nio.file.attribute.BasicFileAttributeView.class).setTimes(null, FileTime.from(t), null);
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

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) { now = start; }

        void advance(Duration d) { now = now.plus(d); }

        @Override public Instant instant() { return now; }
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    }
}
