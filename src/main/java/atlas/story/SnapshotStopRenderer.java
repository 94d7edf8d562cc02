package atlas.story;

import atlas.model.Dataset;
import atlas.model.Stop;
import atlas.ui.LoadedData;
import atlas.ui.MapResources;
import atlas.ui.MapSnapshot;
import java.awt.image.BufferedImage;

/**
 * Renders stops with the window's snapshot renderer ({@link MapSnapshot}): the map as the window builds it, with
 * the dataset loaded and the stop applied to the state ({@link StoryPlayer#applyTo}), at the stop's view.
 * Call off the FX thread, after the toolkit started.
 */
public final class SnapshotStopRenderer implements StopRenderer {
    private final MapResources res;
    private final LoadedData data;
    private final long timeoutSeconds;

    /** Creates the renderer; the dataset's timeline is computed once here, not once per stop. */
    public SnapshotStopRenderer(MapResources res, Dataset dataset, long timeoutSeconds) {
        this(res, LoadedData.of(dataset), timeoutSeconds);
    }

    /** Creates the renderer over data already loaded (the window's, with all its layers). */
    public SnapshotStopRenderer(MapResources res, LoadedData data, long timeoutSeconds) {
        this.res = res;
        this.data = data;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override public BufferedImage render(Stop stop, int width, int height) throws Exception {
        MapSnapshot.Request req = new MapSnapshot.Request(stop.center(), stop.zoom(), width, height, state -> {
            state.setData(data);
            StoryPlayer.applyTo(state, stop);
        });
        return MapSnapshot.render(res, req, timeoutSeconds);
    }
}
