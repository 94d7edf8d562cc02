package atlas.ui.skin;

import atlas.i18n.Texts;
import atlas.map.CategoryStyle;
import atlas.map.Translations;
import atlas.model.TimeWindow;
import atlas.model.Bucket;
import atlas.model.Category;
import atlas.model.EventDate;
import atlas.model.TimeSpan;
import atlas.model.TimedEvent;
import atlas.ui.PlaySpeed;
import atlas.ui.TimelineBar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;

/**
 * The nodes of a {@link TimelineBar}: a toolbar (previous / play / next, the date and a field to type one, speed,
 * loop, the time window, zoom) above the track, a canvas with the histogram of events per bucket coloured by
 * category (counted by the timeline index itself), the time window shaded, the axis with ticks and labels, and the
 * playhead. {@link #dispose()} removes every listener and handler it put on the bar.
 */
public class TimelineBarSkin extends SkinBase<TimelineBar> {
    static final double INSET = 14;
    /** How near the playhead (pixels) a press grabs it rather than starting a range. */
    static final double PLAYHEAD_GRAB_PX = 6;
    private static final Color RANGE_BAND = Color.web("#3b7fc4", 0.22), RANGE_EDGE = Color.web("#2a5f96");
    private static final Color ERA = Color.web("#3d5a80", 0.10), ERA_ALT = Color.web("#3d5a80", 0.20),
            ERA_HC = Color.web("#000000", 0.12), ERA_HC_ALT = Color.web("#000000", 0.24), ERA_TEXT = Color.web("#2c3e57");
    private static final Color MARK = Color.web("#8a3b12"), MARK_OTHER = Color.web("#8a3b12", 0.45), MARK_WINDOW = Color.web("#8a3b12", 0.14);
    private static final double HIST_TOP = 6, HIST_HEIGHT = 46, AXIS_Y = HIST_TOP + HIST_HEIGHT + 1;
    /** The canvas's colours (a canvas cannot read CSS): the usual ones and those of the high-contrast theme. */
    private record Ink(Color axis, Color tickLabel, Color minor, Color windowBand, Color grid, Color marker) {}
    private static final Ink NORMAL = new Ink(Color.web("#8a939c"), Color.web("#3d464f"), Color.web("#c3c9cf"),
            Color.web("#3b7fc4", 0.10), Color.web("#e4e8ec"), Color.web("#1b1f24"));
    private static final Ink HIGH_CONTRAST = new Ink(Color.WHITE, Color.WHITE, Color.web("#c8c8c8"),
            Color.web("#ffff00", 0.22), Color.web("#404040"), Color.YELLOW);

    private final TimelineBarBehavior behavior;
    private final Canvas canvas = new Canvas();
    private final Pane track = new Pane();
    private final Region playhead = new Region();
    private final Region handle = new Region();
    private final Label dateLabel = new Label();
    private final Label spanLabel = new Label();
    private final Label message = new Label();
    private final TextField dateField = new TextField();
    private final Button playButton = new Button();
    private final Label windowLabel = new Label();
    private final HBox toolbar = new HBox(6);
    /** The toolbar's controls when the bar is editable, and what a read-only strip shows instead. */
    private final List<Node> editing, strip;
    private double pressX;
    private int[][] histogram = new int[0][];
    private Bucket bucket = Bucket.YEAR;
    private Object histogramKey;
    private List<TimelineTicks.Tick> ticks = List.of();
    private final EventHandler<KeyEvent> keyHandler;
    private final ChoiceBox<PlaySpeed> speed;
    private final CheckBox loop;
    private final SetChangeListener<Category> categoriesChanged = c -> repaint();

