package atlas.ui;

import atlas.model.Category;
import atlas.model.DatePrecision;
import atlas.model.EventDate;
import atlas.model.TimeSpan;
import atlas.model.TimeWindow;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import atlas.ui.skin.TimelineBarSkin;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The timeline under the map: the current date, the part of the timeline on screen (its visible span, zoomable
 * from the whole dataset down to a couple of weeks), playback, stepping from event to event and the time window
 * the map applies. The control holds the state and its invariants; {@link TimelineBarSkin} draws the histogram,
 * ticks and playhead, and its behaviour maps keys and mouse gestures onto the methods here.
 *
 * <p>The invariants live in the properties themselves, as JavaFX's {@code Slider} keeps its value in range: the
 * extent follows the index, the visible span is clamped to the extent (and to at least {@link #MIN_VISIBLE_DAYS}
 * days), the date to the extent, and the visible span pans to keep the date on screen, all inside
 * {@code invalidated()}, so no listener ever sees a value out of range. {@link #valueChangingProperty()} is true
 * while the user drags the playhead or playback runs: work that need not follow every frame (saving preferences)
 * waits until it settles. The arithmetic is in {@link TimelineSpans}.
 *
 * <p>FX thread only. Stepping uses {@link TimelineIndex#next}/{@link TimelineIndex#previous} with the selected event
 * as cursor, so several events on one date are visited one by one.
 */
public class TimelineBar extends Control {
    /** The shortest visible span the bar zooms to, in days. */
    public static final int MIN_VISIBLE_DAYS = 14;
    private static final PseudoClass PLAYING = PseudoClass.getPseudoClass("playing");
    private static final TimeSpan DEFAULT_EXTENT = TimeSpan.of(LocalDate.of(1988, 1, 1), LocalDate.of(2025, 1, 1));

    private final ObjectProperty<TimelineIndex> index = new SimpleObjectProperty<>(this, "index", TimelineIndex.EMPTY) {
        @Override protected void invalidated() {
            TimelineIndex i = get();
            if (i == null) {
                set(TimelineIndex.EMPTY);
                return;
            }
            // a bar that showed everything shows everything of the new timeline too
            boolean showedAll = getVisibleSpan().equals(getExtent());
            TimelineSpans.extentOf(i).ifPresent(TimelineBar.this::setExtent);
            if (showedAll) setVisibleSpan(getExtent());
        }
    };
    private final ObjectProperty<TimeSpan> extent = new SimpleObjectProperty<>(this, "extent", DEFAULT_EXTENT) {
        @Override protected void invalidated() {
            TimeSpan e = get();
            if (e == null || e.isOpenStart() || e.isOpenEnd()) throw new IllegalArgumentException("the extent needs both ends: " + e);
            setVisibleSpan(TimelineSpans.clamp(getVisibleSpan(), e, MIN_VISIBLE_DAYS));
            setDate(TimelineSpans.clamp(getDate(), e));
        }
    };
    private final ObjectProperty<TimeSpan> visibleSpan = new SimpleObjectProperty<>(this, "visibleSpan", DEFAULT_EXTENT) {
        @Override protected void invalidated() {
            TimeSpan v = get();
            TimeSpan c = TimelineSpans.clamp(v == null ? getExtent() : v, getExtent(), MIN_VISIBLE_DAYS);
            if (!c.equals(v)) set(c);
        }
    };
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", EventDate.DEFAULT_DAY) {
        @Override protected void invalidated() {
            LocalDate d = get();
            LocalDate c = TimelineSpans.clamp(d == null ? EventDate.DEFAULT_DAY : d, getExtent());
            if (!c.equals(d)) {
                set(c);
                return;
            }
            // whoever moves the date (list, map, restored settings), the bar pans to keep it on screen
            setVisibleSpan(TimelineSpans.showing(getVisibleSpan(), c, isPlaying(), getExtent(), MIN_VISIBLE_DAYS));
        }
    };
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyBooleanWrapper valueChanging = new ReadOnlyBooleanWrapper(this, "valueChanging");
    private boolean dragging;
    private final ObjectProperty<PlaySpeed> speed = new SimpleObjectProperty<>(this, "speed", PlaySpeed.WEEK);
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop");
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window", AtlasState.DEFAULT_WINDOW);
    private final ObjectProperty<TimedEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObservableSet<Category> categories = FXCollections.observableSet(EnumSet.allOf(Category.class));
    private final ReadOnlyStringWrapper inputMessage = new ReadOnlyStringWrapper(this, "inputMessage", "");
    private final ObjectProperty<List<TimelineMark>> marks = new SimpleObjectProperty<>(this, "marks", List.of());
    private final ObjectProperty<List<TimelineEra>> eras = new SimpleObjectProperty<>(this, "eras", List.of());
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    /** The last window that was not a span: what {@link #clearRange()} goes back to. */
    private TimeWindow ownWindow = AtlasState.DEFAULT_WINDOW;
    private final Playback playback = new Playback();

    public TimelineBar() {
        getStyleClass().add("timeline-bar");
        setFocusTraversable(true);
        // for screen readers a slider whose value is the date: Left/Right (and the increment and decrement actions)
        // move it a day, PageUp/PageDown (block increment and decrement) to the next event
        setAccessibleRole(AccessibleRole.SLIDER);
        accessibleHelpProperty().bind(atlas.map.Translations.text("timeline.spoken.help"));
        date.addListener(o -> {
            notifyAccessibleAttributeChanged(AccessibleAttribute.VALUE);
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        });
        extent.addListener(o -> {
            notifyAccessibleAttributeChanged(AccessibleAttribute.MIN_VALUE);
            notifyAccessibleAttributeChanged(AccessibleAttribute.MAX_VALUE);
        });
        playing.addListener((o, was, now) -> {
            pseudoClassStateChanged(PLAYING, now);
            if (now) playback.begin(); else playback.stop();
            valueChanging.set(dragging || now);
        });
        speed.addListener(o -> { if (isPlaying()) playback.begin(); });
        window.addListener((o, was, now) -> { if (now != null && now.kind() != TimeWindow.Kind.SPAN) ownWindow = now; });
        editable.addListener((o, was, now) -> { if (!now) setPlaying(false); });
    }

    public TimelineBar(TimelineIndex idx) {
        this();
        setIndex(idx);
    }

    @Override protected Skin<?> createDefaultSkin() { return new TimelineBarSkin(this); }

    /**
     * Answers screen readers: the value is the date as days from the first day of the extent (from 0 to the extent's
     * length), the text is the date in words ("Timeline, date: 4 August 2022").
     */
    @Override public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case VALUE -> (double) java.time.temporal.ChronoUnit.DAYS.between(getExtent().from(), getDate());
            case MIN_VALUE -> 0.0;
            case MAX_VALUE -> (double) (TimelineSpans.days(getExtent()) - 1);
            case TEXT -> atlas.i18n.Texts.format("timeline.spoken", atlas.i18n.Texts.dateLong(getDate()));
            case ORIENTATION -> javafx.geometry.Orientation.HORIZONTAL;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    /** Carries out a screen reader's slider actions: a day on, a day back, the next or previous event, a date. */
    @Override public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        switch (action) {
            case INCREMENT -> scrubTo(getDate().plusDays(1));
            case DECREMENT -> scrubTo(getDate().minusDays(1));
            case BLOCK_INCREMENT -> stepForward();
            case BLOCK_DECREMENT -> stepBackward();
            case SET_VALUE -> {
                if (parameters.length > 0 && parameters[0] instanceof Number n) scrubTo(getExtent().from().plusDays(Math.round(n.doubleValue())));
            }
            default -> super.executeAccessibleAction(action, parameters);
        }
    }

    @Override public String getUserAgentStylesheet() {
        return TimelineBar.class.getResource("timeline.css").toExternalForm();
    }

    /** The events on the timeline (histogram and stepping); setting it fits the extent to the dataset's years. */
    public final ObjectProperty<TimelineIndex> indexProperty() { return index; }
    public final TimelineIndex getIndex() { return index.get(); }
    public final void setIndex(TimelineIndex i) { index.set(i); }

    /** The current day, always inside the extent: the map shows the events of the time window ending on it. */
    public final ObjectProperty<LocalDate> dateProperty() { return date; }
    public final LocalDate getDate() { return date.get(); }
    public final void setDate(LocalDate d) { date.set(d); }

    /** The whole range the bar can show, {@code [from, until)} with both ends set; follows the index. */
    public final ObjectProperty<TimeSpan> extentProperty() { return extent; }
    public final TimeSpan getExtent() { return extent.get(); }
    public final void setExtent(TimeSpan s) {
        if (s.isOpenStart() || s.isOpenEnd()) throw new IllegalArgumentException("the extent needs both ends: " + s);
        extent.set(s);
    }

    /**
     * The part of the extent on screen, as ONE value so its ends never cross while zooming; clamped to the extent and
     * to at least {@link #MIN_VISIBLE_DAYS} days.
     */
    public final ObjectProperty<TimeSpan> visibleSpanProperty() { return visibleSpan; }
    public final TimeSpan getVisibleSpan() { return visibleSpan.get(); }
    public final void setVisibleSpan(TimeSpan s) { visibleSpan.set(s); }

    /** Whether playback is running (the date advances at {@link #speedProperty()}); pseudo-class {@code :playing}. */
    public final BooleanProperty playingProperty() { return playing; }
    public final boolean isPlaying() { return playing.get(); }
    public final void setPlaying(boolean p) { playing.set(p); }

    /**
     * Whether the date is being changed continuously (the playhead dragged, or playback running), as JavaFX's
     * {@code Slider.valueChanging}: listeners that need not follow every frame act when it turns false.
     */
    public final ReadOnlyBooleanProperty valueChangingProperty() { return valueChanging.getReadOnlyProperty(); }
    public final boolean isValueChanging() { return valueChanging.get(); }

    /** Tells the bar the user started or stopped dragging the playhead (the behaviour calls this). */
    public final void setDragging(boolean d) {
        dragging = d;
        valueChanging.set(d || isPlaying());
    }

    /** How fast playback advances the date. */
    public final ObjectProperty<PlaySpeed> speedProperty() { return speed; }
    public final PlaySpeed getSpeed() { return speed.get(); }
    public final void setSpeed(PlaySpeed s) { speed.set(s); }

    /** Whether playback starts again from the beginning at the end of the extent (otherwise it stops there). */
    public final BooleanProperty loopProperty() { return loop; }
    public final boolean isLoop() { return loop.get(); }
    public final void setLoop(boolean l) { loop.set(l); }

    /** Which events around the date the map shows; the bar shades it behind the histogram. */
    public final ObjectProperty<TimeWindow> windowProperty() { return window; }
    public final TimeWindow getWindow() { return window.get(); }
    public final void setWindow(TimeWindow w) { window.set(w); }

    /**
     * Shows the events of a range of days on the map (the time window becomes that span, shown by "Map shows"); the
     * date moves to the range's last day unless it is inside it. {@link #clearRange()} (Esc, a click on the track)
     * brings the window chosen before back.
     */
    public void selectRange(TimeSpan range) {
        if (range.isOpenStart() || range.isOpenEnd()) throw new IllegalArgumentException("a range needs both ends: " + range);
        LocalDate last = range.until().minusDays(1);
        if (!range.contains(getDate())) scrubTo(last);
        setWindow(TimeWindow.span(range));
    }

    /** Gives the window chosen before a range (or a story stop's span) back; returns whether a span was shown. */
    public boolean clearRange() {
        if (getWindow().kind() != TimeWindow.Kind.SPAN) return false;
        setWindow(ownWindow);
        return true;
    }

    /** The story stops marked on the timeline (the current one as a flag); empty when no story is open. */
    public final ObjectProperty<List<TimelineMark>> marksProperty() { return marks; }

    /** The named spans shaded behind the histogram, each with its title (TimelineJS eras); none by default. */
    public final ObjectProperty<List<TimelineEra>> erasProperty() { return eras; }
    public final List<TimelineEra> getEras() { return eras.get(); }
    public final void setEras(List<TimelineEra> e) { eras.set(e == null ? List.of() : List.copyOf(e)); }
    public final List<TimelineMark> getMarks() { return marks.get(); }
    public final void setMarks(List<TimelineMark> m) { marks.set(m == null ? List.of() : List.copyOf(m)); }

    /**
     * Whether the user can change the bar: false makes it a read-only strip (date, window, histogram, playhead and
     * marks; no buttons, fields or gestures), as the audience sees it in a presentation. Playback stops.
     */
    public final BooleanProperty editableProperty() { return editable; }
    public final boolean isEditable() { return editable.get(); }
    public final void setEditable(boolean e) { editable.set(e); }

    /** The selected event, the cursor for stepping. */
    public final ObjectProperty<TimedEvent> selectedEventProperty() { return selectedEvent; }
    public final TimedEvent getSelectedEvent() { return selectedEvent.get(); }
    public final void setSelectedEvent(TimedEvent e) { selectedEvent.set(e); }

    /** The categories counted in the histogram and visited by stepping. */
    public final ObservableSet<Category> categories() { return categories; }

    /** Why the last typed date was refused, or "" when it was accepted. */
    public final ReadOnlyStringProperty inputMessageProperty() { return inputMessage.getReadOnlyProperty(); }
    public final String getInputMessage() { return inputMessage.get(); }

    /** Moves the date to {@code d} (clamped to the extent); the visible span pans to keep it on screen. */
    public void scrubTo(LocalDate d) { setDate(Objects.requireNonNull(d, "date")); }

    /** Moves the date to the day at {@code fraction} (0..1) of the visible span. */
    public void scrubToFraction(double fraction) { scrubTo(dateAt(fraction)); }

    /**
     * Steps to the next event after the cursor (the date and the selected event): moves the date to its exact day and
     * selects it. Returns it, or empty at the end of the timeline (nothing changes then).
     */
    public Optional<TimedEvent> stepForward() {
        return go(getIndex().next(getDate(), getSelectedEvent(), categorySnapshot()));
    }

    /** Steps to the previous event before the cursor; the mirror of {@link #stepForward()}. */
    public Optional<TimedEvent> stepBackward() {
        return go(getIndex().previous(getDate(), getSelectedEvent(), categorySnapshot()));
    }

    private Optional<TimedEvent> go(Optional<TimedEvent> target) {
        target.ifPresent(e -> {
            scrubTo(e.start().firstDay());
            setSelectedEvent(e);
        });
        return target;
    }

    /** Moves the date to the first event's day (or the extent's start when there are none). */
    public void goToStart() { scrubTo(getIndex().firstDay().orElse(getExtent().from())); }

    /** Moves the date to the last event's start day (or the extent's last day when there are none). */
    public void goToEnd() {
        List<TimedEvent> all = getIndex().events();
        scrubTo(all.isEmpty() ? getExtent().until().minusDays(1) : all.get(all.size() - 1).start().firstDay());
    }

    /** Starts or stops playback. */
    public void togglePlaying() { setPlaying(!isPlaying()); }

    /**
     * Zooms the visible span by {@code factor} (below 1 zooms in) keeping the day at {@code fraction} of the bar
     * where it is, as a mouse wheel does around the cursor.
     */
    public void zoom(double factor, double fraction) {
        TimeSpan v = getVisibleSpan();
        long from = v.from().toEpochDay(), until = v.until().toEpochDay();
        double anchor = from + fraction * (until - from);
        double length = until - from;
        if (v.equals(lastZoom) && Math.abs(fraction - lastZoomFraction) < 1e-3) {
            // consecutive wheel notches at one spot: keep the exact anchor and length, so whole-day rounding
            // does not make the day under the cursor drift
            anchor = lastZoomAnchor;
            length = lastZoomLength;
        }
        double newLength = Math.max(MIN_VISIBLE_DAYS, Math.min(length * factor, TimelineSpans.days(getExtent())));
        setVisibleSpan(TimelineSpans.zoomed(anchor, fraction, newLength, getExtent(), MIN_VISIBLE_DAYS));
        lastZoom = getVisibleSpan();
        lastZoomFraction = fraction;
        lastZoomAnchor = anchor;
        lastZoomLength = newLength;
    }

    private TimeSpan lastZoom;
    private double lastZoomFraction, lastZoomAnchor, lastZoomLength;

    /** Zooms in twofold around the current date. */
    public void zoomIn() { zoom(0.5, Math.max(0, Math.min(1, fractionOf(getDate())))); }

    /** Zooms out twofold around the current date. */
    public void zoomOut() { zoom(2, Math.max(0, Math.min(1, fractionOf(getDate())))); }

    /** Shows the whole extent. */
    public void showAll() { setVisibleSpan(getExtent()); }

    /** Shows {@code span} (clamped to the extent), e.g. one month to look at day by day. */
    public void show(TimeSpan span) { setVisibleSpan(span); }

    /** Moves the visible span by a fraction of its length (negative: to the past), keeping its length. */
    public void pan(double fractionOfSpan) {
        setVisibleSpan(TimelineSpans.panned(getVisibleSpan(), fractionOfSpan, getExtent(), MIN_VISIBLE_DAYS));
    }

    /**
     * Jumps to a typed date ({@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}; a month or year means its first
     * day), read with the one date parser. Returns true when the date moved; otherwise
     * {@link #inputMessageProperty()} says why.
     */
    public boolean jumpTo(String text) {
        try {
            LocalDate d = parseDate(text, getExtent());
            inputMessage.set("");
            scrubTo(d);
            return true;
        } catch (IllegalArgumentException e) {
            inputMessage.set(e.getMessage());
            return false;
        }
    }

    /** Clears the message of a refused date. */
    public void clearInputMessage() { inputMessage.set(""); }

    /**
     * Parses a typed date and checks it lies in {@code extent} (see {@link TimelineSpans#parse}). Throws
     * IllegalArgumentException with a message for the user.
     */
    public static LocalDate parseDate(String text, TimeSpan extent) { return TimelineSpans.parse(text, extent).firstDay(); }

    /** Gets the precision a typed date was given at ({@code 2022} is a year), for callers that show it. */
    public static DatePrecision precisionOf(String text) { return EventDate.parse(text).precision(); }

    /** Gets the position (0..1 inside the bar, outside it beyond) of the start of day {@code d} in the visible span. */
    public double fractionOf(LocalDate d) { return TimelineSpans.fractionOf(getVisibleSpan(), d); }

    /** Gets the day at {@code fraction} (0..1) of the visible span, clamped to the span. */
    public LocalDate dateAt(double fraction) { return TimelineSpans.dateAt(getVisibleSpan(), fraction); }

    /** Gets a copy of the category filter (empty means none). */
    public Set<Category> categorySnapshot() {
        return categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
    }

    /** Advances the date on animation pulses while playing; timing from the pulse clock, so it never drifts. */
    private final class Playback extends AnimationTimer {
        private long startNanos = -1;
        private LocalDate startDate;
        private LocalDate lastSet;

        void begin() {
            stop();
            startNanos = -1;
            lastSet = null;
            if (!getDate().isBefore(getExtent().until().minusDays(1))) scrubTo(getExtent().from());
            startDate = getDate();
            start();
        }

        @Override public void handle(long now) {
            if (startNanos < 0 || (lastSet != null && !lastSet.equals(getDate()))) {
                // first pulse, or someone else moved the date (a click in the list): carry on from there
                startNanos = now;
                startDate = getDate();
            }
            double seconds = (now - startNanos) / 1e9;
            long days = (long) Math.floor(seconds * getSpeed().daysPerSecond());
            LocalDate next = startDate.plusDays(days);
            LocalDate last = getExtent().until().minusDays(1);
            if (next.isAfter(last)) {
                if (isLoop()) {
                    startNanos = now;
                    startDate = getExtent().from();
                    next = startDate;
                } else {
                    scrubTo(last);
                    setPlaying(false);
                    return;
                }
            }
            if (!next.equals(getDate())) scrubTo(next);
            lastSet = getDate();
        }
    }
}
