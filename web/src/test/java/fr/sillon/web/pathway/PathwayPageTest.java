package fr.sillon.web.pathway;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PathwayPageTest {
    @Test
    void thePrescribersKindIsNotWrittenTwice() {
        assertEquals("France Travail Rennes Sud", PathwayPage.prescriber("France Travail", "France Travail Rennes Sud"));
        assertEquals("france travail Rennes Sud", PathwayPage.prescriber("France Travail", " france travail Rennes Sud "));
        assertEquals("Mission locale — MLBR", PathwayPage.prescriber("Mission locale", "MLBR"));
        assertEquals("Conseil départemental", PathwayPage.prescriber("Conseil départemental", null));
        assertEquals("Conseil départemental", PathwayPage.prescriber("Conseil départemental", "  "));
    }
}
