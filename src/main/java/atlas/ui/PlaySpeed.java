package atlas.ui;

/** How fast playback moves the timeline's date: days of the timeline per second of real time. */
public enum PlaySpeed {
    DAY("1 day / s", 1), WEEK("1 week / s", 7), MONTH("1 month / s", 30.4375), YEAR("1 year / s", 365.25);

    private final String label;
    private final double daysPerSecond;

    PlaySpeed(String label, double daysPerSecond) {
        this.label = label;
        this.daysPerSecond = daysPerSecond;
    }

    public String label() { return label; }

    /** Gets the timeline days covered per second of playback. */
    public double daysPerSecond() { return daysPerSecond; }

    @Override public String toString() { return label; }
}
