package atlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The one list of readers and the one way to read a file: {@code --convert}, {@code --validate},
 * {@code --export-events --dataset} and the window's import all call {@link #read}. The format is detected from
 * the file's name and first bytes by asking each reader of {@link #READERS} in turn; nobody switches on extensions.
 *
 * <p>From a window: run {@code Imports.read(file, listener, cancelled)} on a worker thread; the listener gets the
 * bytes read (hand them to the FX thread for a progress bar), {@code cancelled} is polled on every buffer read.
 * The {@link ImportResult} holds the valid records, the located problems and the skipped count, or says rejected or
 * cancelled; apply it (or not) on the FX thread. Thread-safe: every call has its own state.
 */
public final class Imports {
    /** Every format the atlas reads, asked in this order (the more specific detections first). */
    public static final List<FormatReader> READERS = List.of(
            new DatasetReader(),
            new StoryMapReader(),
            new TimelineJsonReader(),
            new GeoJsonEventsReader(),
            new KmlReader(),
            new AcledCsvReader(),
            new EventsCsvReader(),
            new TimelineCsvReader());

    /** The system property holding the import size limit in bytes (no limit when unset). */
    public static final String MAX_BYTES_PROPERTY = "atlas.import.maxBytes";

    private Imports() {}

    /** Gets the import size limit in bytes: the {@value #MAX_BYTES_PROPERTY} setting, or no limit. */
    public static long maxBytes() {
        Long v = Long.getLong(MAX_BYTES_PROPERTY);
        return v == null || v <= 0 ? Long.MAX_VALUE : v;
    }

    /** Gets "64 MiB" style text of a byte count. */
    static String describeBytes(long n) {
        if (n >= 1L << 30) return String.format(Locale.ROOT, "%.1f GiB", n / (double) (1L << 30));
        if (n >= 1L << 20) return String.format(Locale.ROOT, "%.1f MiB", n / (double) (1L << 20));
        return n + " bytes";
    }

    /** Gets the names of the formats read, for help texts and error messages. */
    public static String formatNames() {
        List<String> names = new ArrayList<>();
        for (FormatReader r : READERS) names.add(r.name());
        return String.join(", ", names);
    }

    /** Gets the reader that recognises this name and these first bytes, if any. */
    public static Optional<FormatReader> detect(Peek peek) {
        for (FormatReader r : READERS) if (r.detects(peek)) return Optional.of(r);
        return Optional.empty();
    }

    /** Reads a file, keeping its records, without progress or cancel. */
    public static ImportResult read(Path file) { return read(file, ImportListener.NONE, () -> false, true); }

    /** Reads a file, keeping its records, reporting progress and honouring the cancel flag. */
    public static ImportResult read(Path file, ImportListener listener, BooleanSupplier cancelled) {
        return read(file, listener, cancelled, true);
    }

    /**
     * Checks a file without keeping its events (only counting them), so that validating a million rows needs
     * little memory; the result's dataset holds everything but the events.
     */
    public static ImportResult validate(Path file) {
        return read(file, ImportListener.NONE, () -> false, false);
    }

    /**
     * Reads a file passing every valid record on to {@code forward} as it is read (a streaming conversion's writer),
     * keeping none of its events; the result's dataset holds everything but the events, its counts count them. The
     * records already passed on when a problem is found are not taken back: the caller decides from the result
     * whether what it wrote is kept (see {@link Exports#convert}).
     */
    public static ImportResult readInto(Path file, RecordSink forward, ImportListener listener, BooleanSupplier cancelled) {
        return read(file, listener, cancelled, false, java.util.Objects.requireNonNull(forward));
    }

    private static ImportResult read(Path file, ImportListener listener, BooleanSupplier cancelled, boolean keep) {
        return read(file, listener, cancelled, keep, null);
    }

