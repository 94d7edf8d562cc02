package atlas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Atomic file saves: every writer of atlas.io goes through {@link #write}, so a failed save never leaves half a file. */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes the body of a file to a stream; the stream is closed by {@link #write}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} atomically: the body goes to a temporary sibling file, which is then moved over
     * {@code file} (an atomic move where the file system allows it, a replacing move otherwise). Missing parent
     * folders are created. On any failure the previous file is untouched and the temporary file is removed.
     * The temporary file is made with {@code newOutputStream}, not {@code createTempFile}, so the saved file gets
     * the usual permissions rather than owner-only ones.
     */
    public static void write(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
