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
    private long longestEnd;

    @Override public void handle(long now) {
        if (last >= 0 && now - last > longest) {
            longest = now - last;
            longestEnd = now;
        }
        last = now;
        pulses++;
    }

    /** Gets the longest gap between two pulses so far, in milliseconds. */
    double longestGapMs() { return longest / 1e6; }

    /** Gets when the longest gap ended, in {@link System#nanoTime()} units (0 when there was none). */
    long longestGapEnd() { return longestEnd; }

    /** Gets the number of pulses seen. */
    long pulses() { return pulses; }
}
