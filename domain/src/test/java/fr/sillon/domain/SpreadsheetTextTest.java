package fr.sillon.domain;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {
    @Test
    void aFormulaIsWrittenAsText() {
        assertEquals("'=HYPERLINK(\"http://x\")", SpreadsheetText.neutralise("=HYPERLINK(\"http://x\")"));
        for (String start : new String[] {"+1", "-1+2", "@SUM(A1)", "\tx", "\rx"}) {
            assertEquals("'" + start, SpreadsheetText.neutralise(start));
        }
        assertEquals("Compter, dénombrer", SpreadsheetText.neutralise("Compter, dénombrer"));
        assertEquals("", SpreadsheetText.neutralise(""));
        assertNull(SpreadsheetText.neutralise(null));
    }

    @Test
    void readingBackGivesTheOriginal() {
        for (String v : new String[] {"=1+1", "-moins", "'déjà cité", "normal", "'", "@"}) {
            assertEquals(v, SpreadsheetText.restore(SpreadsheetText.neutralise(v)), v);
        }
        assertEquals("'déjà cité", SpreadsheetText.restore("'déjà cité"), "an apostrophe before ordinary text stays");
    }
}
