package atlas.ui;

import atlas.geo.Viewport;
import atlas.i18n.Texts;
import atlas.map.AtlasMap;
import atlas.map.CorridorLayer;
import atlas.map.CorridorLegend;
import atlas.map.Translations;
import atlas.model.Category;
import atlas.model.TimeWindow;
import atlas.model.TimedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;

/**
 * The map's text alternative, its accessible text: what a screen reader says when the map has focus. It describes the
 * view (centre, zoom), what is shown (how many events of which time window up to which date, the selected event, what
 * the corridor overlay draws that day) and how to move the map, in the interface's language, and is written again
 * when any of these change (at most once per pulse while the view moves).
 */
final class MapDescription {
    private final AtlasMap map;
    private final AtlasState state;
    private boolean pending;
    private Object countKey;
    private int count;

    private MapDescription(AtlasMap map, AtlasState state) {
        this.map = map;
        this.state = state;
    }

    /** Makes {@code map}'s accessible text describe it, following {@code state}, until the map is disposed. */
    static void install(AtlasMap map, AtlasState state) {
        MapDescription d = new MapDescription(map, state);
        Runnable later = d::later;
        map.listen(map.viewProperty(), later);
        map.listen(state.dataProperty(), later);
        map.listen(state.dateProperty(), later);
        map.listen(state.timeWindowProperty(), later);
        map.listen(state.categories(), later);
        map.listen(state.selectedEventProperty(), later);
        map.listen(state.visibleLayers(), later);
        // what the corridor overlay draws is known once it has laid out the new date (in a pulse after the change):
        // its legend's rows say it, and the text is written again when they change
        map.overlays().stream().filter(CorridorLayer.class::isInstance).map(CorridorLayer.class::cast)
                .forEach(c -> map.listen(c.legend().getChildren(), later));
        Translations.onChange(map, later); // weakly: the map may go before the process
        d.update();
    }

    private void later() {
        if (pending) return;
        pending = true;
        Platform.runLater(() -> {
            pending = false;
            update();
        });
    }

    private void update() { map.setAccessibleText(describe()); }

    /** Computes the description now. */
    String describe() {
        Viewport v = map.getView();
        LocalDate date = state.getDate();
        TimeWindow w = state.getTimeWindow();
        List<String> parts = new ArrayList<>();
        parts.add(Texts.format("map.spoken.view", Texts.decimal(v.center().lat(), 2), Texts.decimal(v.center().lon(), 2),
                Texts.decimal(v.zoom(), 1)));
        parts.add(Texts.plural("map.spoken.events", shownCount(date, w), w.label(), Texts.dateLong(date)));
        TimedEvent sel = state.getSelectedEvent();
        if (sel != null) parts.add(Texts.format("map.spoken.selected", sel.title(), sel.dateLabel()));
        map.overlays().stream().filter(CorridorLayer.class::isInstance).map(CorridorLayer.class::cast).findFirst()
                .ifPresent(c -> {
                    List<String> rows = c.legend().keys().stream().filter(k -> !k.equals("band-note") && !k.equals("approximate"))
                            .map(CorridorLegend::label).toList();
                    if (!rows.isEmpty()) parts.add(Texts.format("map.spoken.corridor", String.join("; ", rows)));
                });
        parts.add(Texts.get("map.spoken.keys"));
        return String.join(" ", parts);
    }

    /** Gets how many events of the chosen categories the time window holds (cached per data, date, window, filter). */
    private int shownCount(LocalDate date, TimeWindow w) {
        Set<Category> cats = state.categorySnapshot();
        Object key = List.of(state.getData(), date, w, cats);
        if (!key.equals(countKey)) {
            countKey = key;
            count = state.getIndex().positions(w.firstDay(date), w.endExclusive(date), cats).size();
        }
        return count;
    }
}
