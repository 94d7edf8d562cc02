package atlas.ui;

import atlas.map.AtlasMap;
import atlas.map.EventLayer;
import atlas.map.Subscriptions;
import atlas.model.Place;
import atlas.model.PlaceNames;
import atlas.model.TimedEvent;
import atlas.model.Workspace;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;

/**
 * The timeline bar, the event list and the event details, connected to one {@link AtlasState} and to the map's
 * {@link EventLayer}: the date, the time window, the selected event and the category filter are shared; choosing an
 * event in the list moves the date to it; a click on a marker selects it in the list; selecting an event that is
 * off-screen moves the map to it. The window places the panels (bottom, left, right). Every subscription to the
 * state ends with {@link #dispose()}.
 */
public final class TimelineViews {
    private final AtlasState state;
    private final TimelineBar bar = new TimelineBar();
    private final EventListPanel list;
    private final EventDetailsPanel details;
    private final EventLayer layer;
    private final Subscriptions subscriptions = new Subscriptions();

    /**
     * Creates the views over {@code state}. The map's event layer is the one {@link MapAssembly} made for it; when the
     * map has none, one is added. {@code openLink} opens a URL in the system browser.
     */
    public TimelineViews(AtlasState state, AtlasMap map, Consumer<String> openLink) {
        this.state = state;
        bind(bar, state, subscriptions);
        Bindings.bindContentBidirectional(bar.categories(), state.categories());
        subscriptions.add(() -> Bindings.unbindContentBidirectional(bar.categories(), state.categories()));

        list = new EventListPanel(state.categories());
        subscriptions.follow(state.dataProperty(), () -> {
            list.setLayerTag(layerTags(state.getData()));
            list.indexProperty().set(state.getIndex());
            list.setPlaceText(placeNames(state.getData()));
        });
        subscriptions.bindBidirectional(list.selectedEventProperty(), state.selectedEventProperty());
        list.setOnEventChosen(e -> bar.scrubTo(e.start().firstDay()));
        // the list shows the date's events: at start, as the user moves the date, and while playing (unless the user
        // scrolled the list meanwhile: it follows again at the next move or the next playback)
        subscriptions.bind(list.dateProperty(), state.dateProperty());
        subscriptions.listen(state.dateProperty(), () -> { if (!bar.isPlaying() && !list.isFollowingDate()) list.followDate(); });
        subscriptions.listen(bar.playingProperty(), () -> { if (bar.isPlaying()) list.followDate(); });

        details = new EventDetailsPanel(openLink);
        subscriptions.bind(details.eventProperty(), state.selectedEventProperty());
        subscriptions.bind(details.dataProperty(), state.dataProperty());
        subscriptions.bind(details.nameStyleProperty(), state.nameStyleProperty());

        layer = map.overlays().stream().filter(EventLayer.class::isInstance).map(EventLayer.class::cast).findFirst()
                .orElseGet(() -> {
                    EventLayer l = MapAssembly.eventLayer(state);
                    map.addOverlay(l);
                    return l;
                });
        subscriptions.listen(state.selectedEventProperty(), () -> {
            // a story stop selects its event and flies the camera itself: reveal only what the user selects
            if (state.getSelectedEvent() != null && !state.isBatching()) layer.reveal(state.getSelectedEvent());
        });

        bar.sceneProperty().addListener((o, was, now) -> {
            if (now != null && was == null) TimelineKeys.install(now, bar);
        });
    }

    /**
     * Binds a timeline bar to the state until {@code subs} are disposed: the index of the data, the date, the time
     * window and the selection. The bar's index comes first, so its extent fits before the date arrives.
     */
    public static void bind(TimelineBar bar, AtlasState state, Subscriptions subs) {
        subs.follow(state.dataProperty(), () -> {
            bar.setIndex(state.getIndex());
            bar.setEras(state.getData().eras());
        });
        subs.bindBidirectional(bar.dateProperty(), state.dateProperty());
        // the bar keeps its date inside its extent: a date it clamped goes back to the state
        subs.listen(bar.dateProperty(), () -> {
            if (!bar.getDate().equals(state.getDate())) state.setDate(bar.getDate());
        });
        subs.bindBidirectional(bar.windowProperty(), state.timeWindowProperty());
        subs.bindBidirectional(bar.selectedEventProperty(), state.selectedEventProperty());
        subs.bind(bar.marksProperty(), state.timelineMarksProperty());
    }

    /**
     * Applies the remembered timeline settings and keeps saving them. A date chosen before the timeline was built (it
     * is built after the map's first paint: a story opened with the app, a key pressed meanwhile) stays.
     */
    public TimelineViews remember(TimelineSettings settings) {
        LocalDate chosen = state.isDateMoved() ? state.getDate() : null;
        settings.restore(bar);
        if (chosen != null) state.setDate(chosen);
        settings.watch(bar);
        return this;
    }

    /** Removes every subscription of these views to the state. */
    public void dispose() { subscriptions.dispose(); }

    /**
     * Gets every name of each event's place (both usages, international, scripts), looked up in the event's own
     * layer, once per data.
     */
    private static Function<TimedEvent, String> placeNames(LoadedData data) {
        Map<String, Map<String, String>> byLayer = new HashMap<>();
        for (Workspace.Layer l : data.workspace().visibleLayers()) {
            Map<String, String> byId = new HashMap<>();
            for (Place p : l.dataset().places()) {
                PlaceNames n = p.names();
                byId.put(p.id(), String.join(" ", n.armenian(), n.azerbaijani(), n.international(),
                        Objects.toString(n.armenianScript(), ""), Objects.toString(n.azerbaijaniLatin(), ""),
                        Objects.toString(n.russian(), "")));
            }
            byLayer.put(l.id(), byId);
        }
        return e -> e.placeId() == null ? ""
                : data.layerOf(e).map(l -> byLayer.getOrDefault(l.id(), Map.of()).getOrDefault(e.placeId(), "")).orElse("");
    }

    /** Gets each event's layer tag for the list: its layer's colour, and its name when several layers are shown. */
    private static Function<TimedEvent, EventListPanel.LayerTag> layerTags(LoadedData data) {
        boolean several = data.visibleLayers().size() > 1;
        boolean anyColour = data.layerColours().stream().anyMatch(Objects::nonNull);
        if (!several && !anyColour) return e -> null;
        return e -> data.layerOf(e).map(l -> new EventListPanel.LayerTag(several ? l.name() : null,
                l.colour() == null ? null : javafx.scene.paint.Color.web(l.colour()))).orElse(null);
    }

    public TimelineBar bar() { return bar; }
    public EventListPanel list() { return list; }
    public EventDetailsPanel details() { return details; }
    public EventLayer layer() { return layer; }
}
