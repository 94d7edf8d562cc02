package atlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {
    @Test
    void singular_party_takes_apostrophe_s() {
        assertEquals("Azerbaijan's account", new Account("Azerbaijan", "x", List.of()).heading());
    }

    @Test
    void party_ending_in_s_takes_apostrophe_only() {
        assertEquals("Nagorno-Karabakh authorities' account",
                new Account("Nagorno-Karabakh authorities", "x", List.of()).heading());
    }
}
