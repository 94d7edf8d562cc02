package atlas.ui;

import atlas.i18n.Texts;
import atlas.io.FormatReader;
import atlas.io.ImportResult;
import atlas.io.Imports;
import atlas.io.Peek;
import atlas.io.Problem;
import atlas.io.StoryMapReader;
import atlas.model.Dataset;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Import…, dropped files, files on the command line and recent files: each file becomes a layer of the
 * workspace. The file is read by atlas.io's one reader registry ({@link Imports#read}) on a reader thread, with a
 * progress bar and Cancel ({@link ImportProgress}); then, on the FX thread, a clean file is added as a layer, a file
 * with problems asks "import the N valid records and list the M skipped ones" or cancel, and a rejected file is
 * reported with every problem located. Nothing is ever half-loaded: the workspace changes only once a whole result
 * is accepted, and stays as it was on cancel or failure. Files are imported one after another, in the order given.
 *
 * <p>Each import logs how long reading and building the timeline took and the longest time the FX thread went
 * without a pulse meanwhile ({@link PulseGaps}; the window must stay responsive: under 50 ms even for a million
 * events). FX thread only, except where said.
 */
public final class ImportAction {
    private static final Logger LOG = Logger.getLogger(ImportAction.class.getName());

    /** How an import ended. */
    public enum Outcome {
        /** A new layer holds the file's records. */
        ADDED,
        /** An existing layer holds the file's records (read again, or read at last). */
        RELOADED,
        /** The file had problems and the user chose not to import its valid records. */
        DECLINED,
        /** The reading was cancelled. */
        CANCELLED,
        /** The file could not be used (reported with its problems). */
        REJECTED
    }

    /** The questions an import asks (dialogs in the window; answered directly in tests). */
    public interface Choices {
        /** Asks whether to import the valid records of a file with problems; completes with true to import. */
        CompletableFuture<Boolean> confirmPartial(ImportResult r);

        /** Reports a file that was not imported, with its problems. */
        void rejected(ImportResult r);
    }

    private final WorkspaceEditor editor;
    private final Executor reader;
    private final ImportProgress progress = new ImportProgress();
    private Choices choices = new ImportDialogs(null);
    private CompletableFuture<?> queue = CompletableFuture.completedFuture(null);
    private AtomicBoolean running;
    private int waiting;

    /** Creates the action over a workspace editor; files are read on {@code reader}. */
    public ImportAction(WorkspaceEditor editor, Executor reader) {
        this.editor = editor;
        this.reader = reader;
        editor.busyProperty().addListener((o, was, busy) -> {
            if (running != null) return;
            if (busy) progress.show(Texts.get("import.updating"), -1, null); else if (progress.text().equals(Texts.get("import.updating"))) progress.hide();
        });
    }

    /** Replaces how questions are asked and failures reported (the window's dialogs by default). */
    public void setChoices(Choices c) { choices = c; }

    /** Gets the progress strip (the window puts it over the map). */
    public ImportProgress progress() { return progress; }

    /** Gets the editor of the workspace the files go to. */
    public WorkspaceEditor editor() { return editor; }

    /**
     * Gets the opener of importable files for {@link OpenFiles}: every format atlas.io reads, recognised by content
     * (a StoryMapJS story is left to the story mode); a file with a data extension that no reader recognises is still
     * taken, so that the import says what is wrong with it.
     */
    public OpenFiles.Opener opener() {
        return new OpenFiles.Opener() {
            @Override public String description() {
                return Texts.format("import.files", String.join(", ", Imports.READERS.stream()
                        .filter(r -> !(r instanceof StoryMapReader)).map(FormatReader::name).toList()));
            }

            @Override public OpenFiles.Claim claim(Path file, String head) {
                Optional<FormatReader> r = detect(file);
                if (r.isPresent()) return r.get() instanceof StoryMapReader ? OpenFiles.Claim.NO : OpenFiles.Claim.YES;
                return OpenFiles.nameEndsWith(file, extensions().toArray(String[]::new)) ? OpenFiles.Claim.MAYBE
                        : OpenFiles.Claim.NO;
            }

            @Override public void open(Path file) { importFile(file); }
        };
    }

