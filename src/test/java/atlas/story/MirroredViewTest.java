package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.geo.Viewport;
import atlas.map.AtlasMap;
import atlas.model.LatLon;
import atlas.ui.AtlasState;
import atlas.ui.MapAssembly;
import atlas.ui.AtlasApp;
import atlas.ui.MapResources;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The presenter's copy of the audience's map shows the same area, and moving either moves the other. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MirroredViewTest {
    private AtlasMap audience, presenter;

    @Start
    void start(Stage stage) throws Exception {
        MapResources res = AtlasApp.preload().join();
        AtlasState state = new AtlasState();
        audience = MapAssembly.build(res, state);
        presenter = MapAssembly.build(res, state);
        audience.setMinSize(800, 500);
        audience.setPrefSize(800, 500);
        presenter.setMinSize(400, 250);
        presenter.setPrefSize(400, 250);
        audience.setView(LatLon.of(39.6, 46.57), 11);
        stage.setScene(new Scene(new HBox(audience, presenter), 1200, 500));
        stage.show();
        MirroredView.link(audience, presenter);
    }

    @Test
    void the_copy_shows_the_audience_s_area_and_moves_it_back(FxRobot robot) {
        // then: the half-size copy is one zoom level out, on the same centre
        WaitForAsyncUtils.waitForFxEvents();
        Viewport p = WaitForAsyncUtils.waitForAsyncFx(2000, presenter::getView);
        assertEquals(39.6, p.center().lat(), 1e-6);
        assertEquals(10, p.zoom(), 1e-6, "a map half the size shows the same area one level out");
        // when: the audience's map moves (a stop's flight), the copy follows
        robot.interact(() -> audience.setView(LatLon.of(39.7, 46.4), 12));
        p = WaitForAsyncUtils.waitForAsyncFx(2000, presenter::getView);
        assertEquals(46.4, p.center().lon(), 1e-6);
        assertEquals(11, p.zoom(), 1e-6);
        // when: the presenter zooms the copy, the audience's map follows
        robot.interact(() -> presenter.setView(LatLon.of(39.65, 46.5), 12.5));
        Viewport a = WaitForAsyncUtils.waitForAsyncFx(2000, audience::getView);
        assertEquals(46.5, a.center().lon(), 1e-6);
        assertEquals(13.5, a.zoom(), 1e-6);
    }

    @Test
    void the_zoom_shift_fits_the_other_map(FxRobot robot) {
        Viewport big = new Viewport(LatLon.of(39.6, 46.5), 11, 1600, 900), small = big.withSize(800, 600);
        assertEquals(-1, MirroredView.zoomShift(big, small), 1e-9, "the narrower side decides");
    }
}
