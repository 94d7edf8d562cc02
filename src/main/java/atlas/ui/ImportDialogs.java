package atlas.ui;

import atlas.io.ImportResult;
import atlas.io.Problem;
import java.util.List;
import java.util.Locale;
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
    private static final String TITLE = "Import";
    private static final String PARTIAL_HEADER = "%s has records with problems";
    private static final String PARTIAL_TEXT = "%s can be imported; %s skipped because of the %s listed below. Nothing is"
            + " imported if you cancel.";
    private static final String VALID_ONE = "1 valid record", VALID_MANY = "%,d valid records";
    private static final String SKIPPED_ONE = "1 record is", SKIPPED_MANY = "%,d records are";
    private static final String PROBLEM_ONE = "problem", PROBLEMS_MANY = "%,d problems";
    private static final String IMPORT_VALID = "Import the %s and list the %s";
    private static final String LIST_ONE = "skipped one", LIST_MANY = "%,d skipped ones";
    private static final String REJECTED_HEADER = "%s was not imported";
    private static final String REJECTED_TEXT = "Nothing was imported; the workspace is unchanged.";
    private static final String MORE = "… and %,d more problems (not listed)";
    private static final String SKIPPED_TITLE = "Skipped records";
    private static final String SKIPPED_HEADER = "%s: %,d records were skipped at import";

    private final Window owner;

    ImportDialogs(Window owner) { this.owner = owner; }

    @Override public CompletableFuture<Boolean> confirmPartial(ImportResult r) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        int valid = r.dataset() == null ? 0 : r.validCount();
        ButtonType ok = new ButtonType(String.format(Locale.ROOT, IMPORT_VALID, plural(valid, VALID_ONE, VALID_MANY),
                plural(r.skipped(), LIST_ONE, LIST_MANY)), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(TITLE);
        d.setHeaderText(String.format(Locale.ROOT, PARTIAL_HEADER, r.file()));
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ok).setId("import-valid");
        // the offer is a sentence: its button takes the width it needs, Cancel keeps its own
        ButtonBar.setButtonUniformSize(d.getDialogPane().lookupButton(ok), false);
        ButtonBar.setButtonUniformSize(d.getDialogPane().lookupButton(ButtonType.CANCEL), false);
        d.getDialogPane().lookupButton(ButtonType.CANCEL).setId("import-cancel-partial");
        Label what = new Label(String.format(Locale.ROOT, PARTIAL_TEXT, plural(valid, VALID_ONE, VALID_MANY),
                plural(r.skipped(), SKIPPED_ONE, SKIPPED_MANY), plural(r.problemCount(), PROBLEM_ONE, PROBLEMS_MANY)));
        what.setWrapText(true);
        d.getDialogPane().setContent(content(what, r.problems(), r.problemCount()));
        style(d.getDialogPane());
        d.getDialogPane().setPrefWidth(760);
        d.setResizable(true);
        if (owner != null) d.initOwner(owner);
        d.setOnHidden(e -> answer.complete(d.getResult() == ok));
        d.show();
        return answer;
    }

    @Override public void rejected(ImportResult r) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setTitle(TITLE);
        a.setHeaderText(String.format(Locale.ROOT, REJECTED_HEADER, r.file()));
        Label what = new Label(REJECTED_TEXT);
        what.setWrapText(true);
        a.getDialogPane().setContent(content(what, r.problems(), r.problemCount()));
        style(a.getDialogPane());
        a.getDialogPane().setPrefWidth(760);
        a.setResizable(true);
        if (owner != null) a.initOwner(owner);
        System.err.println(atlas.io.TerminalText.escape(r.file() + " was not imported: "
                + (r.problems().isEmpty() ? r.summary() : r.problems().get(0).toString())));
        a.show();
    }

    /** Shows the problems of the records skipped when a layer was imported. */
    static void showSkipped(Window owner, String layer, List<Problem> problems, int skipped) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle(SKIPPED_TITLE);
        a.setHeaderText(String.format(Locale.ROOT, SKIPPED_HEADER, layer, skipped));
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

    /** Gets "1 valid record" or "12 valid records": the singular text, or the plural one with the count. */
    static String plural(int n, String one, String many) {
        return n == 1 ? one : String.format(Locale.ROOT, many, n);
    }

    /** Gets the problems one a line, with how many more there are when not all were kept. */
    static String text(List<Problem> problems, int total) {
        String s = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        if (total > problems.size()) s += "\n" + String.format(Locale.ROOT, MORE, total - problems.size());
        return s;
    }
}