    private static ImportResult read(Path file, ImportListener listener, BooleanSupplier cancelled, boolean keep,
                                     RecordSink forward) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Optional<Problem> unreadable = checkFile(file, name);
        if (unreadable.isPresent()) return rejected(name, "", List.of(unreadable.get()));
        Peek peek;
        long size;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) { peek = new Peek(name, in.readNBytes(Peek.SIZE)); }
        } catch (IOException e) {
            return rejected(name, "", List.of(ioProblem(name, e)));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in, size, peek, listener, cancelled, keep, forward);
        } catch (IOException e) {
            return rejected(name, "", List.of(ioProblem(name, e)));
        }
    }

    /** Reads a stream already opened (the first bytes are peeked from it); {@code name} names it in problems. */
    public static ImportResult read(String name, InputStream in, ImportListener listener, BooleanSupplier cancelled) {
        try {
            java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, Peek.SIZE * 2);
            b.mark(Peek.SIZE + 1);
            Peek peek = new Peek(name, b.readNBytes(Peek.SIZE));
            b.reset();
            return read(name, b, -1, peek, listener, cancelled, true, null);
        } catch (IOException e) {
            return rejected(name, "", List.of(ioProblem(name, e)));
        }
    }

    private static ImportResult read(String name, InputStream in, long size, Peek peek, ImportListener listener,
                                     BooleanSupplier cancelled, boolean keep, RecordSink forward) {
        Optional<FormatReader> reader = detect(peek);
        String encoding = peek.isZip() ? null : Utf8Stream.notUtf8(peek.head());
        if (reader.isEmpty() && encoding != null) return rejected(name, "", List.of(new Problem(name, 1, 1, "", encoding)));
        if (reader.isEmpty()) return rejected(name, "", List.of(new Problem(name, 0, 0, "",
                peek.head().length == 0 ? "the file is empty (expected one of: " + formatNames() + ")"
                        : "not a format the atlas reads (expected one of: " + formatNames() + ")")));
        FormatReader r = reader.get();
        ImportCollector sink = forward == null ? new ImportCollector(name, keep) : new ImportCollector(name, forward);
        sink.provenance(List.of(new atlas.model.Source(name, null, "imported " + r.name() + " file")));
        ProgressStream progress = new ProgressStream(in, name, size, maxBytes(), listener, cancelled);
        try {
            r.read(new ImportSource(name, progress), sink);
        } catch (ReadException.Cancelled e) {
            return new ImportResult(name, r.name(), ImportResult.Outcome.CANCELLED, null, null, List.of(), 0, 0, null);
        } catch (ReadException e) {
            List<Problem> ps = new ArrayList<>(sink.problems());
            ps.add(e.problem());
            return rejected(name, r.name(), ps, sink.problemCount() + 1);
        } catch (ReadException.Stop e) {
            List<Problem> ps = new ArrayList<>(sink.problems());
            ps.add(e.problem());
            return rejected(name, r.name(), ps, sink.problemCount() + 1);
        } catch (IOException e) {
            return rejected(name, r.name(), List.of(ioProblem(name, e)));
        } catch (StackOverflowError e) {
            return rejected(name, r.name(), List.of(new Problem(name, 0, 0, "", "the file nests too deeply to be read")));
        }
        listener.progress(progress.count(), size);
        if (sink.hasFileProblems())
            return rejected(name, r.name(), sink.problems(), sink.problemCount());
        String title = baseName(name);
        ImportResult.Outcome outcome = sink.problemCount() == 0 ? ImportResult.Outcome.LOADED : ImportResult.Outcome.PARTIAL;
        return new ImportResult(name, r.name(), outcome, sink.dataset(title), sink.story(), sink.problems(),
                sink.problemCount(), sink.skippedCount(), new ImportResult.Counts(sink.eventCount(), sink.withoutLocation(),
                sink.firstDay(), sink.lastDay()));
    }

    /** Gets a file name without its known endings: {@code acled.csv} → {@code acled}. */
    static String baseName(String name) {
        return name.replaceFirst("(?i)(\\.atlas\\.json|\\.story\\.json|\\.geojson|\\.json|\\.kmz|\\.kml|\\.csv)$", "");
    }

    private static ImportResult rejected(String name, String format, List<Problem> problems) {
        return rejected(name, format, problems, problems.size());
    }

    private static ImportResult rejected(String name, String format, List<Problem> problems, int count) {
        return new ImportResult(name, format, ImportResult.Outcome.REJECTED, null, null, problems, count, 0, null);
    }

    /**
     * Checks that {@code file} is a readable regular file; otherwise gets a problem saying what it is and why it
     * cannot be read (missing, a directory, a named pipe or device, no permission).
     */
    public static Optional<Problem> checkFile(Path file, String name) {
        if (Files.isDirectory(file))
            return Optional.of(new Problem(name, 0, 0, "", "is a directory, not a file (expected a file to read): " + file));
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !Files.exists(file))
            return Optional.of(new Problem(name, 0, 0, "", "no such file: " + file));
        if (!Files.isRegularFile(file))
            return Optional.of(new Problem(name, 0, 0, "", "is not a regular file (a named pipe, socket or device): "
                    + file + " (expected a file to read)"));
        if (!Files.isReadable(file)) {
            String perms = "";
            try { perms = " (permissions " + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) + ")"; }
            catch (IOException | UnsupportedOperationException e) { perms = ""; }
            return Optional.of(new Problem(name, 0, 0, "", "cannot be read: permission denied" + perms + ": " + file));
        }
        return Optional.empty();
    }

    /** Gets a problem describing an I/O failure in words. */
    static Problem ioProblem(String name, IOException e) {
        if (e instanceof ReadException re) return re.problem();
        if (e instanceof AccessDeniedException) return new Problem(name, 0, 0, "", "cannot be read: permission denied");
        if (e instanceof NoSuchFileException) return new Problem(name, 0, 0, "", "no such file");
        return new Problem(name, 0, 0, "", "cannot read the file: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }
}
