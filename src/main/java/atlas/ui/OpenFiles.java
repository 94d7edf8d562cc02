package atlas.ui;

import atlas.i18n.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;

/**
 * Opens the files handed to the app: the ones on its command line ({@code corridor-atlas FILE...}, which is also how
 * a desktop's file association starts it) and any later route (drag and drop, a recent-files list). Each file goes to
 * the {@link Opener} that claims it most firmly; a file no opener takes, or one that does not exist, is refused with a
 * message naming it and listing what the app opens. Features register their own openers with {@link #add}: the app
 * opens datasets, the story mode stories, importers their formats.
 */
public final class OpenFiles {
    /** How many bytes of a file an opener sees to recognise it (a signature, a root element). */
    public static final int HEAD_BYTES = 4096;


    /** How firmly an opener claims a file. */
    public enum Claim {
        /** Not this opener's file. */
        NO,
        /** Could be: a generic extension the opener also reads (e.g. {@code .json} for a dataset). */
        MAYBE,
        /** This opener's own type: its extension or its signature. */
        YES
    }

    /** Opens one kind of file. */
    public interface Opener {
        /** Gets what it opens, for the message about refused files, e.g. {@code "datasets (.atlas.json)"}. */
        String description();

        /** Tells how firmly it claims {@code file}, from its name and the first {@link #HEAD_BYTES} of it. */
        Claim claim(Path file, String head);

        /** Opens the file. FX thread; reports its own problems with the file's content. */
        void open(Path file);
    }

    private final List<Opener> openers = new ArrayList<>();
    private Consumer<String> onRefused = OpenFiles::showRefused;
    private Consumer<Path> onOpened = f -> { };

    /** Adds an opener; between equal claims the one added first wins. */
    public void add(Opener opener) { openers.add(Objects.requireNonNull(opener)); }

    /** Gets the openers, in the order they were added. */
    public List<Opener> openers() { return List.copyOf(openers); }

    /** Sets what learns of each file handed to an opener (the recent-files list), after the opener took it. */
    public void setOnOpened(Consumer<Path> opened) { onOpened = Objects.requireNonNull(opened); }

    /** Replaces how refused files are reported (a dialog by default); the argument is the full message. */
    public void setOnRefused(Consumer<String> report) { onRefused = Objects.requireNonNull(report); }

    /**
     * Opens the files, in order, each with the opener that claims it most firmly. Reports the refused ones in one
     * message and returns them (empty when every file was handed to an opener). FX thread.
     */
    public List<Path> open(List<Path> files) {
        List<String> refused = new ArrayList<>();
        List<Path> refusedFiles = new ArrayList<>();
        for (Path f : files) {
            String why = openOne(f);
            if (why != null) {
                refused.add(f + ": " + why);
                refusedFiles.add(f);
            }
        }
        report(refused);
        return refusedFiles;
    }

    /**
     * Opens the files named on a command line: plain paths (relative to the working directory) or {@code file:}
     * URIs, as some desktops pass them. Returns the arguments that were refused. FX thread.
     */
    public List<String> openArguments(List<String> args) {
        List<String> refused = new ArrayList<>();
        List<String> refusedArgs = new ArrayList<>();
        for (String a : args) {
            Path f;
            try {
                f = a.startsWith("file:") ? Path.of(URI.create(a)) : Path.of(a).toAbsolutePath().normalize();
            } catch (IllegalArgumentException | FileSystemNotFoundException e) {
                refused.add(a + ": " + Texts.get("open.files.not-a-path"));
                refusedArgs.add(a);
                continue;
            }
            String why = openOne(f);
            if (why != null) {
                refused.add(f + ": " + why);
                refusedArgs.add(a);
            }
        }
        report(refused);
        return refusedArgs;
    }

    /** Opens one file; returns why it was refused, or null when an opener took it. */
    private String openOne(Path f) {
        if (!Files.exists(f)) return Texts.get("open.files.not-found");
        if (Files.isDirectory(f)) return Texts.get("open.files.folder");
        Opener best;
        try {
            best = choose(f, head(f));
        } catch (IOException e) {
            return Texts.format("open.files.unreadable", e.getMessage() == null ? e.toString() : e.getMessage());
        }
        if (best == null) return Texts.get("open.files.unknown-type");
        best.open(f);
        onOpened.accept(f);
        return null;
    }

    private void report(List<String> refused) {
        if (!refused.isEmpty()) onRefused.accept(String.join("\n", refused) + "\n\n" + opensWhat() + ".");
    }

    /** Gets the opener that claims a file most firmly, or null when none does. */
    public Opener choose(Path file, String head) {
        Opener best = null;
        Claim bestClaim = Claim.NO;
        for (Opener o : openers) {
            Claim c = o.claim(file, head);
            if (c.compareTo(bestClaim) > 0) {
                best = o;
                bestClaim = c;
            }
        }
        return best;
    }

    /** Gets the sentence that lists what the app opens, e.g. "Corridor Atlas opens datasets (...) and stories (...)". */
    public String opensWhat() {
        List<String> what = openers.stream().map(Opener::description).collect(Collectors.toList());
        if (what.isEmpty()) return Texts.get("open.files.opens-nothing");
        if (what.size() == 1) return Texts.format("open.files.opens", what.get(0));
        return Texts.format("open.files.opens", Texts.format("format.and", String.join(", ", what.subList(0, what.size() - 1)),
                what.get(what.size() - 1)));
    }

    /** Tells whether a file's name ends with one of the suffixes, ignoring case. */
    public static boolean nameEndsWith(Path file, String... suffixes) {
        Path name = file.getFileName();
        if (name == null) return false;
        String n = name.toString().toLowerCase(Locale.ROOT);
        for (String s : suffixes) if (n.endsWith(s)) return true;
        return false;
    }

    /** Reads the first {@link #HEAD_BYTES} of a file as UTF-8 (a cut character at the end does no harm). */
    static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        }
    }

    private static void showRefused(String message) {
        System.err.println(Texts.get("open.files.refused") + ":\n" + message);
        Alert a = Dialogs.localize(new Alert(Alert.AlertType.WARNING));
        a.setTitle(Texts.get("open.files.title"));
        a.setHeaderText(Texts.get("open.files.refused"));
        a.setContentText(message);
        a.getDialogPane().setMinWidth(600);
        a.show();
    }
}
