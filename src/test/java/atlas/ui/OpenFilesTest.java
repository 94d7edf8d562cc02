package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.Launcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point for files handed to the app: which opener gets a file, and what is refused and said. */
class OpenFilesTest {
    @TempDir Path dir;
    private final List<String> opened = new ArrayList<>();
    private final List<String> reports = new ArrayList<>();

    private OpenFiles openFiles() {
        OpenFiles o = new OpenFiles();
        o.setOnRefused(reports::add);
        o.add(opener("datasets (.atlas.json)", (f, head) -> OpenFiles.nameEndsWith(f, ".atlas.json") ? OpenFiles.Claim.YES
                : OpenFiles.nameEndsWith(f, ".json") ? OpenFiles.Claim.MAYBE : OpenFiles.Claim.NO));
        o.add(opener("stories (.story.json)", (f, head) -> head.contains("\"corridor-atlas-story\"") ? OpenFiles.Claim.YES : OpenFiles.Claim.NO));
        return o;
    }

    private OpenFiles.Opener opener(String what, java.util.function.BiFunction<Path, String, OpenFiles.Claim> claim) {
        return new OpenFiles.Opener() {
            @Override public String description() { return what; }
            @Override public OpenFiles.Claim claim(Path file, String head) { return claim.apply(file, head); }
            @Override public void open(Path file) { opened.add(what.split(" ")[0] + ":" + file.getFileName()); }
        };
    }

    @Test
    void each_file_goes_to_the_opener_that_claims_it_most_firmly() throws Exception {
        // given: a dataset, a story by its signature in a plain .json, a plain .json dataset
        Path dataset = Files.writeString(dir.resolve("a.atlas.json"), "{\"type\": \"FeatureCollection\"}");
        Path story = Files.writeString(dir.resolve("lesson.json"), "{\n  \"format\": \"corridor-atlas-story\", \"stops\": []}");
        Path plain = Files.writeString(dir.resolve("plain.json"), "{\"type\": \"FeatureCollection\"}");
        // when
        List<Path> refused = openFiles().open(List.of(dataset, story, plain));
        // then: in order, none refused, nothing reported
        assertEquals(List.of("datasets:a.atlas.json", "stories:lesson.json", "datasets:plain.json"), opened);
        assertTrue(refused.isEmpty());
        assertTrue(reports.isEmpty());
    }

    @Test
    void unknown_missing_and_folder_arguments_are_refused_in_one_message_that_says_what_the_app_opens() throws Exception {
        // given
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path dataset = Files.writeString(dir.resolve("b.atlas.json"), "{}");
        // when: a command line with an unknown type, a missing file, a folder and a good file
        List<String> refused = openFiles().openArguments(List.of(notes.toString(), dir.resolve("gone.atlas.json").toString(),
                dir.toString(), dataset.toUri().toString()));
        // then: the good one (given as a file: URI, as some desktops pass it) is opened, the others are refused
        assertEquals(List.of("datasets:b.atlas.json"), opened);
        assertEquals(3, refused.size());
        assertEquals(1, reports.size(), "one message for all refused files");
        String m = reports.get(0);
        assertTrue(m.contains(notes + ": not a type of file Corridor Atlas opens"), m);
        assertTrue(m.contains("gone.atlas.json: no such file"), m);
        assertTrue(m.contains(dir + ": a folder, not a file"), m);
        assertTrue(m.endsWith("Corridor Atlas opens datasets (.atlas.json) and stories (.story.json)."), m);
    }

    @Test
    void relative_arguments_are_read_from_the_working_directory() throws Exception {
        // given: a file in the working directory, named relatively
        Path here = Path.of("").toAbsolutePath();
        Path file = Files.createTempFile(here.resolve("target"), "relative", ".atlas.json");
        try {
            // when
            openFiles().openArguments(List.of(here.relativize(file).toString()));
            // then
            assertEquals(List.of("datasets:" + file.getFileName()), opened);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void the_launcher_opens_the_window_for_no_arguments_or_files_only_and_runs_commands_otherwise() {
        assertTrue(Launcher.opensWindow(new String[0]));
        assertTrue(Launcher.opensWindow(new String[] {"a.atlas.json", "lesson.story.json"}));
        assertTrue(Launcher.opensWindow(new String[] {"file:///tmp/a.atlas.json"}));
        assertFalse(Launcher.opensWindow(new String[] {"--validate", "a.atlas.json"}));
        assertFalse(Launcher.opensWindow(new String[] {"a.atlas.json", "--help"}));
        assertFalse(Launcher.opensWindow(new String[] {"-h"}));
    }
}
