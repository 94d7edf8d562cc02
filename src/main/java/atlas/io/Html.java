package atlas.io;

import java.util.Locale;

/**
 * Reduces HTML (KML descriptions, TimelineJS and StoryMapJS texts) to safe plain text with the atlas's emphasis:
 * {@code <b>}/{@code <strong>} become {@code **bold**}, {@code <i>}/{@code <em>} become {@code *italic*},
 * {@code <br>}, {@code <p>}, {@code <div>} and {@code <li>} break lines, a link keeps its text and its address in
 * brackets, {@code <script>} and {@code <style>} are dropped with their content, every other tag is dropped, and
 * character references are decoded. The result never holds markup, so no view can be made to run or load anything.
 */
public final class Html {
    private Html() {}

    /** Gets the plain text of an HTML fragment (null gives ""). */
    public static String toText(String html) {
        if (html == null || html.isEmpty()) return "";
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) return html.strip();
        StringBuilder out = new StringBuilder(html.length());
        String href = null;
        int i = 0, n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) { out.append(html, i, n); break; }
                String tag = html.substring(i + 1, end).trim();
                if (tag.startsWith("!--")) {
                    int close = html.indexOf("-->", i);
                    i = close < 0 ? n : close + 3;
                    continue;
                }
                boolean closing = tag.startsWith("/");
                String name = (closing ? tag.substring(1) : tag).split("[\\s/]", 2)[0].toLowerCase(Locale.ROOT);
                switch (name) {
                    case "script", "style" -> {
                        if (!closing) {
                            int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, end);
                            int gt = close < 0 ? -1 : html.indexOf('>', close);
                            i = gt < 0 ? n : gt + 1;
                            continue;
                        }
                    }
                    case "b", "strong" -> out.append("**");
                    case "i", "em" -> out.append('*');
                    case "br" -> out.append('\n');
                    case "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6" -> {
                        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
                    }
                    case "a" -> {
                        if (closing) {
                            if (href != null && !href.isBlank() && !out.toString().endsWith(href)) out.append(" (").append(href).append(')');
                            href = null;
                        } else {
                            href = attribute(tag, "href");
                            if (href != null && !(href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")))
                                href = null;
                        }
                    }
                    default -> { }
                }
                i = end + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                if (semi > i && semi - i <= 10) {
                    String ent = html.substring(i + 1, semi);
                    String dec = entity(ent);
                    if (dec != null) { out.append(dec); i = semi + 1; continue; }
                }
                out.append(c);
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String attribute(String tag, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").matcher(tag);
        if (!m.find()) return null;
        String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        return toText(v);
    }

    private static String entity(String e) {
        switch (e) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            case "mdash": return "—";
            case "ndash": return "–";
            case "hellip": return "…";
            default:
        }
        try {
            int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                    : e.startsWith("#") ? Integer.parseInt(e.substring(1)) : -1;
            if (cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return null;
            if (cp < 0x20 && cp != '\n' && cp != '\t') return "";
            return new String(Character.toChars(cp));
        } catch (NumberFormatException x) {
            return null;
        }
    }
}
