package atlas.ui;

import atlas.map.TimeWindow;
import atlas.model.Category;
import atlas.model.DatePrecision;
import atlas.model.EventDate;
import atlas.model.TimeSpan;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import atlas.ui.skin.TimelineBarSkin;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The timeline under the map: the current date, the part of the timeline on screen (its visible span, zoomable
 * from the whole dataset down to a couple of weeks), playback, stepping from event to event and the time window
 * the map applies. The control holds the state and its invariants; {@link TimelineBarSkin} draws the histogram,
 * ticks and playhead, and its behaviour maps keys and mouse gestures onto the methods here.
 *
 * <p>FX thread only. Stepping uses {@link TimelineIndex#next}/{@link TimelineIndex#previous} with the selected event
 * as cursor, so several events on one date are visited one by one.
 */
public class TimelineBar extends Control {
    /** The shortest visible span the bar zooms to, in days. */
    public static final int MIN_VISIBLE_DAYS = 14;
    private static final PseudoClass PLAYING = PseudoClass.getPseudoClass("playing");

    private final ObjectProperty<TimelineIndex> index = new SimpleObjectProperty<>(this, "index", TimelineIndex.of(List.of(), List.of()));
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.of(2022, 8, 4));
    private final ObjectProperty<TimeSpan> extent = new SimpleObjectProperty<>(this, "extent",
            TimeSpan.of(LocalDate.of(1988, 1, 1), LocalDate.of(2025, 1, 1)));
    private final ObjectProperty<TimeSpan> visibleSpan = new SimpleObjectProperty<>(this, "visibleSpan", extent.get());
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ObjectProperty<PlaySpeed> speed = new SimpleObjectProperty<>(this, "speed", PlaySpeed.WEEK);
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop");
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window", TimeWindow.last(30, ChronoUnit.DAYS));
    private final ObjectProperty<TimedEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObservableSet<Category> categories = FXCollections.observableSet(EnumSet.allOf(Category.class));
    private final ReadOnlyStringWrapper inputMessage = new ReadOnlyStringWrapper(this, "inputMessage", "");
    private EventCounts counts;
    private final Playback playback = new Playback();

    public TimelineBar() {
        getStyleClass().add("timeline-bar");
        setFocusTraversable(true);
        index.addListener((o, was, now) -> {
            counts = null;
            now.firstDay().ifPresent(first -> {
                LocalDate last = now.lastDay().orElse(first);
                setExtent(TimeSpan.of(first.withDayOfYear(1), last.plusYears(1).withDayOfYear(1)));
            });
        });
        extent.addListener((o, was, now) -> setVisibleSpan(clampSpan(getVisibleSpan())));
        visibleSpan.addListener((o, was, now) -> {
            TimeSpan c = clampSpan(now);
            if (!c.equals(now)) setVisibleSpan(c);
        });
        // whoever moves the date (list, map, restored settings), the bar pans to keep it on screen
        date.addListener((o, was, now) -> {
            if (now != null) keepVisible(now);
        });
        playing.addListener((o, was, now) -> {
            pseudoClassStateChanged(PLAYING, now);
            if (now) playback.begin(); else playback.stop();
        });
        speed.addListener(o -> { if (isPlaying()) playback.begin(); });
    }

    public TimelineBar(TimelineIndex idx) {
        this();
        setIndex(idx);
    }

    @Override protected Skin<?> createDefaultSkin() { return new TimelineBarSkin(this); }

    @Override public String getUserAgentStylesheet() {
        return TimelineBar.class.getResource("timeline.css").toExternalForm();
    }

    /** The events on the timeline (histogram and stepping); setting it fits the extent to the dataset's years. */
    public final ObjectProperty<TimelineIndex> indexProperty() { return index; }
    public final TimelineIndex getIndex() { return index.get(); }
    public final void setIndex(TimelineIndex i) { index.set(i); }

    /** The current day: the map shows the events of the time window ending on it. */
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

    /** The selected event, the cursor for stepping. */
    public final ObjectProperty<TimedEvent> selectedEventProperty() { return selectedEvent; }
    public final TimedEvent getSelectedEvent() { return selectedEvent.get(); }
    public final void setSelectedEvent(TimedEvent e) { selectedEvent.set(e); }

    /** The categories counted in the histogram and visited by stepping. */
    public final ObservableSet<Category> categories() { return categories; }

    /** Why the last typed date was refused, or "" when it was accepted. */
    public final ReadOnlyStringProperty inputMessageProperty() { return inputMessage.getReadOnlyProperty(); }
    public final String getInputMessage() { return inputMessage.get(); }

    /** Gets the histogram counts of the current index (computed once per index). */
    public final EventCounts counts() {
        if (counts == null) counts = new EventCounts(getIndex());
        return counts;
    }

    /** Moves the date to {@code d}, clamped to the extent, and pans the visible span to keep it on screen. */
    public void scrubTo(LocalDate d) {
        LocalDate c = clampDate(d);
        setDate(c);
        keepVisible(c);
    }

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
        double newLength = Math.max(MIN_VISIBLE_DAYS, Math.min(length * factor, daysOf(getExtent())));
        long newFrom = Math.round(anchor - fraction * newLength);
        setVisibleSpan(clampSpan(TimeSpan.of(LocalDate.ofEpochDay(newFrom), LocalDate.ofEpochDay(newFrom + Math.round(newLength)))));
        lastZoom = getVisibleSpan();
        lastZoomFraction = fraction;
        lastZoomAnchor = anchor;
        lastZoomLength = newLength;
    }

    private TimeSpan lastZoom;
    private double lastZoomFraction, lastZoomAnchor, lastZoomLength;

    private static long daysOf(TimeSpan s) { return s.until().toEpochDay() - s.from().toEpochDay(); }

    /** Zooms in twofold around the current date. */
    public void zoomIn() { zoom(0.5, Math.max(0, Math.min(1, fractionOf(getDate())))); }

    /** Zooms out twofold around the current date. */
    public void zoomOut() { zoom(2, Math.max(0, Math.min(1, fractionOf(getDate())))); }

    /** Shows the whole extent. */
    public void showAll() { setVisibleSpan(getExtent()); }

    /** Shows {@code span} (clamped to the extent), e.g. one month to look at day by day. */
    public void show(TimeSpan span) { setVisibleSpan(clampSpan(span)); }

    /** Moves the visible span by a fraction of its length (negative: to the past), keeping its length. */
    public void pan(double fractionOfSpan) {
        TimeSpan v = getVisibleSpan();
        long length = ChronoUnit.DAYS.between(v.from(), v.until());
        long shift = Math.round(length * fractionOfSpan);
        if (shift == 0) shift = fractionOfSpan > 0 ? 1 : -1;
        setVisibleSpan(clampSpan(TimeSpan.of(v.from().plusDays(shift), v.until().plusDays(shift))));
    }

    /**
     * Jumps to a typed date ({@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}; a month or year means its first
     * day). Returns true when the date moved; otherwise {@link #inputMessageProperty()} says why.
     */
    public boolean jumpTo(String text) {
        try {
            LocalDate d = parseDate(text, getExtent());
            inputMessage.set("");
            scrubTo(d);
            if (!getVisibleSpan().contains(d)) keepVisible(d);
            return true;
        } catch (IllegalArgumentException e) {
            inputMessage.set(e.getMessage());
            return false;
        }
    }

    /** Clears the message of a refused date. */
    public void clearInputMessage() { inputMessage.set(""); }

    /**
     * Parses a typed date and checks it lies in {@code extent}. Throws IllegalArgumentException with a message for
     * the user: the expected forms, the impossible field, or the range of the timeline.
     */
    public static LocalDate parseDate(String text, TimeSpan extent) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) throw new IllegalArgumentException("Type a date as yyyy-mm-dd, yyyy-mm or yyyy");
        if (!s.matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?"))
            throw new IllegalArgumentException("'" + s + "' is not a date: use yyyy-mm-dd, yyyy-mm or yyyy");
        String[] p = s.split("-");
        int y = Integer.parseInt(p[0]);
        int m = p.length > 1 ? Integer.parseInt(p[1]) : 1;
        int d = p.length > 2 ? Integer.parseInt(p[2]) : 1;
        if (m < 1 || m > 12) throw new IllegalArgumentException("Month " + m + " does not exist (01–12)");
        LocalDate date;
        try {
            date = LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(String.format("%04d-%02d has no day %d", y, m, d));
        }
        if (extent != null && !extent.contains(date)) {
            throw new IllegalArgumentException("Outside the timeline (" + EventDate.day(extent.from()).label() + " – "
                    + EventDate.day(extent.until().minusDays(1)).label() + ")");
        }
        return date;
    }

    /** Gets the precision a typed date was given at ({@code 2022} is a year), for callers that show it. */
    public static DatePrecision precisionOf(String text) {
        int dashes = (int) text.trim().chars().filter(c -> c == '-').count();
        return dashes == 0 ? DatePrecision.YEAR : dashes == 1 ? DatePrecision.MONTH : DatePrecision.DAY;
    }

    /** Gets the position (0..1 inside the bar, outside it beyond) of the start of day {@code d} in the visible span. */
    public double fractionOf(LocalDate d) {
        TimeSpan v = getVisibleSpan();
        double from = v.from().toEpochDay(), until = v.until().toEpochDay();
        return (d.toEpochDay() - from) / (until - from);
    }

    /** Gets the day at {@code fraction} (0..1) of the visible span, clamped to the span. */
    public LocalDate dateAt(double fraction) {
        TimeSpan v = getVisibleSpan();
        long from = v.from().toEpochDay(), until = v.until().toEpochDay();
        long d = from + (long) Math.floor(Math.max(0, Math.min(1, fraction)) * (until - from));
        return LocalDate.ofEpochDay(Math.min(until - 1, d));
    }

    /** Gets a copy of the category filter (empty means none). */
    public Set<Category> categorySnapshot() {
        return categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
    }

    private LocalDate clampDate(LocalDate d) {
        TimeSpan e = getExtent();
        if (d.isBefore(e.from())) return e.from();
        if (!d.isBefore(e.until())) return e.until().minusDays(1);
        return d;
    }

    private void keepVisible(LocalDate d) {
        TimeSpan v = getVisibleSpan();
        if (v.contains(d)) return;
        long length = ChronoUnit.DAYS.between(v.from(), v.until());
        LocalDate from = isPlaying() ? d.minusDays(length / 10) : d.minusDays(length / 2);
        setVisibleSpan(clampSpan(TimeSpan.of(from, from.plusDays(length))));
    }

    private TimeSpan clampSpan(TimeSpan s) {
        TimeSpan e = getExtent();
        long eFrom = e.from().toEpochDay(), eUntil = e.until().toEpochDay();
        long from = s.from().toEpochDay(), until = s.until().toEpochDay();
        long length = Math.max(Math.min(MIN_VISIBLE_DAYS, eUntil - eFrom), Math.min(until - from, eUntil - eFrom));
        if (from < eFrom) from = eFrom;
        if (from + length > eUntil) from = eUntil - length;
        TimeSpan c = TimeSpan.of(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(from + length));
        return c.equals(s) ? s : c;
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
