package atlas.ui;

import atlas.i18n.Texts;
import atlas.io.Datasets;
import atlas.io.LoadResult;
import atlas.io.Problem;
import atlas.model.Workspace;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Open dataset…: lets the user pick a dataset file (e.g. one made with {@code --generate-events}), reads it
 * with atlas.io and computes its timeline ({@link LoadedData}) off the FX thread and, when the whole file is valid,
 * publishes it as the window's data in one change. A rejected file changes nothing: the current data stays and a
 * dialog lists the problems (file, line, column, what was expected).
 *
 * <p>Each load logs how long reading and indexing took and the longest time the FX thread went without a pulse
 * meanwhile (the window must stay responsive: under 50 ms even for a million events).
 */
public final class OpenDatasetAction {
    private static final Logger LOG = Logger.getLogger(OpenDatasetAction.class.getName());
    private static final int SHOWN_PROBLEMS = 12;
    private final AtlasState state;
    private final Executor worker;
    private Consumer<String> report = OpenDatasetAction::showProblems;

    /** Creates the action for a window's state; files are read on {@code worker}. */
    public OpenDatasetAction(AtlasState state, Executor worker) {
        this.state = state;
        this.worker = worker;
    }

    /** Replaces how a rejected file is reported (a dialog by default); the argument is the full message. */
    public void setOnRejected(Consumer<String> r) { report = r; }

    /**
     * Gets the opener of dataset files for {@link OpenFiles}: {@code .atlas.json} files are datasets; a plain
     * {@code .json} or {@code .geojson} file is read as one unless another opener claims it.
     */
    public OpenFiles.Opener opener() {
        return new OpenFiles.Opener() {
            @Override public String description() { return Texts.get("open.datasets"); }

            @Override public OpenFiles.Claim claim(Path file, String head) {
                if (OpenFiles.nameEndsWith(file, ".atlas.json")) return OpenFiles.Claim.YES;
                return OpenFiles.nameEndsWith(file, ".json", ".geojson") ? OpenFiles.Claim.MAYBE : OpenFiles.Claim.NO;
            }

            @Override public void open(Path file) { load(file); }
        };
    }


    /** Asks for a file and loads it. FX thread. */
    public void chooseAndLoad(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("open.dataset.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("open.dataset.filter"), "*.json", "*.geojson"),
                new FileChooser.ExtensionFilter(Texts.get("open.all-files"), "*.*"));
        File f = chooser.showOpenDialog(owner);
        if (f != null) load(f.toPath());
    }

    /**
     * Reads {@code file} and computes its timeline on the worker, then applies the result on the FX thread. Call on
     * the FX thread; the returned future completes (on the FX thread) once the result is applied or reported.
     */
    public CompletableFuture<Void> load(Path file) {
        PulseGaps gaps = new PulseGaps();
        gaps.start();
        long t0 = System.nanoTime();
        CompletableFuture<Void> done = new CompletableFuture<>();
        worker.execute(() -> {
            LoadResult r;
            LoadedData data = null;
            long t1 = System.nanoTime();
            try {
                r = Datasets.read(file);
                t1 = System.nanoTime();
                if (r.isLoaded()) data = LoadedData.of(Workspace.of(r.dataset(), file.toString()));
            } catch (Throwable t) {
                // even a reader failure (or a file too big for memory) leaves the current data as it was
                String why = t instanceof OutOfMemoryError ? Texts.get("open.too-large")
                        : t.getMessage() == null ? t.toString() : t.getMessage();
                r = LoadResult.rejected(List.of(new Problem(file.toString(), 0, 0, "", Texts.format("open.unreadable", why))));
                data = null;
            }
            long t2 = System.nanoTime(), read = t1 - t0;
            LoadResult result = r;
            LoadedData ready = data;
            Platform.runLater(() -> {
                long a0 = System.nanoTime();
                if (ready != null) state.setData(ready); else report.accept(message(file, result.problems()));
                long applied = System.nanoTime() - a0;
                // the pulses that follow belong to the load: they lay out and draw the new data
                gaps.finish(() -> {
                    LOG.info(String.format(Locale.ROOT, "%s %s (%d events): read %d ms, timeline %d ms, applied on the FX thread"
                                    + " in %d ms; longest gap between pulses while loading %s; load average %.1f on %d cores",
                            ready != null ? "opened" : "refused", file.getFileName(), ready == null ? 0 : ready.index().size(),
                            read / 1_000_000, (t2 - t0 - read) / 1_000_000, applied / 1_000_000, gaps.summary(),
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                            Runtime.getRuntime().availableProcessors()));
                    done.complete(null);
                });
            });
        });
        return done;
    }

    /** Applies a load result: a loaded dataset replaces the current data, problems are reported and change nothing. */
    public void apply(Path file, LoadResult r) {
        if (r.isLoaded()) {
            state.setData(LoadedData.of(Workspace.of(r.dataset(), file.toString())));
            return;
        }
        report.accept(message(file, r.problems()));
    }

    /** Gets the text that reports a rejected file: what happened, the first problems and how many more. */
    public static String message(Path file, List<Problem> problems) {
        String head = Texts.plural("open.rejected", problems.size(), file.getFileName()) + "\n\n";
        String list = problems.stream().limit(SHOWN_PROBLEMS).map(Problem::toString).collect(Collectors.joining("\n"));
        String more = problems.size() > SHOWN_PROBLEMS ? "\n" + Texts.plural("open.more", problems.size() - SHOWN_PROBLEMS) : "";
        return head + list + more;
    }

    private static void showProblems(String message) {
        Alert a = Dialogs.localize(new Alert(Alert.AlertType.ERROR));
        a.setTitle(Texts.get("open.dataset.title"));
        a.setHeaderText(Texts.get("open.not-opened"));
        a.setContentText(message);
        a.getDialogPane().setMinWidth(640);
        a.show();
    }
}
