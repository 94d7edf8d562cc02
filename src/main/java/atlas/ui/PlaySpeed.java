package atlas.ui;

import atlas.i18n.Texts;
import java.util.Locale;

/** How fast playback moves the timeline's date: days of the timeline per second of real time. */
public enum PlaySpeed {
    DAY(1), WEEK(7), MONTH(30.4375), YEAR(365.25);

    private final double daysPerSecond;

    PlaySpeed(double daysPerSecond) { this.daysPerSecond = daysPerSecond; }

    /** Gets the speed in the interface's language: "1 week / s". */
    public String label() { return Texts.get("speed." + name().toLowerCase(Locale.ROOT)); }

    /** Gets the timeline days covered per second of playback. */
    public double daysPerSecond() { return daysPerSecond; }

    @Override public String toString() { return label(); }
}
