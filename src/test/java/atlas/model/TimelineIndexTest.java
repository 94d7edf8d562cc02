package atlas.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineIndexTest {
    private static final Set<Category> ALL = EnumSet.allOf(Category.class);
    private static final LatLon HERE = LatLon.of(39.8, 46.75);
    private static final List<Source> SRC = List.of(new Source("Test source", null, null));

    private static TimedEvent event(String id, String start, String end, Category c) {
        return new TimedEvent(id, EventDate.parse(start), end == null ? null : EventDate.parse(end), id, "", c, null,
                HERE, SRC, List.of());
    }

    private static TimedEvent event(String id, String start, String end) { return event(id, start, end, Category.CLASH); }

    private static LocalDate d(String s) { return LocalDate.parse(s); }

    private static List<String> ids(List<TimedEvent> es) { return es.stream().map(TimedEvent::id).toList(); }

    private static final TimelineIndex INDEX = TimelineIndex.of(List.of(
            event("war", "1992-01-01", "1994-05-12", Category.WAR),
            event("clash-b", "2022-08-01", "2022-08-03"),
            event("clash-a", "2022-08-01", null),
            event("statement", "2022-08-04", null, Category.DIPLOMACY),
            event("blockade", "1989-08", null, Category.HUMANITARIAN),
            event("decade", "2000", "2009", Category.POLITICAL)), List.of());

    /** Checks the ids active on a day, in timeline order. */
    private static void checkActive(String day, String... expected) {
        assertEquals(List.of(expected), ids(INDEX.at(d(day))), "active on " + day);
    }

    @Test void single_day_event_is_active_on_its_day_only() {
        checkActive("2022-08-04", "statement");
        checkActive("2022-08-05");
    }

    @Test void event_ending_at_t_is_not_active_at_t() {
        // clash-b covers 1-3 Aug inclusive, so its half-open span ends on 4 Aug
        checkActive("2022-08-03", "clash-b");
        checkActive("2022-08-04", "statement");
    }

    @Test void events_on_the_same_day_are_ordered_by_id() {
        checkActive("2022-08-01", "clash-a", "clash-b");
    }

    @Test void month_precision_covers_the_whole_month() {
        checkActive("1989-07-31");
        checkActive("1989-08-01", "blockade");
        checkActive("1989-08-31", "blockade");
        checkActive("1989-09-01");
    }

    @Test void year_precision_covers_whole_years_at_both_ends() {
        checkActive("1999-12-31");
        checkActive("2000-01-01", "decade");
        checkActive("2009-12-31", "decade");
        checkActive("2010-01-01");
    }

    @Test void long_event_is_found_from_far_inside_it() {
        checkActive("1993-06-15", "war");
        checkActive("1994-05-12", "war");
        checkActive("1994-05-13");
    }

    @Test void between_is_half_open_and_includes_running_events() {
        assertEquals(List.of("war"), ids(INDEX.between(d("1993-01-01"), d("1994-01-01"))));
        assertEquals(List.of("clash-a", "clash-b"), ids(INDEX.between(d("2022-07-01"), d("2022-08-04"))));
        assertEquals(List.of("clash-b", "statement"), ids(INDEX.between(d("2022-08-02"), d("2022-08-05"))));
        assertEquals(List.of(), INDEX.between(d("2022-08-05"), d("2022-08-05")));
    }

    @Test void fast_epoch_day_matches_local_date() {
        for (LocalDate x = LocalDate.of(1, 1, 1); x.getYear() < 10000; x = x.plusDays(97))
            assertEquals(x.toEpochDay(), TimelineIndex.epochDay(x), x::toString);
        for (LocalDate x = LocalDate.of(1896, 1, 1); x.getYear() < 2101; x = x.plusDays(1))
            assertEquals(x.toEpochDay(), TimelineIndex.epochDay(x), x::toString);
        assertEquals(LocalDate.of(-5, 3, 1).toEpochDay(), TimelineIndex.epochDay(LocalDate.of(-5, 3, 1)));
    }

    @Test void far_dates_work_as_open_ends() {
        assertEquals(6, INDEX.between(LocalDate.MIN, LocalDate.MAX).size());
        assertEquals(List.of("blockade", "war"), ids(INDEX.between(LocalDate.MIN, d("1992-01-02"))));
        assertEquals("blockade", INDEX.next(LocalDate.MIN, null, ALL).orElseThrow().id());
        assertEquals("statement", INDEX.previous(LocalDate.MAX, null, ALL).orElseThrow().id());
    }

    @Test void category_filter_applies_and_empty_set_means_none() {
        assertEquals(List.of("statement"), ids(INDEX.between(d("2022-01-01"), d("2023-01-01"), EnumSet.of(Category.DIPLOMACY))));
        assertEquals(List.of(), INDEX.at(d("2022-08-01"), EnumSet.noneOf(Category.class)));
    }

    @Test void stepping_walks_equal_dates_in_order_both_ways() {
        // given: the cursor on 1 Aug 2022 with clash-a selected
        TimedEvent a = INDEX.get(INDEX.indexOf(event("clash-a", "2022-08-01", null)));
        // when / then:
        TimedEvent b = INDEX.next(d("2022-08-01"), a, ALL).orElseThrow();
        assertEquals("clash-b", b.id());
        assertEquals("statement", INDEX.next(d("2022-08-01"), b, ALL).orElseThrow().id());
        assertEquals("clash-a", INDEX.previous(d("2022-08-01"), b, ALL).orElseThrow().id());
        assertEquals("decade", INDEX.previous(d("2022-08-01"), a, ALL).orElseThrow().id());
        assertEquals("clash-a", INDEX.next(d("2022-07-31"), null, ALL).orElseThrow().id());
        assertEquals("statement", INDEX.previous(d("2022-08-05"), null, ALL).orElseThrow().id());
    }

    @Test void stepping_stops_at_the_ends_and_respects_categories() {
        assertEquals(Optional.empty(), INDEX.next(d("2022-08-04"), null, ALL));
        assertEquals(Optional.empty(), INDEX.previous(d("1989-08-01"), null, ALL));
        assertEquals("war", INDEX.next(d("1989-08-01"), null, EnumSet.of(Category.WAR)).orElseThrow().id());
        assertEquals("blockade", INDEX.previous(d("2022-08-01"), null, EnumSet.of(Category.HUMANITARIAN)).orElseThrow().id());
    }

    @Test void first_and_last_day_cover_all_events() {
        assertEquals(d("1989-08-01"), INDEX.firstDay().orElseThrow());
        assertEquals(d("2022-08-04"), INDEX.lastDay().orElseThrow());
        assertEquals(Optional.empty(), TimelineIndex.of(List.of(), List.of()).lastDay());
    }

    @Test void histogram_counts_by_start_month() {
        int[][] h = INDEX.histogram(d("2022-07-15"), d("2022-09-01"), Bucket.MONTH);
        assertEquals(2, h[0].length);
        assertEquals(2, h[Category.CLASH.ordinal()][1]);
        assertEquals(1, h[Category.DIPLOMACY.ordinal()][1]);
        assertEquals(0, h[Category.CLASH.ordinal()][0]);
    }

    @Test void index_of_finds_each_event_and_rejects_strangers() {
        for (int i = 0; i < INDEX.size(); i++) assertEquals(i, INDEX.indexOf(INDEX.get(i)));
        assertEquals(-1, INDEX.indexOf(event("nobody", "2022-08-01", null)));
    }

    // Property-style: the index agrees with a naive scan on random data, including long events and filters.

    private static List<TimedEvent> random(long seed, int n) {
        Random r = new Random(seed);
        List<TimedEvent> out = new ArrayList<>();
        LocalDate base = d("1988-01-01");
        for (int i = 0; i < n; i++) {
            LocalDate s = base.plusDays(r.nextInt(2000));
            int kind = r.nextInt(20);
            EventDate start;
            EventDate end = null;
            if (kind == 0) { start = EventDate.month(s.getYear(), s.getMonthValue()); }
            else if (kind == 1) { start = EventDate.year(s.getYear()); end = EventDate.year(s.getYear() + r.nextInt(4)); }
            else {
                start = EventDate.day(s);
                int len = kind < 12 ? 0 : kind < 18 ? r.nextInt(10) : r.nextInt(900);
                if (len > 0 || r.nextBoolean()) end = EventDate.day(s.plusDays(len));
            }
            Category c = Category.values()[r.nextInt(Category.values().length)];
            out.add(new TimedEvent("e" + r.nextInt(n * 4) + "-" + i, start, end, "t", "", c, null, HERE, SRC, List.of()));
        }
        return out;
    }

    private static List<TimedEvent> naiveSorted(List<TimedEvent> es) {
        List<TimedEvent> s = new ArrayList<>(es);
        s.sort(TimelineIndex.ORDER);
        return s;
    }

    @Test void queries_agree_with_a_naive_scan_on_random_data() {
        for (long seed = 1; seed <= 5; seed++) {
            List<TimedEvent> es = random(seed, 1500);
            TimelineIndex idx = TimelineIndex.of(es, List.of());
            List<TimedEvent> sorted = naiveSorted(es);
            assertEquals(sorted, idx.events());
            Random r = new Random(seed * 31);
            for (int q = 0; q < 300; q++) {
                LocalDate t = d("1987-06-01").plusDays(r.nextInt(3200));
                LocalDate u = t.plusDays(1 + r.nextInt(q % 3 == 0 ? 400 : 20));
                Set<Category> cats = EnumSet.noneOf(Category.class);
                if (q % 4 == 0) cats = ALL;
                else for (Category c : Category.values()) if (r.nextInt(3) == 0) cats.add(c);
                Set<Category> fc = cats;
                assertEquals(sorted.stream().filter(e -> fc.contains(e.category()) && e.span().contains(t)).toList(),
                        idx.at(t, cats), "at " + t + " " + cats);
                TimeSpan w = TimeSpan.of(t, u);
                assertEquals(sorted.stream().filter(e -> fc.contains(e.category()) && e.span().overlaps(w)).toList(),
                        idx.between(t, u, cats), "between " + w + " " + cats);
                assertEquals(sorted.stream().filter(e -> fc.contains(e.category()) && !e.start().firstDay().isBefore(t)
                        && e.start().firstDay().isBefore(u)).toList(), idx.startingBetween(t, u, cats));
                TimedEvent current = q % 2 == 0 ? null : sorted.get(r.nextInt(sorted.size()));
                LocalDate cursor = current == null ? t : current.start().firstDay();
                assertEquals(naiveNext(sorted, cursor, current, cats), idx.next(cursor, current, cats), "next " + cursor);
                assertEquals(naivePrevious(sorted, cursor, current, cats), idx.previous(cursor, current, cats), "previous " + cursor);
            }
            for (Bucket b : Bucket.values()) {
                LocalDate from = d("1988-03-17");
                LocalDate until = b == Bucket.DAY ? d("1989-01-01") : d("1993-06-02");
                assertArrayEquals(naiveHistogram(sorted, from, until, b), idx.histogram(from, until, b), b.name());
            }
        }
    }

    private static Optional<TimedEvent> naiveNext(List<TimedEvent> sorted, LocalDate t, TimedEvent current, Set<Category> cats) {
        for (TimedEvent e : sorted) {
            if (!cats.contains(e.category())) continue;
            LocalDate s = e.start().firstDay();
            boolean after = current != null && s.equals(t) && current.start().firstDay().equals(t)
                    ? TimelineIndex.ORDER.compare(e, current) > 0 : s.isAfter(t);
            if (after) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static Optional<TimedEvent> naivePrevious(List<TimedEvent> sorted, LocalDate t, TimedEvent current, Set<Category> cats) {
        List<TimedEvent> rev = new ArrayList<>(sorted);
        Collections.reverse(rev);
        for (TimedEvent e : rev) {
            if (!cats.contains(e.category())) continue;
            LocalDate s = e.start().firstDay();
            boolean before = current != null && s.equals(t) && current.start().firstDay().equals(t)
                    ? TimelineIndex.ORDER.compare(e, current) < 0 : s.isBefore(t);
            if (before) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static int[][] naiveHistogram(List<TimedEvent> sorted, LocalDate from, LocalDate until, Bucket bucket) {
        int n = bucket.count(from, until);
        int[][] out = new int[Category.values().length][n];
        LocalDate first = bucket.floor(from);
        for (TimedEvent e : sorted) {
            LocalDate s = e.start().firstDay();
            if (s.isBefore(first) || !s.isBefore(until)) continue;
            int b = 0;
            for (LocalDate x = bucket.next(first); !x.isAfter(s); x = bucket.next(x)) b++;
            if (b < n) out[e.category().ordinal()][b]++;
        }
        return out;
    }


    @Test void positions_are_the_events_of_between_without_a_list() {
        for (long seed = 11; seed <= 13; seed++) {
            TimelineIndex idx = TimelineIndex.of(random(seed, 2000), List.of());
            Random r = new Random(seed);
            for (int q = 0; q < 200; q++) {
                LocalDate t = d("1987-06-01").plusDays(r.nextInt(3200));
                LocalDate u = t.plusDays(1 + r.nextInt(q % 2 == 0 ? 400 : 30));
                Set<Category> cats = q % 3 == 0 ? ALL : EnumSet.of(Category.values()[r.nextInt(10)], Category.values()[r.nextInt(10)]);
                TimelineIndex.Positions p = idx.positions(t, u, cats);
                List<TimedEvent> expected = idx.between(t, u, cats);
                assertEquals(expected.size(), p.size());
                for (int i = 0; i < p.size(); i++) {
                    int pos = p.position(i);
                    assertEquals(expected.get(i), idx.get(pos));
                    assertEquals(i, p.indexOf(pos), "indexOf is the inverse of position");
                    assertEquals(expected.get(i).category(), idx.category(pos));
                    // age: days from the event's last day to the window's last day, 0 when it runs that far
                    long last = expected.get(i).span().until().toEpochDay() - 1;
                    assertEquals(Math.max(0, u.toEpochDay() - 1 - last), p.ageDays(i));
                    if (i > 0) assertTrue(p.position(i - 1) < pos, "ascending");
                }
                assertEquals(-1, p.indexOf(-5));
                List<Integer> visited = new ArrayList<>();
                p.forEach((pos, age) -> { visited.add(pos); assertEquals(p.ageDays(visited.size() - 1), age); });
                assertEquals(p.size(), visited.size(), "forEach visits every position once, in order");
                for (int i = 0; i < visited.size(); i++) assertEquals(p.position(i), visited.get(i));
            }
        }
    }

    @Test void positions_of_the_whole_timeline_filter_by_category() {
        TimelineIndex idx = TimelineIndex.of(random(21, 3000), List.of());
        Set<Category> some = EnumSet.of(Category.WAR, Category.CLASH, Category.POLITICAL);
        assertEquals(idx.events().stream().filter(e -> some.contains(e.category())).toList(), idx.positions(some).events());
        assertEquals(idx.events(), idx.positions(ALL).events());
        assertEquals(0, idx.positions(EnumSet.noneOf(Category.class)).size());
    }

    @Test void histogram_over_centuries_counts_by_search_and_agrees_with_a_scan() {
        // a 1700 event makes the days too many for the prefix table: counting falls back to binary searches
        List<TimedEvent> es = new ArrayList<>(random(5, 800));
        es.add(event("old", "1700", null, Category.POLITICAL));
        TimelineIndex idx = TimelineIndex.of(es, List.of());
        List<TimedEvent> sorted = naiveSorted(es);
        for (Bucket b : Bucket.values()) {
            LocalDate from = d("1988-03-17");
            LocalDate until = b == Bucket.DAY ? d("1989-01-01") : d("1993-06-02");
            assertArrayEquals(naiveHistogram(sorted, from, until, b), idx.histogram(from, until, b), b.name());
        }
        assertEquals(1, idx.histogram(d("1700-01-01"), d("1701-01-01"), Bucket.YEAR)[Category.POLITICAL.ordinal()][0]);
    }

    // Several layers in one timeline (a workspace): ids may repeat across layers.

    private static final List<TimedEvent> LAYER_A = List.of(event("same", "2022-08-01", null), event("a-only", "2022-08-03", null));
    private static final List<TimedEvent> LAYER_B = List.of(event("same", "2022-08-01", null, Category.DIPLOMACY),
            event("b-only", "2022-08-02", null));
    private static final TimelineIndex LAYERS = TimelineIndex.ofLayers(List.of(LAYER_A, LAYER_B), List.of());

    @Test void layers_merge_into_one_timeline_and_ties_keep_the_layer_order() {
        assertEquals(List.of(LAYER_A.get(0), LAYER_B.get(0), LAYER_B.get(1), LAYER_A.get(1)), LAYERS.events());
        assertEquals(List.of(0, 1, 1, 0), List.of(LAYERS.layerOf(0), LAYERS.layerOf(1), LAYERS.layerOf(2), LAYERS.layerOf(3)));
        assertEquals(2, LAYERS.layerCount());
    }

    @Test void an_id_in_two_layers_names_two_events_found_apart() {
        assertEquals(0, LAYERS.indexOf(LAYER_A.get(0)));
        assertEquals(1, LAYERS.indexOf(LAYER_B.get(0)));
        assertEquals(0, LAYERS.positionOf("same"), "by id: the first layer's");
        assertEquals(2, LAYERS.positionOf("b-only"));
        assertEquals(-1, LAYERS.positionOf("nobody"));
        assertEquals(Optional.of(LAYER_A.get(1)), LAYERS.find("a-only"));
    }

    @Test void stepping_visits_both_events_of_a_repeated_id() {
        TimedEvent first = LAYERS.next(d("2022-07-31"), null, ALL).orElseThrow();
        TimedEvent second = LAYERS.next(d("2022-08-01"), first, ALL).orElseThrow();
        assertEquals(LAYER_B.get(0), second, "the other layer's event of the same id comes next");
        assertEquals(first, LAYERS.previous(d("2022-08-01"), second, ALL).orElseThrow());
        assertEquals(LAYER_B.get(1), LAYERS.next(d("2022-08-01"), second, ALL).orElseThrow());
    }

    @Test void one_file_imported_twice_gives_two_events_that_selection_and_stepping_tell_apart() {
        // given: two layers of equal records (the same file read twice: equal, not the same instances)
        List<TimedEvent> once = List.of(event("same", "2022-08-01", null), event("later", "2022-08-05", null));
        List<TimedEvent> twice = List.of(event("same", "2022-08-01", null), event("later", "2022-08-05", null));
        TimelineIndex idx = TimelineIndex.ofLayers(List.of(once, twice), List.of());
        // then: each instance is found at its own position
        assertEquals(0, idx.indexOf(once.get(0)));
        assertEquals(1, idx.indexOf(twice.get(0)));
        assertEquals(1, idx.layerOf(idx.indexOf(twice.get(0))));
        // and stepping from the second layer's event goes on, never back to the first's
        TimedEvent first = idx.next(d("2022-07-31"), null, ALL).orElseThrow();
        TimedEvent second = idx.next(d("2022-08-01"), first, ALL).orElseThrow();
        assertTrue(second == twice.get(0), "the second layer's copy comes second");
        TimedEvent third = idx.next(d("2022-08-01"), second, ALL).orElseThrow();
        assertTrue(third == once.get(1), "then the next day's event, not the same record again");
        assertTrue(idx.previous(d("2022-08-01"), second, ALL).orElseThrow() == once.get(0));
    }

    @Test void lookup_by_id_agrees_with_a_scan_on_random_data() {
        List<TimedEvent> es = random(31, 5000);
        TimelineIndex idx = TimelineIndex.of(es, List.of());
        for (TimedEvent e : es) assertEquals(e, idx.find(e.id()).orElseThrow());
    }

    @Test void index_stores_few_bytes_per_event() {
        TimelineIndex idx = TimelineIndex.of(random(7, 20000), List.of());
        assertTrue(idx.indexBytes() / 20000.0 < 60, () -> "bytes per event " + idx.indexBytes() / 20000.0);
        assertEquals(Arrays.asList(idx.events().toArray()), idx.events());
    }
}
