package atlas.io;

/** A missing or unreadable asset file; the message names the file and, where known, the line and column. */
public final class AssetException extends RuntimeException {
    private final String file;

    public AssetException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public AssetException(String file, String message) { this(file, message, null); }

    /** Gets the asset's path, e.g. {@code assets/basemap/context/countries.geojson}. */
    public String file() { return file; }
}
