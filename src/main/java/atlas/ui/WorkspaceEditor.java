package atlas.ui;

import atlas.map.Fx;
import atlas.model.Dataset;
import atlas.model.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Changes the workspace of layers: add, remove, rename, recolour, show or hide, reorder. Each change makes a new
 * immutable {@link Workspace} from the latest one asked for ({@link #workspaceProperty()}, what the layers panel
 * shows at once), then computes its {@link LoadedData} and publishes it whole with {@link AtlasState#setData}: on the
 * FX thread when that is cheap (the same visible datasets, or few events), otherwise on the builder thread, so a
 * million events never block the window. Builds are applied in order and a build overtaken by a newer change is
 * dropped, so the window never shows a workspace older than one it showed.
 *
 * <p>Beside the workspace it keeps what the model does not: each layer's {@link LayerInfo} (loading, file missing,
 * the records skipped at import) and the recent files; with a {@link WorkspaceStore} every change is remembered.
 * FX thread only.
 */
public final class WorkspaceEditor {
    private static final Logger LOG = Logger.getLogger(WorkspaceEditor.class.getName());
    /** Up to this many visible events a new timeline is computed on the FX thread (a few milliseconds). */
    static final int BUILD_ON_FX_THREAD_MAX_EVENTS = 20_000;

    /** What a layer is doing besides holding its dataset. */
    public enum Status {
        /** Its file was read. */
        READY,
        /** Its file is being read (at start-up, remembered layers are read after the first map paint). */
        LOADING,
        /** Its file is gone: the layer is kept, greyed, until the file is back, found elsewhere or the layer removed. */
        MISSING,
        /** Its file could not be read (changed since, or the reading was cancelled); the message says why. */
        FAILED
    }

    /**
     * A layer's status, a message for people (why it failed, "3 records skipped"), and the problems of the records
     * skipped when it was imported (located, at most {@link atlas.io.ImportCollector#MAX_KEPT}).
     */
    public record LayerInfo(Status status, String message, List<atlas.io.Problem> skipped, int skippedCount) {
        public static final LayerInfo READY = new LayerInfo(Status.READY, "", List.of(), 0);
        public static final LayerInfo LOADING = new LayerInfo(Status.LOADING, "", List.of(), 0);

        public LayerInfo {
            Objects.requireNonNull(status, "status");
            message = message == null ? "" : message;
            skipped = List.copyOf(skipped);
        }
    }

    private final AtlasState state;
    private final Executor builder;
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableMap<String, LayerInfo> infos = FXCollections.observableHashMap();
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private WorkspaceStore store;
    /** Counts the changes; a build publishes only when no change came after it. */
    private long generation;
    private long published;
    private boolean publishing;

    /** Creates an editor of a window's workspace; large timelines are computed on {@code builder} (one thread). */
    public WorkspaceEditor(AtlasState state, Executor builder) {
        this.state = Objects.requireNonNull(state, "state");
        this.builder = Objects.requireNonNull(builder, "builder");
        workspace.set(state.getData().workspace());
        // data set by someone else (a test, the story mode) becomes the workspace edited from then on
        state.dataProperty().addListener(o -> {
            if (!publishing && !busy.get()) workspace.set(state.getData().workspace());
        });
        workspace.addListener(o -> remember());
        recent.addListener((javafx.collections.ListChangeListener<String>) c -> remember());
    }

    /** Remembers every change from now on in {@code s} (null: remember nothing). */
    public void setStore(WorkspaceStore s) {
        store = s;
        remember();
    }

    /** Gets the store the workspace is remembered in, or null. */
    public WorkspaceStore store() { return store; }

    private void remember() {
        if (store != null) store.save(getWorkspace(), List.copyOf(recent));
    }

    /** The latest workspace asked for: what the layers panel shows (the map follows once its timeline is built). */
    public ReadOnlyObjectProperty<Workspace> workspaceProperty() { return workspace.getReadOnlyProperty(); }
    public Workspace getWorkspace() { return workspace.get(); }

    /** Whether a timeline is being computed for a change not yet shown. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Gets each layer's status by layer id; a layer without an entry is {@link LayerInfo#READY}. */
    public ObservableMap<String, LayerInfo> infos() { return infos; }

    /** Gets a layer's status. */
    public LayerInfo info(String layerId) { return infos.getOrDefault(layerId, LayerInfo.READY); }

    /** Sets a layer's status (READY removes the entry). */
    public void setInfo(String layerId, LayerInfo info) {
        if (info == null || info.equals(LayerInfo.READY)) infos.remove(layerId); else infos.put(layerId, info);
    }

    /** The recently opened files, newest first (at most {@link atlas.io.WorkspaceFile#MAX_RECENT}). */
    public ObservableList<String> recent() { return recent; }

    /** Puts a file first in the recent files. */
    public void addRecent(Path file) {
        String f = file.toAbsolutePath().normalize().toString();
        List<String> next = new ArrayList<>(recent);
        next.remove(f);
        next.add(0, f);
        while (next.size() > atlas.io.WorkspaceFile.MAX_RECENT) next.remove(next.size() - 1);
        recent.setAll(next);
    }

    /**
     * Applies a change to the latest workspace and shows the result once its timeline is computed. The returned
     * future completes on the FX thread with the data published, or with null when a newer change overtook this one
     * (that one's data includes this change). FX thread.
     */
    public CompletableFuture<LoadedData> edit(UnaryOperator<Workspace> change) {
        Fx.requireFxThread();
        Workspace next = change.apply(getWorkspace());
        long gen = ++generation;
        workspace.set(next);
        CompletableFuture<LoadedData> done = new CompletableFuture<>();
        LoadedData current = state.getData();
        if (LoadedData.reusesTimeline(next, current) || visibleEvents(next) <= BUILD_ON_FX_THREAD_MAX_EVENTS) {
            publish(gen, LoadedData.of(next, current));
            busy.set(false); // a build still running is older than this change: it will be dropped
            done.complete(state.getData());
            return done;
        }
        busy.set(true);
        builder.execute(() -> {
            if (gen != generation) {
                Platform.runLater(() -> done.complete(null));
                return;
            }
            LoadedData d;
            try {
                d = LoadedData.of(next, current);
            } catch (Throwable t) {
                LOG.log(Level.SEVERE, "the timeline of the workspace could not be computed", t);
                Platform.runLater(() -> {
                    // nothing shown changed: go back to the workspace on screen
                    if (gen == generation) {
                        busy.set(false);
                        workspace.set(state.getData().workspace());
                    }
                    done.completeExceptionally(t);
                });
                return;
            }
            Platform.runLater(() -> {
                if (gen != generation) {
                    done.complete(null);
                    return;
                }
                publish(gen, d);
                busy.set(false);
                done.complete(d);
            });
        });
        return done;
    }

    private void publish(long gen, LoadedData d) {
        if (gen < published) return;
        published = gen;
        publishing = true;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
        try {
            state.setData(d);
        } finally {
            publishing = false;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > 20) LOG.info(String.format(java.util.Locale.ROOT, "publishing the workspace (%,d events) took %d ms on the"
                + " FX thread (CPU time %d ms)", d.index().size(), ms, (threads.getCurrentThreadCpuTime() - c0) / 1_000_000));
    }

    private static long visibleEvents(Workspace w) {
        long n = 0;
        for (Workspace.Layer l : w.visibleLayers()) n += l.dataset().events().size();
        return n;
    }

    /**
     * Adds a visible layer at the end of the workspace, with the next free colour. Returns its id; {@code shown}
     * completes when the map shows it (see {@link #edit}).
     */
    public String add(String name, Path source, Dataset dataset, LayerInfo info, CompletableFuture<LoadedData> shown) {
        String id = getWorkspace().newLayerId();
        setInfo(id, info);
        String colour = LayerColours.next(getWorkspace());
        edit(w -> w.plus(new Workspace.Layer(id, name, colour, true, source == null ? null : source.toString(), dataset)))
                .whenComplete((d, t) -> {
                    if (t != null) shown.completeExceptionally(t); else shown.complete(d);
                });
        return id;
    }

    /** Shows or hides a layer. */
    public CompletableFuture<LoadedData> setVisible(String id, boolean visible) {
        return edit(w -> w.layer(id).map(l -> w.with(id, l.withVisible(visible))).orElse(w));
    }

    /** Renames a layer (a blank name is ignored). */
    public void rename(String id, String name) {
        if (name == null || name.isBlank()) return;
        edit(w -> w.layer(id).map(l -> w.with(id, l.withName(name.strip()))).orElse(w));
    }

    /** Gives a layer a colour ({@code #rrggbb}), or none (null: the categories' own colours, no ring). */
    public void recolour(String id, String colour) {
        edit(w -> w.layer(id).map(l -> w.with(id, l.withColour(colour))).orElse(w));
    }

    /** Moves a layer to a position (0-based) of the list. */
    public void move(String id, int position) { edit(w -> w.moved(id, position)); }

    /** Removes a layer (its file is untouched). */
    public void remove(String id) {
        infos.remove(id);
        edit(w -> w.minus(id));
    }

    /** Replaces a layer's dataset (its file read again, or read at last), keeping its name, colour and place. */
    public CompletableFuture<LoadedData> replaceDataset(String id, Dataset d, String source, LayerInfo info) {
        setInfo(id, info);
        return edit(w -> w.layer(id).map(l -> w.with(id, new Workspace.Layer(l.id(), l.name(), l.colour(), l.visible(),
                source == null ? l.source() : source, d))).orElse(w));
    }
}
