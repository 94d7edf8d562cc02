package atlas.ui;

import atlas.map.Translations;
import atlas.map.Subscriptions;
import atlas.model.EventDate;
import atlas.model.TimeSpan;
import atlas.model.TimedEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/**
 * The compare mode's controls, above the two maps: at the left, side A's date field with its previous/next event
 * steps; in the middle the layout (swipe, side by side), the corridor ghost, swapping the dates and leaving; at the
 * right, side B's (the timeline's) date field and steps. Each side's colour matches its label on the map. Stepping
 * asks the one timeline ({@link atlas.model.TimelineIndex#previous}/{@code next}) with the categories shown, as the
 * timeline bar does. Ids: {@code #compare-date-a}, {@code #compare-date-b}, {@code #compare-prev-a},
 * {@code #compare-next-a}, {@code #compare-prev-b}, {@code #compare-next-b}, {@code #compare-swipe},
 * {@code #compare-side}, {@code #compare-ghost}, {@code #compare-swap}, {@code #compare-close}. FX thread only.
 */
public final class CompareBar extends HBox {
    private static final String PREV = "◀", NEXT = "▶", SWAP = "⇄", CLOSE = "✕";

    private final CompareView view;
    private final AtlasState state;
    private final TextField dateA = new TextField(), dateB = new TextField();
    /** The event side A stepped to last: several events of one day are stepped through one by one. */
    private TimedEvent cursorA;

    CompareBar(CompareView view, AtlasState state) {
        this.view = view;
        this.state = state;
        getStyleClass().add("compare-bar");
        setId("compare-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label chipA = chip("compare.a", "compare.a.tip", "compare-a"), chipB = chip("compare.b", "compare.b.tip", "compare-b");
        field(dateA, "compare-date-a", "compare-a", this::typedA);
        field(dateB, "compare-date-b", "compare-b", this::typedB);
        Button prevA = step("compare-prev-a", PREV, "compare.prev.tip", () -> stepA(false));
        Button nextA = step("compare-next-a", NEXT, "compare.next.tip", () -> stepA(true));
        Button prevB = step("compare-prev-b", PREV, "compare.prev.tip", () -> stepB(false));
        Button nextB = step("compare-next-b", NEXT, "compare.next.tip", () -> stepB(true));

        ToggleGroup layouts = new ToggleGroup();
        ToggleButton swipe = layoutButton("compare-swipe", CompareView.Layout.SWIPE, layouts);
        ToggleButton side = layoutButton("compare-side", CompareView.Layout.SIDE_BY_SIDE, layouts);
        HBox layoutBox = new HBox(swipe, side);
        layoutBox.getStyleClass().add("segmented");
        CheckBox ghost = new CheckBox();
        Translations.bind(ghost.textProperty(), "compare.ghost");
        ghost.setId("compare-ghost");
        ghost.setTooltip(tooltip("compare.ghost.tip"));
        ghost.selectedProperty().bindBidirectional(view.ghostProperty());
        Button swap = new Button(SWAP);
        swap.setId("compare-swap");
        swap.setTooltip(tooltip("compare.swap.tip"));
        Translations.bind(swap.accessibleTextProperty(), "compare.swap.tip");
        swap.setOnAction(e -> view.swapDates());
        Button close = new Button(CLOSE);
        close.setId("compare-close");
        close.setTooltip(tooltip("compare.close.tip"));
        Translations.bind(close.accessibleTextProperty(), "compare.close.tip");
        close.setOnAction(e -> view.leave());

        Pane left = new Pane(), right = new Pane();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(chipA, prevA, dateA, nextA, left, layoutBox, ghost, swap, close, right, prevB, dateB, nextB, chipB);
        // never cut a control's text: the spacers give way first
        for (javafx.scene.Node n : List.of(chipA, prevA, nextA, swipe, side, ghost, swap, close, prevB, nextB, chipB))
            ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        left.setMinWidth(0);
        right.setMinWidth(0);

        view.layoutProperty().addListener((o, was, now) -> (now == CompareView.Layout.SWIPE ? swipe : side).setSelected(true));
        // the dates and the layouts' names in the new language
        Translations.onChange(this, () -> {
            showA();
            show(dateB, state.getDate());
            swipe.setText(CompareView.Layout.SWIPE.label());
            side.setText(CompareView.Layout.SIDE_BY_SIDE.label());
        });
    }

    /**
     * Shows the two dates and follows them for as long as {@code comparing} lasts (the view's compare map's life): a
     * bar whose view is not comparing listens to nothing on the state.
     */
    void follow(Subscriptions comparing) {
        comparing.follow(state.compareDateProperty(), this::showA);
        comparing.follow(state.dateProperty(), () -> show(dateB, state.getDate()));
    }

    private void showA() {
        if (state.getCompareDate() != null) show(dateA, state.getCompareDate());
    }

    private static void show(TextField f, LocalDate d) {
        f.setText(EventDate.day(d).label());
        f.getStyleClass().remove("refused");
        f.setTooltip(tooltip("compare.date.tip"));
    }

    private void typedA(LocalDate d) { state.setCompareDate(d); }

    private void typedB(LocalDate d) { state.setDate(d); }

    /** Steps side A to the previous or next event (of the categories shown) around its date. */
    void stepA(boolean forward) {
        LocalDate a = state.getCompareDate();
        if (a == null) return;
        Optional<TimedEvent> e = forward ? state.getIndex().next(a, cursorA, state.categorySnapshot())
                : state.getIndex().previous(a, cursorA, state.categorySnapshot());
        e.ifPresent(ev -> {
            cursorA = ev;
            state.setCompareDate(ev.start().firstDay());
        });
    }

    /** Steps side B (the timeline) to the previous or next event, selecting it, as the timeline's own buttons do. */
    void stepB(boolean forward) {
        Optional<TimedEvent> e = forward ? state.getIndex().next(state.getDate(), state.getSelectedEvent(), state.categorySnapshot())
                : state.getIndex().previous(state.getDate(), state.getSelectedEvent(), state.categorySnapshot());
        e.ifPresent(ev -> state.batch(() -> {
            state.setDate(ev.start().firstDay());
            state.setSelectedEvent(ev);
        }));
    }

    private static Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        Translations.bind(t.textProperty(), key);
        return t;
    }

