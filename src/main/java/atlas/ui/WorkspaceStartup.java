package atlas.ui;

import atlas.i18n.Texts;
import atlas.io.WorkspaceFile;
import atlas.model.Dataset;
import atlas.model.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * The workspace at start-up: the one remembered last time ({@link WorkspaceStore}), with the shipped record at its
 * place. Its layers are set up at once, before the first map paint, with only what costs nothing: the shipped
 * record, and for each remembered file an empty layer marked "reading…" (or "file missing" when the file is gone).
 * The files are read after the first paint, one after another, off the FX thread ({@link #reopen}); then one notice
 * lists the files that could not be opened. A missing file's layer is KEPT, greyed, "file missing": the file may be
 * on a drive that is not mounted, or moved; the user can locate it or remove the layer, and it is remembered until
 * then (dropping it silently would lose the user's name, colour and order for good).
 */
final class WorkspaceStartup {
    private static final String FAILED = "%s — %s: %s";

    /** The workspace to start with and the status of its layers. */
    record Initial(Workspace workspace, Map<String, WorkspaceEditor.LayerInfo> infos, List<String> recent) {}

    private WorkspaceStartup() {}

    /**
     * Gets the workspace to start with: the remembered layers in order, the shipped record where it was (first
     * when it was not remembered), and for each remembered file an empty layer, "reading…" or "file missing".
     */
    static Initial initial(Dataset shipped, WorkspaceFile.Saved saved) {
        List<Workspace.Layer> layers = new ArrayList<>();
        Map<String, WorkspaceEditor.LayerInfo> infos = new HashMap<>();
        int k = 0;
        boolean shippedSeen = saved.layers().stream().anyMatch(WorkspaceFile.Entry::isShipped);
        if (!shippedSeen) layers.add(new Workspace.Layer("layer-" + ++k, shipped.title(), null, true, null, shipped));
        for (WorkspaceFile.Entry e : saved.layers()) {
            String id = "layer-" + ++k;
            if (e.isShipped()) {
                layers.add(new Workspace.Layer(id, e.name().isBlank() ? shipped.title() : e.name(), e.colour(), e.visible(),
                        null, shipped));
                continue;
            }
            boolean exists;
            try {
                exists = Files.isRegularFile(Path.of(e.file()));
            } catch (RuntimeException bad) {
                exists = false;
            }
            layers.add(new Workspace.Layer(id, e.name(), e.colour(), e.visible(), e.file(),
                    new Dataset(Dataset.FORMAT_VERSION, e.name(), List.of(), List.of(), List.of())));
            infos.put(id, exists ? WorkspaceEditor.LayerInfo.LOADING
                    : new WorkspaceEditor.LayerInfo(WorkspaceEditor.Status.MISSING, "", List.of(), 0));
        }
        return new Initial(new Workspace(layers), infos, saved.recent());
    }

    /**
     * Reads the files of the layers marked "reading…", one after another (quietly: valid records of a file with
     * problems are kept and its skipped records listed on the layer), then reports in ONE notice every layer whose
     * file is missing or could not be read. FX thread; the future completes when all were read.
     */
    static CompletableFuture<Void> reopen(ImportAction imports, Consumer<String> notice) {
        WorkspaceEditor editor = imports.editor();
        List<CompletableFuture<ImportAction.Outcome>> reads = new ArrayList<>();
        for (Workspace.Layer l : editor.getWorkspace().layers()) {
            if (editor.info(l.id()).status() == WorkspaceEditor.Status.LOADING)
                reads.add(imports.reopen(l.id(), Path.of(l.source()), false));
        }
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).handle((x, t) -> {
            String text = notice(editor);
            if (text != null) notice.accept(text);
            return null;
        });
    }

    /** Gets the notice listing the layers whose file is missing or unread, or null when there are none. */
    static String notice(WorkspaceEditor editor) {
        List<String> lines = new ArrayList<>();
        for (Workspace.Layer l : editor.getWorkspace().layers()) {
            WorkspaceEditor.LayerInfo i = editor.info(l.id());
            if (i.status() == WorkspaceEditor.Status.MISSING) lines.add(Texts.format("workspace.notice.missing", l.name(), l.source()));
            else if (i.status() == WorkspaceEditor.Status.FAILED)
                lines.add(String.format(Locale.ROOT, FAILED, l.name(), l.source(), i.message()));
        }
        return lines.isEmpty() ? null : String.join("\n", lines) + "\n\n" + Texts.get("workspace.notice.footer");
    }

    /** Shows the notice as a dialog that does not block. */
    static void showNotice(Window owner, String text) {
        System.err.println(atlas.io.TerminalText.escape(Texts.get("workspace.notice.header") + ": " + text.replaceAll("\\R+", "; ")));
        Alert a = Dialogs.localize(new Alert(Alert.AlertType.WARNING));
        a.setTitle(Texts.get("workspace.notice.title"));
        a.setHeaderText(Texts.get("workspace.notice.header"));
        a.setContentText(text);
        a.getDialogPane().setMinWidth(620);
        if (owner != null) a.initOwner(owner);
        a.show();
    }
}
