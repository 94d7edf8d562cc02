package atlas.cli;

import atlas.io.Datasets;
import atlas.io.LoadResult;
import atlas.io.Problem;
import atlas.model.Dataset;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code --dataset FILE} option shared by the commands: that file's dataset, or the shipped one without it. */
final class DatasetOption {
    private DatasetOption() {}

    /**
     * Gets the dataset the command works on. When {@code --dataset FILE} is given and the file has problems, prints
     * each of them (file:line:column: path: message) to {@code err} and returns empty; the caller then exits 1.
     */
    static Optional<Dataset> load(Args args, PrintStream err) {
        if (!args.has("dataset")) return Optional.of(Datasets.loadShipped());
        LoadResult r = Datasets.read(Path.of(args.require("dataset")));
        if (!r.isLoaded()) {
            for (Problem p : r.problems()) err.println(p);
            return Optional.empty();
        }
        return Optional.of(r.dataset());
    }
}
