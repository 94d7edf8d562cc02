package atlas.ui;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an animation of the timeline shows: the days from {@code from} to {@code to} (both included) one
 * {@link Step} apart, {@code fps} frames a second, each frame the map of {@code map} (view, size, data) at its day
 * with the day stamped on it. Immutable.
 */
public record MapAnimation(LocalDate from, LocalDate to, Step step, int fps, MapSnapshot.Request map) {
    /** The most frames one animation may have (about 8 minutes at 10 frames a second). */
    public static final int MAX_FRAMES = 5000;
    /** The frame rates a GIF can show: its delays are whole hundredths of a second. */
    public static final int MIN_FPS = 1, MAX_FPS = 50;

    /** The time between two frames. */
    public enum Step {
        DAY("1d", Period.ofDays(1)), WEEK("1w", Period.ofWeeks(1)),
        MONTH("1m", Period.ofMonths(1)), YEAR("1y", Period.ofYears(1));

        private final String key;
        private final Period period;

        Step(String key, Period period) {
            this.key = key;
            this.period = period;
        }

        /** Gets the command-line spelling: 1d, 1w, 1m or 1y. */
        public String key() { return key; }

        /** Gets the step in the interface's language ("1 month", "1 месяц"). */
        public String label() { return atlas.i18n.Texts.get("animation.step." + name().toLowerCase(java.util.Locale.ROOT)); }

        /** Gets the step spelled {@code key} (1d, 1w, 1m, 1y; case ignored); throws IllegalArgumentException otherwise. */
        public static Step of(String key) {
            for (Step s : values()) if (s.key.equalsIgnoreCase(key.strip())) return s;
            throw new IllegalArgumentException(atlas.i18n.Texts.format("animation.error.step", key));
        }

        /** Gets the {@code n}-th day after {@code start} (a month after 31 Jan is the last day of February). */
        LocalDate nth(LocalDate start, int n) { return start.plus(period.multipliedBy(n)); }
    }

    public MapAnimation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(map, "map");
        if (to.isBefore(from)) throw new IllegalArgumentException(atlas.i18n.Texts.format("animation.error.order", to, from));
        if (fps < MIN_FPS || fps > MAX_FPS)
            throw new IllegalArgumentException(atlas.i18n.Texts.format("animation.error.fps", MIN_FPS, MAX_FPS, fps));
        long n = frameCount(from, to, step);
        if (n > MAX_FRAMES)
            throw new IllegalArgumentException(atlas.i18n.Texts.format("animation.error.too-many", atlas.i18n.Texts.number(n), from, to,
                    step.label(), atlas.i18n.Texts.number(MAX_FRAMES)));
    }

    /** Gets the day of every frame: {@code from}, then one step apart, and {@code to} last even when a step skips it. */
    public List<LocalDate> days() {
        List<LocalDate> out = new ArrayList<>();
        for (int k = 0; ; k++) {
            LocalDate d = step.nth(from, k);
            if (d.isAfter(to)) break;
            out.add(d);
        }
        if (!out.get(out.size() - 1).equals(to)) out.add(to);
        return out;
    }

    /** Gets the number of frames. */
    public int frames() { return (int) frameCount(from, to, step); }

    /** Gets each frame's delay in hundredths of a second (a GIF's unit), at least 1. */
    public int delayCentis() { return Math.max(1, Math.round(100f / fps)); }

    private static long frameCount(LocalDate from, LocalDate to, Step step) {
        long days = to.toEpochDay() - from.toEpochDay();
        // an estimate first: a million daily frames must not be listed to be refused
        long approx = switch (step) {
            case DAY -> days;
            case WEEK -> days / 7;
            case MONTH -> days / 28;
            case YEAR -> days / 365;
        };
        if (approx > MAX_FRAMES + 2) return approx;
        long n = 0;
        LocalDate last = from;
        for (int k = 0; ; k++) {
            LocalDate d = step.nth(from, k);
            if (d.isAfter(to)) break;
            last = d;
            n++;
        }
        return last.equals(to) ? n : n + 1;
    }
}
