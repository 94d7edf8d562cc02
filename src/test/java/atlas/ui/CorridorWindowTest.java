package atlas.ui;

import atlas.map.TileSources;
import atlas.tiles.OfflineTileSource;
import atlas.tiles.TileRenderer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.map.CorridorLayer;
import atlas.map.MapLayers;
import atlas.model.LatLon;
import atlas.model.NameStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The corridor overlay inside the real window: follows the timeline's date, the layers panel and the name style. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CorridorWindowTest {
    private MainWindow window;
    private CorridorLayer layer;

    @Start
    void start(Stage stage) {
        WindowPrefs.standard().clear();
        new AtlasApp().start(stage);
        window = (MainWindow) stage.getScene().getRoot();
        layer = (CorridorLayer) window.map().overlays().stream().filter(l -> l instanceof CorridorLayer).findFirst().orElseThrow();
        window.map().setView(new LatLon(39.66, 46.62), 11);
    }

    @Test
    void corridor_follows_the_date_and_the_layer_toggles(FxRobot robot) {
        // given: all layers on by default
        assertTrue(window.state().visibleLayers().containsAll(Set.of(MapLayers.CORRIDOR, MapLayers.BAND, MapLayers.POSTS,
                MapLayers.NKAO_1991, MapLayers.LINE_1994)));
        // when: the timeline moves to 15 Sep 2022
        robot.interact(() -> window.state().setDate(LocalDate.of(2022, 9, 15)));
        // then
        assertTrue(drawn().containsAll(List.of("tf-corridor-phase2-open", "tf-corridor-phase2-open-band", "tf-pk-op1-hakari")));
        assertFalse(drawn().contains("tf-corridor-phase1"));
        // when: band and posts are switched off in the layers panel
        robot.interact(() -> {
            window.layersPanel().box(MapLayers.BAND).fire();
            window.layersPanel().box(MapLayers.POSTS).fire();
        });
        // then
        assertEquals(List.of("tf-corridor-phase2-open", "tf-temporary-link"), drawn());
        assertFalse(layer.legend().keys().contains("corridor-band"));
        // when: a story stop (or anything else) puts the band back through the state
        robot.interact(() -> window.state().visibleLayers().add(MapLayers.BAND));
        assertTrue(window.layersPanel().box(MapLayers.BAND).isSelected());
        assertTrue(drawn().contains("tf-corridor-phase2-open-band"));
    }

    @Test
    void historical_lines_toggle_leaves_them_out_of_the_tiles_and_the_legend(FxRobot robot) throws Exception {
        robot.interact(() -> window.layersPanel().box(MapLayers.NKAO_1991).fire());
        WaitForAsyncUtils.waitForFxEvents();
        // (the base-map legend starts folded; its rows are built when first asked for)
        Node row = WaitForAsyncUtils.asyncFx(() -> window.map().chrome().legendRows().lookup("#legend-nkao-1991")).get();
        assertFalse(row.isVisible());
        assertEquals(Set.of(TileRenderer.NKAO_1991), window.map().getHiddenLines());
        assertEquals(Set.of(TileRenderer.NKAO_1991), ((OfflineTileSource) TileSources.current()).hiddenLines(), "the tiles requested now leave it out");
        robot.interact(() -> window.layersPanel().box(MapLayers.NKAO_1991).fire());
        assertTrue(row.isVisible());
        assertEquals(Set.of(), ((OfflineTileSource) TileSources.current()).hiddenLines());
    }

    @Test
    void hovering_the_route_shows_its_names_in_the_chosen_style(FxRobot robot) {
        // given
        robot.interact(() -> window.state().setDate(LocalDate.of(2021, 6, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        // when: the pointer rests on the route between Lisagor and Karin Tak
        Point2D p = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> layer.localToScreen(layer.screenOf((39.68750 + 39.74167) / 2, (46.64306 + 46.74917) / 2)));
        robot.moveTo(p);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertTrue(layer.popup().isVisible());
        assertEquals("tf-corridor-phase1", layer.popup().feature().id());
        robot.interact(() -> window.state().setNameStyle(NameStyle.AZERBAIJANI));
        assertEquals("Lachin corridor: route via Lachin and Zabukh", robot.lookup(".corridor-popup-title").queryLabeled().getText());
        // when: the date moves past 30 Aug 2022, the stale popup goes with the old route
        robot.interact(() -> window.state().setDate(LocalDate.of(2022, 9, 15)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(layer.popup().isVisible());
    }

    private List<String> drawn() {
        WaitForAsyncUtils.waitForFxEvents();
        return layer.drawnItems().stream().map(i -> i.feature().id()).toList();
    }
}
