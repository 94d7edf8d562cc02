/**
 * The runnable jar's headless commands ({@code --help}, {@code --snapshot}, {@code --validate}…): each
 * {@link atlas.cli.Command} parses its options with {@link atlas.cli.Args} and calls the same code the window uses.
 * No logic of its own; may depend on every other package.
 */
package atlas.cli;
