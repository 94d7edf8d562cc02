package atlas.model;

import java.util.Objects;

/** A published source: title, optional URL, optional publisher (e.g. "Wikipedia", "Armenpress", "AZERTAC"). */
public record Source(String title, String url, String publisher) {
    public Source {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) throw new IllegalArgumentException("source title is blank");
    }
}
