package atlas.ui.skin;

import atlas.ui.TimelineBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Turns input on the timeline into {@link TimelineBar} calls. The skin converts pixels to a normalised position
 * (0 at the left end of the track, 1 at the right) before calling in, so nothing here knows about layout.
 *
 * <p>Keys while the bar has focus: Left/Right previous/next event, Shift+Left/Right one day, Home/End first/last
 * event, +/- zoom, Space play/pause.
 */
public final class TimelineBarBehavior {
    /** Zoom factor of one wheel notch. */
    static final double WHEEL_ZOOM = 1.25;

    private final TimelineBar bar;

    public TimelineBarBehavior(TimelineBar bar) {
        this.bar = bar;
    }

    /** A press on the track: focus the bar, stop playback and move the date there; the date is changing until release. */
    public void trackPressed(double position) {
        bar.requestFocus();
        bar.setPlaying(false);
        bar.setDragging(true);
        bar.scrubToFraction(position);
    }

    /** The button released after a press on the track: the date settles. */
    public void trackReleased() { bar.setDragging(false); }

    /** A drag along the track: the date follows, clamped to the visible span. */
    public void trackDragged(double position) {
        bar.scrubToFraction(position);
    }

    /** A wheel notch over the track: zoom the visible span around the day under the cursor (up zooms in). */
    public void wheel(double position, double deltaY, double deltaX) {
        if (deltaY != 0) bar.zoom(deltaY > 0 ? 1 / WHEEL_ZOOM : WHEEL_ZOOM, position);
        else if (deltaX != 0) bar.pan(deltaX > 0 ? -0.1 : 0.1);
    }

    /** Handles a key pressed while the bar itself has focus; consumes the keys it uses. */
    public void keyPressed(KeyEvent e) {
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
            default -> used = false;
        }
        if (used) e.consume();
    }
}
