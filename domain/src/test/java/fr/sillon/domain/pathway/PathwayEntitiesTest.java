package fr.sillon.domain.pathway;

import static org.junit.jupiter.api.Assertions.*;

import fr.sillon.domain.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathwayEntitiesTest {
    final Participant participant = new Participant(1L, "Awa", "Diallo");
    final Pathway pathway = new Pathway(participant, LocalDate.of(2025, 1, 15));

    @Test
    void sstTrainingGetsRegulatoryHoursAndExpiry() {
        Training t = new Training(pathway, TrainingKind.SST_INITIAL, null, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 4), null, LocalDate.of(2025, 3, 4));
        assertEquals(new BigDecimal("14"), t.getHours());
        assertEquals(LocalDate.of(2027, 3, 3), t.getExpiresOn(), "24 months de date à date");
        assertEquals(1L, t.getStructureId());
    }

    @Test
    void otherTrainingNeedsATitleAndCleaResultsOnlyForClea() {
        assertThrows(DomainException.class, () -> new Training(pathway, TrainingKind.OTHER, " ", null, null, null, null));
        Training other = new Training(pathway, TrainingKind.OTHER, "CACES R489", null, null, new BigDecimal("21"), null);
        assertNull(other.getExpiresOn());
        assertThrows(DomainException.class, () -> other.setCleaResults(Map.of(1, CleaResult.ACQUIRED)));
        Training clea = new Training(pathway, TrainingKind.CLEA_PREALABLE, null, null, null, null, null);
        clea.setCleaResults(Map.of(1, CleaResult.ACQUIRED, 7, CleaResult.PARTIAL));
        assertEquals(CleaResult.PARTIAL, clea.getCleaResults().get(7));
        assertThrows(IllegalArgumentException.class, () -> clea.setCleaResults(Map.of(8, CleaResult.ACQUIRED)));
    }

    @Test
    void sstCertificateCannotPrecedeTheTraining() {
        assertThrows(DomainException.class, () -> new Training(pathway, TrainingKind.SST_MAC, null,
                LocalDate.of(2025, 3, 3), null, null, LocalDate.of(2025, 3, 2)));
    }

    @Test
    void healthJusticeAndDisabilityBarriersAreSensitive() {
        for (BarrierCategory c : BarrierCategory.values()) {
            Barrier b = new Barrier(pathway, c, LocalDate.of(2025, 2, 1), "détail");
            assertEquals(c == BarrierCategory.HEALTH || c == BarrierCategory.JUSTICE || c == BarrierCategory.DISABILITY,
                    b.isSensitive(), c.name());
        }
    }

    @Test
    void liftingABarrierRecordsTheDay() {
        Barrier b = new Barrier(pathway, BarrierCategory.MOBILITY, LocalDate.of(2025, 2, 1), null);
        b.changeStatus(BarrierStatus.LEVE, LocalDate.of(2025, 5, 1));
        assertEquals(LocalDate.of(2025, 5, 1), b.getLiftedOn());
        b.changeStatus(BarrierStatus.EN_COURS, LocalDate.of(2025, 5, 2));
        assertNull(b.getLiftedOn());
    }

    @Test
    void exitStoresCategoryAndClosesThePathway() {
        PathwayExit exit = new PathwayExit(pathway, LocalDate.of(2025, 12, 1), ExitMotive.CDD_UNDER_6_MONTHS, null, "cip");
        assertEquals(ExitCategory.EMPLOI_TRANSITION, exit.getCategory());
        assertEquals("10", exit.getAspCode());
        pathway.markExited();
        assertEquals("pathway.pathway.exited", assertThrows(DomainException.class, pathway::requireActive).getKey());
        assertThrows(DomainException.class, () -> new PathwayExit(pathway, LocalDate.of(2025, 1, 14), ExitMotive.NO_NEWS, null, "cip"));
    }

    @Test
    void participantNeedsNamesAndConsistentPassDates() {
        assertThrows(DomainException.class, () -> new Participant(1L, "", "Diallo"));
        assertThrows(DomainException.class, () -> participant.setPassIae("999990000001", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)));
        participant.setPrescriber(PrescriberKind.FRANCE_TRAVAIL, "Agence Lille");
        assertEquals("03", participant.getPrescriberAspCode());
        assertEquals(EducationLevel.CAP_BEP_OBTAINED, EducationLevel.ofCode("51"));
        assertTrue(EducationLevel.ofCode("51").qualifiesCapBep());
        assertFalse(EducationLevel.BAC.qualifiesCapBep());
    }

    /** R5132-1-4: a new parcours within 2 years needs the prescriber and the date of the decision. */
    @Test
    void newParcoursDecisionNeedsPrescriberAndDate() {
        Pathway p = new Pathway(new Participant(1L, "Lina", "Nouvelle"), LocalDate.of(2026, 3, 1));
        assertEquals("pathway.parcours.decisionRequired", assertThrows(fr.sillon.domain.DomainException.class,
                () -> p.decideNewParcours(" ", LocalDate.of(2026, 2, 20))).getKey());
        assertEquals("pathway.parcours.decisionRequired", assertThrows(fr.sillon.domain.DomainException.class,
                () -> p.decideNewParcours("Mission locale", null)).getKey());
        assertFalse(p.isNewParcoursDecided());
        p.decideNewParcours(" Mission locale ", LocalDate.of(2026, 2, 20));
        assertTrue(p.isNewParcoursDecided());
        assertEquals("Mission locale", p.getNewParcoursPrescriber());
    }

    @Test
    void anAgreedActionKeepsItsTrimmedLabelAndABlankOneAddsNothing() {
        Barrier b = new Barrier(pathway, BarrierCategory.MOBILITY, LocalDate.of(2025, 2, 1), null);
        BarrierAction a = b.addAction("  Permis B  ", LocalDate.of(2025, 6, 1));
        assertEquals("Permis B", a.getLabel());
        assertSame(b, a.getBarrier());
        assertNull(b.addAction(" ", null));
        assertNull(b.addAction(null, null));
        assertEquals(1, b.getActions().size());
        Interview i = new Interview(pathway, InterviewKind.SUIVI, LocalDate.of(2025, 2, 3), null);
        assertEquals("CV", i.addAction("CV\n", null).getLabel());
        assertNull(i.addAction("", null));
        assertEquals(1, i.getActions().size());
        assertEquals(ActionStatus.PLANNED, i.getActions().get(0).getStatus());
    }
}
