package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.ui.AtlasState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** Crash recovery of unsaved edits, and the presenter view's next stop, notes and elapsed time. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StoryDocumentTest {
    @TempDir Path dir;

    @Test
    void a_new_session_recovers_the_unsaved_edits_of_a_crashed_one() throws Exception {
        // given: a session edits a saved story and "crashes" (never saves)
        Path rec = dir.resolve("recovery");
        Path file = dir.resolve("mine.story.json");
        StoryDocument first = new StoryDocument(rec);
        StoryPlayerTest.fx(() -> {
            first.edit(s -> s.withTitle("Mine"));
            try { first.saveAs(file); } catch (Exception e) { throw new RuntimeException(e); }
            first.edit(s -> s.withStopAdded(0, Stop.at("Unsaved stop", LocalDate.of(2022, 8, 30), LatLon.of(39.6, 46.6), 11)));
        });
        // when
        StoryDocument second = new StoryDocument(rec);
        assertTrue(second.recoveryCopy().isPresent());
        StoryPlayerTest.fx(() -> { try { second.recover(); } catch (Exception e) { throw new RuntimeException(e); } });
        // then
        assertEquals(first.getStory(), second.getStory());
        assertEquals(file.toAbsolutePath(), second.getFile());
        assertTrue(second.isDirty(), "recovered edits are still unsaved");
    }

    @Test
    void discarding_removes_the_recovery_copy() throws Exception {
        StoryDocument d = new StoryDocument(dir);
        StoryPlayerTest.fx(() -> d.edit(s -> s.withTitle("Changed")));
        assertTrue(d.recoveryCopy().isPresent());
        StoryPlayerTest.fx(d::discardRecovery);
        assertFalse(d.recoveryCopy().isPresent());
    }

    @Test
    void presenter_view_shows_next_stop_notes_and_elapsed_time() throws Exception {
        // given
        AtlasState state = new AtlasState();
        PlainCamera cam = new PlainCamera(LatLon.of(39.7, 46.5), 9);
        StoryPlayer player = new StoryPlayer(state, cam);
        Story story = new Story("S", "", List.of(
                Stop.at("First", LocalDate.of(2020, 11, 10), LatLon.of(39.6, 46.5), 10).withNotes("Say hello."),
                Stop.at("Second", LocalDate.of(2022, 8, 30), LatLon.of(39.6, 46.6), 11)));
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        Clock[] clock = {Clock.fixed(t0, ZoneOffset.UTC)};
        Clock ticking = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId z) { return this; }
            @Override public Instant instant() { return clock[0].instant(); }
        };
        PresenterView[] view = new PresenterView[1];
        StoryPlayerTest.fx(() -> {
            player.setStory(story);
            player.setFlightTime(javafx.util.Duration.ZERO);
            player.first();
            view[0] = new PresenterView(player, state, ticking);
        });
        // when
        clock[0] = Clock.fixed(t0.plus(Duration.ofSeconds(754)), ZoneOffset.UTC);
        org.testfx.util.WaitForAsyncUtils.sleep(1300, java.util.concurrent.TimeUnit.MILLISECONDS);
        // then
        StoryPlayerTest.fx(() -> {
            assertEquals("12:34", view[0].elapsedText());
            assertEquals("Next: 2. Second", ((javafx.scene.control.Label) view[0].lookup("#presenter-next")).getText());
            assertEquals("Say hello.", ((javafx.scene.control.Label) view[0].lookup("#presenter-notes")).getText());
            player.next();
            assertEquals("Next: (end of story)", ((javafx.scene.control.Label) view[0].lookup("#presenter-next")).getText());
            view[0].dispose();
        });
    }
}
