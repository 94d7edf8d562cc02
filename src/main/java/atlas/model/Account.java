package atlas.model;

import java.util.List;
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

    /** Gets the heading of this account: "Azerbaijan's account", "Nagorno-Karabakh authorities' account". */
    public String heading() {
        return party + (party.endsWith("s") ? "' account" : "'s account");
    }
}
