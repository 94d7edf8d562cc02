package atlas.story;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.Viewport;
import atlas.io.Datasets;
import atlas.map.AtlasMap;
import atlas.map.EventLabelLayer;
import atlas.map.EventLabels;
import atlas.map.LabelBox;
import atlas.map.PlaceLabelLayer;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.ui.AtlasState;
import atlas.ui.LoadedData;
import atlas.ui.MapAssembly;
import atlas.ui.AtlasApp;
import atlas.ui.MapResources;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Slides stay legible: rendered as the slides are (the window's map, 1600 x 1000), every stop of the shipped August
 * 2022 story at zoom 11 shows event labels that cover no town name in view.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LegibleSlidesTest {
    private static MapResources res;
    private static LoadedData data;

    @BeforeAll
    static void load() throws Exception {
        res = AtlasApp.preload().join();
        data = LoadedData.of(Datasets.loadShipped());
    }

    @Test
    void at_zoom_11_no_event_label_covers_a_town_name_in_the_august_2022_story() throws Exception {
        Story story = ShippedStories.load("stories/august-2022-escalation.story.json");
        int labels = 0;
        for (int i = 0; i < story.size(); i++) {
            Stop stop = story.stop(i);
            Frame f = render(stop, 11);
            assertFalse(f.towns.isEmpty(), "stop " + (i + 1) + " shows town names");
            for (EventLabels.Placement p : f.events) {
                for (LabelBox t : f.towns)
                    assertFalse(p.box().intersects(t), "stop " + (i + 1) + ": the label '" + p.title() + "' " + p.box() + " covers a town name " + t);
                labels++;
            }
            // the stop's own event keeps its label (it may be shortened or moved, not dropped)
            assertTrue(f.events.stream().anyMatch(p -> p.date() != null), "stop " + (i + 1) + " labels its selected event");
        }
        assertTrue(labels >= story.size(), "labels were placed: " + labels);
    }

    /** What a frame shows: the town name boxes in view and the event labels placed. */
    private record Frame(List<LabelBox> towns, List<EventLabels.Placement> events) {}

    private static Frame render(Stop stop, double zoom) throws Exception {
        Object[] shown = WaitForAsyncUtils.asyncFx(() -> {
            AtlasState state = new AtlasState();
            state.setData(data);
            StoryPlayer.applyTo(state, stop);
            AtlasMap map = MapAssembly.build(res, state);
            Stage stage = new Stage();
            stage.setScene(new Scene(map, 1600, 1000));
            stage.show();
            map.setView(stop.center(), zoom);
            return new Object[]{map, stage};
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            AtlasMap map = (AtlasMap) shown[0];
            Stage stage = (Stage) shown[1];
            map.layout();
            Viewport v = map.getView();
            PlaceLabelLayer towns = map.overlays().stream().filter(PlaceLabelLayer.class::isInstance).map(PlaceLabelLayer.class::cast).findFirst().orElseThrow();
            EventLabelLayer events = map.overlays().stream().filter(EventLabelLayer.class::isInstance).map(EventLabelLayer.class::cast).findFirst().orElseThrow();
            List<LabelBox> visible = new ArrayList<>();
            for (LabelBox b : towns.townNameBoxes(v))
                if (b.maxX() > 0 && b.maxY() > 0 && b.x() < v.widthPx() && b.y() < v.heightPx()) visible.add(b);
            Frame f = new Frame(visible, events.placements());
            map.dispose();
            stage.close();
            return f;
        }).get(30, TimeUnit.SECONDS);
    }
}
