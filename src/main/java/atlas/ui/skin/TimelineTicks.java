package atlas.ui.skin;

import atlas.i18n.Texts;
import atlas.model.Bucket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks and labels of the timeline axis and the histogram's bucket width, chosen from the visible span and the
 * bar's width so that labels never crowd: years, then months, then days as the bar zooms in. Labels are in the
 * interface's language ({@link Texts}). Pure functions.
 */
final class TimelineTicks {
    private TimelineTicks() {}

    /** One tick: its day, whether it is labelled (major) and its label ("" for minor ticks). */
    record Tick(LocalDate date, boolean major, String label) {}


    /** Steps, finest first: unit (d = days within a month, m = months, y = years), size, and the px a label needs. */
    private record Step(char unit, int size, double approxDays, double labelPx) {}

    private static final Step[] STEPS = {
            new Step('d', 1, 1, 26), new Step('d', 2, 2, 26), new Step('d', 5, 5, 30), new Step('d', 10, 10, 34),
            new Step('m', 1, 30.44, 38), new Step('m', 3, 91.3, 44), new Step('m', 6, 182.6, 44),
            new Step('y', 1, 365.25, 40), new Step('y', 2, 730.5, 40), new Step('y', 5, 1826, 40),
            new Step('y', 10, 3652, 40), new Step('y', 20, 7305, 40), new Step('y', 50, 18262, 40)};

    /** Computes the bucket for a histogram of {@code days} days over {@code widthPx}: the finest at least 3 px wide. */
    static Bucket bucketFor(long days, double widthPx) {
        double pxPerDay = widthPx / Math.max(1, days);
        if (pxPerDay >= 3) return Bucket.DAY;
        if (pxPerDay * 7 >= 3) return Bucket.WEEK;
        if (pxPerDay * 30.44 >= 3) return Bucket.MONTH;
        return Bucket.YEAR;
    }

    /** Computes the ticks over {@code [from, until)} drawn {@code widthPx} wide: labelled major ticks and minor ones. */
    static List<Tick> ticks(LocalDate from, LocalDate until, double widthPx) {
        long days = Math.max(1, until.toEpochDay() - from.toEpochDay());
        double pxPerDay = widthPx / days;
        int major = STEPS.length - 1;
        for (int i = 0; i < STEPS.length; i++) {
            if (STEPS[i].approxDays * pxPerDay >= STEPS[i].labelPx) { major = i; break; }
        }
        int minor = -1;
        for (int i = major - 1; i >= 0; i--) {
            if (STEPS[i].approxDays * pxPerDay >= 6 && divides(STEPS[i], STEPS[major])) { minor = i; break; }
        }
        List<Tick> out = new ArrayList<>();
        if (minor >= 0) for (LocalDate d : dates(STEPS[minor], from, until)) out.add(new Tick(d, false, ""));
        Step m = STEPS[major];
        for (LocalDate d : dates(m, from, until)) {
            out.removeIf(t -> !t.major() && t.date().equals(d));
            out.add(new Tick(d, true, label(m, d)));
        }
        out.sort((a, b) -> a.date().compareTo(b.date()));
        // the first labelled tick carries the context the others leave out: "13 Aug 2022", "Jun 2020"
        for (int i = 0; i < out.size(); i++) {
            Tick t = out.get(i);
            if (!t.major()) continue;
            if (m.unit == 'd') out.set(i, new Tick(t.date(), true, Texts.date(t.date())));
            else if (m.unit == 'm' && t.date().getMonthValue() != 1) out.set(i, new Tick(t.date(), true, Texts.monthYear(t.date())));
            break;
        }
        return out;
    }

    private static boolean divides(Step small, Step big) {
        if (small.unit == big.unit) return big.size % small.size == 0;
        return small.unit == 'm' && big.unit == 'y' || small.unit == 'd' && small.size == 1;
    }

    private static List<LocalDate> dates(Step s, LocalDate from, LocalDate until) {
        List<LocalDate> out = new ArrayList<>();
        switch (s.unit) {
            case 'y' -> {
                int y = from.getYear();
                y = Math.floorDiv(y + s.size - 1, s.size) * s.size;
                if (LocalDate.of(y, 1, 1).isBefore(from)) y += s.size;
                for (LocalDate d = LocalDate.of(y, 1, 1); d.isBefore(until); d = d.plusYears(s.size)) out.add(d);
            }
            case 'm' -> {
                LocalDate d = from.withDayOfMonth(1);
                if (d.isBefore(from)) d = d.plusMonths(1);
                while ((d.getMonthValue() - 1) % s.size != 0) d = d.plusMonths(1);
                for (; d.isBefore(until); d = d.plusMonths(s.size)) out.add(d);
            }
            default -> {
                // days 1, 1+size, 1+2*size … within each month, restarting at the 1st (no "31" next to "1")
                for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
                    int dom = d.getDayOfMonth();
                    if ((dom - 1) % s.size == 0 && (s.size == 1 || dom + s.size / 2 <= d.lengthOfMonth() || dom == 1)) out.add(d);
                }
            }
        }
        return out;
    }

    private static String label(Step s, LocalDate d) {
        return switch (s.unit) {
            case 'y' -> Integer.toString(d.getYear());
            case 'm' -> d.getMonthValue() == 1 ? Integer.toString(d.getYear()) : Texts.month(d);
            default -> d.getDayOfMonth() == 1 ? (d.getMonthValue() == 1 ? Texts.monthYear(d) : Texts.month(d))
                    : Integer.toString(d.getDayOfMonth());
        };
    }
}
