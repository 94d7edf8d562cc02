package atlas.ui;

import atlas.io.WorkspaceFile;
import atlas.model.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the workspace is remembered between runs: {@code ~/.corridor-atlas/workspace.json} (the
 * {@code atlas.workspace.file} system property chooses another file), in the format of {@link WorkspaceFile}: the
 * layers (file, name, colour, visibility, in order) and the recent files. Saving happens on a thread of its own,
 * atomically, the latest state only (a burst of changes writes once or twice); {@link #flush()} waits for it.
 */
public final class WorkspaceStore {
    private static final Logger LOG = Logger.getLogger(WorkspaceStore.class.getName());
    /** The system property naming the workspace file. */
    public static final String FILE_PROPERTY = "atlas.workspace.file";

    private final Path file;
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workspace-save");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<WorkspaceFile.Saved> pending = new AtomicReference<>();

    /** Creates a store in {@code file}. */
    public WorkspaceStore(Path file) { this.file = file; }

    /** Gets the store of this run: {@value #FILE_PROPERTY}, or {@code ~/.corridor-atlas/workspace.json}. */
    public static WorkspaceStore standard() {
        String p = System.getProperty(FILE_PROPERTY);
        return new WorkspaceStore(p != null && !p.isBlank() ? Path.of(p)
                : Path.of(System.getProperty("user.home"), ".corridor-atlas", "workspace.json"));
    }

    /** Gets the file. */
    public Path file() { return file; }

    /** Reads what is remembered; a missing or damaged file gives what could be used (never throws). */
    public WorkspaceFile.Read load() {
        WorkspaceFile.Read r = WorkspaceFile.read(file);
        for (String p : r.problems()) LOG.warning("workspace file: " + p);
        return r;
    }

    /** Saves the layers of {@code w} and the recent files, soon, on the saving thread. Any thread. */
    public void save(Workspace w, List<String> recent) {
        pending.set(new WorkspaceFile.Saved(entries(w), recent));
        saver.execute(() -> {
            WorkspaceFile.Saved s = pending.getAndSet(null);
            if (s == null) return;
            try {
                WorkspaceFile.write(file, s);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "the workspace could not be remembered: " + e.getMessage());
            }
        });
    }

    /** Waits until what was saved so far is written (at most a few seconds). */
    public void flush() {
        try {
            saver.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the workspace was not written in time", e);
        }
    }

    /** Gets the remembered form of a workspace's layers: the shipped one without a file, the others with theirs. */
    static List<WorkspaceFile.Entry> entries(Workspace w) {
        List<WorkspaceFile.Entry> out = new ArrayList<>();
        for (Workspace.Layer l : w.layers()) out.add(new WorkspaceFile.Entry(l.source(), l.name(), l.colour(), l.visible()));
        return out;
    }
}
