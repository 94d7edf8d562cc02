package atlas.ui;

import atlas.i18n.Texts;
import atlas.io.ImportResult;
import atlas.io.Problem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The questions and reports of an import, as dialogs that do not block (the window keeps painting behind them):
 * "import the N valid records and list the M skipped ones, or cancel" for a file with problems, and why a file was
 * not imported. Every problem is listed with its place ({@code file:line:column: path: message}). Ids:
 * {@code #import-problems} (the list), buttons {@code #import-valid} and {@code #import-cancel-partial}.
 */
final class ImportDialogs implements ImportAction.Choices {

    private final Window owner;

    ImportDialogs(Window owner) { this.owner = owner; }

    @Override public CompletableFuture<Boolean> confirmPartial(ImportResult r) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        int valid = r.dataset() == null ? 0 : r.validCount();
        // "Import the 12 valid records and list the 3 skipped ones": each count agrees with its own noun
        ButtonType ok = new ButtonType(Texts.format("import.partial.button", Texts.plural("import.partial.valid", valid),
                single("import.partial.list.single", "import.partial.list", r.skipped())), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = Dialogs.cancel();
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Texts.get("import.title"));
        d.setHeaderText(Texts.format("import.partial.header", r.file()));
        d.getDialogPane().getButtonTypes().addAll(ok, cancel);
        d.getDialogPane().lookupButton(ok).setId("import-valid");
        // the offer is a sentence: its button takes the width it needs, Cancel keeps its own
        ButtonBar.setButtonUniformSize(d.getDialogPane().lookupButton(ok), false);
        ButtonBar.setButtonUniformSize(d.getDialogPane().lookupButton(cancel), false);
        d.getDialogPane().lookupButton(cancel).setId("import-cancel-partial");
        Label what = new Label(Texts.format("import.partial.text", Texts.plural("import.partial.valid", valid),
                Texts.plural("import.partial.skipped", r.skipped()), single("import.partial.problems.single", "import.partial.problems", r.problemCount())));
        what.setWrapText(true);
        d.getDialogPane().setContent(content(what, r.problems(), r.problemCount()));
        Dialogs.localize(d);
        style(d.getDialogPane());
        d.getDialogPane().setPrefWidth(760);
        d.setResizable(true);
        if (owner != null) d.initOwner(owner);
        d.setOnHidden(e -> answer.complete(d.getResult() == ok));
        d.show();
        return answer;
    }

    @Override public void rejected(ImportResult r) {
        Alert a = Dialogs.localize(new Alert(Alert.AlertType.ERROR));
        a.setTitle(Texts.get("import.title"));
        a.setHeaderText(Texts.format("import.rejected.header", r.file()));
        Label what = new Label(Texts.get("import.rejected.text"));
        what.setWrapText(true);
        a.getDialogPane().setContent(content(what, r.problems(), r.problemCount()));
        style(a.getDialogPane());
        a.getDialogPane().setPrefWidth(760);
        a.setResizable(true);
        if (owner != null) a.initOwner(owner);
        System.err.println(atlas.io.TerminalText.escape(Texts.format("import.rejected.log", r.file()) + ": "
                + (r.problems().isEmpty() ? r.summary() : r.problems().get(0).toString())));
        a.show();
    }

    /** Shows the problems of the records skipped when a layer was imported. */
    static void showSkipped(Window owner, String layer, List<Problem> problems, int skipped) {
        Alert a = Dialogs.localize(new Alert(Alert.AlertType.INFORMATION));
        a.setTitle(Texts.get("import.skipped.title"));
        a.setHeaderText(Texts.plural("import.skipped.header", skipped, layer));
        a.getDialogPane().setContent(content(null, problems, problems.size()));
        style(a.getDialogPane());
        a.getDialogPane().setPrefWidth(760);
        a.setResizable(true);
        if (owner != null) a.initOwner(owner);
        a.show();
    }

    private static VBox content(Label what, List<Problem> problems, int total) {
        TextArea list = new TextArea(text(problems, total));
        list.setId("import-problems");
        list.setEditable(false);
        list.setWrapText(true);
        list.getStyleClass().add("problem-list");
        list.setPrefRowCount(Math.min(14, Math.max(4, problems.size() + 1)));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = what == null ? new VBox(8, list) : new VBox(8, what, list);
        return box;
    }

    private static void style(javafx.scene.control.DialogPane pane) {
        pane.getStylesheets().add(ImportDialogs.class.getResource("workspace.css").toExternalForm());
    }

    /**
     * Gets the text of exactly one thing, without its number ("the skipped one", "the problem"), or the plural form of
     * a count (whose form for "one" still names its number: Russian says "21 пропущенную").
     */
    private static String single(String singleKey, String pluralKey, int n) {
        return n == 1 ? Texts.get(singleKey) : Texts.plural(pluralKey, n);
    }

    /** Gets the problems one a line, with how many more there are when not all were kept. */
    static String text(List<Problem> problems, int total) {
        String s = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        if (total > problems.size()) s += "\n" + Texts.plural("import.more-problems", total - problems.size());
        return s;
    }
}
