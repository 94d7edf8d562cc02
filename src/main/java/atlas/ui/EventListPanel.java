package atlas.ui;

import atlas.i18n.Texts;
import atlas.map.CategoryStyle;
import atlas.map.Translations;
import atlas.model.Category;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import atlas.model.EventDate;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The list of events: a search field, one checkbox per category (the shared category filter) and a list in
 * timeline order with the category symbol, the date and the title. Selecting a row sets the selected event;
 * a selection made elsewhere (map, stepping) is selected and scrolled to here.
 *
 * <p>The list follows the {@link #dateProperty() date}: it shows the events of that day near its top (the last event
 * on or before it first), at start and as the date steps or plays. When the user scrolls the list, it stops
 * following until {@link #followDate()} is called (the timeline does that when the user moves the date or starts
 * playback), so it never scrolls away from what the user is reading.
 *
 * <p>A JavaFX list measures its rows up to the one it scrolls to, which at a million rows keeps the FX thread busy
 * for tens of milliseconds at every step of the date. Above {@link #WINDOW_ROWS} rows the list view therefore holds
 * a window of them around the date or the selection (a view on the rows: nothing copied), moved when the date, the
 * selection or the user's scrolling reaches its ends; the count below tells every row.
 */
public final class EventListPanel extends VBox {
    private final ObjectProperty<TimelineIndex> index = new SimpleObjectProperty<>(this, "index", TimelineIndex.EMPTY);
    private final ObjectProperty<TimedEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", EventDate.DEFAULT_DAY);
    private boolean following = true;
    /** Rows kept above the date's row, so the events just before it show too. */
    private static final int ROWS_ABOVE = 2;
    private final ObservableSet<Category> categories;
    private final TextField search = new TextField();
    private final ListView<TimedEvent> list = new ListView<>();
    private final Label count = new Label();
    private final Map<Category, CheckBox> boxes = new EnumMap<>(Category.class);
    /** The events of the chosen categories (a view on the index: nothing copied), in timeline order. */
    private TimelineIndex.Positions shown = TimelineIndex.EMPTY.positions(Set.of());
    /** The rows: {@link #shown}, or those of them that match the search text. */
    private List<TimedEvent> items = List.of();
    /** The most rows the list view holds at once (see the class comment). */
    static final int WINDOW_ROWS = 20_000;
    private int windowRows = WINDOW_ROWS;
    /** The row of {@link #items} that is the list view's first. */
    private int windowFrom;
    private boolean syncing;
    private Consumer<TimedEvent> onChosen = e -> { };
    private Function<TimedEvent, String> placeText = e -> "";
    private Function<TimedEvent, LayerTag> layerTag = e -> null;

    /**
     * How a row shows the layer of its event: the layer's name (null when only one layer is visible) and the colour
     * of the ring drawn around the symbol, as on the map (null for none).
     */
    public record LayerTag(String name, javafx.scene.paint.Color colour) {}

    /** Creates the panel over a shared category filter (the one the map and the timeline use). */
    public EventListPanel(ObservableSet<Category> categories) {
        this.categories = categories;
        getStyleClass().add("event-list-panel");
        getStylesheets().add(EventListPanel.class.getResource("timeline.css").toExternalForm());
        setId("event-list-panel");

        Label title = new Label();
        Translations.bind(title.textProperty(), "list.title");
        title.getStyleClass().add("panel-title");
        search.setId("event-search");
        Translations.bind(search.promptTextProperty(), "list.search.prompt");
        Translations.bind(search.accessibleTextProperty(), "list.search.prompt");
        search.textProperty().addListener(o -> refilter());
        Tooltip searchTip = new Tooltip();
        Translations.bind(searchTip.textProperty(), "list.search.tip");
        search.setTooltip(searchTip);

        FlowPane filter = new FlowPane(8, 3);
        filter.getStyleClass().add("category-filter");
        for (Category c : Category.values()) {
            CheckBox b = new CheckBox(c.label());
            Translations.onChange(b, () -> b.setText(c.label()));
            b.setId("category-" + c.key());
            b.setGraphic(symbol(c));
            b.setSelected(categories.contains(c));
            b.selectedProperty().addListener((o, was, now) -> {
                if (now) categories.add(c); else categories.remove(c);
            });
            boxes.put(c, b);
            filter.getChildren().add(b);
        }
        Button all = new Button();
        Translations.bind(all.textProperty(), "list.categories.all");
        Translations.bind(all.accessibleTextProperty(), "list.categories.all.spoken");
        all.setId("categories-all");
        all.setOnAction(e -> categories.addAll(Set.of(Category.values())));
        Button none = new Button();
        Translations.bind(none.textProperty(), "list.categories.none");
        Translations.bind(none.accessibleTextProperty(), "list.categories.none.spoken");
        none.setId("categories-none");
        none.setOnAction(e -> categories.clear());
        HBox allNone = new HBox(4, all, none);
        filter.getChildren().add(allNone);
        categories.addListener((SetChangeListener<Category>) ch -> {
            boxes.forEach((c, b) -> b.setSelected(categories.contains(c)));
            refilter();
        });

        list.setId("event-list");
        list.setCellFactory(v -> new EventCell());
        Label empty = new Label();
        Translations.bind(empty.textProperty(), "list.empty");
        list.setPlaceholder(empty);
        Translations.bind(list.accessibleTextProperty(), "list.title");
        VBox.setVgrow(list, Priority.ALWAYS);
        // invalidation, not change, listeners: two layers may hold equal records (one file imported twice), which a
        // change listener would take for no change
        list.getSelectionModel().selectedItemProperty().addListener(o -> {
            TimedEvent now = list.getSelectionModel().getSelectedItem();
            if (syncing || now == null) return;
            syncing = true;
            try { selectedEvent.set(now); } finally { syncing = false; }
            onChosen.accept(now);
            // a selection moved by the keyboard to the window's end: the window moves on, once this change is done
            int row = windowFrom + list.getSelectionModel().getSelectedIndex();
            if (!isInsideWindow(row)) javafx.application.Platform.runLater(() -> select(selectedEvent.get()));
        });
        selectedEvent.addListener(o -> {
            TimedEvent now = selectedEvent.get();
            if (syncing) return;
            syncing = true;
            try { select(now); } finally { syncing = false; }
        });
        index.addListener((o, was, now) -> refilter());
        date.addListener(o -> { if (following) scrollToDate(); });
        // the user's own scrolling wins: the list stops following the date until the timeline asks again
        list.addEventFilter(ScrollEvent.SCROLL, e -> following = false);
        // Home and End go to the first and last of all rows, not of the window
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean home = e.getCode() == javafx.scene.input.KeyCode.HOME, end = e.getCode() == javafx.scene.input.KeyCode.END;
            if (!(home || end) || items.size() <= windowRows || e.isShiftDown()) return;
            e.consume();
            TimedEvent to = items.get(home ? 0 : items.size() - 1);
            selectedEvent.set(to);
            onChosen.accept(to);
        });
        list.skinProperty().addListener((o, was, skin) -> {
            if (list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)
                flow.positionProperty().addListener((p, a, b) -> scrolledTo(flow, b.doubleValue()));
        });
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Object t = e.getTarget(); t instanceof Node n && n != list; t = n.getParent())
                if (n instanceof ScrollBar) { following = false; return; }
        });
        count.getStyleClass().add("count-label");
        count.setId("event-count");

        getChildren().addAll(title, search, filter, list, count);
        setPadding(new Insets(8));
        setSpacing(6);
        setAlignment(Pos.TOP_LEFT);
        // rows, count and category names in the new language
        Translations.onChange(this, () -> {
            list.refresh();
            showCount();
        });
        refilter();
    }

    /** The events listed (all of the index, filtered here by category and text). */
    public ObjectProperty<TimelineIndex> indexProperty() { return index; }

    /** The day the list follows: it scrolls to show that day's events at its top (see the class comment). */
    public ObjectProperty<LocalDate> dateProperty() { return date; }

    /** Follows the date again (after the user scrolled) and scrolls to it now. */
    public void followDate() {
        following = true;
        scrollToDate();
    }

    /** Tests whether the list follows the date (false after the user scrolled it, until {@link #followDate()}). */
    public boolean isFollowingDate() { return following; }

    /** Gets the row the date scrolls to: the last event starting on or before the date (0 before the first). */
    public int rowOfDate() {
        LocalDate d = date.get();
        int lo = 0, hi = items.size();
        // the rows are in timeline order (start day first): the first row starting after the date
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items.get(mid).start().firstDay().isAfter(d)) hi = mid; else lo = mid + 1;
        }
        return Math.max(0, lo - 1);
    }

    private void scrollToDate() {
        if (items.isEmpty()) return;
        int row = rowOfDate();
        showWindowAround(row);
        list.scrollTo(Math.max(0, row - windowFrom - ROWS_ABOVE));
    }

    /** Sets how many rows the list view holds at once (for tests; {@link #WINDOW_ROWS} otherwise). */
    void setWindowRows(int rows) {
        windowRows = Math.max(100, rows);
        refilter();
    }

    /** Gets the row of all rows that the list view's first row is. */
    int windowFrom() { return windowFrom; }

    /** Tests whether a row lies inside the window and away from its ends (ends of all rows excepted). */
    private boolean isInsideWindow(int row) {
        int margin = windowRows / 10;
        int to = windowFrom + list.getItems().size();
        return row >= (windowFrom == 0 ? 0 : windowFrom + margin) && row < (to == items.size() ? to : to - margin);
    }

    /** Moves the window so that {@code row} (of all rows) is in its middle, when it is not well inside already. */
    private void showWindowAround(int row) {
        if (items.size() <= windowRows || list.getItems() == null || isInsideWindow(row)) return;
        setWindow(Math.max(0, Math.min(items.size() - windowRows, row - windowRows / 2)));
    }

    private void setWindow(int from) {
        boolean was = syncing;
        syncing = true;
        try {
            windowFrom = from;
            // through null: replacing one list by another makes JavaFX compare them element by element, null makes
            // the change cheap to detect
            list.setItems(null);
            list.setItems(FXCollections.observableList(items.size() <= windowRows ? items
                    : items.subList(from, from + windowRows)));
            int i = rowOf(selectedEvent.get()) - windowFrom;
            if (i >= 0 && i < list.getItems().size()) list.getSelectionModel().select(i);
        } finally {
            syncing = was;
        }
    }

    /** The user scrolled to a position (0..1) of the window: at its ends, the window moves on, the rows shown stay. */
    private void scrolledTo(javafx.scene.control.skin.VirtualFlow<?> flow, double position) {
        if (syncing || items.size() <= windowRows) return;
        boolean atEnd = position >= 0.98 && windowFrom + windowRows < items.size();
        boolean atStart = position <= 0.02 && windowFrom > 0;
        if (!atEnd && !atStart) return;
        // the rows shown then: the window's last ones, or its first ones
        int shownRows = flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null ? 10
                : Math.max(1, flow.getLastVisibleCell().getIndex() - flow.getFirstVisibleCell().getIndex());
        int first = atEnd ? windowFrom + list.getItems().size() - shownRows : windowFrom;
        javafx.application.Platform.runLater(() -> {
            setWindow(Math.max(0, Math.min(items.size() - windowRows, first - windowRows / 2)));
            list.scrollTo(first - windowFrom);
        });
    }

    /** The selected event; in sync with the list's selection both ways. */
    public ObjectProperty<TimedEvent> selectedEventProperty() { return selectedEvent; }

    /** Sets what happens when the user picks an event in the list (after it became the selected event). */
    public void setOnEventChosen(Consumer<TimedEvent> action) { onChosen = action; }

    /** Sets the place names searched for an event (all usages, lower or upper case); refilters. */
    public void setPlaceText(Function<TimedEvent, String> names) {
        placeText = names;
        if (!query().isEmpty()) refilter();
    }

    /** Sets how each row names and marks its event's layer (null result: nothing); refreshes the rows. */
    public void setLayerTag(Function<TimedEvent, LayerTag> tag) {
        layerTag = tag;
        list.refresh();
    }

    private String query() { return search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT); }

    /** Gets the list view (for keyboard focus and tests). */
    public ListView<TimedEvent> listView() { return list; }

    /** Gets the search field. */
    public TextField searchField() { return search; }

    /**
     * Lists the events of the chosen categories straight from the index (a million rows cost nothing to list); only
     * a search text filters them one by one.
     */
    private void refilter() {
        String q = query();
        Set<Category> cats = categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
        shown = index.get().positions(cats);
        items = q.isEmpty() ? shown.events() : shown.events().stream().filter(e -> matches(e, q)).toList();
        syncing = true;
        try {
            // through null: replacing one list by another makes JavaFX compare them element by element (a million
            // deep equals), null makes the change cheap to detect
            list.setItems(null);
            // following the date, the window opens around it at once: the rows are filled once, not twice
            windowFrom = following && items.size() > windowRows
                    ? Math.max(0, Math.min(items.size() - windowRows, rowOfDate() - windowRows / 2)) : 0;
            list.setItems(FXCollections.observableList(items.size() <= windowRows ? items
                    : items.subList(windowFrom, windowFrom + windowRows)));
            if (following) scrollToDate();
            select(selectedEvent.get());
        } finally {
            syncing = false;
        }
        showCount();
    }

    private void showCount() {
        int total = index.get().size();
        count.setText(items.size() == total ? Texts.plural("list.count", total)
                : Texts.plural("list.count.filtered", total, Texts.number(items.size())));
    }

    private boolean matches(TimedEvent e, String q) {
        return e.title().toLowerCase(Locale.ROOT).contains(q) || e.summary().toLowerCase(Locale.ROOT).contains(q)
                || e.start().iso().startsWith(q) || placeText.apply(e).toLowerCase(Locale.ROOT).contains(q);
    }

    private void select(TimedEvent e) {
        if (e == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        int i = rowOf(e);
        if (i < 0) {
            list.getSelectionModel().clearSelection();
            return;
        }
        showWindowAround(i);
        list.getSelectionModel().select(i - windowFrom);
        list.scrollTo(Math.max(0, i - windowFrom - 3));
    }

    /** Gets the row of an event: a binary search while every chosen event is listed, a scan of the matches otherwise. */
    private int rowOf(TimedEvent e) {
        if (items.size() != shown.size()) return items.indexOf(e);
        int p = index.get().indexOf(e);
        return p < 0 ? -1 : shown.indexOf(p);
    }

    private static Canvas symbol(Category c) {
        Canvas k = new Canvas(14, 14);
        CategoryStyle.draw(k.getGraphicsContext2D(), c, 7, 7, 4.5, 1);
        return k;
    }

    /**
     * A row: category symbol (with its layer's ring, hollow when approximate), date (at its precision), category,
     * "no location" or "approximate location" where so, the layer's name when several are shown, and the title.
     */
    private final class EventCell extends ListCell<TimedEvent> {
        private final Canvas symbol = new Canvas(20, 20);
        private final Label date = new Label();
        private final Label title = new Label();
        private final VBox text = new VBox(0, date, title);
        private final HBox box = new HBox(8, symbol, text);
        private final Tooltip tooltip = new Tooltip();

        EventCell() {
            getStyleClass().add("event-cell");
            date.getStyleClass().add("event-date");
            title.getStyleClass().add("event-title");
            box.setAlignment(Pos.CENTER_LEFT);
            title.setMinWidth(0);
            text.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override protected void updateItem(TimedEvent e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                setTooltip(null);
                return;
            }
            javafx.scene.canvas.GraphicsContext g = symbol.getGraphicsContext2D();
            g.clearRect(0, 0, 20, 20);
            if (e.isApproximate()) CategoryStyle.drawApproximate(g, e.category(), 10, 10, 4.5, 1);
            else CategoryStyle.draw(g, e.category(), 10, 10, 4.5, 1);
            LayerTag tag = layerTag.apply(e);
            if (tag != null && tag.colour() != null) {
                g.setStroke(tag.colour());
                g.setLineWidth(2);
                g.strokeOval(2, 2, 16, 16);
            }
            // "3 Aug 2022  ·  Clash  ·  approximate location  ·  Layer name": the where and the layer only when they tell something
            String meta = Texts.format("list.row.meta", e.dateLabel(), e.category().label());
            if (!e.hasLocation()) meta += "  ·  " + Texts.get("list.row.no-location");
            else if (e.isApproximate()) meta += "  ·  " + Texts.get("list.row.approximate");
            if (tag != null && tag.name() != null) meta += "  ·  " + tag.name();
            date.setText(meta);
            title.setText(e.title());
            // one tooltip per cell, its text changed: a new Tooltip is a popup window with its own scene
            tooltip.setText(e.title());
            setTooltip(tooltip);
            setAccessibleText(Texts.format("list.row.spoken", e.dateLabel(), e.category().label(), e.title()));
            setGraphic(box);
            setText(null);
        }
    }
}
