package atlas.ui;

import atlas.model.Category;
import atlas.model.Dataset;
import atlas.model.NameStyle;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The application's observable state, shared by the map, the timeline, the panels and the presentation mode.
 * One instance per window; touch it on the FX thread only. The dataset and its index change together through
 * {@link #setDataset(Dataset)}.
 */
public final class AtlasState {
    /** Day the timeline shows; the map's overlays follow it. */
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.of(2022, 8, 4));
    private final ObjectProperty<TimedEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<NameStyle> nameStyle = new SimpleObjectProperty<>(this, "nameStyle", NameStyle.BOTH);
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset", Dataset.empty());
    private final ReadOnlyObjectWrapper<TimelineIndex> index = new ReadOnlyObjectWrapper<>(this, "index", TimelineIndex.of(Dataset.empty()));
    private final ObservableSet<Category> categories = FXCollections.observableSet(EnumSet.allOf(Category.class));
    /** Ids of the map layers switched on (see atlas.map.MapLayers for the ids). */
    private final ObservableSet<String> visibleLayers = FXCollections.observableSet();

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public LocalDate getDate() { return date.get(); }
    public void setDate(LocalDate d) { date.set(d); }

    public ObjectProperty<TimedEvent> selectedEventProperty() { return selectedEvent; }
    public TimedEvent getSelectedEvent() { return selectedEvent.get(); }
    public void setSelectedEvent(TimedEvent e) { selectedEvent.set(e); }

    public ObjectProperty<NameStyle> nameStyleProperty() { return nameStyle; }
    public NameStyle getNameStyle() { return nameStyle.get(); }
    public void setNameStyle(NameStyle s) { nameStyle.set(s); }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() { return dataset.getReadOnlyProperty(); }
    public Dataset getDataset() { return dataset.get(); }
    public ReadOnlyObjectProperty<TimelineIndex> indexProperty() { return index.getReadOnlyProperty(); }
    public TimelineIndex getIndex() { return index.get(); }

    /** Replaces the dataset and its index together (index first, so listeners of either see a consistent pair). */
    public void setDataset(Dataset d) { setDataset(d, TimelineIndex.of(d)); }

    public void setDataset(Dataset d, TimelineIndex idx) {
        selectedEvent.set(null);
        index.set(idx);
        dataset.set(d);
    }

    /** Categories shown on the map, the list and the histogram. */
    public ObservableSet<Category> categories() { return categories; }
    public Set<Category> categorySnapshot() { return categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories); }

    public ObservableSet<String> visibleLayers() { return visibleLayers; }

    /** Ids of events a story stop highlights (empty outside presentations); the map marks them. */
    private final ObservableSet<String> highlightedEvents = FXCollections.observableSet();

    public ObservableSet<String> highlightedEvents() { return highlightedEvents; }

    /** Which events around the date the map shows (active that day, the last N days/months, or all up to it). */
    private final ObjectProperty<atlas.map.TimeWindow> timeWindow = new SimpleObjectProperty<>(this, "timeWindow",
            atlas.map.TimeWindow.last(30, java.time.temporal.ChronoUnit.DAYS));

    public ObjectProperty<atlas.map.TimeWindow> timeWindowProperty() { return timeWindow; }
    public atlas.map.TimeWindow getTimeWindow() { return timeWindow.get(); }
    public void setTimeWindow(atlas.map.TimeWindow w) { timeWindow.set(w); }
}
