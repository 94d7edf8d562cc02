/**
 * Reading and writing files: the story format ({@link atlas.io.StoryReader}, {@link atlas.io.StoryWriter}).
 * Readers report every problem with file, line, column and JSON path and reject a broken file whole; writers
 * save atomically. Depends on atlas.model, atlas.geo and Jackson only; never on JavaFX.
 */
package atlas.io;
