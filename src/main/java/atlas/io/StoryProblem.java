package atlas.io;

/**
 * One problem found in a story file: where it is (file, 1-based line and column, JSON path such as
 * {@code $.stops[2].view.zoom}) and what was expected.
 */
public record StoryProblem(String file, int line, int column, String path, String message) {
    /** Gets "file:line:column: path: message", the form the UI and the CLI show. */
    @Override public String toString() { return file + ":" + line + ":" + column + ": " + path + ": " + message; }
}
