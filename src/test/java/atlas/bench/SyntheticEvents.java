package atlas.bench;

import atlas.model.Category;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.Source;
import atlas.model.TimedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic events for benchmarks: spread over 1988–2024 and over the region (lat 39.0–40.6, lon 45.6–47.6),
 * every category, a fifth of them lasting 1–60 days, a few with month precision. Seeded, so runs compare.
 */
final class SyntheticEvents {
    private SyntheticEvents() {}

    static List<TimedEvent> generate(int n, long seed) {
        Random r = new Random(seed);
        LocalDate first = LocalDate.of(1988, 1, 1);
        int days = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - first.toEpochDay());
        Category[] cats = Category.values();
        List<Source> src = List.of(new Source("Synthetic benchmark source", null, null));
        List<TimedEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate d = first.plusDays(r.nextInt(days));
            EventDate start = r.nextInt(50) == 0 ? EventDate.month(d.getYear(), d.getMonthValue()) : EventDate.day(d);
            EventDate end = start.precision() == atlas.model.DatePrecision.DAY && r.nextInt(5) == 0
                    ? EventDate.day(d.plusDays(1 + r.nextInt(60))) : null;
            LatLon p = LatLon.of(39.0 + 1.6 * r.nextDouble(), 45.6 + 2.0 * r.nextDouble());
            out.add(new TimedEvent(String.format("syn-%07d", i), start, end, "Synthetic event " + i, "",
                    cats[r.nextInt(cats.length)], null, p, src, List.of()));
        }
        return out;
    }

    /**
     * Gets the window's data for {@code n} synthetic events split round robin into {@code layers} workspace layers
     * (the first without a colour, the others each with one), its combined index computed as the window does.
     */
    static atlas.ui.LoadedData workspace(int n, int layers) {
        List<TimedEvent> all = generate(n, 42);
        List<atlas.model.Workspace.Layer> ls = new ArrayList<>();
        String[] colours = {null, "#2166ac", "#c51b7d", "#1b9e77"};
        for (int k = 0; k < layers; k++) {
            List<TimedEvent> part = new ArrayList<>(n / layers + 1);
            for (int i = k; i < n; i += layers) part.add(all.get(i));
            atlas.model.Dataset d = new atlas.model.Dataset(1, "layer " + k, List.of(), part, List.of());
            ls.add(new atlas.model.Workspace.Layer("layer-" + (k + 1), "layer " + k, colours[k % colours.length], true, null, d));
        }
        return atlas.ui.LoadedData.of(new atlas.model.Workspace(ls));
    }
}
