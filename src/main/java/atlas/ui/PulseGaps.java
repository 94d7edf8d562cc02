package atlas.ui;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without a pulse while something runs in the background (a dataset loading):
 * an animation timer asks for a pulse every frame, so the longest gap between two pulses is the longest time the
 * FX thread was busy (or the frame took to render). Start it on the FX thread, stop it there when the work is
 * applied. Not thread-safe: FX thread only.
 */
final class PulseGaps extends AnimationTimer {
    private long last = -1;
    private long longest;
    private long pulses;

    @Override public void handle(long now) {
        if (last >= 0) longest = Math.max(longest, now - last);
        last = now;
        pulses++;
    }

    /** Gets the longest gap between two pulses so far, in milliseconds. */
    double longestGapMs() { return longest / 1e6; }

    /** Gets the number of pulses seen. */
    long pulses() { return pulses; }
}