    public TimelineBarSkin(TimelineBar bar) {
        super(bar);
        behavior = new TimelineBarBehavior(bar);

        Button prev = button("timeline.previous", "previous-button", "timeline.previous.tip");
        prev.setOnAction(e -> bar.stepBackward());
        Button next = button("timeline.next", "next-button", "timeline.next.tip");
        next.setOnAction(e -> bar.stepForward());
        playButton.setId("play-button");
        playButton.getStyleClass().add("play-button");
        playButton.setTooltip(tooltip("timeline.play.tip"));
        playButton.setOnAction(e -> bar.togglePlaying());
        playButton.setMinWidth(64);

        speed = new ChoiceBox<>(FXCollections.observableArrayList(PlaySpeed.values()));
        speed.setId("speed-choice");
        speed.valueProperty().bindBidirectional(bar.speedProperty());
        speed.setTooltip(tooltip("timeline.speed.tip"));
        speed.setConverter(Translations.converter(PlaySpeed::label));
        Translations.relabel(speed);
        Translations.bind(speed.accessibleTextProperty(), "timeline.speed.tip");
        loop = new CheckBox();
        Translations.bind(loop.textProperty(), "timeline.loop");
        loop.setId("loop-check");
        loop.selectedProperty().bindBidirectional(bar.loopProperty());

        dateLabel.setId("date-label");
        dateLabel.getStyleClass().add("date-label");
        dateLabel.setMinWidth(112);
        dateField.setId("date-field");
        dateField.getStyleClass().add("date-field");
        Translations.bind(dateField.promptTextProperty(), "timeline.date-field.prompt");
        Translations.bind(dateField.accessibleTextProperty(), "timeline.date-field.tip");
        dateField.setPrefColumnCount(9);
        dateField.setTooltip(tooltip("timeline.date-field.tip"));
        dateField.setOnAction(e -> {
            if (bar.jumpTo(dateField.getText())) dateField.clear();
        });
        dateField.textProperty().addListener(o -> bar.clearInputMessage());
        message.setId("date-message");
        message.getStyleClass().add("date-message");
        message.textProperty().bind(bar.inputMessageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        HBox windowBox = windowControls(bar);

        Button zoomOut = symbolButton("−", "zoom-out-button", "timeline.zoom-out.tip");
        zoomOut.setOnAction(e -> bar.zoomOut());
        Button zoomIn = symbolButton("+", "zoom-in-button", "timeline.zoom-in.tip");
        zoomIn.setOnAction(e -> bar.zoomIn());
        Button all = button("timeline.zoom-all", "zoom-all-button", "timeline.zoom-all.tip");
        all.setOnAction(e -> bar.showAll());
        spanLabel.setId("span-label");
        spanLabel.getStyleClass().add("span-label");

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        editing = List.of(prev, playButton, next, speed, loop, sep(), dateLabel, dateField, message, sep(),
                windowBox, grow, spanLabel, zoomOut, zoomIn, all);
        for (Node n : editing) {
            if (n instanceof Region r && n != spanLabel && n != grow && n != message) r.setMinWidth(Region.USE_PREF_SIZE);
        }
        windowLabel.setId("window-label");
        windowLabel.getStyleClass().add("window-label");
        Region stripGrow = new Region();
        HBox.setHgrow(stripGrow, Priority.ALWAYS);
        strip = List.of(dateLabel, windowLabel, stripGrow);
        toolbar.getStyleClass().add("timeline-toolbar");
        spanLabel.setMinWidth(0);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        showControls();

        track.getStyleClass().add("timeline-track");
        track.setId("timeline-track");
        track.setPrefHeight(AXIS_Y + 26);
        track.setMinHeight(AXIS_Y + 26);
        playhead.getStyleClass().add("playhead");
        playhead.setMouseTransparent(true);
        playhead.setManaged(false);
        handle.getStyleClass().add("playhead-handle");
        handle.setMouseTransparent(true);
        handle.setManaged(false);
        canvas.setManaged(false);
        track.getChildren().addAll(canvas, playhead, handle);
        track.widthProperty().addListener(o -> repaint());
        track.heightProperty().addListener(o -> repaint());
        track.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            boolean onPlayhead = Math.abs(e.getX() - trackX(bar.getDate())) <= PLAYHEAD_GRAB_PX;
            behavior.trackPressed(position(e.getX()), onPlayhead, e.getY() < AXIS_Y);
        });
        track.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            behavior.trackDragged(position(e.getX()), Math.abs(e.getX() - pressX));
            if (behavior.rangeDraft() != null) repaint();
        });
        track.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            behavior.trackReleased();
            repaint();
        });
        track.addEventHandler(ScrollEvent.SCROLL, e -> {
            behavior.wheel(position(e.getX()), e.getDeltaY(), e.getDeltaX());
            e.consume();
        });

        VBox root = new VBox(4, toolbar, track);
        root.setPadding(new Insets(6, 10, 4, 10));
        getChildren().add(root);

        keyHandler = e -> {
            if (e.getTarget() == bar) behavior.keyPressed(e);
        };
        bar.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);

        registerChangeListener(bar.dateProperty(), o -> { updateLabels(); repaint(); });
        registerChangeListener(bar.visibleSpanProperty(), o -> { updateLabels(); repaint(); });
        registerChangeListener(bar.indexProperty(), o -> { histogramKey = null; repaint(); });
        registerChangeListener(bar.windowProperty(), o -> repaint());
        registerChangeListener(bar.selectedEventProperty(), o -> repaint());
        registerChangeListener(bar.playingProperty(), o -> updateLabels());
        registerChangeListener(bar.marksProperty(), o -> repaint());
        registerChangeListener(bar.erasProperty(), o -> repaint());
        registerChangeListener(bar.windowProperty(), o -> updateLabels());
        registerChangeListener(bar.editableProperty(), o -> showControls());
        bar.categories().addListener(categoriesChanged);
        // the canvas follows the high-contrast theme of the window it is in
        javafx.collections.ListChangeListener<String> themeChanged = c -> repaint();
        bar.sceneProperty().addListener((o, was, now) -> {
            if (was != null && was.getRoot() != null) was.getRoot().getStyleClass().removeListener(themeChanged);
            if (now != null && now.getRoot() != null) now.getRoot().getStyleClass().addListener(themeChanged);
        });
        if (bar.getScene() != null && bar.getScene().getRoot() != null) bar.getScene().getRoot().getStyleClass().addListener(themeChanged);
        // the axis labels, date and span follow the interface's language
        Translations.onChange(root, () -> { histogramKey = null; updateLabels(); repaint(); });
        updateLabels();
    }

    private HBox windowControls(TimelineBar bar) {
        ChoiceBox<TimeWindow.Kind> mode = new ChoiceBox<>(FXCollections.observableArrayList(
                TimeWindow.Kind.ACTIVE, TimeWindow.Kind.LAST, TimeWindow.Kind.CUMULATIVE));
        mode.setId("window-choice");
        mode.setTooltip(tooltip("timeline.window.tip"));
        // a story's span is a fourth entry, there only while it is shown ("1 Aug – 31 Aug 2022")
        mode.setConverter(Translations.converter(k -> switch (k) {
            case ACTIVE -> Texts.get("window.active");
            case LAST -> Texts.get("timeline.window.last");
            case CUMULATIVE -> Texts.get("window.cumulative");
            case SPAN -> bar.getWindow().kind() == TimeWindow.Kind.SPAN ? bar.getWindow().label() : "";
        }));
        Translations.relabel(mode);
        mode.setMinWidth(Region.USE_PREF_SIZE);
        Spinner<Integer> amount = new Spinner<>(1, 999, 30);
        amount.setId("window-amount");
        amount.setEditable(true);
        amount.setPrefWidth(64);
        amount.setMinWidth(Region.USE_PREF_SIZE);
        Translations.bind(amount.accessibleTextProperty(), "timeline.window.amount");
        ChoiceBox<ChronoUnit> unit = new ChoiceBox<>(FXCollections.observableArrayList(ChronoUnit.DAYS, ChronoUnit.MONTHS, ChronoUnit.YEARS));
        unit.setId("window-unit");
        unit.setMinWidth(Region.USE_PREF_SIZE);
        // "day", "days" (Russian: "день", "дня", "дней"): the word agrees with the number before it
        java.util.function.Supplier<StringConverter<ChronoUnit>> unitNames = () -> Translations.converter(u ->
                Texts.plural("timeline.window.unit." + u.toString().toLowerCase(Locale.ROOT), amount.getValue() == null ? 30 : amount.getValue()));
        unit.setConverter(unitNames.get());
        Translations.relabel(unit);
        amount.valueProperty().addListener(o -> unit.setConverter(unitNames.get()));
        Translations.bind(unit.accessibleTextProperty(), "timeline.window.unit");
        boolean[] updating = {false};
        Runnable fromBar = () -> {
            updating[0] = true;
            TimeWindow w = bar.getWindow();
            mode.getItems().retainAll(TimeWindow.Kind.ACTIVE, TimeWindow.Kind.LAST, TimeWindow.Kind.CUMULATIVE);
            if (w.kind() == TimeWindow.Kind.SPAN) {
                mode.getItems().add(TimeWindow.Kind.SPAN);
                // the span's label changes with the span: the converter is asked again
                mode.setConverter(mode.getConverter());
            }
            mode.setValue(w.kind());
            if (w.kind() == TimeWindow.Kind.LAST) {
                amount.getValueFactory().setValue(w.amount());
                unit.setValue(w.unit());
            } else if (unit.getValue() == null) {
                unit.setValue(ChronoUnit.DAYS);
            }
            amount.setDisable(w.kind() != TimeWindow.Kind.LAST);
            unit.setDisable(w.kind() != TimeWindow.Kind.LAST);
            updating[0] = false;
        };
        Runnable toBar = () -> {
            if (updating[0] || mode.getValue() == null) return;
            switch (mode.getValue()) {
                case ACTIVE -> bar.setWindow(TimeWindow.active());
                case CUMULATIVE -> bar.setWindow(TimeWindow.cumulative());
                case LAST -> bar.setWindow(TimeWindow.last(amount.getValue(), unit.getValue() == null ? ChronoUnit.DAYS : unit.getValue()));
                default -> { } // the span entry: it stays what it is
            }
        };
        fromBar.run();
        registerChangeListener(bar.windowProperty(), o -> fromBar.run());
        mode.valueProperty().addListener(o -> toBar.run());
        amount.valueProperty().addListener(o -> toBar.run());
        unit.valueProperty().addListener(o -> toBar.run());
        Label l = new Label();
        Translations.bind(l.textProperty(), "timeline.window.label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(mode);
        mode.accessibleTextProperty().bind(l.textProperty());
        HBox box = new HBox(4, l, mode, amount, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Gets a button whose text and tooltip follow the language. */
    private static Button button(String key, String id, String tipKey) {
        Button b = new Button();
        Translations.bind(b.textProperty(), key);
        b.setId(id);
        b.setTooltip(tooltip(tipKey));
        return b;
    }

    /** Gets a button showing a symbol ("+", "−"); its tooltip and spoken text follow the language. */
    private static Button symbolButton(String symbol, String id, String tipKey) {
        Button b = new Button(symbol);
        b.setId(id);
        b.setTooltip(tooltip(tipKey));
        Translations.bind(b.accessibleTextProperty(), tipKey);
        return b;
    }

    private static Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        Translations.bind(t.textProperty(), key);
        return t;
    }

    private static Region sep() {
        Region r = new Region();
        r.getStyleClass().add("toolbar-separator");
        return r;
    }

    /** Gets the normalised track position (0..1) of x in track pixels. */
    private double position(double x) {
        double w = track.getWidth() - 2 * INSET;
        return w <= 0 ? 0 : Math.max(0, Math.min(1, (x - INSET) / w));
    }

    private double xOf(LocalDate d) {
        return INSET + getSkinnable().fractionOf(d) * (track.getWidth() - 2 * INSET);
    }

    /** Puts the editing controls in the toolbar, or only the date and the window when the bar is read-only. */
    private void showControls() {
        TimelineBar bar = getSkinnable();
        toolbar.getChildren().setAll(bar.isEditable() ? editing : strip);
        bar.pseudoClassStateChanged(READ_ONLY, !bar.isEditable());
    }

    private static final javafx.css.PseudoClass READ_ONLY = javafx.css.PseudoClass.getPseudoClass("read-only");

    private void updateLabels() {
        TimelineBar bar = getSkinnable();
        // the read-only strip: a span as it is, any other window after "Events:" ("Events: last 30 days")
        String window = bar.getWindow().label();
        windowLabel.setText(bar.getWindow().kind() == TimeWindow.Kind.SPAN || window.isEmpty() ? window
                : Texts.format("timeline.strip.window", window.substring(0, 1).toLowerCase(Texts.locale()) + window.substring(1)));
        dateLabel.setText(EventDate.day(bar.getDate()).label());
        TimeSpan v = bar.getVisibleSpan();
        spanLabel.setText(v.label());
        playButton.setText(Texts.get(bar.isPlaying() ? "timeline.pause" : "timeline.play"));
    }

    /** Tests whether the window shows the high-contrast theme (its root has the {@code high-contrast} class). */
    private boolean highContrast() {
        var scene = getSkinnable().getScene();
        return scene != null && scene.getRoot() != null && scene.getRoot().getStyleClass().contains("high-contrast");
    }

    /** Gets the histogram's current bucket width (follows the visible span). */
    public Bucket bucket() { return bucket; }

    private void repaint() {
        TimelineBar bar = getSkinnable();
        double w = track.getWidth(), h = track.getHeight();
        if (w <= 0 || h <= 0) return;
        canvas.setWidth(w);
        canvas.setHeight(h);
        TimeSpan v = bar.getVisibleSpan();
        double trackW = w - 2 * INSET;
        long days = ChronoUnit.DAYS.between(v.from(), v.until());
        Set<Category> cats = bar.categorySnapshot();
        Object key = List.of(bar.getIndex(), v, (int) trackW, cats);
        if (!key.equals(histogramKey)) {
            bucket = TimelineTicks.bucketFor(days, trackW);
            histogram = bar.getIndex().histogram(v.from(), v.until(), bucket);
            ticks = TimelineTicks.ticks(v.from(), v.until(), trackW);
            histogramKey = key;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        Ink ink = highContrast() ? HIGH_CONTRAST : NORMAL;

        // the time window behind the histogram
        TimeWindow win = bar.getWindow();
        LocalDate first = win.firstDay(bar.getDate());
        double wx0 = Math.max(INSET, xOf(first));
        double wx1 = Math.min(w - INSET, xOf(win.endExclusive(bar.getDate())));
        if (wx1 > wx0) {
            g.setFill(ink.windowBand());
            g.fillRect(wx0, HIST_TOP - 4, wx1 - wx0, HIST_HEIGHT + 5);
        }

        drawEras(g, w, v);
        for (TimelineTicks.Tick t : ticks) {
            if (!t.major()) continue;
            double x = Math.round(xOf(t.date())) + 0.5;
            g.setStroke(ink.grid());
            g.setLineWidth(1);
            g.strokeLine(x, HIST_TOP, x, AXIS_Y);
        }
        drawHistogram(g, v, cats);

        g.setStroke(ink.axis());
        g.setLineWidth(1);
        g.strokeLine(INSET, AXIS_Y + 0.5, w - INSET, AXIS_Y + 0.5);
        g.setFont(atlas.map.AtlasFonts.font(false, 11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (TimelineTicks.Tick t : ticks) {
            double x = Math.round(xOf(t.date())) + 0.5;
            if (x < INSET - 1 || x > w - INSET + 1) continue;
            g.setStroke(t.major() ? ink.axis() : ink.minor());
            g.strokeLine(x, AXIS_Y + 1, x, AXIS_Y + (t.major() ? 6 : 3));
            if (t.major()) {
                double half = t.label().length() * 3.2;
                double lx = Math.max(half + 2, Math.min(w - half - 2, x));
                if (lx - half > lastLabelEnd + 4) {
                    g.setFill(ink.tickLabel());
                    g.fillText(t.label(), lx, AXIS_Y + 8);
                    lastLabelEnd = lx + half;
                }
            }
        }

        drawMarks(g, w);
        double[] draft = behavior.rangeDraft();
        if (draft != null) {
            double x0 = INSET + draft[0] * (w - 2 * INSET), x1 = INSET + draft[1] * (w - 2 * INSET);
            x1 = Math.max(x1, xOf(bar.dateAt(draft[1]).plusDays(1)));
            x0 = Math.min(x0, xOf(bar.dateAt(draft[0])));
            g.setFill(RANGE_BAND);
            g.fillRect(x0, HIST_TOP - 4, x1 - x0, HIST_HEIGHT + 5);
            g.setStroke(RANGE_EDGE);
            g.setLineWidth(1.5);
            g.strokeLine(x0, HIST_TOP - 4, x0, AXIS_Y);
            g.strokeLine(x1, HIST_TOP - 4, x1, AXIS_Y);
        }

        TimedEvent sel = bar.getSelectedEvent();
        if (sel != null && v.contains(sel.start().firstDay())) {
            double x = xOf(sel.start().firstDay());
            g.setFill(ink.marker());
            g.fillPolygon(new double[]{x - 4, x + 4, x}, new double[]{AXIS_Y + 9, AXIS_Y + 9, AXIS_Y + 3}, 3);
        }
        placePlayhead();
    }

    /**
     * Draws the eras (TimelineJS) as shaded bands behind the histogram, alternating two shades so that eras side by
     * side stay apart, each with its title at its top left where the band is wide enough to hold some of it.
     */
    private void drawEras(GraphicsContext g, double w, TimeSpan v) {
        List<atlas.ui.TimelineEra> eras = getSkinnable().getEras();
        int k = 0;
        for (atlas.ui.TimelineEra e : eras) {
            if (!e.span().overlaps(v)) continue;
            double x0 = Math.max(INSET, xOf(e.span().from())), x1 = Math.min(w - INSET, xOf(e.span().until()));
            if (x1 <= x0) continue;
            boolean even = k++ % 2 == 0;
            g.setFill(highContrast() ? (even ? ERA_HC : ERA_HC_ALT) : (even ? ERA : ERA_ALT));
            g.fillRect(x0, HIST_TOP - 4, Math.max(2, x1 - x0), HIST_HEIGHT + 5);
            if (x1 - x0 < 24) continue;
            g.save();
            g.beginPath();
            g.rect(x0, HIST_TOP - 4, x1 - x0, 14);
            g.clip();
            g.setFont(atlas.map.AtlasFonts.font(false, 10));
            g.setFill(highContrast() ? Color.BLACK : ERA_TEXT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(e.title(), x0 + 3, HIST_TOP - 3);
            g.restore();
        }
    }

    /**
     * Draws the story stops marked: the others as small triangles along the top, the current one as a flag (a line
     * across the histogram with its number) over a band the width of its window.
     */
    private void drawMarks(GraphicsContext g, double w) {
        List<atlas.ui.TimelineMark> marks = getSkinnable().getMarks();
        if (marks.isEmpty()) return;
        for (atlas.ui.TimelineMark m : marks) {
            if (m.current()) continue;
            double x = trackX(m.date());
            if (x < INSET - 1 || x > w - INSET + 1) continue;
            g.setFill(MARK_OTHER);
            g.fillPolygon(new double[]{x - 4, x + 4, x}, new double[]{HIST_TOP - 6, HIST_TOP - 6, HIST_TOP + 1}, 3);
        }
        for (atlas.ui.TimelineMark m : marks) {
            if (!m.current()) continue;
            if (m.window() != null) {
                double x0 = Math.max(INSET, xOf(m.window().from())), x1 = Math.min(w - INSET, xOf(m.window().until()));
                if (x1 > x0) {
                    g.setFill(MARK_WINDOW);
                    g.fillRect(x0, HIST_TOP - 4, Math.max(2, x1 - x0), HIST_HEIGHT + 5);
                    g.setFill(MARK);
                    g.fillRect(x0, AXIS_Y - 1, Math.max(2, x1 - x0), 3);
                }
            }
            double x = trackX(m.date());
            if (x < INSET - 1 || x > w - INSET + 1) continue;
            g.setStroke(MARK);
            g.setLineWidth(2);
            g.strokeLine(x, HIST_TOP - 2, x, AXIS_Y + 4);
            g.setFont(atlas.map.AtlasFonts.font(true, 10));
            double lw = Math.max(14, m.label().length() * 7 + 6);
            double lx = Math.min(w - INSET - lw, x + 2);
            g.setFill(MARK);
            g.fillRoundRect(lx, HIST_TOP - 4, lw, 13, 4, 4);
            g.setFill(Color.WHITE);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(m.label(), lx + lw / 2, HIST_TOP + 2.5);
        }
    }

    private void drawHistogram(GraphicsContext g, TimeSpan v, Set<Category> cats) {
        int n = histogram.length == 0 ? 0 : histogram[0].length;
        int[] totals = new int[n];
        int max = 1;
        for (int b = 0; b < n; b++) {
            for (Category c : cats) totals[b] += histogram[c.ordinal()][b];
            max = Math.max(max, totals[b]);
        }
        double scale = (HIST_HEIGHT - 2) / max;
        LocalDate start = bucket.floor(v.from());
        double trackRight = track.getWidth() - INSET;
        for (int b = 0; b < n; b++, start = bucket.next(start)) {
            if (totals[b] == 0) continue;
            double x0 = Math.max(INSET, xOf(start));
            double x1 = Math.min(trackRight, xOf(bucket.next(start)));
            double bw = x1 - x0 > 3 ? x1 - x0 - 1 : Math.max(1, x1 - x0);
            double y = AXIS_Y;
            for (Category c : Category.values()) {
                if (!cats.contains(c)) continue;
                int k = histogram[c.ordinal()][b];
                if (k == 0) continue;
                double hgt = Math.max(1, k * scale);
                g.setFill(CategoryStyle.color(c));
                g.fillRect(x0, y - hgt, bw, hgt);
                y -= hgt;
            }
        }
    }

    private void placePlayhead() {
        TimelineBar bar = getSkinnable();
        double w = track.getWidth();
        double x = xOf(bar.getDate()) + 0.5 * (xOf(bar.getDate().plusDays(1)) - xOf(bar.getDate()));
        boolean visible = x >= INSET - 1 && x <= w - INSET + 1;
        playhead.setVisible(visible);
        handle.setVisible(visible);
        playhead.resizeRelocate(Math.round(x) - 1, HIST_TOP - 4, 2, AXIS_Y - HIST_TOP + 8);
        handle.resizeRelocate(Math.round(x) - 6, 0, 12, 8);
    }

    @Override protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        repaint();
    }

    /** Gets the x of a date in track pixels, for tests that drag the playhead. */
    public double trackX(LocalDate d) { return xOf(d) + 0.5 * (xOf(d.plusDays(1)) - xOf(d)); }

    /** Gets the track node (mouse and wheel input). */
    public Region track() { return track; }

    @Override public void dispose() {
        TimelineBar bar = getSkinnable();
        if (bar != null) {
            bar.removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
            bar.categories().removeListener(categoriesChanged);
            speed.valueProperty().unbindBidirectional(bar.speedProperty());
            loop.selectedProperty().unbindBidirectional(bar.loopProperty());
            message.textProperty().unbind();
        }
        getChildren().clear();
        super.dispose();
    }
}
