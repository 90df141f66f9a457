package fr.sillon.web.infra;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Issue 14, point 11: an id in a page address is 1 to 18 digits, or no id (then the page's 404), never a 500. */
class IdConverterTest {
    @Test
    void digitsOnlyAndNeverWrapped() {
        assertEquals(42L, IdConverter.parse("42"));
        assertEquals(999_999_999_999_999_999L, IdConverter.parse("999999999999999999"));
        assertNull(IdConverter.parse("9999999999999999999"), "19 digits: no wrap to another record");
        assertNull(IdConverter.parse("99999999999999999999999"));
        for (String bad : new String[] {null, "", "abc", "-3", "+3", "1.5", " 7", "7 ", "0", "1e3", "٣"}) {
            assertNull(IdConverter.parse(bad), bad);
        }
    }
}
