package atlas.io;

import atlas.model.Dataset;
import atlas.model.Place;
import atlas.model.ReferenceFeature;
import atlas.model.Story;
import atlas.model.TimedEvent;
import atlas.model.TimedFeature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The standard {@link RecordSink}: keeps the records (or, for validation, only counts the events; for a streaming
 * conversion, counts them and passes every record on to a writer as it is read) and the first
 * {@link #MAX_KEPT} problems, counting the rest. It stops a reading that is going nowhere: once more than
 * {@link #MAX_KEPT} problems were found and more records were skipped than kept, it throws
 * {@link ReadException.Stop}, so a file of millions of bad records is refused in seconds, never with an
 * out-of-memory error. Not thread-safe: one per reading.
 */
public final class ImportCollector implements RecordSink {
    /** The most problems kept in the list; the others are only counted. */
    public static final int MAX_KEPT = 1000;

    private final String file;
    private final boolean keep;
    private String title;
    private final List<Place> places = new ArrayList<>();
    private final List<TimedEvent> events = new ArrayList<>();
    private final List<TimedFeature> features = new ArrayList<>();
    private final List<ReferenceFeature> references = new ArrayList<>();
    private final Set<String> placeIds = new HashSet<>();
    private final Set<String> featureIds = new HashSet<>();
    /** Event ids seen, as hashes (IdLines): a million events are checked in some 30 MB, none kept. */
    private final IdLines eventIds = new IdLines();
    /** Where records go as they are read (a streaming conversion's writer), or null. */
    private final RecordSink forward;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> fileProblems = new ArrayList<>();
    private Story story;
    private int problemCount;
    private int skipped;
    private int eventCount;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private int withoutLocation;

    /**
     * Creates a collector for {@code file}; with {@code keep} false the events are only counted (validation keeps
     * memory flat), the other records are kept.
     */
    public ImportCollector(String file, boolean keep) {
        this.file = file;
        this.keep = keep;
        this.forward = null;
    }

    /**
     * Creates a collector for {@code file} that passes every valid record on to {@code forward} as it is read (the
     * events with their provenance, duplicates refused first) and keeps only the events' count, dates and ids: a
     * conversion writes a million rows in the memory of one.
     */
    public ImportCollector(String file, RecordSink forward) {
        this.file = file;
        this.keep = false;
        this.forward = java.util.Objects.requireNonNull(forward);
    }

    @Override public void title(String t) { title = t; }

    @Override public void place(Place p) {
        if (placeIds.add(p.id())) {
            places.add(p);
            if (forward != null) forward.place(p);
        } else duplicate("place", p.id());
    }

    /**
     * Sets the sources given to events that cite none (the imported file itself), so that every event names where
     * it comes from and can be written to the atlas format, which requires a source.
     */
    public void provenance(java.util.List<atlas.model.Source> sources) { provenance = List.copyOf(sources); }

    private List<atlas.model.Source> provenance = List.of();

    @Override public void event(TimedEvent e) {
        if (eventIds.putIfAbsent(e.id(), 0) != null) { duplicate("event", e.id()); return; }
        if (e.sources().isEmpty() && !provenance.isEmpty())
            e = new TimedEvent(e.id(), e.start(), e.end(), e.title(), e.summary(), e.category(), e.placeId(), e.point(),
                    provenance, e.accounts(), e.location(), e.geometry(), e.track(), e.attributes());
        eventCount++;
        if (e.point() == null) withoutLocation++;
        LocalDate a = e.span().from(), b = e.span().until().minusDays(1);
        if (firstDay == null || a.isBefore(firstDay)) firstDay = a;
        if (lastDay == null || b.isAfter(lastDay)) lastDay = b;
        if (keep) events.add(e);
        if (forward != null) forward.event(e);
    }

    @Override public void feature(TimedFeature f) {
        if (featureIds.add(f.id())) {
            features.add(f);
            if (forward != null) forward.feature(f);
        } else duplicate("feature", f.id());
    }

    @Override public void reference(ReferenceFeature f) {
        if (featureIds.add(f.id())) {
            references.add(f);
            if (forward != null) forward.reference(f);
        } else duplicate("feature", f.id());
    }

    @Override public void story(Story s) { story = s; }

    @Override public void problem(Problem p) {
        problemCount++;
        if (problems.size() < MAX_KEPT) problems.add(p);
        else if (skipped + 1 > eventCount + places.size() + features.size() + references.size())
            throw new ReadException.Stop(new Problem(file, p.line(), p.column(), "", "too many problems: stopped after "
                    + problemCount + " problems with more bad records than good ones (is this the right kind of file?)"));
    }

    @Override public void fileProblem(Problem p) {
        problemCount++;
        fileProblems.add(p);
    }

    @Override public void skipped() { skipped++; }

    private void duplicate(String what, String id) {
        problem(new Problem(file, 0, 0, "", "duplicate " + what + " id '" + id + "' (expected ids unique in the file)"));
        skipped++;
    }

    /** Gets the number of problems found, kept or not. */
    public int problemCount() { return problemCount; }

    /** Gets the kept problems: the file-level ones first, then the record problems in file order (at most {@link #MAX_KEPT}). */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(fileProblems);
        List<Problem> rest = new ArrayList<>(problems);
        rest.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        all.addAll(rest);
        return all;
    }

    /** Tests whether a file-level problem makes the file unusable. */
    public boolean hasFileProblems() { return !fileProblems.isEmpty(); }

    /** Gets the number of skipped records. */
    public int skippedCount() { return skipped; }

    /** Gets the number of events read (kept or only counted). */
    public int eventCount() { return eventCount; }

    /** Gets the number of events read without a location. */
    public int withoutLocation() { return withoutLocation; }

    /** Gets the first day of the events read, or null. */
    public LocalDate firstDay() { return firstDay; }

    /** Gets the last day of the events read, or null. */
    public LocalDate lastDay() { return lastDay; }

    /** Gets the story read, or null. */
    public Story story() { return story; }

    /** Gets the title set by the reader, or {@code fallback}. */
    public String titleOr(String fallback) { return title == null || title.isBlank() ? fallback : title; }

    /** Gets the records kept as a dataset titled by the reader (or {@code fallback}). */
    public Dataset dataset(String fallback) {
        return new Dataset(Dataset.FORMAT_VERSION, titleOr(fallback), places, events, features, references);
    }

    /** Gets the counts kept, for summaries. */
    public int placeCount() { return places.size(); }
    public int featureCount() { return features.size(); }
    public int referenceCount() { return references.size(); }
}
