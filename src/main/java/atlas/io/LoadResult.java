package atlas.io;

import atlas.model.Dataset;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading a dataset: the dataset, or the problems that made the file be rejected (never both).
 */
public record LoadResult(Dataset dataset, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
        if ((dataset == null) == problems.isEmpty())
            throw new IllegalArgumentException("a load result holds a dataset or problems, not both");
    }

    public static LoadResult loaded(Dataset d) { return new LoadResult(d, List.of()); }
    public static LoadResult rejected(List<Problem> problems) { return new LoadResult(null, problems); }

    /** Tests if the file was read without problems. */
    public boolean isLoaded() { return dataset != null; }

    /** Gets the dataset when loaded, empty when rejected. */
    public Optional<Dataset> loadedDataset() { return Optional.ofNullable(dataset); }
}
