package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.map.AtlasMap;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An exported image (snapshot, slide, handout page, animation frame) is a map to look at: it carries the scale bar,
 * legend and attribution, but no zoom buttons, on either map of a comparison; the window's maps keep theirs.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MapSnapshotChromeTest {
    private static MapResources res;

    @BeforeAll
    static void load() {
        res = AtlasApp.preload().join();
    }

    @Start
    void start(Stage stage) {
        atlas.map.TileSources.use(res.offline());
    }

    @Test
    void an_image_has_no_zoom_buttons_on_either_side_of_a_comparison() throws Exception {
        MapSnapshot.Request req = new MapSnapshot.Request(AtlasMap.DEFAULT_CENTER, 10, 800, 500, null)
                .andView(v -> {
                    v.state().setDate(LocalDate.of(2023, 6, 1));
                    v.enter();
                });
        try (MapSnapshot.Session s = MapSnapshot.Session.open(res, req)) {
            List<AtlasMap> maps = FxThread.call(() -> List.of(s.view().mainMap(), s.view().getCompareMap()), 30);
            assertNotNull(maps.get(1), "the request compares two dates");
            for (AtlasMap m : maps) {
                Node in = FxThread.call(() -> m.lookup("#zoom-in"), 30), out = FxThread.call(() -> m.lookup("#zoom-out"), 30);
                assertFalse(FxThread.call(() -> shown(in) || shown(out), 30), "zoom buttons in an image (" + m.getId() + ")");
            }
            // the swipe shows one chrome for both halves: its scale bar stays
            assertTrue(FxThread.call(() -> shown(maps.get(0).lookup("#scale-bar")) || shown(maps.get(1).lookup("#scale-bar")), 30),
                    "the scale bar stays");
        }
    }

    @Test
    void a_map_of_the_window_keeps_its_zoom_buttons() throws Exception {
        AtlasMap m = FxThread.call(() -> MapAssembly.build(res, new AtlasState()), 30);
        try {
            assertEquals(true, FxThread.call(() -> shown(m.lookup("#zoom-in")) && shown(m.lookup("#zoom-out")), 30));
        } finally {
            FxThread.call(() -> { m.dispose(); return null; }, 30);
        }
    }

    /** Whether a node and all its parents are visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }
}
