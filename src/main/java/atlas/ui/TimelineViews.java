package atlas.ui;

import atlas.map.AtlasMap;
import atlas.map.EventLayer;
import atlas.model.Category;
import atlas.model.Dataset;
import atlas.model.Place;
import atlas.model.PlaceNames;
import atlas.model.TimedEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;

/**
 * The timeline bar, the event list and the event details, connected to one {@link AtlasState} and to the map's
 * {@link EventLayer}: the date, the time window, the selected event and the category filter are shared; choosing an
 * event in the list moves the date to it; a click on a marker selects it in the list; selecting an event that is
 * off-screen moves the map to it. The window places the panels (bottom, left, right).
 */
public final class TimelineViews {
    private final TimelineBar bar = new TimelineBar();
    private final EventListPanel list;
    private final EventDetailsPanel details;
    private final EventLayer layer;

    /**
     * Creates the views over {@code state}. The map's event layer is the one {@link #eventLayer} made for it
     * (MapAssembly adds it); when the map has none, one is added. {@code openLink} opens a URL in the system browser.
     */
    public TimelineViews(AtlasState state, AtlasMap map, Consumer<String> openLink) {
        bar.setIndex(state.getIndex());
        bar.indexProperty().bind(state.indexProperty());
        bar.setDate(state.getDate());
        bar.dateProperty().bindBidirectional(state.dateProperty());
        bar.setWindow(state.getTimeWindow());
        bar.windowProperty().bindBidirectional(state.timeWindowProperty());
        bar.setSelectedEvent(state.getSelectedEvent());
        bar.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
        Bindings.bindContentBidirectional(bar.categories(), state.categories());

        list = new EventListPanel(state.categories());
        list.indexProperty().bind(state.indexProperty());
        list.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
        list.setOnEventChosen(e -> bar.scrubTo(e.start().firstDay()));
        list.setPlaceText(placeNames(state.getDataset()));
        state.datasetProperty().addListener((o, was, now) -> list.setPlaceText(placeNames(now)));

        details = new EventDetailsPanel(openLink);
        details.eventProperty().bind(state.selectedEventProperty());
        details.datasetProperty().bind(state.datasetProperty());
        details.nameStyleProperty().bind(state.nameStyleProperty());

        layer = map.overlays().stream().filter(EventLayer.class::isInstance).map(EventLayer.class::cast).findFirst()
                .orElseGet(() -> {
                    EventLayer l = eventLayer(state);
                    map.addOverlay(l);
                    return l;
                });
        state.selectedEventProperty().addListener((o, was, now) -> {
            if (now != null) layer.reveal(now);
        });

        bar.sceneProperty().addListener((o, was, now) -> {
            if (now != null && was == null) TimelineKeys.install(now, bar);
        });
    }

    /**
     * Creates the map's event layer bound to {@code state}: its events, date, time window, categories and selection
     * (a click on a marker selects the event in the state). Used by MapAssembly, so snapshots show the same markers.
     */
    public static EventLayer eventLayer(AtlasState state) {
        EventLayer l = new EventLayer();
        l.setIndex(state.getIndex());
        l.setDate(state.getDate());
        l.setWindow(state.getTimeWindow());
        l.setCategories(state.categorySnapshot());
        l.setSelectedEvent(state.getSelectedEvent());
        state.indexProperty().addListener((o, was, now) -> l.setIndex(now));
        state.dateProperty().addListener((o, was, now) -> l.setDate(now));
        state.timeWindowProperty().addListener((o, was, now) -> l.setWindow(now));
        state.categories().addListener((SetChangeListener<Category>) c -> l.setCategories(state.categorySnapshot()));
        l.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
        return l;
    }

    /** Applies the remembered timeline settings and keeps saving them. */
    public TimelineViews remember(TimelineSettings settings) {
        settings.restore(bar);
        settings.watch(bar);
        return this;
    }

    /** Gets every name of each event's place (both usages, international, scripts), looked up once per dataset. */
    private static Function<TimedEvent, String> placeNames(Dataset d) {
        Map<String, String> byId = new HashMap<>();
        for (Place p : d.places()) {
            PlaceNames n = p.names();
            byId.put(p.id(), String.join(" ", n.armenian(), n.azerbaijani(), n.international(),
                    Objects.toString(n.armenianScript(), ""), Objects.toString(n.azerbaijaniLatin(), ""),
                    Objects.toString(n.russian(), "")));
        }
        return e -> e.placeId() == null ? "" : byId.getOrDefault(e.placeId(), "");
    }

    public TimelineBar bar() { return bar; }
    public EventListPanel list() { return list; }
    public EventDetailsPanel details() { return details; }
    public EventLayer layer() { return layer; }
}
