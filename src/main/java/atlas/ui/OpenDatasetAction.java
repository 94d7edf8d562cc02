package atlas.ui;

import atlas.io.Datasets;
import atlas.io.LoadResult;
import atlas.io.Problem;
import atlas.model.Dataset;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Open dataset…: lets the user pick a dataset file (e.g. one made with {@code --generate-events}), reads it
 * with atlas.io off the FX thread and, when the whole file is valid, makes it the window's dataset. A rejected file
 * changes nothing: the current data stays and a dialog lists the problems (file, line, column, what was expected).
 */
public final class OpenDatasetAction {
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

    /** Asks for a file and loads it. FX thread. */
    public void chooseAndLoad(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open dataset");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Atlas datasets (*.atlas.json, *.json, *.geojson)", "*.json", "*.geojson"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(owner);
        if (f != null) load(f.toPath());
    }

    /** Reads {@code file} on the worker and applies the result on the FX thread. */
    public void load(Path file) {
        worker.execute(() -> {
            LoadResult r;
            try {
                r = Datasets.read(file);
            } catch (Throwable t) {
                // even a reader failure (or a file too big for memory) leaves the current data as it was
                String why = t instanceof OutOfMemoryError ? "the file is too large for the memory this Java may use"
                        : t.getMessage() == null ? t.toString() : t.getMessage();
                r = LoadResult.rejected(List.of(new Problem(file.toString(), 0, 0, "", "could not be read: " + why)));
            }
            LoadResult result = r;
            Platform.runLater(() -> apply(file, result));
        });
    }

    /** Applies a load result: a loaded dataset replaces the current one, problems are reported and change nothing. */
    public void apply(Path file, LoadResult r) {
        if (r.isLoaded()) {
            Dataset d = r.dataset();
            state.setDataset(d);
            return;
        }
        report.accept(message(file, r.problems()));
    }

    /** Gets the text that reports a rejected file: what happened, the first problems and how many more. */
    public static String message(Path file, List<Problem> problems) {
        String head = file.getFileName() + " was not opened (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "); the current data is kept.\n\n";
        String list = problems.stream().limit(SHOWN_PROBLEMS).map(Problem::toString).collect(Collectors.joining("\n"));
        String more = problems.size() > SHOWN_PROBLEMS ? "\n… and " + (problems.size() - SHOWN_PROBLEMS) + " more" : "";
        return head + list + more;
    }

    private static void showProblems(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setTitle("Open dataset");
        a.setHeaderText("The file was not opened");
        a.setContentText(message);
        a.getDialogPane().setMinWidth(640);
        a.show();
    }
}
