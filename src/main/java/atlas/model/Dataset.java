package atlas.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One dataset: its format version, title, places, events and timed features, immutable.
 * Ids are unique within each list (the reader checks this; the constructor enforces it).
 */
public record Dataset(int version, String title, List<Place> places, List<TimedEvent> events, List<TimedFeature> features) {
    public static final int FORMAT_VERSION = 1;

    public Dataset {
        Objects.requireNonNull(title, "title");
        places = List.copyOf(places);
        events = List.copyOf(events);
        features = List.copyOf(features);
        requireUnique(places.stream().map(Place::id).toList(), "place");
        requireUnique(events.stream().map(TimedEvent::id).toList(), "event");
        requireUnique(features.stream().map(TimedFeature::id).toList(), "feature");
    }

    public static Dataset empty() { return new Dataset(FORMAT_VERSION, "Empty", List.of(), List.of(), List.of()); }

    private static void requireUnique(List<String> ids, String what) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (String id : ids) if (seen.put(id, Boolean.TRUE) != null)
            throw new IllegalArgumentException("duplicate " + what + " id '" + id + "'");
    }

    /** Gets the place with this id. Linear scan: callers that look up often build their own map. */
    public Optional<Place> place(String id) {
        if (id == null) return Optional.empty();
        return places.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<TimedEvent> event(String id) { return events.stream().filter(e -> e.id().equals(id)).findFirst(); }

    public Dataset withEvents(List<TimedEvent> newEvents) { return new Dataset(version, title, places, newEvents, features); }
    public Dataset withFeatures(List<TimedFeature> newFeatures) { return new Dataset(version, title, places, events, newFeatures); }
}
