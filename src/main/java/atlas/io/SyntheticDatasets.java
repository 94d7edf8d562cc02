package atlas.io;

import atlas.model.Category;
import atlas.model.CoordinateStatus;
import atlas.model.Dataset;
import atlas.model.DatePrecision;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.Place;
import atlas.model.PlaceNames;
import atlas.model.Source;
import atlas.model.TimedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates synthetic datasets for scale tests and benchmarks (never shipped or shown as facts): events spread
 * over 1988–2024 in the region's bounding box, titled "Synthetic event", with one synthetic source.
 *
 * <p>Durations mimic the real data: 85% single days, 10% up to two weeks, 4% up to a year, 1% up to ten years;
 * 3% have month and 1% year precision. Four events in five sit at one of 200 synthetic places and share its
 * point. Dates, points, titles and the source list are shared objects, as a reader that interns them would
 * produce. The same {@code seed} gives the same dataset.
 */
public final class SyntheticDatasets {
    private static final LocalDate FIRST = LocalDate.of(1988, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 12, 31);
    private static final int DAYS = (int) (LAST.toEpochDay() + 1 - FIRST.toEpochDay());
    private static final int PLACES = 200;

    private SyntheticDatasets() {}

    /** Generates a dataset of {@code events} events (and 200 places) from {@code seed}. */
    public static Dataset generate(int events, long seed) {
        if (events < 0) throw new IllegalArgumentException("negative event count");
        SplittableRandom r = new SplittableRandom(seed);
        List<Source> sources = List.of(new Source("Synthetic data for scale tests", null, "Corridor Atlas"));
        List<Place> places = new ArrayList<>(PLACES);
        for (int i = 0; i < PLACES; i++) {
            LatLon p = LatLon.of(round(38.8 + r.nextDouble() * 2.0), round(45.5 + r.nextDouble() * 2.5));
            places.add(new Place("syn-place-" + i, PlaceNames.single("Synthetic place " + i), "synthetic", p,
                    CoordinateStatus.SOURCED, 0, sources, ""));
        }
        Category[] cats = Category.values();
        String[] titles = new String[cats.length];
        for (Category c : cats) titles[c.ordinal()] = "Synthetic event (" + atlas.i18n.Texts.get(atlas.i18n.Language.EN, "category." + c.key()) + ")";
        Map<Long, EventDate> dates = new HashMap<>();
        List<TimedEvent> out = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            LocalDate s = FIRST.plusDays(r.nextInt(DAYS));
            int kind = r.nextInt(100);
            EventDate start;
            EventDate end = null;
            if (kind < 3) {
                start = date(dates, s.withDayOfMonth(1), DatePrecision.MONTH);
            } else if (kind < 4) {
                start = date(dates, s.withDayOfYear(1), DatePrecision.YEAR);
            } else {
                start = date(dates, s, DatePrecision.DAY);
                int roll = r.nextInt(100);
                int days = roll < 85 ? 0 : roll < 95 ? 1 + r.nextInt(14) : roll < 99 ? 1 + r.nextInt(365) : 1 + r.nextInt(3650);
                LocalDate last = s.plusDays(days);
                if (last.isAfter(LAST)) last = LAST;
                if (last.isAfter(s)) end = date(dates, last, DatePrecision.DAY);
            }
            Category c = cats[r.nextInt(cats.length)];
            String placeId = null;
            LatLon point;
            if (r.nextInt(5) < 4) {
                Place p = places.get(r.nextInt(PLACES));
                placeId = p.id();
                point = p.point();
            } else {
                point = LatLon.of(round(38.8 + r.nextDouble() * 2.0), round(45.5 + r.nextDouble() * 2.5));
            }
            out.add(new TimedEvent("syn-" + i, start, end, titles[c.ordinal()], "", c, placeId, point, sources, List.of()));
        }
        return new Dataset(Dataset.FORMAT_VERSION, "Synthetic dataset (" + events + " events, seed " + seed + ")",
                places, out, List.of());
    }

    private static double round(double deg) { return Math.round(deg * 1e5) / 1e5; }

    private static EventDate date(Map<Long, EventDate> cache, LocalDate d, DatePrecision p) {
        return cache.computeIfAbsent(d.toEpochDay() * 4 + p.ordinal(), k -> new EventDate(d, p, null));
    }
}
