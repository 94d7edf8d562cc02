package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IdLinesTest {
    @Test
    void a_repeated_id_gets_the_line_of_its_first_use() {
        // given
        IdLines ids = new IdLines();
        // when
        assertNull(ids.putIfAbsent("ACLED123", 2));
        assertNull(ids.putIfAbsent("ACLED124", 3));
        // then
        assertEquals(2, ids.putIfAbsent("ACLED123", 9));
        assertEquals(3, ids.putIfAbsent("ACLED124", 10));
        assertEquals(2, ids.size());
    }

    @Test
    void a_million_distinct_ids_are_all_new_and_all_found_again() {
        // given: ids as real files have them, differing in one or two characters
        IdLines ids = new IdLines();
        // when / then
        for (int i = 0; i < 1_000_000; i++) assertNull(ids.putIfAbsent("ARM" + i, i + 2), "id ARM" + i);
        assertEquals(1_000_000, ids.size());
        for (int i = 0; i < 1_000_000; i += 997) assertEquals(i + 2, ids.putIfAbsent("ARM" + i, 0));
    }

    @Test
    void ids_that_differ_only_in_order_or_case_are_distinct() {
        // expect
        assertNotEquals(IdLines.hash("ab"), IdLines.hash("ba"));
        assertNotEquals(IdLines.hash("Ab"), IdLines.hash("ab"));
        assertNotEquals(IdLines.hash(""), IdLines.hash("\0"));
        IdLines ids = new IdLines();
        assertNull(ids.putIfAbsent("", 1));
        assertNull(ids.putIfAbsent("\0", 2));
        assertEquals(1, ids.putIfAbsent("", 3));
    }
}