    private static Label chip(String key, String tip, String side) {
        Label l = new Label();
        Translations.bind(l.textProperty(), key);
        l.setTooltip(tooltip(tip));
        Translations.bind(l.accessibleTextProperty(), tip);
        l.getStyleClass().addAll("compare-chip", side);
        return l;
    }

    private void field(TextField f, String id, String side, Consumer<LocalDate> apply) {
        f.setId(id);
        f.getStyleClass().addAll("compare-date", side);
        f.setPrefColumnCount(8);
        f.setMinWidth(90);
        f.setTooltip(tooltip("compare.date.tip"));
        Translations.bind(f.accessibleTextProperty(), side.equals("compare-a") ? "compare.a.tip" : "compare.b.tip");
        f.setOnAction(e -> {
            try {
                LocalDate d = parse(f.getText());
                apply.accept(d);
                f.getStyleClass().remove("refused");
            } catch (IllegalArgumentException ex) {
                if (!f.getStyleClass().contains("refused")) f.getStyleClass().add("refused");
                f.setTooltip(new Tooltip(ex.getMessage()));
            }
        });
    }

    /** Parses a typed date within the timeline's extent (the timeline bar's rule); throws with a message. */
    private LocalDate parse(String text) {
        Optional<TimeSpan> extent = TimelineSpans.extentOf(state.getIndex());
        return extent.isPresent() ? TimelineSpans.parse(text, extent.get()).firstDay() : EventDate.parse(text.strip()).firstDay();
    }

    private static Button step(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("compare-step");
        b.setTooltip(tooltip(tip));
        Translations.bind(b.accessibleTextProperty(), tip);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private ToggleButton layoutButton(String id, CompareView.Layout l, ToggleGroup group) {
        ToggleButton t = new ToggleButton(l.label());
        t.setId(id);
        t.setToggleGroup(group);
        t.setSelected(view.getLayout() == l);
        t.setOnAction(e -> {
            view.setLayout(l);
            t.setSelected(true);
        });
        return t;
    }
}
