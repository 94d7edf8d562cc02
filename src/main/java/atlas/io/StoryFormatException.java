package atlas.io;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a story file cannot be read; carries every problem found, in file order. Nothing was loaded. */
public final class StoryFormatException extends IOException {
    private final List<StoryProblem> problems;

    public StoryFormatException(List<StoryProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in story file:\n"
                + problems.stream().map(StoryProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Gets the problems, at least one, in file order. */
    public List<StoryProblem> problems() { return problems; }
}
