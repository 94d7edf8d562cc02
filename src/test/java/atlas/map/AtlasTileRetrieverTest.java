package atlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.TileId;
import atlas.tiles.CachedOnlineTileSource;
import atlas.tiles.OfflineTileSource;
import atlas.tiles.TileCache;
import atlas.tiles.TileServer;
import atlas.tiles.TileSource;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AtlasTileRetrieverTest {
    @TempDir Path cache;

    /** The JVM's tile selection before the test: given back after it, so later test classes see no broken source. */
    private TileSources.Selection before;

    @BeforeEach
    void remember() { before = TileSources.selection(); }

    @AfterEach
    void restore() { if (before != null) TileSources.use(before); }

    @Start
    void start(Stage stage) {
        // the toolkit is needed for javafx.scene.image.Image; no window
    }

    @Test
    void a_source_that_throws_gives_the_offline_tile() throws Exception {
        // given: a source that fails, with the offline rendering as its fallback (as every map selects it)
        TileSource offline = MapTestFixture.offline();
        TileSources.use(new TileSources.Selection(new TileSource() {
            @Override public String name() { return "broken"; }
            @Override public String attribution() { return ""; }
            @Override public BufferedImage tile(TileId id) { throw new IllegalStateException("renderer exploded"); }
        }, offline));
        // when
        CompletableFuture<Image> f = new AtlasTileRetriever().loadTile(9, 322, 194);
        Image img = f.get(10, TimeUnit.SECONDS);
        // then: pixel for pixel the offline tile, and nothing left pending
        assertFalse(f.isCompletedExceptionally());
        BufferedImage expected = offline.tile(MapTestFixture.anyTile());
        for (int[] p : new int[][] {{10, 10}, {128, 128}, {200, 60}})
            assertEquals(expected.getRGB(p[0], p[1]), img.getPixelReader().getArgb(p[0], p[1]));
        assertEquals(0, TileSources.pending());
    }

    @Test
    void when_the_fallback_fails_too_the_tile_is_plain_ocean() throws Exception {
        TileSource broken = new TileSource() {
            @Override public String name() { return "broken"; }
            @Override public String attribution() { return ""; }
            @Override public BufferedImage tile(TileId id) { throw new IllegalStateException("exploded"); }
        };
        TileSources.use(broken);
        Image img = new AtlasTileRetriever().loadTile(9, 322, 194).get(10, TimeUnit.SECONDS);
        assertEquals(0xFFAFCDE3, img.getPixelReader().getArgb(128, 128));
        assertEquals(0xFFAFCDE3, img.getPixelReader().getArgb(3, 250));
    }

    @Test
    void a_failing_online_source_gives_the_offline_tile() throws Exception {
        // given: OpenStreetMap with the network down
        TileSource offline = MapTestFixture.offline();
        TileSources.use(new CachedOnlineTileSource(TileServer.OPENSTREETMAP, (id, cached) -> { throw new IOException("no route to host"); },
                new TileCache(cache, TileCache.DEFAULT_MAX_BYTES, Clock.systemUTC()), offline, Clock.systemUTC(),
                CachedOnlineTileSource.downloadThreads("test")));
        // when
        Image img = new AtlasTileRetriever().loadTile(9, 322, 194).get(20, TimeUnit.SECONDS);
        // then: pixel for pixel the offline tile
        BufferedImage expected = offline.tile(MapTestFixture.anyTile());
        assertNotNull(img.getPixelReader());
        for (int[] p : new int[][] {{10, 10}, {128, 128}, {200, 60}})
            assertEquals(expected.getRGB(p[0], p[1]), img.getPixelReader().getArgb(p[0], p[1]));
    }

    @Test
    void an_offline_tile_drawn_once_is_shown_again_without_drawing_it_and_other_lines_are_drawn_anew() throws Exception {
        // given: the offline rendering, one tile drawn
        OfflineTileSource offline = MapTestFixture.offline();
        TileSources.use(offline);
        Image first = new AtlasTileRetriever().loadTile(9, 322, 194).get(10, TimeUnit.SECONDS);
        // when: the same tile again (another map at the same place), from an equal source
        TileSources.use(MapTestFixture.offline());
        CompletableFuture<Image> again = new AtlasTileRetriever().loadTile(9, 322, 194);
        // then: the kept image, at once
        assertTrue(again.isDone(), "no drawing");
        assertSame(first, again.get());
        assertEquals(0, TileSources.pending());
        // when: the same tile with a historical line hidden
        TileSources.use(offline.withHiddenLines(java.util.Set.of("line-of-contact-1994")));
        Image other = new AtlasTileRetriever().loadTile(9, 322, 194).get(10, TimeUnit.SECONDS);
        // then: drawn for that source, not the kept one
        assertNotSame(first, other);
    }

    @Test
    void downloaded_tiles_are_not_kept() throws Exception {
        // given: OpenStreetMap with the network down, so the tile is the offline fallback
        TileSources.use(new CachedOnlineTileSource(TileServer.OPENSTREETMAP, (id, cached) -> { throw new IOException("no route to host"); },
                new TileCache(cache, TileCache.DEFAULT_MAX_BYTES, Clock.systemUTC()), MapTestFixture.offline(), Clock.systemUTC(),
                CachedOnlineTileSource.downloadThreads("test")));
        // when
        Image first = new AtlasTileRetriever().loadTile(9, 322, 195).get(20, TimeUnit.SECONDS);
        Image again = new AtlasTileRetriever().loadTile(9, 322, 195).get(20, TimeUnit.SECONDS);
        // then: asked for again (the network may be back), not the fallback kept
        assertNotSame(first, again);
    }

    @Test
    void an_invalid_tile_request_completes_normally() throws Exception {
        TileSources.use(MapTestFixture.offline());
        CompletableFuture<Image> f = new AtlasTileRetriever().loadTile(3, 99, 99);
        assertNotNull(f.get(10, TimeUnit.SECONDS));
        assertFalse(f.isCompletedExceptionally());
    }
}
