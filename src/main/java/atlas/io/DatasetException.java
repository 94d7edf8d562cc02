package atlas.io;

import java.util.List;

/** Thrown when a dataset file is rejected; holds every problem found, in file order. */
public final class DatasetException extends Exception {
    private final transient List<Problem> problems;

    public DatasetException(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("a DatasetException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    /** Gets the problems, in file order; never empty. */
    public List<Problem> problems() { return problems; }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) return "no problems";
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
