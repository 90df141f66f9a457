package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 14, point 9: what anonymisation leaves of free text, and when a pathway without exit record ends. */
class AnonymisationTest {
    @Test
    void namesGoFromFreeTextWhateverTheirCaseAccentsAndOrder() {
        assertEquals("Entretien avec [personne anonymisée] : bien.",
                Anonymisation.scrub("Entretien avec Amina Diallo : bien.", "Amina", "Diallo"));
        assertEquals("[personne anonymisée] et [personne anonymisée] arrivent",
                Anonymisation.scrub("DIALLO Amina et amina arrivent", "Amina", "Diallo"));
        assertEquals("[personne anonymisée] : [personne anonymisée] a taillé la haie",
                Anonymisation.scrub("Kévin : Le Floch a taillé la haie", "Kevin", "Le Floch"), "with or without accent");
        assertEquals("[personne anonymisée] a taillé", Anonymisation.scrub("Kévin  Le Floch a taillé", "Kevin", "Le Floch"));
        assertEquals("Lecture du résumé de [personne anonymisée]",
                Anonymisation.scrub("Lecture du résumé de Lucas Martin", "Lucas", "Martin"));
    }

    @Test
    void onlyWholeWordsAreNamesAndNothingElseChanges() {
        assertEquals("Martinez a aidé [personne anonymisée]",
                Anonymisation.scrub("Martinez a aidé Martin", "Lucas", "Martin"), "Martinez is not Martin");
        assertEquals("Sans nom ici.", Anonymisation.scrub("Sans nom ici.", "Amina", "Diallo"));
        assertNull(Anonymisation.scrub(null, "Amina", "Diallo"));
        assertEquals("a b", Anonymisation.scrub("a b", null, ""));
        assertEquals("anonyme-42", Anonymisation.accountLogin(42));
    }

    @Test
    void aPathwayClosedWithoutExitEndsWithItsLastContractOrItsEntry() {
        LocalDate entry = LocalDate.of(2022, 1, 10);
        LocalDate contract = LocalDate.of(2022, 9, 30);
        LocalDate exit = LocalDate.of(2022, 8, 31);
        assertEquals(exit, RetentionRules.pathwayEnd(exit, contract, entry));
        assertEquals(contract, RetentionRules.pathwayEnd(null, contract, entry));
        assertEquals(entry, RetentionRules.pathwayEnd(null, null, entry));
        // and then the 24 months run from that end
        assertTrue(RetentionRules.mustAnonymise(RetentionRules.pathwayEnd(null, contract, entry), false,
                LocalDate.of(2024, 10, 1)));
        assertFalse(RetentionRules.mustAnonymise(RetentionRules.pathwayEnd(null, contract, entry), false,
                LocalDate.of(2024, 9, 30)));
    }
}
