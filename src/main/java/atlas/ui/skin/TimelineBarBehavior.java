package atlas.ui.skin;

import atlas.model.TimeSpan;
import atlas.ui.TimelineBar;
import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Turns input on the timeline into {@link TimelineBar} calls. The skin converts pixels to a normalised position
 * (0 at the left end of the track, 1 at the right) before calling in, so nothing here knows about layout.
 *
 * <p>Mouse on the track: a press on the playhead (or on the axis under the histogram) drags the date; a drag that
 * starts elsewhere on the histogram selects a range of days, which becomes the map's time window; a click there
 * moves the date and clears such a range. Nothing when the bar is not {@link TimelineBar#isEditable() editable}.
 *
 * <p>Keys while the bar has focus: Left/Right previous/next event, Shift+Left/Right one day, Home/End first/last
 * event, +/- zoom, Space play/pause, Esc clears a range.
 */
public final class TimelineBarBehavior {
    /** Zoom factor of one wheel notch. */
    static final double WHEEL_ZOOM = 1.25;

    /** How far (pixels) a press on the histogram must move to select a range rather than click. */
    static final double RANGE_MIN_PX = 4;

    private enum Gesture { NONE, SCRUB, PENDING, RANGE }

    private final TimelineBar bar;
    private Gesture gesture = Gesture.NONE;
    private double anchor, current;

    public TimelineBarBehavior(TimelineBar bar) {
        this.bar = bar;
    }

    /** A press on the track that drags the date: focus the bar, stop playback and move the date there. */
    public void trackPressed(double position) { trackPressed(position, true, false); }

    /**
     * A press on the track: on the playhead or below the histogram it drags the date (the date is changing until
     * release); elsewhere on the histogram it starts a click or a range selection, decided by the drag.
     */
    public void trackPressed(double position, boolean onPlayhead, boolean inHistogram) {
        if (!bar.isEditable()) return;
        bar.requestFocus();
        bar.setPlaying(false);
        if (onPlayhead || !inHistogram) {
            gesture = Gesture.SCRUB;
            bar.setDragging(true);
            bar.scrubToFraction(position);
        } else {
            gesture = Gesture.PENDING;
            anchor = current = position;
        }
    }

    /** The button released after a press on the track: the date settles, the range is chosen, or the click acts. */
    public void trackReleased() {
        switch (gesture) {
            case SCRUB -> bar.setDragging(false);
            case PENDING -> {
                bar.clearRange();
                bar.scrubToFraction(anchor);
            }
            case RANGE -> bar.selectRange(range(anchor, current));
            case NONE -> { }
        }
        gesture = Gesture.NONE;
    }

    /** A drag along the track: the date follows (clamped to the visible span), or the range grows. */
    public void trackDragged(double position) { trackDragged(position, Double.MAX_VALUE); }

    /** A drag along the track, {@code movedPx} pixels from where it was pressed. */
    public void trackDragged(double position, double movedPx) {
        switch (gesture) {
            case SCRUB -> bar.scrubToFraction(position);
            case PENDING -> {
                if (movedPx >= RANGE_MIN_PX) {
                    gesture = Gesture.RANGE;
                    current = position;
                }
            }
            case RANGE -> current = position;
            case NONE -> { }
        }
    }

    /** Gets the range being dragged as positions {@code [from, to]} (0..1), or null when none is. */
    public double[] rangeDraft() {
        return gesture == Gesture.RANGE ? new double[]{Math.min(anchor, current), Math.max(anchor, current)} : null;
    }

    /** Gets the days between two track positions, both included. */
    private TimeSpan range(double a, double b) {
        LocalDate from = bar.dateAt(Math.min(a, b)), last = bar.dateAt(Math.max(a, b));
        return TimeSpan.of(from, last.plusDays(1));
    }

    /** A wheel notch over the track: zoom the visible span around the day under the cursor (up zooms in). */
    public void wheel(double position, double deltaY, double deltaX) {
        if (!bar.isEditable()) return;
        if (deltaY != 0) bar.zoom(deltaY > 0 ? 1 / WHEEL_ZOOM : WHEEL_ZOOM, position);
        else if (deltaX != 0) bar.pan(deltaX > 0 ? -0.1 : 0.1);
    }

    /** Handles a key pressed while the bar itself has focus; consumes the keys it uses. */
    public void keyPressed(KeyEvent e) {
        if (!bar.isEditable()) return;
        KeyCode code = e.getCode();
        boolean used = true;
        switch (code) {
            case LEFT, KP_LEFT -> { if (e.isShiftDown()) bar.scrubTo(bar.getDate().minusDays(1)); else bar.stepBackward(); }
            case RIGHT, KP_RIGHT -> { if (e.isShiftDown()) bar.scrubTo(bar.getDate().plusDays(1)); else bar.stepForward(); }
            case HOME -> bar.goToStart();
            case END -> bar.goToEnd();
            case PLUS, ADD, EQUALS -> bar.zoomIn();
            case MINUS, SUBTRACT -> bar.zoomOut();
            case SPACE -> bar.togglePlaying();
            case ESCAPE -> used = bar.clearRange();
            default -> used = false;
        }
        if (used) e.consume();
    }
}
