/**
 * Classroom presentation mode: stories of map stops on the timeline. {@link atlas.story.StoryDocument} and
 * {@link atlas.story.StoryPanel} author a story; {@link atlas.story.StoryPlayer} applies a stop to the
 * {@link atlas.ui.AtlasState} at once and flies the {@link atlas.story.MapCamera} there;
 * {@link atlas.story.Presentation} shows it full screen (with a presenter view on a second screen);
 * {@link atlas.story.SlideExport} and {@link atlas.story.HandoutExport} write PNG slides and a PDF handout.
 *
 * <p>Depends on atlas.ui (and below: map, io, model), JavaFX and PDFBox. FX thread only, except the exports,
 * which call their {@link atlas.story.StopRenderer} from the calling thread.
 */
package atlas.story;
