package atlas.ui;

import atlas.map.EventLayer;
import atlas.model.TimedEvent;
import com.gluonhq.maps.MapView;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;

/**
 * The timeline bar, the event list, the event details and the map's event layer, connected to one
 * {@link AtlasState}: the date, the selected event and the category filter are shared; choosing an event in the list
 * moves the date to it; a click on a marker selects it in the list; a selection off-screen recentres the map.
 * MainWindow places the three panels (bottom, left, right) and the scene keys.
 */
public final class TimelineViews {
    private final TimelineBar bar = new TimelineBar();
    private final EventListPanel list;
    private final EventDetailsPanel details;
    private final EventLayer layer = new EventLayer();

    /**
     * Creates the views over {@code state}; when {@code map} is not null the event layer is added to it.
     * {@code openLink} opens a source URL in the system browser.
     */
    public TimelineViews(AtlasState state, MapView map, Consumer<String> openLink) {
        bar.setIndex(state.getIndex());
        state.indexProperty().addListener((o, was, now) -> {
            bar.setIndex(now);
            layer.setIndex(now);
        });
        bar.setDate(state.getDate());
        bar.dateProperty().bindBidirectional(state.dateProperty());
        bar.setSelectedEvent(state.getSelectedEvent());
        bar.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
        Bindings.bindContentBidirectional(bar.categories(), state.categories());

        list = new EventListPanel(state.categories());
        list.indexProperty().bind(state.indexProperty());
        list.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
        list.setOnEventChosen(e -> bar.scrubTo(e.start().firstDay()));

        details = new EventDetailsPanel(openLink);
        details.eventProperty().bind(state.selectedEventProperty());
        details.datasetProperty().bind(state.datasetProperty());
        details.nameStyleProperty().bind(state.nameStyleProperty());

        layer.setIndex(state.getIndex());
        layer.setDate(state.getDate());
        layer.setWindow(bar.getWindow());
        layer.setCategories(state.categorySnapshot());
        layer.setSelectedEvent(state.getSelectedEvent());
        state.dateProperty().addListener((o, was, now) -> layer.setDate(now));
        bar.windowProperty().addListener((o, was, now) -> layer.setWindow(now));
        state.categories().addListener((SetChangeListener<atlas.model.Category>) c -> layer.setCategories(state.categorySnapshot()));
        layer.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
        state.selectedEventProperty().addListener((o, was, now) -> reveal(now));
        if (map != null) map.addLayer(layer);

        bar.sceneProperty().addListener((o, was, now) -> {
            if (now != null && was == null) TimelineKeys.install(now, bar);
        });
    }

    private void reveal(TimedEvent e) {
        if (e != null) layer.reveal(e);
    }

    /** Applies the remembered timeline settings and keeps saving them. */
    public TimelineViews remember(TimelineSettings settings) {
        settings.restore(bar);
        settings.watch(bar);
        return this;
    }

    public TimelineBar bar() { return bar; }
    public EventListPanel list() { return list; }
    public EventDetailsPanel details() { return details; }
    public EventLayer layer() { return layer; }
}
