package atlas.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that could not be written: the message is one line naming the target the user asked for (never a hidden
 * temporary file) and the reason, e.g. {@code cannot write out/map.png: the file system is read-only}.
 */
public final class WriteException extends IOException {
    private final Path target;
    private final String reason;

    public WriteException(Path target, String reason) {
        super("cannot write " + target + ": " + reason);
        this.target = target;
        this.reason = reason;
    }

    /** Gets why the file could not be written, e.g. "the disk is full". */
    public String reason() { return reason; }

    /** Gets the file the user asked to write. */
    public Path target() { return target; }
}
