package atlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import atlas.model.LatLon;
import atlas.tiles.OfflineTileSource;
import atlas.tiles.TileRenderer;
import atlas.tiles.TileSource;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Gluon's one tile retriever per JVM: a second map adopts the source in use, and a map that moves claims its own. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TileSelectionTest {
    /** The JVM's tile selection before the test: given back after it, so later test classes see no broken source. */
    private TileSources.Selection before;

    @BeforeEach
    void remember() { before = TileSources.selection(); }

    @AfterEach
    void restore() { if (before != null) TileSources.use(before); }

    @Start
    void start(Stage stage) {
        // no window: the maps are built and moved through their API
    }

    @Test
    void a_second_map_does_not_switch_the_source_and_a_moving_map_claims_its_own(FxRobot robot) {
        robot.interact(() -> {
            // given: the JVM shows the offline tiles with every line, and the window's map adopts them
            TileSource offline = MapTestFixture.offline();
            TileSources.use(new TileSources.Selection(offline, offline));
            TileSources.Selection aTiles = TileSources.selection();
            AtlasMap a = new AtlasMap(offline, MapTestFixture.renderer());
            assertSame(aTiles, TileSources.selection());
            // when: a second map opens (a presentation's): nothing switches
            AtlasMap b = new AtlasMap(MapTestFixture.offline(), MapTestFixture.renderer());
            assertSame(aTiles, TileSources.selection());
            // when: the second map leaves the 1994 line out (a snapshot of a stop that hides it)
            b.setHiddenLines(Set.of(TileRenderer.CEASEFIRE_1994));
            assertEquals(Set.of(TileRenderer.CEASEFIRE_1994), ((OfflineTileSource) TileSources.current()).hiddenLines());
            // then: as soon as the first map moves, its own tiles are the ones requested again
            a.setView(LatLon.of(39.8, 46.7), 10);
            assertEquals(aTiles, TileSources.selection());
            assertEquals(Set.of(), ((OfflineTileSource) TileSources.current()).hiddenLines());
            b.dispose();
            a.dispose();
        });
    }
}
