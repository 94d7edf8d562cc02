/**
 * The interface's languages and texts: {@link atlas.i18n.Language} (English, Armenian, Azerbaijani in Latin script,
 * Russian) and {@link atlas.i18n.Texts}, which reads every user-visible string from the resource bundles
 * {@code atlas/i18n/messages*.properties} and formats dates and numbers for the current language (java.time and
 * java.text with its locale). Every layer may use it (the model too: its labels of categories, name styles, time
 * windows and dates come from here).
 *
 * <p>Depends only on {@code java.*}. The bundles are UTF-8 properties files; how to add a string is in the README's
 * developer section.
 */
package atlas.i18n;
