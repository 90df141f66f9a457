package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetentionRulesTest {
    static final LocalDate EXIT = LocalDate.of(2023, 3, 31);

    @Test
    void keptTwentyFourMonthsAfterTheExit() {
        assertFalse(RetentionRules.mustAnonymise(EXIT, false, LocalDate.of(2025, 3, 31)));
        assertTrue(RetentionRules.mustAnonymise(EXIT, false, LocalDate.of(2025, 4, 1)));
        assertEquals(LocalDate.of(2025, 4, 1), RetentionRules.anonymisableFrom(EXIT));
        assertEquals(EXIT, RetentionRules.lastExitUpTo(LocalDate.of(2025, 4, 1)));
    }

    @Test
    void neverWhileAPathwayIsRunningOrWithoutExit() {
        assertFalse(RetentionRules.mustAnonymise(EXIT, true, LocalDate.of(2030, 1, 1)));
        assertFalse(RetentionRules.mustAnonymise(null, false, LocalDate.of(2030, 1, 1)));
    }

    @Test
    void anonymisingErasesIdentityAndSensitiveData() {
        Participant p = new Participant(1L, "Awa", "Diallo");
        p.setBirthDate(LocalDate.of(1990, 1, 1));
        p.setEmail("awa@example.org");
        p.setPassIae("999990000001", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
        p.setCriteria(Set.of(EligibilityCriterion.TH));
        p.setRqth(true);
        p.setPrescriber(PrescriberKind.SPIP, "SPIP de la Loire");
        p.anonymise();
        assertTrue(p.isAnonymised());
        assertEquals("Anonyme", p.getFirstName());
        assertNull(p.getBirthDate());
        assertNull(p.getEmail());
        assertNull(p.getPassIaeNumber());
        assertNull(p.getPrescriberName());
        assertTrue(p.getCriteria().isEmpty());
        assertFalse(p.isRqth());
        assertEquals(LocalDate.of(2024, 12, 31), p.getPassIaeEnd(), "dates stay for the statistics");
        assertEquals(PrescriberKind.SPIP, p.getPrescriberKind(), "the kind of prescriber stays for the statistics");
    }
}
