package atlas.model;

import atlas.i18n.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One party's account of a disputed event ("Azerbaijan says …"), kept apart from the other parties'
 * accounts so that no view has to merge them into a single claim.
 */
public record Account(String party, String statement, List<Source> sources) {
    public Account {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(statement, "statement");
        sources = List.copyOf(sources);
    }

    /**
     * Gets the heading of this account in the interface's language: "Azerbaijan's account", "Nagorno-Karabakh
     * authorities' account". The parties the shipped record names have their own heading in each language; any other
     * party's name is shown as the dataset gives it.
     */
    public String heading() {
        String slug = party.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String known = Texts.getOrDefault("account.party." + slug, null);
        if (known != null) return known;
        return Texts.format(party.endsWith("s") ? "account.heading.plural" : "account.heading", party);
    }
}