    /** Gets the reader of a file from its name and first bytes (read again here: a KMZ's are binary). */
    static Optional<FormatReader> detect(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return Imports.detect(new Peek(name, in.readNBytes(Peek.SIZE)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Gets the file name endings of every format read, e.g. {@code .kml}. */
    static List<String> extensions() {
        Set<String> out = new LinkedHashSet<>();
        for (FormatReader r : Imports.READERS) out.addAll(r.extensions());
        return List.copyOf(out);
    }

    /** Asks for files (several may be chosen) and opens them through {@code files}, as a drop would. FX thread. */
    public void choose(Window owner, OpenFiles files) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("import.chooser.title"));
        List<String> all = extensions().stream().map(e -> "*" + e).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("import.chooser.all-supported"), all));
        for (FormatReader r : Imports.READERS) {
            if (r.extensions().isEmpty()) continue;
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(r.name(),
                    r.extensions().stream().map(e -> "*" + e).toList()));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("import.chooser.all-files"), "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen != null && !chosen.isEmpty()) files.open(chosen.stream().map(File::toPath).toList());
    }

    /**
     * Imports a file as a new layer, after the imports already asked for. The future completes on the FX thread once
     * the layer is shown, or the import ended otherwise. FX thread.
     */
    public CompletableFuture<Outcome> importFile(Path file) { return enqueue(file, null, true); }

    /**
     * Reads a file into an existing layer (a layer remembered from the last run, a missing file found again, a file
     * changed since): its records replace the layer's, its name, colour and place stay. With {@code ask} false
     * nothing is asked: valid records of a file with problems are kept (the layer lists the skipped ones) and a
     * failure is noted on the layer. FX thread.
     */
    public CompletableFuture<Outcome> reopen(String layerId, Path file, boolean ask) { return enqueue(file, layerId, ask); }

    /** Cancels the reading under way (the files waiting are still imported). */
    public void cancel() {
        if (running != null) running.set(true);
    }

    /** Tests whether an import is under way or waiting. */
    public boolean isBusy() { return running != null || waiting > 0; }

    private CompletableFuture<Outcome> enqueue(Path file, String layerId, boolean ask) {
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        waiting++;
        queue = queue.handle((x, t) -> null).thenCompose(x -> {
            waiting--;
            try {
                run(file.toAbsolutePath().normalize(), layerId, ask, done);
            } catch (RuntimeException | LinkageError e) {
                // a fault of ours, not of the file: said and logged, and the imports after it still run
                LOG.log(java.util.logging.Level.SEVERE, "the import of " + file + " could not start", e);
                finish(Texts.format("import.not-read", e.toString()), Outcome.REJECTED, null, done);
            }
            return done;
        });
        return done;
    }

    private void run(Path file, String layerId, boolean ask, CompletableFuture<Outcome> done) {
        AtomicBoolean cancelled = new AtomicBoolean();
        running = cancelled;
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String doing = layerId == null ? "import.reading" : "import.reopening";
        Runnable cancel = () -> cancelled.set(true);
        progress.show(Texts.format(doing, name, ImportProgress.bytes(0, -1)), -1, cancel);
        PulseGaps gaps = new PulseGaps();
        gaps.start();
        long t0 = System.nanoTime();
        AtomicLong bytesRead = new AtomicLong(), bytesTotal = new AtomicLong(-1);
        AtomicBoolean scheduled = new AtomicBoolean();
        reader.execute(() -> {
            ImportResult r;
            try {
                r = Imports.read(file, (n, total) -> {
                    bytesRead.set(n);
                    bytesTotal.set(total);
                    // one progress update waiting on the FX thread at a time, however fast the reader goes
                    if (scheduled.compareAndSet(false, true)) Platform.runLater(() -> {
                        scheduled.set(false);
                        if (running != cancelled || cancelled.get()) return;
                        long d = bytesRead.get(), all = bytesTotal.get();
                        progress.show(Texts.format(doing, name, ImportProgress.bytes(d, all)),
                                all > 0 ? Math.min(1, d / (double) all) : -1, cancel);
                    });
                }, () -> {
                    // checked every few kilobytes: the reader lets the FX thread have a core when a pulse is late
                    gaps.giveWay();
                    return cancelled.get();
                });
            } catch (Throwable t) {
                // even a reader failure (or a file too big for memory) leaves the workspace as it was
                String why = t instanceof OutOfMemoryError ? Texts.get("import.too-large")
                        : Texts.format("import.not-read", t.getMessage() == null ? t.toString() : t.getMessage());
                r = new ImportResult(name, "", ImportResult.Outcome.REJECTED, null, null,
                        List.of(new Problem(name, 0, 0, "", why)), 1, 0, null);
            }
            long readNs = System.nanoTime() - t0;
            ImportResult result = r;
            Platform.runLater(() -> handle(file, layerId, ask, result, readNs, t0, gaps, done));
        });
    }

    private void handle(Path file, String layerId, boolean ask, ImportResult result, long readNs, long t0, PulseGaps gaps,
                        CompletableFuture<Outcome> done) {
        String name = file.getFileName().toString();
        ImportResult r = result;
        boolean storyOnly = r.hasRecords() && r.story() != null && isEmpty(r.dataset());
        if (r.hasRecords() && !storyOnly && isEmpty(r.dataset()))
            // nothing valid: the file is refused with its problems rather than offered as an empty layer
            r = new ImportResult(r.file(), r.format(), ImportResult.Outcome.REJECTED, null, null,
                    r.problems().isEmpty() ? List.of(new Problem(r.file(), 0, 0, "", Texts.get("import.nothing"))) : r.problems(),
                    Math.max(1, r.problemCount()), r.skipped(), null);
        if (r.outcome() == ImportResult.Outcome.CANCELLED) {
            if (layerId != null) editor.setInfo(layerId, new WorkspaceEditor.LayerInfo(WorkspaceEditor.Status.FAILED,
                    Texts.get("import.cancelled-reopen"), List.of(), 0));
            finish(Texts.format("import.cancelled", name), Outcome.CANCELLED, gaps, done);
            return;
        }
        if (!r.hasRecords() || storyOnly) {
            ImportResult shown = storyOnly ? new ImportResult(r.file(), r.format(), ImportResult.Outcome.REJECTED, null,
                    null, List.of(new Problem(r.file(), 0, 0, "", Texts.get("import.story-only"))), 1, 0, null) : r;
            if (layerId != null) {
                // a file still gone keeps its layer "file missing"; one that is there but unreadable says why
                boolean gone = !Files.exists(file);
                editor.setInfo(layerId, new WorkspaceEditor.LayerInfo(gone ? WorkspaceEditor.Status.MISSING
                        : WorkspaceEditor.Status.FAILED, gone ? "" : shown.problems().isEmpty() ? shown.summary()
                        : shown.problems().get(0).toString(), List.of(), 0));
            }
            if (ask || layerId == null) choices.rejected(shown);
            finish(null, Outcome.REJECTED, gaps, done);
            return;
        }
        if (r.outcome() == ImportResult.Outcome.PARTIAL && ask) {
            progress.hide();
            ImportResult partial = r;
            choices.confirmPartial(partial).thenAccept(yes -> {
                if (yes) accept(file, layerId, partial, readNs, t0, gaps, done);
                else finish(Texts.format("import.declined", name), Outcome.DECLINED, gaps, done);
            });
            return;
        }
        accept(file, layerId, r, readNs, t0, gaps, done);
    }

    private static boolean isEmpty(Dataset d) {
        return d == null || d.events().isEmpty() && d.places().isEmpty() && d.features().isEmpty() && d.references().isEmpty();
    }

    /** Puts the records of a read file into the workspace (a new layer, or the layer reopened). */
    private void accept(Path file, String layerId, ImportResult r, long readNs, long t0, PulseGaps gaps,
                        CompletableFuture<Outcome> done) {
        Dataset d = r.dataset();
        String layerName = d.title().isBlank() ? file.getFileName().toString() : d.title();
        int events = d.events().size();
        progress.show(Texts.plural("import.building", events, layerName), -1, null);
        WorkspaceEditor.LayerInfo info = r.skipped() == 0 && r.problemCount() == 0 ? WorkspaceEditor.LayerInfo.READY
                : new WorkspaceEditor.LayerInfo(WorkspaceEditor.Status.READY,
                Texts.plural("import.skipped", r.skipped()), r.problems(), r.skipped());
        CompletableFuture<LoadedData> shown;
        Outcome outcome;
        if (layerId == null) {
            shown = new CompletableFuture<>();
            editor.add(layerName, file, d, info, shown);
            outcome = Outcome.ADDED;
        } else {
            shown = editor.replaceDataset(layerId, d, file.toString(), info);
            outcome = Outcome.RELOADED;
        }
        long t1 = System.nanoTime();
        shown.whenComplete((data, t) -> {
            String skipped = r.skipped() == 0 ? "" : ", " + Texts.plural("import.skipped", r.skipped());
            long built = System.nanoTime() - t1;
            // the pulses that follow belong to the import: they lay out and draw the new layer
            gaps.finish(() -> {
                Runtime rt = Runtime.getRuntime();
                LOG.info(String.format(Locale.ROOT, "%s %s (%,d events, %s): read %d ms, timeline %d ms; longest gap between"
                                + " pulses while loading %s; heap in use %d MB; load average %.1f on %d cores",
                        layerId == null ? "imported" : "reopened", file.getFileName(), events, r.format(),
                        readNs / 1_000_000, built / 1_000_000, gaps.summary(), (rt.totalMemory() - rt.freeMemory()) >> 20,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors()));
            });
            finish(Texts.plural("import.added", events, layerName, skipped), outcome, null, done);
        });
    }

    private void finish(String message, Outcome outcome, PulseGaps gaps, CompletableFuture<Outcome> done) {
        if (gaps != null) gaps.stop();
        running = null;
        if (message != null) progress.message(message); else progress.hide();
        done.complete(outcome);
    }
}
