package fr.sillon.domain.certificate;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {
    @Test
    void aCodeIsTwoGroupsOfFiveReadableCharacters() {
        String code = VerificationCode.generate();
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"), code);
        assertEquals(code, VerificationCode.normalise(code));
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(VerificationCode.generate()));
        }
    }

    @Test
    void aCodeTypedFromPaperIsRecognised() {
        assertEquals("K7M21-Q9X40", VerificationCode.normalise(" k7m2l q9x4o "));
        assertEquals("K7M21-Q9X40", VerificationCode.normalise("K7M2I-Q9X4O"));
        assertTrue(VerificationCode.matches("K7M21-Q9X40", "k7m21q9x40"));
    }

    @Test
    void anythingElseIsNoCode() {
        assertNull(VerificationCode.normalise(null));
        assertNull(VerificationCode.normalise("K7M21-Q9X4"), "nine characters");
        assertNull(VerificationCode.normalise("K7M21-Q9X400"), "eleven characters");
        assertNull(VerificationCode.normalise("K7M21-Q9X4U"), "U is not in the alphabet");
        assertNull(VerificationCode.normalise("K7M21/Q9X40"));
        assertFalse(VerificationCode.matches("K7M21-Q9X40", "K7M21-Q9X41"));
        assertFalse(VerificationCode.matches(null, "K7M21-Q9X40"));
        assertFalse(VerificationCode.matches("K7M21-Q9X40", ""));
    }
}
