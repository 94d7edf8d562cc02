package atlas.story;

import atlas.io.StoryReader;
import atlas.io.StoryWriter;
import atlas.model.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The story being authored: the story, the file it belongs to (null until saved) and whether it has unsaved
 * changes. Every edit also writes a recovery copy to the recovery folder, so a crash loses nothing; a save or a
 * deliberate discard removes the copy. Opening a broken file throws and changes nothing. FX thread only.
 */
public final class StoryDocument {
    /** The recovery folder used by the app: {@code ~/.corridor-atlas/recovery}. */
    public static Path defaultRecoveryDir() {
        return Path.of(System.getProperty("user.home"), ".corridor-atlas", "recovery");
    }

    private final Path recoveryFile;
    private final Path recoveryOrigin;
    private final StoryReader reader = new StoryReader();
    private final StoryWriter writer = new StoryWriter();
    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(this, "story", Story.titled(atlas.i18n.Texts.get("story.untitled")));
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private IOException lastRecoveryError;

    public StoryDocument(Path recoveryDir) {
        this.recoveryFile = recoveryDir.resolve("recovery.story.json");
        this.recoveryOrigin = recoveryDir.resolve("recovery.origin");
    }

    public ReadOnlyObjectProperty<Story> storyProperty() { return story.getReadOnlyProperty(); }
    public Story getStory() { return story.get(); }

    /** The file the story was opened from or last saved to; null for a new story never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public Path getFile() { return file.get(); }

    /** Whether there are changes not saved to {@link #getFile()}. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public boolean isDirty() { return dirty.get(); }

    /** Starts a new, empty story (the caller asks about unsaved changes first). */
    public void newStory(String title) {
        story.set(Story.titled(title));
        file.set(null);
        dirty.set(false);
        discardRecovery();
    }

    /**
     * Opens a story file. Throws {@link atlas.io.StoryFormatException} listing the problems when the file is
     * invalid; then nothing changes.
     */
    public void open(Path f) throws IOException {
        Story s = reader.read(f);
        story.set(s);
        file.set(f);
        dirty.set(false);
        discardRecovery();
    }

    /** Opens a story read elsewhere (a shipped one) without a file, so saving asks where to. */
    public void openUnsaved(Story s) {
        story.set(s);
        file.set(null);
        dirty.set(false);
        discardRecovery();
    }

    /** Applies an edit; marks the story dirty and writes the recovery copy. */
    public void edit(UnaryOperator<Story> change) {
        Story next = change.apply(story.get());
        if (next.equals(story.get())) return;
        story.set(next);
        dirty.set(true);
        writeRecovery();
    }

    /** Saves to the current file. Throws IllegalStateException when there is none (use {@link #saveAs}). */
    public void save() throws IOException {
        if (file.get() == null) throw new IllegalStateException("the story has no file yet: use Save as");
        saveAs(file.get());
    }

    /** Saves to {@code f} atomically and makes it the story's file. On failure the story stays dirty. */
    public void saveAs(Path f) throws IOException {
        writer.save(story.get(), f);
        file.set(f);
        dirty.set(false);
        discardRecovery();
    }

    /** Gets the recovery copy left by an earlier session, if any. */
    public Optional<Path> recoveryCopy() { return Files.isRegularFile(recoveryFile) ? Optional.of(recoveryFile) : Optional.empty(); }

    /**
     * Loads the recovery copy as the current, unsaved story (its original file, when known, becomes the file).
     * Throws when the copy cannot be read; then nothing changes.
     */
    public void recover() throws IOException {
        Story s = reader.read(recoveryFile);
        Path origin = null;
        if (Files.isRegularFile(recoveryOrigin)) {
            String t = Files.readString(recoveryOrigin, StandardCharsets.UTF_8).trim();
            if (!t.isEmpty()) origin = Path.of(t);
        }
        story.set(s);
        file.set(origin);
        dirty.set(true);
    }

    /** Deletes the recovery copy (after a save, or when the user discards the changes). */
    public void discardRecovery() {
        try {
            Files.deleteIfExists(recoveryFile);
            Files.deleteIfExists(recoveryOrigin);
        } catch (IOException e) {
            lastRecoveryError = e;
        }
    }

    /** Gets the last error writing or deleting the recovery copy, if any (the UI shows it, editing goes on). */
    public Optional<IOException> recoveryError() { return Optional.ofNullable(lastRecoveryError); }

    private void writeRecovery() {
        try {
            writer.saveRecoveryCopy(story.get(), recoveryFile);
            String origin = file.get() == null ? "" : file.get().toAbsolutePath().toString();
            atlas.io.AtomicFiles.write(recoveryOrigin, out -> out.write(origin.getBytes(StandardCharsets.UTF_8)), false);
            lastRecoveryError = null;
        } catch (IOException e) {
            lastRecoveryError = e;
        }
    }
}
