package atlas.model;

import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One dataset: its format version, title, places, events, timed features and untimed reference features (shown at
 * every date), immutable. Ids are unique within each list (the reader checks this; the constructor enforces it).
 */
public record Dataset(int version, String title, List<Place> places, List<TimedEvent> events, List<TimedFeature> features,
                      List<ReferenceFeature> references) {
    public static final int FORMAT_VERSION = 1;

    public Dataset {
        Objects.requireNonNull(title, "title");
        places = List.copyOf(places);
        events = List.copyOf(events);
        features = List.copyOf(features);
        references = references == null ? List.of() : List.copyOf(references);
        requireUnique(places.stream().map(Place::id).toList(), "place");
        requireUnique(events.stream().map(TimedEvent::id).toList(), "event");
        requireUnique(features.stream().map(TimedFeature::id).toList(), "feature");
        requireUnique(references.stream().map(ReferenceFeature::id).toList(), "reference feature");
    }

    /** Creates a dataset without reference features. */
    public Dataset(int version, String title, List<Place> places, List<TimedEvent> events, List<TimedFeature> features) {
        this(version, title, places, events, features, List.of());
    }

    public static Dataset empty() { return new Dataset(FORMAT_VERSION, "Empty", List.of(), List.of(), List.of()); }

    private static void requireUnique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>(Math.max(16, ids.size() * 4 / 3 + 1));
        for (String id : ids) if (!seen.add(id))
            throw new IllegalArgumentException("duplicate " + what + " id '" + id + "'");
    }

    /** Gets the place with this id. Linear scan: callers that look up often build their own map. */
    public Optional<Place> place(String id) {
        if (id == null) return Optional.empty();
        return places.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<TimedEvent> event(String id) { return events.stream().filter(e -> e.id().equals(id)).findFirst(); }

    public Dataset withEvents(List<TimedEvent> newEvents) { return new Dataset(version, title, places, newEvents, features, references); }
    public Dataset withFeatures(List<TimedFeature> newFeatures) { return new Dataset(version, title, places, events, newFeatures, references); }
    public Dataset withReferences(List<ReferenceFeature> r) { return new Dataset(version, title, places, events, features, r); }
    public Dataset withTitle(String t) { return new Dataset(version, t, places, events, features, references); }
}
