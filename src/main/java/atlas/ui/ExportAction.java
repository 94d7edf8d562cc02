package atlas.ui;

import atlas.i18n.Texts;
import atlas.io.Exports;
import atlas.model.Category;
import atlas.model.Dataset;
import atlas.model.Place;
import atlas.model.ReferenceFeature;
import atlas.model.TimedEvent;
import atlas.model.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Export from the window: the visible events (every visible layer, the categories chosen) or one layer, to GeoJSON,
 * KML (a {@code TimeStamp} or {@code TimeSpan} on every placemark, so Google Earth's time slider plays it) or CSV,
 * written by atlas.io's writers ({@link Exports}, atomically) on a worker thread. Events of several layers may share
 * ids: the later ones get {@code ~layer-id} appended, so the file holds every event once and re-imports whole.
 */
public final class ExportAction {
    private static final Logger LOG = Logger.getLogger(ExportAction.class.getName());
    /** The title of an exported file of the visible events: data, in English like the record (not the interface's language). */
    private static final String VISIBLE_NAME = "Visible events";
    /** The formats offered, by file ending: the key of the chooser's filter name. */
    private static final List<String[]> FORMATS = List.of(
            new String[] {".geojson", "export.events.filter.geojson"},
            new String[] {".kml", "export.events.filter.kml"},
            new String[] {".csv", "export.events.filter.csv"});

    private final Executor worker;
    private Consumer<String> onDone = m -> { };

    /** Creates the action; files are written on {@code worker}. */
    public ExportAction(Executor worker) { this.worker = worker; }

    /** Sets where the outcome of a finished export is told (the import strip over the map, in the window). */
    public void setOnDone(Consumer<String> report) { onDone = report; }

    /** Asks for a file and exports the events of the visible layers in these categories. FX thread. */
    public void chooseAndExportVisible(Window owner, Workspace w, Set<Category> categories) {
        Dataset d = visible(w, categories);
        if (d.events().isEmpty() && d.references().isEmpty()) {
            Alert a = Dialogs.alert(Alert.AlertType.INFORMATION, Texts.get("export.events.empty"));
            a.setHeaderText(Texts.get("export.events.visible.title"));
            if (owner != null) a.initOwner(owner);
            a.show();
            return;
        }
        Path f = choose(owner, Texts.get("export.events.visible.title"), "visible-events");
        if (f != null) export(d, f);
    }

    /** Asks for a file and exports one layer whole. FX thread. */
    public void chooseAndExportLayer(Window owner, Workspace.Layer layer) {
        Path f = choose(owner, Texts.format("export.events.layer.title", layer.name()), slug(layer.name()));
        if (f != null) export(layer.dataset(), f);
    }

    private static Path choose(Window owner, String title, String name) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        for (String[] f : FORMATS) fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get(f[1]), "*" + f[0]));
        fc.setInitialFileName(name + ".geojson");
        File file = fc.showSaveDialog(owner);
        if (file == null) return null;
        Path p = file.toPath();
        // the chosen filter decides the format when the name has no known ending
        if (Exports.formatOf(p.getFileName().toString()).isEmpty()) {
            int k = fc.getSelectedExtensionFilter() == null ? 0 : fc.getExtensionFilters().indexOf(fc.getSelectedExtensionFilter());
            p = p.resolveSibling(p.getFileName() + FORMATS.get(Math.max(0, k))[0]);
        }
        return p;
    }

    /**
     * Writes a dataset's events to {@code file} in the format its name ends with (GeoJSON when none), on the worker;
     * the future completes on the FX thread with the number of records written. A failure is shown, the file is
     * left as it was.
     */
    public CompletableFuture<Integer> export(Dataset d, Path file) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                Exports.Format f = Exports.formatOf(file.getFileName().toString()).filter(x -> !x.story()).orElse(Exports.geoJson());
                int n = Exports.write(d, null, file, f);
                LOG.info("exported " + n + " records to " + file);
                Platform.runLater(() -> {
                    onDone.accept(Texts.plural("export.events.done", d.events().size(), file.getFileName()));
                    done.complete(n);
                });
            } catch (Exception | OutOfMemoryError e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> {
                    Alert a = Dialogs.alert(Alert.AlertType.ERROR, Texts.format("export.events.failed", file, why));
                    a.setHeaderText(Texts.get("export.events.failed.header"));
                    a.show();
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    /**
     * Gets one dataset of the events of the visible layers in these categories, in layer order, with their places and
     * reference features; ids that an earlier layer already used get {@code ~layer-id} appended (references to places
     * follow).
     */
    public static Dataset visible(Workspace w, Set<Category> categories) {
        List<Place> places = new ArrayList<>();
        List<TimedEvent> events = new ArrayList<>();
        List<ReferenceFeature> refs = new ArrayList<>();
        Set<String> placeIds = new HashSet<>(), eventIds = new HashSet<>(), refIds = new HashSet<>();
        for (Workspace.Layer l : w.visibleLayers()) {
            Dataset d = l.dataset();
            Map<String, String> placeId = new HashMap<>();
            for (Place p : d.places()) {
                String id = unique(p.id(), l.id(), placeIds);
                placeId.put(p.id(), id);
                places.add(id.equals(p.id()) ? p : new Place(id, p.names(), p.type(), p.point(), p.status(), p.errorKm(), p.sources(), p.note()));
            }
            for (TimedEvent e : d.events()) {
                if (!categories.contains(e.category())) continue;
                String id = unique(e.id(), l.id(), eventIds);
                String pid = e.placeId() == null ? null : placeId.getOrDefault(e.placeId(), e.placeId());
                events.add(id.equals(e.id()) && java.util.Objects.equals(pid, e.placeId()) ? e
                        : new TimedEvent(id, e.start(), e.end(), e.title(), e.summary(), e.category(), pid, e.point(),
                        e.sources(), e.accounts(), e.location(), e.geometry(), e.track(), e.attributes()));
            }
            for (ReferenceFeature r : d.references()) {
                String id = unique(r.id(), l.id(), refIds);
                refs.add(id.equals(r.id()) ? r : new ReferenceFeature(id, r.name(), r.geometry(), r.description(), r.attributes()));
            }
        }
        return new Dataset(Dataset.FORMAT_VERSION, VISIBLE_NAME, places, events, List.of(), refs);
    }

    private static String unique(String id, String layerId, Set<String> used) {
        String out = id;
        for (int k = 2; !used.add(out); k++) out = id + "~" + layerId + (k > 2 ? "-" + k : "");
        return out;
    }

    /** Gets a file name from a layer name: lower case letters, digits and dashes. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "layer" : s.substring(0, Math.min(60, s.length()));
    }
}
