package atlas.model;

/** Which names to show for places the sides name differently. */
public enum NameStyle {
    BOTH("Both names"), ARMENIAN("Armenian usage"), AZERBAIJANI("Azerbaijani usage"), INTERNATIONAL("International / English");

    private final String label;
    NameStyle(String label) { this.label = label; }
    public String label() { return label; }
}
