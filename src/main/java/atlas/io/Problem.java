package atlas.io;

import java.util.Objects;

/**
 * One problem found in a dataset file: where it is (file name, 1-based line and column, JSON path such as
 * {@code features[12].properties.sources}) and what was expected there. Line and column are 0 when unknown
 * (e.g. the file could not be opened).
 */
public record Problem(String file, int line, int column, String path, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        path = path == null ? "" : path;
    }

    /** Gets "file:line:column: path: message", the form the CLI prints and the UI lists. */
    @Override public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(':').append(line).append(':').append(column);
        b.append(": ");
        if (!path.isEmpty()) b.append(path).append(": ");
        return b.append(message).toString();
    }
}
