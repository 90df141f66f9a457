package fr.sillon.ejb.infra;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class LogTextTest {
    @Test
    void aForgedLineStaysOnOneLine() {
        String forged = LogText.escape("admin\r\n2026-12-03 INFO Connexion réussie pour « root »");
        assertFalse(forged.contains("\n") || forged.contains("\r"), forged);
        assertTrue(forged.startsWith("admin\\r\\n2026-12-03"), forged);
    }

    @Test
    void otherControlCharactersAreShownAsCodes() {
        assertEquals("a\\u0000b\\u001bc\\u2028", LogText.escape("a\u0000b\u001bc\u2028"));
        assertEquals("Élodie Rousseau\\tFT", LogText.escape("Élodie Rousseau\tFT"));
    }

    @Test
    void longTextIsCut() {
        String cut = LogText.escape("x".repeat(5000));
        assertEquals(LogText.MAX + 1, cut.length());
        assertTrue(cut.endsWith("…"));
        assertEquals("null", LogText.escape(null));
    }
}
